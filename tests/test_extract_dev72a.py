"""Seventy-second round, fixer A: general mechanisms mended from the misses of dev-25 … dev-56's bundled pages, each tested
with the page's own sentences, other shapes of the same mechanism, and one shape it must not take."""

from __future__ import annotations

from pathlib import Path

from conftest import pairs

DATA = Path(__file__).parent / "data" / "appendices"


def _page(prefix: str) -> str:
    """A bundled page's text, its header (``# url:`` … and the blank line after it) left out."""
    (path,) = DATA.glob(f"{prefix}-*.txt")
    return path.read_text(encoding="utf-8").split("\n\n", 1)[1]


# --- a bracketed headword run straight into its gloss, among a run of bracketed headwords ------------------------------


def test_glued_brackets_among_a_yearbooks_bracketed_headwords_183():
    got = dict(pairs(_page("183")))
    assert got["建制镇"] == "指经省、自治区、直辖市人民政府批准成立的镇一级行政区划。"  # the scope phrase 本辖区内 left out
    assert got["行政村"] == "依据《中华人民共和国村民委员会组织法》设立的村民委员会进行村民自治的管理范围,是基层群众性自治单位。"


_POPULATION = (
    "【城镇人口】本表中指居住在城镇范围内的全部常住人口。\n\n"
    "【乡村人口】 指除城镇人口以外的全部人口。\n\n"
    "【城镇化率】城镇人口占常住人口的比重,反映人口向城镇聚集的程度。\n\n"
    "【户籍人口】 指公安户籍管理部门登记了常住户口的人口。\n"
)


def test_glued_brackets_of_another_yearbook_chapter_scope_phrase_and_verbless_gloss():
    assert pairs(_POPULATION) == [
        ("城镇人口", "指居住在城镇范围内的全部常住人口。"),
        ("乡村人口", "指除城镇人口以外的全部人口。"),
        ("城镇化率", "城镇人口占常住人口的比重,反映人口向城镇聚集的程度。"),
        ("户籍人口", "指公安户籍管理部门登记了常住户口的人口。"),
    ]


def test_a_glued_bracket_alone_is_no_headword():
    text = "【行政村】依据《中华人民共和国村民委员会组织法》设立的村民委员会进行村民自治的管理范围,是基层群众性自治单位。\n\n今年全镇共有行政村12个。\n"
    assert pairs(text) == []


def test_a_bracket_restating_its_word_is_a_sections_lead_and_a_repeated_bracket_a_label():
    text = (
        "【三次产业】三次产业的划分是世界上较为常用的产业结构分类。\n\n"
        "【第一产业】 是指农、林、牧、渔业。\n\n"
        "【第二产业】 是指采矿业,制造业。\n"
    )
    assert pairs(text) == [("第一产业", "是指农、林、牧、渔业。"), ("第二产业", "是指采矿业,制造业。")]
    labels = (
        "【城镇人口】 指居住在城镇范围内的全部常住人口。\n\n【乡村人口】 指除城镇人口以外的全部人口。\n\n"
        "【近义词】“常住人口”等。\n\n【近义词】“农村人口”等。\n"
    )
    assert "近义词" not in [term for term, _ in pairs(labels)]


# --- an asked term with its abbreviation in brackets; a bracketed short form made of the term's own characters ---------


def test_an_faq_answer_to_a_question_asking_with_an_abbreviation_534():
    got = pairs(_page("534"))
    assert (
        "國際核與輻射事件分級表",
        "是由國際原子能機構(IAEA)和經濟合作與發展組織核能機構(經合組織/核能機構)共同推出,分級表是一個適用於以一致的方式向公眾解說核與輻射事件的全球性工具。",
    ) in got


_BALANCE = (
    "统计知识问答\n\n"
    "  1. 什么是国际收支平衡表(BOP)?\n"
    "  2. 答案:国际收支平衡表是反映一定时期内一国同外国的全部经济往来的收支流量表。\n\n"
    "  3. 如何查询统计数据?\n"
    "  4. 答案:请登录统计局网站查询。\n"
)


def test_another_faq_asking_with_an_english_abbreviation():
    assert pairs(_BALANCE) == [("国际收支平衡表", "是反映一定时期内一国同外国的全部经济往来的收支流量表。")]


