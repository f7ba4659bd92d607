"""Review of the forty-eighth round's rules (a restated colon headword before 是, X,為…之<head noun>, a table note's 为 class,
不是…而是 under a meaning heading, a name quoting a part of itself, instructions numbered as items, letter-line glossaries)
on text they were not written from: sentences and small pages of the shapes mainland, Hong Kong, Macao and Taiwan pages
write, which the new readings took for entries, cut or dropped."""

from __future__ import annotations

from conftest import pairs


# An aspect heading restated before a bare 是 (notes._restated_after_colon) -------------------------------------------------


def test_a_plans_aspect_heading_restated_before_shi_is_no_entry():
    page = "1、工作目标:工作目标是到2025年基本建成现代化产业体系。\n2、工作任务:工作任务是加快推进产业升级。\n"
    assert pairs(page) == []
    assert pairs("(一)主要任务:主要任务是加快推进产业升级。\n") == []
    assert pairs("1、基本原则:基本原则是坚持党的领导。\n") == []


def test_a_term_restated_before_shi_still_starts_its_definition_at_shi():
    page = "3、市地重劃:市地重劃是依照都市計畫規劃內容,將一定區域內畸零細碎不整之土地重新整理。\n"
    assert pairs(page) == [("市地重劃", "是依照都市計畫規劃內容,將一定區域內畸零細碎不整之土地重新整理。")]
    page = "二、名词解释\n1、数字经济:数字经济是以数据资源为关键要素的经济形态。\n2、平台经济:平台经济是以互联网平台为主要载体的经济形态。\n"
    assert pairs(page) == [("数字经济", "是以数据资源为关键要素的经济形态。"), ("平台经济", "是以互联网平台为主要载体的经济形态。")]


# X,為…之<head noun> (prose._HEAD_GENUS_IS) --------------------------------------------------------------------------------


def test_a_particular_thing_the_page_points_at_is_no_term():
    assert pairs("上述土地,為本府依法徵收之土地。\n") == []
    assert pairs("該案土地,為都市計畫住宅區之土地。\n") == []
    assert pairs("前項土地,為都市計畫內之土地。\n") == []
    assert pairs("本次會議,為第十屆第三次之會議。\n") == []
    assert pairs("去年的活動,為歷年規模最大之活動。\n") == []


def test_a_ranking_or_an_ordinal_genus_is_no_class():
    assert pairs("臺北車站,為全臺最重要之車站。\n") == []
    assert pairs("國立臺灣大學,為臺灣第一所設立之大學。\n") == []


def test_a_word_classed_by_its_head_noun_still_reads():
    assert pairs("公有土地,為國有、直轄市有、縣(市)有或鄉(鎮、市)有之土地。\n") == [
        ("公有土地", "為國有、直轄市有、縣(市)有或鄉(鎮、市)有之土地。")
    ]
    assert pairs("共有土地,為二人以上共同所有之土地。\n") == [("共有土地", "為二人以上共同所有之土地。")]


# A table note's 为 class (prose._NOTE_WEI_CLASS) ---------------------------------------------------------------------------


def test_a_notes_second_label_glossed_by_wei_after_a_comma_is_its_own_entry():
    page = "注:1.城镇居民为居住在城镇范围内的全部常住人口,农村居民为城镇以外的常住人口。\n"
    assert pairs(page) == [("城镇居民", "为居住在城镇范围内的全部常住人口"), ("农村居民", "为城镇以外的常住人口。")]
    page = "注:1.过夜游客为在当地住宿一晚以上的游客,一日游游客为当日往返的游客。\n"
    assert pairs(page) == [("过夜游客", "为在当地住宿一晚以上的游客"), ("一日游游客", "为当日往返的游客。")]


def test_a_notes_scope_clause_still_ends_the_class_gloss():
    page = "注:1.旅游饭店为列入我委统计范围的酒店、宾馆,社会旅馆接待人数含乡村旅游点接待人数。2.旅游总收入为初步核算数。\n"
    assert pairs(page) == [("旅游饭店", "为列入我委统计范围的酒店、宾馆")]


def test_a_remark_on_the_tables_own_figures_is_no_class():
    assert pairs("注:1.本月数据为初步统计的结果,下同。\n") == []


# 不是…而是 under a meaning heading (topics._BARE_NOT_BUT) -------------------------------------------------------------------


def test_a_denied_course_is_no_contrast_of_what_the_topic_is():
    assert pairs("“无废城市”的内涵\n“无废城市”不是一朝一夕就能建成的,而是一个长期的过程。\n") == []
    assert pairs("“无废城市”的内涵\n“无废城市”不是短时间内可以实现的,而是需要长期坚持的目标。\n") == []
    assert pairs("“双碳”的内涵\n“双碳”不是别人让我们做,而是我们自己必须要做。\n") == []


def test_a_contrast_of_what_the_topic_is_still_reads():
    page = "“共同富裕”的内涵\n“共同富裕”不是少数人的富裕,而是全体人民的富裕,是人民群众物质生活和精神生活都富裕。\n"
    assert pairs(page) == [("“共同富裕”", "不是少数人的富裕,而是全体人民的富裕,是人民群众物质生活和精神生活都富裕。")]


