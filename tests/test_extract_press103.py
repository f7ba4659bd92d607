"""The hundred-and-third development set's press pages P2868–P2886 (weather, floods and disaster prevention: weather
warnings' grades, water levels, landslide kinds; many of them Taiwan's papers). Each mend has the real sentences it was
written from (short excerpts, the press pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.common import without_news_credit


# --- a body's 解釋 before the headword; the agency's credit after the last stop; 地區 is no plan's zone (P2880) ----------

_ADVISORY = (
    "中央氣象局下午更新豪雨特報,午後對流雲系發展旺盛,易有短延時強降雨,也就是在非常短的時間、降雨非常猛烈。\n"
    "豪雨特報地區為南投縣、雲林縣、台南市;大雨特報地區為新竹縣、苗栗縣、台中市、嘉義縣市、高雄市、屏東縣。\n"
    "氣象局解釋,豪雨指24小時累積雨量達200毫米以上,或3小時累積雨量達100毫米以上;"
    "大雨指24小時累積雨量達80毫米以上,或時雨量達40毫米以上。(中央社)\n"
)


def test_a_body_explaining_before_the_headword_is_no_part_of_it_and_the_agency_credit_closes_nothing():
    entries = pairs(_ADVISORY)
    assert ("豪雨", "指24小時累積雨量達200毫米以上,或3小時累積雨量達100毫米以上") in entries
    assert ("大雨", "指24小時累積雨量達80毫米以上,或時雨量達40毫米以上。") in entries


def test_the_areas_an_advisory_holds_for_are_no_zones_glossed():
    terms = [term for term, _ in pairs(_ADVISORY)]
    assert "豪雨特報地區" not in terms and "大雨特報地區" not in terms


def test_a_plans_zones_glossed_in_turn_are_still_read():
    entries = pairs("规划范围内,核心区为中心城区,紧密区为市域内除中心城区外的区域。\n")
    assert ("核心区", "为中心城区") in entries


def test_a_bracket_that_is_no_credit_stays():
    assert without_news_credit("指戶長。(以共同生活之寄籍戶長)") == "指戶長。(以共同生活之寄籍戶長)"
    assert without_news_credit("是由兩人組成的合作社(中央社)") == "是由兩人組成的合作社(中央社)"
    assert without_news_credit("是…的凭证。(记者 应妮)") == "是…的凭证。"


# --- an answer's paragraphs parted as list items, each closed by a semicolon: the first is the answer (P2869) -----------

_SHELTER = (
    "当前位置 :\n应急避难所是什么意思\n更新时间:2024-04-28 11:27:15\n\n"
    "应急避难所意思是当有危险或不可避免的灾害来临时,比如地震或火灾等,人们用一个科学、透明的灾害处理方式和城市危机管理所修建的一个应急避难所;\n\n"
    "应急避难所最早由地震部门发起,但应急避难所不仅仅适用于地震,所有突发性公共安全事件都可以进行应急避难,例如火灾、恐怖袭击等;\n\n"
    "应急避难场所分为三类,一类场所设施完善,可供市民生活30天;二类设施较为完善,可供生活10天;三类有基本生活设施,可供临时避难;\n\n"
    "发生突发事件不一定要去政府避难所,只要符合面积大于2000平方米,地面平坦、开阔,有厕所、可以搭建帐篷的条件,市民都可以避难。\n"
)


def test_the_first_of_an_answers_semicolon_closed_paragraphs_is_the_answer():
    assert (
        "应急避难所",
        "意思是当有危险或不可避免的灾害来临时,比如地震或火灾等,人们用一个科学、透明的灾害处理方式和城市危机管理所修建的一个应急避难所",
    ) in pairs(_SHELTER)


def test_an_answer_closed_by_a_full_stop_keeps_its_paragraphs():
    page = (
        "应急避难所是什么意思\n\n"
        "应急避难所意思是为应对地震、火灾等灾害,供居民紧急疏散、临时生活的安全场所;\n\n"
        "它一般设在公园、绿地和学校操场,配有应急供水、供电和厕所等设施。\n"
    )
    (entry,) = [e for e in pairs(page) if e[0] == "应急避难所"]
    assert entry[1].endswith("配有应急供水、供电和厕所等设施。")


# --- paragraphs flattened into one line, a space after the stop their only break: a definition is its paragraph (P2870) --

_ALERTS = (
    "【生活中心/綜合報導】颱風丹娜絲陸上警報已解除,農業部於今天下午3點半解除全部土石流、大規模崩塌紅色、黃色警戒。 "
    "黃色警戒是指,當氣象局預測雨量大於該地區的土石流警戒基準值時,農業部農村發展及水土保持署即針對該地區的土石流潛勢溪流發布「黃色警戒」。"
    "地方政府應進行疏散避難勸告。 "
    "紅色警戒是指,當實際雨量超過土石流警戒基準值,代表累積雨量已經很大了,隨時都有可能發生土石流,水保署即發布「紅色警戒」。"
    "地方政府應進行疏散避難勸告或強制其撤離並作適當安置。 土石流、崩塌示意圖。中央社 已複製網址\n"
)


def test_a_definition_opening_a_flattened_paragraph_runs_to_its_break():
    entries = pairs(_ALERTS)
    assert (
        "黃色警戒",
        "是指,當氣象局預測雨量大於該地區的土石流警戒基準值時,農業部農村發展及水土保持署即針對該地區的土石流潛勢溪流發布「黃色警戒」。"
        "地方政府應進行疏散避難勸告。",
    ) in entries
    assert (
        "紅色警戒",
        "是指,當實際雨量超過土石流警戒基準值,代表累積雨量已經很大了,隨時都有可能發生土石流,水保署即發布「紅色警戒」。"
        "地方政府應進行疏散避難勸告或強制其撤離並作適當安置。",
    ) in entries


def test_definitions_in_one_unbroken_paragraph_keep_their_sentences():
    page = "黃色警戒是指預測雨量大於警戒基準值時發布的警戒。地方政府應進行疏散避難勸告。紅色警戒是指實際雨量超過警戒基準值時發布的警戒。\n"
    assert ("黃色警戒", "是指預測雨量大於警戒基準值時發布的警戒。") in pairs(page)


# --- a paragraph wrapped at a fixed width, each line set apart by a blank line, broken inside words (P2874) ------------

_TORRENT = (
    "日期:2020-03-10 来源:周六天气网\n\n"
    "山洪是指山区溪沟中发生的暴涨洪水,一般分为暴雨山洪、融雪山洪、冰川山洪等,我们一般遭遇的是暴雨\n\n"
    "山洪。我国是一个暴雨频发的国家,山地、山丘面积占国土面积的三分之二,在局地暴雨的影响下,山洪灾\n\n"
    "害便会频频来袭,山洪所到之处,摧毁房屋,冲垮桥梁,冲断道路,杀伤力巨大,常常让人猝不及防。一张\n\n"
    "图带你了解山洪、山洪灾害的预防和防御。\n\n"
    "当前天气生活 养生健康 地方特产 地方文化 美食天下 天气旅游 天气资讯 天气常识\n"
)


def test_a_double_spaced_wrapped_paragraph_is_read_to_its_end():
    assert (
        "山洪",
        "是指山区溪沟中发生的暴涨洪水,一般分为暴雨山洪、融雪山洪、冰川山洪等,我们一般遭遇的是暴雨山洪。我国是一个暴雨频发的国家,"
        "山地、山丘面积占国土面积的三分之二,在局地暴雨的影响下,山洪灾害便会频频来袭,山洪所到之处,摧毁房屋,冲垮桥梁,冲断道路,"
        "杀伤力巨大,常常让人猝不及防。一张图带你了解山洪、山洪灾害的预防和防御。",
    ) in pairs(_TORRENT)


def test_a_blank_line_after_a_line_of_another_length_ends_the_definition():
    from policyterms.mining.extract_layouts.wrapped_lines import wrapped_continuation

    text = "山洪是指山区溪沟中发生的暴涨洪水,一般分为暴雨山洪、融雪山洪、冰川山洪等,我们一般遭遇的是暴雨\n\n山洪灾害防御\n"
    end = text.index("\n")
    assert wrapped_continuation(text, end, text[2:end], "山洪") == ""


# --- a title asking two words at once, answered a paragraph each (P2873) -----------------------------------------------

_LEVELS = (
    "什么是警戒水位、保证水位?\n2007-07-06\n"
    "    警戒水位是堤防临水到一定深度有可能出现险情,要加以警惕戒备的水位。是根据堤防质量、保护重点以及历年险情分析制定的。\n"
    "    保证水位是根据防洪工程当年状况确定的可防御洪水最高水位,可以是防洪标准设计的堤防设计洪水位或历史上防御过的最高洪水位。\n"
)


def test_each_word_of_a_title_asking_two_is_its_own_paragraphs_entry():
    entries = pairs(_LEVELS)
    assert ("警戒水位", "是堤防临水到一定深度有可能出现险情,要加以警惕戒备的水位。是根据堤防质量、保护重点以及历年险情分析制定的。") in entries
    assert ("保证水位", "是根据防洪工程当年状况确定的可防御洪水最高水位,可以是防洪标准设计的堤防设计洪水位或历史上防御过的最高洪水位。") in entries
    assert not any(term == "警戒水位、保证水位" for term, _ in entries)


def test_a_title_asking_two_words_answered_together_is_not_split():
    from policyterms.mining.extract_layouts.headwords import _answers_each_asked_word

    assert not _answers_each_asked_word("警戒水位、保证水位", ["警戒水位和保证水位都是防汛的特征水位。", "到达该水位时要加强戒备。"])
    assert _answers_each_asked_word("警戒水位、保证水位", ["警戒水位是…。", "保证水位是…。"])


# --- kinds counted by 一是/二是…, each named and glossed by a marker after a comma (P2875) ---------------------------------

_HAZARDS = (
    "人民网北京8月6日电 (刘橦洁、温璐)国家防灾减灾救灾委员会办公室、应急管理部8月5日举行汛期安全知识发布会。 "
    "应急管理部自然灾害防治研究院科技委员会主任刘传正介绍,汛期地质灾害主要有四种,一是崩塌,即山崩,包括岩崩、土崩,威胁危害很大;"
    "二是滑坡,即山体沿斜面向下滑动的现象;三是泥石流,表现为土石和水的混合体向前高速流动;四是地面塌陷,一般是指地下存在空洞,"
    "上面的土体由于降雨渗流,变软以后强度不够导致塌陷,在喀斯特地区,地下如果有潜伏的溶洞就容易出现此种情况。 ... read full story\n"
)


def test_kinds_counted_by_ordinals_are_glossed_each():
    entries = pairs(_HAZARDS)
    assert ("崩塌", "即山崩,包括岩崩、土崩,威胁危害很大") in entries
    assert ("滑坡", "即山体沿斜面向下滑动的现象") in entries
    assert (
        "地面塌陷",
        "一般是指地下存在空洞,上面的土体由于降雨渗流,变软以后强度不够导致塌陷,在喀斯特地区,地下如果有潜伏的溶洞就容易出现此种情况。",
    ) in entries


def test_a_reports_tasks_counted_by_ordinals_give_nothing():
    from policyterms.mining.extract_layouts.common import _lines
    from policyterms.mining.extract_layouts.ordinal_kinds import ordinal_kinds

    line = "今年要重点抓好三项工作:一是加强防汛备汛,压实责任;二是推进隐患排查,即时整改;三是做好应急保障。\n"
    assert ordinal_kinds(_lines(line), [True, True]) == []


# --- kinds named, then glossed on label lines under a pictograph bullet (P2883) --------------------------------------

_ALERT_KINDS = (
    "災防中心表示,告警訊息分為國家級警報、緊急警報、警訊通知、每月測試用訊息。\n"
    "🟡國家級警報:適用於大範圍、民眾可能立即受到危害的災害。訊息預設開啟且不可關閉。\n"
    "🟡緊急警報:適用於民眾可能受到危害的災害。用戶端可依個人意願經由手機介面設定開啟或關閉。\n"
    "🟡警訊通知:適用於可較長時間準備,且與民眾生活息息相關之警訊。用戶端可依個人意願經由手機介面設定開啟或關閉。\n"
)


def test_label_lines_under_a_pictograph_bullet_gloss_the_kinds_named():
    entries = pairs(_ALERT_KINDS)
    assert ("國家級警報", "適用於大範圍、民眾可能立即受到危害的災害。訊息預設開啟且不可關閉。") in entries
    assert ("緊急警報", "適用於民眾可能受到危害的災害。用戶端可依個人意願經由手機介面設定開啟或關閉。") in entries
    assert ("警訊通知", "適用於可較長時間準備,且與民眾生活息息相關之警訊。用戶端可依個人意願經由手機介面設定開啟或關閉。") in entries


def test_pictograph_label_lines_under_no_naming_sentence_give_nothing():
    page = "🟡出發時間:上午九時\n🟡集合地點:本校禮堂\n"
    assert pairs(page) == []


# --- the answer to the page's question written backward: …,就是「X」! (P2884) -----------------------------------------

_BARRIER = (
    "究竟什麼是堰塞湖？台灣現在還有嗎？該如何因應？「聯合新聞網」整理相關資訊，讓您快速理解。\n\n"
    "文章目錄 什麼是堰塞湖？\n\n"
    "當河流被大量石頭、泥土或樹木堵住，河水無處可去，漸漸積聚形成的湖泊，就是「堰塞湖」！這個大自然「臨時水庫」形成的原因包括：\n"
)


def test_a_backward_answer_naming_the_asked_word_in_quotes_is_its_entry():
    assert ("「堰塞湖」", "當河流被大量石頭、泥土或樹木堵住，河水無處可去，漸漸積聚形成的湖泊") in pairs(_BARRIER)


def test_a_backward_naming_of_a_word_the_page_does_not_ask_gives_nothing():
    page = "我們堅持人民至上,把群眾的冷暖放在心上,一件一件辦實事,就是「初心」!\n"
    assert not any(term == "「初心」" for term, _ in pairs(page))


# --- a sentence naming things in turn, each comma clause describing one and naming it by 称为 (P2878) ---------------------

_RIVERS = (
    "水系与流域\n\n"
    "河流的溪涧、小沟、支流、干流和湖泊等构成的脉络相连的系统称为水系或河系,水系中直接流海洋或湖泊的河流称为干流,流干流的称为支流。\n\n"
    "汇集地表水和地下水的区域也就是分水线包围的区域称为流域。分水线有地面分水线和地下分水线。\n"
)


def test_each_clause_of_a_naming_series_is_an_entry():
    entries = pairs(_RIVERS)
    assert ("水系或河系", "河流的溪涧、小沟、支流、干流和湖泊等构成的脉络相连的系统") in entries
    assert ("干流", "水系中直接流海洋或湖泊的河流") in entries
    assert ("支流", "流干流的") in entries


def test_a_naming_clause_beside_a_clause_that_names_nothing_is_no_series():
    from policyterms.mining.extract_layouts.backward_names import _naming_series
    from policyterms.mining.extract_layouts.common import _lines

    (line,) = _lines("地面分水线和地下分水线相重合称为闭合流城,否则为不闭合流城。")
    assert _naming_series(line) == []
    (line,) = _lines("上述三类企业统称为规上企业,其余企业统称为规下企业。")
    assert _naming_series(line) == []


# --- a headword set off by a dash before its 是, answering the page's question (P2882) ---------------------------------

_VOLUNTEER = (
    "台灣也有防災士,提升民間防救災能量!\n"
    "李婕綾 張智龍 / 採訪報導 台灣除了地震之外,還有風災、水災的考驗。到底什麼是防災士?他們對防災、救災又能帶來哪些貢獻? "
    "借鏡日本 台灣引進防災士制度 防災士–是當民眾遇到災害時,有能力去協助、處理的人。 "
    "台大氣候天氣災害研究中心副研究員柯凱元說:「防災士制度,當初在日本是因為災害發生。」\n"
)


def test_a_dash_set_headword_the_page_asks_about_is_glossed_from_its_shi():
    assert ("防災士", "是當民眾遇到災害時,有能力去協助、處理的人。") in pairs(_VOLUNTEER)


def test_a_dash_before_shi_in_prose_about_an_unasked_word_gives_nothing():
    from policyterms.mining.extract_layouts.asked_dashes import asked_dash_heads
    from policyterms.mining.extract_layouts.common import _lines

    lines = _lines("這次改革的決定——是一次勇敢的嘗試,也是必要的。\n")
    assert asked_dash_heads(lines, [True] * len(lines)) == []