def test_a_short_form_of_the_asked_terms_own_characters_is_no_part_of_the_term():
    answer = "粤港澳大湾区(大湾区)是由香港、澳门两个特别行政区和广东省广州、深圳等九个城市组成的城市群。大湾区是国家发展大局中的重要空间。\n"
    asked = "常见问题\n\n  1. 什么是粤港澳大湾区?\n  2. 答案:" + answer + "\n  3. 如何查询?\n  4. 答案:请登录网站。\n"
    assert [term for term, _ in pairs(asked)] == ["粤港澳大湾区"]
    # where no question asks about the name, the short form stays with the term as written (as P3025's gold keeps 長者生活津貼（長生津）)
    plain = "粤港澳大湾区(大湾区)是由香港、澳门两个特别行政区和广东省广州、深圳等九个城市组成的城市群。大湾区是国家发展大局中的重要空间。大湾区建设是国家战略。粤港澳大湾区建设要求……。\n"
    assert [term for term, _ in pairs(plain)] == ["粤港澳大湾区(大湾区)"]


def test_a_qualifier_in_brackets_is_another_term_and_asks_about_no_broader_word():
    text = _BALANCE.replace("国际收支平衡表(BOP)", "高技术产业(制造业)").replace(
        "国际收支平衡表是反映一定时期内一国同外国的全部经济往来的收支流量表。", "高技术产业是国民经济行业中研发投入强度相对高的行业。"
    )
    assert pairs(text) == []
    assert pairs("什么是高技术产业(制造业)?\n高技术产业(制造业)是指国民经济行业中R&D投入强度相对高的制造业行业。\n")[0][0] == "高技术产业(制造业)"



# --- a statistics metadata form's breakdowns are no terms ------------------------------------------------------------


_BREAKDOWNS = (
    "*統計分類:\n\n"
    "(一)基本分類:除編算總指數外,下分7個大類,40個中類、62個小類及368個項目群指數。\n\n"
    "(二)特殊分類:\n\n"
    "  1.商品性質別分類:分商品類及服務類2個大類,其下分14個中類指數。\n\n"
    "  2.購買頻度別分類:分「每月至少購買1次」、「每季(不含每月)至少購買1次」及「每季購買不到1次」3種頻度別指數。\n\n"
    "  3.所得層級別:分低(可支配所得最低20%家庭)、中(可支配所得中間60%家庭)、高(可支配所得最高20%家庭)等3種所得層級別指數。\n"
)


def test_the_consumer_price_index_notes_breakdowns_are_no_terms_399():
    assert [entry for entry in pairs(_page("399")) if entry[0] != "消費者物價指數"] == []
    text = "*統計項目定義:\n\n(一)消費者物價指數:指家庭購買消費性商品及服務之價格變動情形。\n\n" + _BREAKDOWNS
    assert pairs(text) == [("消費者物價指數", "指家庭購買消費性商品及服務之價格變動情形。")]


def test_another_forms_breakdowns_and_one_glossed_by_a_marker():
    text = (
        "*統計項目定義:\n\n(一)受僱員工薪資:指受僱員工每月所獲得之經常性薪資及非經常性薪資。\n\n*統計分類:\n\n"
        "(一)行業別分類:分工業及服務業2大類,其下分19個中類。\n\n(二)性別:分男性及女性2類。\n\n"
        "(三)教育程度別:指受僱員工之最高學歷,分國中及以下、高中(職)、大專、研究所4類。\n"
    )
    assert [term for term, _ in pairs(text)] == ["受僱員工薪資", "教育程度別"]  # a breakdown glossed by 指 stays


def test_a_word_that_names_no_breakdown_keeps_a_value_opening_with_fen():
    text = "名詞解釋\n\n分級診療:分級實施診療,基層首診、雙向轉診。\n\n家庭醫師:指提供民眾周全性照護之醫師。\n"
    assert "分級診療" in [term for term, _ in pairs(text)]



# --- a statistics metadata form's one headless definition value glosses the item the form names ---------------------


def test_the_consumer_price_index_notes_definition_field_399():
    assert pairs(_page("399")) == [("消費者物價指數", "臺灣地區家庭購買消費性商品及服務之價格水準變動情形。")]


_WAGES = (
    "資料項目名稱: 受僱員工薪資\n\n"
    "*統計項目定義:\n\n"
    "受僱員工每月所獲得之經常性薪資、加班費及其他非經常性薪資。\n\n"
    "*統計單位: 元。\n"
)


def test_another_metadata_forms_item_and_its_headless_definition():
    assert pairs(_WAGES) == [("受僱員工薪資", "受僱員工每月所獲得之經常性薪資、加班費及其他非經常性薪資。")]
    simplified = "资料项目名称: 受雇员工薪资\n\n*统计项目定义:\n\n受雇员工每月所获得之经常性薪资。\n\n*统计单位: 元。\n"
    assert pairs(simplified) == [("受雇员工薪资", "受雇员工每月所获得之经常性薪资。")]


def test_a_definition_field_over_items_with_headwords_is_no_gloss_of_the_form_item():
    text = _WAGES.replace("受僱員工每月所獲得之經常性薪資、加班費及其他非經常性薪資。", "(一)經常性薪資:指每月給付之本薪與按月給付之固定津貼。")
    assert "受僱員工薪資" not in [term for term, _ in pairs(text)]
    # a form that names no item gives its headless value no term
    assert pairs(_WAGES.replace("資料項目名稱: 受僱員工薪資\n\n", "")) == []