# A name quoting a part of itself (prose._NAME_QUOTING_A_PART) --------------------------------------------------------------


def test_a_task_quoting_a_slogan_is_no_name():
    assert pairs("全力打造“美丽乡村”示范区是指今年要完成的任务。\n") == []
    assert pairs("加快建设“智慧城市”平台是指本市今年重点推进的项目。\n") == []


def test_a_name_quoting_a_part_still_reads():
    assert pairs("国家级“绿色工厂”企业是指实现了用地集约化、原料无害化、生产洁净化、废物资源化、能源低碳化的工厂。\n") == [
        ("国家级“绿色工厂”企业", "是指实现了用地集约化、原料无害化、生产洁净化、废物资源化、能源低碳化的工厂。")
    ]


# Instructions numbered as items (false_glosses.addressed_instruction) -----------------------------------------------------


def test_items_telling_their_addressees_what_to_do_are_no_entries():
    assert pairs("一  各機關:應指定專人負責。\n二  各學校:應配合辦理。\n") == []
    assert pairs("一、各機關:應指定專人負責。\n二、各學校:應配合辦理。\n") == []


def test_a_law_prints_bare_numeral_items_still_read():
    page = "第三條 本辦法用詞,定義如下:\n一  低收入戶:指經直轄市政府審核認定符合社會救助法規定之家戶。\n二  中低收入戶:指經審核認定符合規定者。\n"
    assert pairs(page) == [("低收入戶", "指經直轄市政府審核認定符合社會救助法規定之家戶。"), ("中低收入戶", "指經審核認定符合規定者。")]


# Letter-line glossaries (lettered_glossaries._FEWEST_GLOSS_HAN) ------------------------------------------------------------


def test_a_glossarys_short_gloss_among_sentences_stays():
    page = "A\n年金 Annuity\n定期支付的款項。\nB\n債券 Bond\n借款憑證。\nC\n股息 Dividend\n公司派發的利潤。\n"
    assert pairs(page) == [("年金 Annuity", "定期支付的款項。"), ("債券 Bond", "借款憑證。"), ("股息 Dividend", "公司派發的利潤。")]


def test_a_directory_of_titles_is_still_no_glossary():
    assert pairs("A\n陳大文 Chan Tai Man\n主席。\nB\n李小明 Lee Siu Ming\n副主席。\n") == []


# A notice's fields under a bare numeral (notes._colon_entry, common._NOTE_NUMBER group cs) ----------------------------------


def test_a_notices_fields_numbered_by_a_bare_numeral_are_no_entries():
    assert pairs("三  申請期間:自即日起至十二月止。\n四  申請方式:線上申請。\n") == []
    assert pairs("一  會議時間:每月第一個星期一\n二  出席人員:全體委員\n三  主持人:主任委員\n") == []
    assert pairs("一 總則\n二 組織:本會置委員九人。\n三 任務:辦理下列事項。\n") == []


def test_a_law_prints_items_with_their_marker_still_read():
    page = "第二條 本自治條例用詞定義如下:\n一  巨大垃圾:指體積龐大之廢棄家具。\n二  資源垃圾:指可回收再利用之廢棄物。\n一○  處理:指將廢棄物予以清除之行為。\n"
    assert pairs(page) == [("巨大垃圾", "指體積龐大之廢棄家具。"), ("資源垃圾", "指可回收再利用之廢棄物。"), ("處理", "指將廢棄物予以清除之行為。")]
    page = "第二條 本辦法用詞,定義如下:\n一  事業廢棄物:指事業活動產生之廢棄物。\n二  再生資源:可回收再利用之物質。\n"
    assert pairs(page) == [("事業廢棄物", "指事業活動產生之廢棄物。"), ("再生資源", "可回收再利用之物質。")]


# 依X之定義 citing a source (prose._FRAMED_TERM) ------------------------------------------------------------------------------


def test_a_cited_law_is_no_term():
    assert pairs("依該辦法之定義,係指年滿六十五歲之老人。\n") == []
    assert pairs("根據勞基法之定義,係指受雇主僱用從事工作獲致工資者。\n") == []


def test_a_word_whose_meaning_is_cited_is_still_the_term():
    assert pairs("而依公共利益之涵義,係指不特定多數人之利益。\n") == [("公共利益", "係指不特定多數人之利益。")]
    assert pairs("又依性騷擾之涵義,係指以性或性別有關之行為,造成他人不舒適的感受。\n") == [
        ("性騷擾", "係指以性或性別有關之行為,造成他人不舒適的感受。")
    ]


# A stage dated by year and month to a year (false_glosses._YEAR_SPAN) -----------------------------------------------------


def test_a_stage_dated_from_a_month_to_a_year_is_no_term():
    page = "1、起步阶段(2003.6-2007):以村庄环境整治为重点。\n2、深化阶段(2008-2012):以美丽乡村建设为重点。\n"
    assert pairs(page) == []


def test_a_period_defined_by_its_marker_still_reads():
    assert pairs("“十四五”时期(2021.1-2025.12):是指国民经济和社会发展第十四个五年规划时期。\n") == [
        ("“十四五”时期(2021.1-2025.12)", "是指国民经济和社会发展第十四个五年规划时期。")
    ]