# --- a bare 是 whose first clause closes on a class holding the term's one-character head ----------------------------


def test_a_planning_faqs_answer_naming_its_class_by_the_terms_last_character_513():
    got = dict(pairs(_page("513")))
    assert got["分区计划大纲图"].startswith("是城市规划委员会根据《城市规划条例》拟备的法定图则,基本上是一份显示个别规划区内的土地用途地带和主要道路系统的图则。")


def test_other_terms_whose_class_holds_their_last_character():
    tax = "税务常识\n\n个人所得税的税率分为若干档次。\n\n个人所得税是对个人取得的各项应税所得征收的一种税。个人所得税由税务机关负责征收。\n\n如何缴纳请咨询税务局。\n"
    assert pairs(tax) == [("个人所得税", "是对个人取得的各项应税所得征收的一种税。个人所得税由税务机关负责征收。")]
    index = (
        "统计知识\n\n居民消费价格指数每月发布一次。\n\n"
        "居民消费价格指数是反映一定时期内城乡居民所购买的生活消费品价格变动趋势和程度的相对数。居民消费价格指数可以观察消费价格的变动水平。\n"
    )
    assert [term for term, _ in pairs(index)] == ["居民消费价格指数"]


def test_a_role_naming_no_class_of_the_terms_head_is_no_definition():
    text = "规划资料\n\n分区计划大纲图可在规划署查阅。\n\n分区计划大纲图是城市规划工作的重要依据。分区计划大纲图每年修订。\n"
    assert pairs(text) == []
    # an ordinal class ranks a year in a plan, no genus (the 1958 work report)
    year = (
        "\u3000\u3000财政收支不仅取得了平衡，而且有所结余。这个促进国民经济发展和克服困难的过程，证明了我国社会主义经济的巨大优越性。\n\n\n\n"
        "（二）争取一九五八年国民经济的新跃进\n\n\n"
        "\u3000\u3000一九五八年是我国第二个五年计划的第一年。这一年发展国民经济的主要任务，是以很大的力量从各方面来促进农业生产的高潮，"
        "争取农业大丰收；积极地发展重工业，主要是增加燃料、电力、原材料、化学肥料、重型机械、农业动力机械和电力设备的产量。\n\n"
        "\u3000\u3000我们应当努力争取一九五八年的国民经济发展有一个新的跃进，为第二个五年计划创造一个好的开端。\n"
    )
    assert pairs(year) == []
    # a short modifier before the class gives a property (an FAQ asking the card's colour), no differentia
    assert pairs("社保卡是什么颜色?\n社保卡是蓝色的卡片,正面印有持卡人照片。\n") == []


# --- 涵蓋, an extensional gloss as 包括 is, on a page whose title names the term -------------------------------------


def test_a_release_glossing_its_titled_term_by_what_it_covers_516():
    got = dict(pairs(_page("516")))
    assert got["創新活動"].startswith("涵蓋研發、技術創新及非技術創新活動。這些活動在以知識為本的經濟體系中扮演重要角色。")


def test_a_simplified_page_titled_on_the_term_it_covers():
    text = "社会保险知识问答\n\n社会保险涵盖养老保险、医疗保险、失业保险、工伤保险和生育保险。社会保险由国家立法强制实施。\n\n参保人员可在网上查询缴费记录。\n"
    assert pairs(text) == [("社会保险", "涵盖养老保险、医疗保险、失业保险、工伤保险和生育保险。社会保险由国家立法强制实施。")]


def test_what_a_report_covers_and_an_untitled_term_are_no_glosses():
    assert pairs("年度报告发布\n\n本报告涵盖2023年全年的主要经济数据。报告分为五个章节。\n\n报告可在网站下载。\n") == []
    assert pairs("新闻\n\n医疗保险涵盖门诊和住院费用。市民可到医院报销。医疗保险的参保人数继续增加。\n") == []


# --- what an indicator is used to measure (用以分析, 用来衡量), read as 反映 is -----------------------------------------


def test_a_legco_answer_glossing_its_titled_indicator_by_its_use_487():
    got = dict(pairs(_page("487")))
    assert got["堅尼系數"].startswith("一般用以分析一個經濟體系內以住戶為單位的收入分布差距。有關數值介乎0與1之間,")


def test_other_indicators_glossed_by_what_they_measure():
    gini = "什么是基尼系数\n\n基尼系数通常用来衡量一个国家或地区居民收入差距。基尼系数越大,收入差距越大。\n\n国际上通常把0.4作为收入分配差距的警戒线。\n"
    assert [(term, gloss[:14]) for term, gloss in pairs(gini)] == [("基尼系数", "通常用来衡量一个国家或地区居")]
    engel = "恩格尔系数简介\n\n恩格尔系数主要用于衡量家庭富足程度,是食品支出总额占个人消费支出总额的比重。恩格尔系数越低,生活越富裕。\n"
    assert [term for term, _ in pairs(engel)] == ["恩格尔系数"]


def test_a_use_for_something_else_and_an_untitled_indicator_are_no_glosses():
    assert pairs("专项资金管理\n\n专项资金用于支持中小企业技术改造。专项资金由财政局统一管理。\n") == []
    assert pairs("新闻\n\n基尼系数通常用来衡量居民收入差距。今年全市居民收入继续增长。\n") == []


# --- a sentence closing on 的总称 / 的统称 names what the term stands for, whatever the page's topic -------------------


def test_an_answer_whose_sentence_closes_on_the_common_name_277():
    got = dict(pairs(_page("277")))
    assert got["植物检疫"] == (
        "是以法规为依据,通过法律、行政和技术手段,对生产和流通中的某些感染特定病虫害的植物和植物产品采取禁止和限制措施,"
        "以防止这些病虫杂草和其他有害生物的人为传播,保障国家农、林业生产安全的各种措施的总称。"
    )


def test_another_long_answer_closing_on_the_common_name():
    text = (
        "答: 社会保障是国家依法建立的,由国家、单位、个人共同筹资,帮助劳动者及其亲属在遭遇年老、疾病、工伤、失业、生育等风险时,"
        "防止收入中断、减少和丧失,以保障其基本生活需求的各种社会保险、社会救助和社会福利措施的总称。\n\n问:如何办理?答:请到社保中心办理。\n"
    )
    assert [term for term, _ in pairs(text)] == ["社会保障"]


def test_a_common_name_inside_a_paragraph_or_a_clause_is_no_such_frame():
    assert pairs("今年全县投入资金五亿元,社会保障是社会保险、社会救助和社会福利的总称。\n\n问:如何办理?答:请到社保中心办理。\n") == []
    assert pairs("2.我们把社会保险、社会救助和社会福利总称为社会保障,这是各种保障措施的总称之一。\n") == []


# --- a word glossed in brackets by 指 after 之, the written register's 的 --------------------------------------------


def test_a_survey_reports_bracketed_gloss_after_zhi_447():
    assert ("家庭", "指營共同經濟生活者所組成之家庭") in pairs(_page("447"))


def test_another_bracketed_gloss_after_zhi_and_what_it_must_not_take():
    assert pairs("本計畫補助對象為本縣設籍之低收入戶(指經本府審核列冊之家戶),每戶每月補助三千元。\n") == [("低收入戶", "指經本府審核列冊之家戶")]
    assert pairs("本調查之對象為本市轄區內之事業單位,調查期間一定時間(指半年以上)未營業者不列入。\n") == []
    assert pairs("總之(指上述各項)應依規定辦理。本計畫之經費由市府編列。\n") == []


# --- a method named as adopted (採, 按, 实行), then glossed by a comma and 即 -----------------------------------------


def test_a_gazetteers_adopted_system_glossed_by_ji_501():
    got = pairs(_page("501"))
    assert ("托崙斯制", "即土地經登記後對外有絕對效力(土地法第 43 條)。") in got  # ends before the 所謂 sentence, its own entry
    assert ("土 地登記", "係指土地及其建築改良物之所有權與他項權利之登記。") in got


def test_a_surveys_quoted_design_glossed_by_ji_and_a_sentence_pointing_back_397():
    assert pairs(_page("397")) == [
        (
            "「循環式複樣本設計」",
            "即每月的樣本中約有一半的屋宇單位的住戶將會在3個月後再次接受訪問。此設計不但能更準確地估計勞動人口及人口和社會經濟特徵隨時間的變動,"
            "亦有助於對受訪者的填報負擔有較佳的管理。",
        )
    ]


def test_a_river_chief_system_adopted_and_glossed():
    text = "近年来全省全面实行“河长制”,即由各级党政主要负责人担任河长,负责辖区内河流的管理和保护。该制度有效改善了水环境。全省河流水质明显好转。\n"
    assert pairs(text) == [("“河长制”", "即由各级党政主要负责人担任河长,负责辖区内河流的管理和保护。该制度有效改善了水环境。")]


def test_ji_as_an_adverb_and_a_clause_going_on_past_a_bare_name_gloss_nothing():
    assert pairs("本办法按照规定,即日起施行。今年采取有效措施,即可完成任务。\n") == []
    assert pairs("为此各单位须按照统一报送办法执行,即由各单位自行报送数据。\n") == []
