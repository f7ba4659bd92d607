"""The eighty-sixth development set's press pages P2478–P2487 (trade, fiscal and monetary vocabulary, mainland, Hong Kong
and Taiwan: an exam bank's term question, a tech site's repost on a relending tool, a paper's headline list, a language
column's dateline, a finance sidebar's subheadings). Each mend has the real sentences it was written from (short excerpts,
the press pages not being bundled) and a sentence of the same shape it must leave alone."""

from __future__ import annotations

from conftest import pairs


# --- an exam bank's term question asked as a question, its answer under a label line (P2479) ---------------------------

_EXAM = (
    "名词解释\n\n"
    "什么是失业率; 失业率名词解释定义是什么?\n\n"
    "【参考答案】\n\n"
    "一般用失业人数占经济活动人数(就业人数+失业人数)的百分比来表示。即:失业率=失业人数+(就业人数+失业人数)*100%"
)


def test_an_asked_exam_term_question_gives_the_answers_line_whole():
    assert pairs(_EXAM) == [
        ("失业率", "一般用失业人数占经济活动人数(就业人数+失业人数)的百分比来表示。即:失业率=失业人数+(就业人数+失业人数)*100%")
    ]


def test_an_asked_exam_question_whose_term_is_lost_gives_nothing():
    # P2307: the question stem is not on the page, the answer glosses a word it does not show
    assert pairs("名词解释\n\n【参考答案】\n\n是国家依法筹集并用于保障国民基本生活和增进国民福利的专项资金,它是社会保障制度的物质基础。") == []


def test_an_asked_question_about_two_words_or_without_an_answer_label_is_no_exam_question():
    from policyterms.mining.extract_layouts.asked_answers import asked_term_answers
    from policyterms.mining.extract_layouts.common import _lines

    for text in (
        "什么是碳达峰和碳中和?\n【参考答案】\n一般指二氧化碳排放达到峰值后逐步降低。",
        "什么是失业率?\n一般用失业人数占经济活动人数的百分比来表示。",
    ):
        ls = _lines(text)
        assert list(asked_term_answers(ls, [True] * len(ls))) == []


def test_an_answer_restating_its_term_is_left_to_the_prose_readings():
    # P2304: 【正确答案】:工伤保险是指…: read from the marker by the prose readings, not as a verbless answer
    from policyterms.mining.extract_layouts.asked_answers import asked_term_answers
    from policyterms.mining.extract_layouts.common import _lines

    ls = _lines("什么是工伤保险?\n【正确答案】\n工伤保险是指劳动者因工受伤时从国家获得物质帮助的一种社会保险制度。")
    assert list(asked_term_answers(ls, [True] * len(ls))) == []


# --- a tool's parameters after its gloss: a figure right after a parameter noun built on the term (P2487) ----------------

_RELENDING = (
    "中国人民银行设立科技创新和技术改造再贷款,激励引导金融机构加大对科技型中小企业、重点领域技术改造和设备更新项目的金融支持力度。"
    "科技创新和技术改造再贷款是对原有科技创新再贷款和设备更新改造专项再贷款的政策接续,在总结两项工具经验的基础上进行改革完善,"
    "支持金融机构提升金融服务质效,更好满足科技创新、技术改造和设备更新领域的融资需求。"
    "科技创新和技术改造再贷款额度5000亿元,利率1.75%,期限1年,可展期2次,每次展期期限1年。"
    "发放对象包括国家开发银行、政策性银行、国有商业银行、中国邮政储蓄银行、股份制商业银行等21家金融机构。"
)


def test_a_tools_gloss_ends_before_the_sentence_giving_its_quota_and_rate():
    assert pairs(_RELENDING) == [
        (
            "科技创新和技术改造再贷款",
            "是对原有科技创新再贷款和设备更新改造专项再贷款的政策接续,在总结两项工具经验的基础上进行改革完善,"
            "支持金融机构提升金融服务质效,更好满足科技创新、技术改造和设备更新领域的融资需求。",
        )
    ]


def test_a_figure_after_a_word_that_is_no_parameter_noun_goes_on():
    # 300: a bureau's card goes on over its staff (勞工保險局置局長1人,…): about the body itself
    from policyterms.mining.extract_layouts.built_subjects import before_built_subject

    gloss = "負責執行勞工保險等事項。勞工保險局置局長1人,綜理局務。"
    assert before_built_subject("勞工保險局", gloss) == gloss
    assert before_built_subject("再贷款", "是…的工具。再贷款额度5000亿元,利率1.75%。") == "是…的工具。"
    assert before_built_subject("专项债", "是…的债券。专项债规模为3.9万亿元。") == "是…的债券。"


# --- a headline's quoted remark in a list of headlines is no spaced gloss (P2481) ---------------------------------------

_HEADLINES = (
    "更多港聞\n"
    "研究員染疫 港大實驗室驗出病毒  四成環境樣本陽性  41同事須檢疫\n"
    "【明報專訊】本港昨新增23宗新型冠狀病毒確診,是本月以來單日最高,當中包括19宗輸入個案,沒有源頭不明患者。港大公共衛生學院實驗室一名28歲... 詳情\n"
    "跑夜馬食店八成滿  店東:有生意好難唔做\n"
    "【明報專訊】餐飲業處所限聚規定逐步鬆綁,面對第三波疫情反覆,食肆防疫措施備受關注。本報記者近日走訪多區食肆... 詳情\n"
)


def test_a_headline_with_a_speakers_remark_is_no_spaced_gloss():
    assert pairs(_HEADLINES) == []


def test_a_spaced_gloss_opened_by_a_label_and_colon_is_still_read():
    from policyterms.mining.extract_layouts.spaced import _speaker_remark

    assert _speaker_remark("店東:有生意好難唔做")
    assert not _speaker_remark("定义:指国家财政用于各项事业的支出")
    assert not _speaker_remark("释义:一国在一定时期内生产的最终产品")
    assert not _speaker_remark("指企业经营活动的收入:包括主营业务收入。")
    assert not _speaker_remark("主要包括:采矿业、制造业")


# --- a news item's dateline between a question title and its text (P2483) ---------------------------------------------

_LANGUAGE_TIPS = (
    "什么是“抵押补充贷款”?\n\n"
    "中国日报网 2015-06-02 14:07\n\n"
    "分享到\n\n"
    "传央行近期又针对特定银行进行了PSL(抵押补充贷款)操作。消息未获央行确认,但此前市场普遍预期央行将增加今年抵押补充贷款工具规模。\n\n"
    "PSL即抵押补充贷款,是指一种以抵押为方式的新型补充贷款工具(a new type of supplementary lending instrument backed by collateral),"
    "能为市场增加流动性(inject liquidity into the market)。\n"
)


def test_a_dateline_under_a_question_title_is_no_answer():
    assert "中国日报网 2015-06-02 14:07" not in [d for _, d in pairs(_LANGUAGE_TIPS)]


def test_an_indicator_run_into_its_date_is_still_a_headword_line():
    # 189: a statistics page's title and date, 民用车辆拥有量 2011-03-17: no source named, no time
    from policyterms.mining.extract_layouts.headword_lines import _DATELINE

    assert _DATELINE.fullmatch("中国日报网 2015-06-02 14:07")
    assert _DATELINE.fullmatch("新华网 2024年3月5日")
    assert not _DATELINE.fullmatch("民用车辆拥有量 2011-03-17")


# --- a subheading over a paragraph turning from the one before (P2486) -------------------------------------------------

_SIDEBAR = (
    "發綠債集資用途有限制\n\n"
    "綠色債券與一般債券無異,投資者可於到期前按約定的固定利率取得利息,並在到期時取回本金。\n\n"
    "僅可用於綠色資產\n\n"
    "不過,綠債有指定的募集資金用途,企業發債所得資金只可用於綠色資產及綠色經濟活動上,即是透過債券資本市場,"
    "為氣候變化解決方案提供資金,故屬於專為綠色項目融資的債券工具。\n"
)


def test_a_paragraph_opening_with_a_turning_connective_glosses_no_subheading():
    assert "僅可用於綠色資產" not in [t for t, _ in pairs(_SIDEBAR)]


def test_a_headword_lines_plain_explanation_is_still_read():
    text = "綠色債券\n\n指募集資金專門用於綠色項目的債券。\n\n社會債券\n\n指募集資金專門用於社會項目的債券。\n"
    assert [t for t, _ in pairs(text)] == ["綠色債券", "社會債券"]


# --- dev-84's P2455: a quoted word a section heading names, glossed by the kind of body it is ------------------------------

_VOLUNTEERS = (
    "绍兴:持续打造“枫桥经验”全国样板\n\n"
    "  中评社北京7月10日电/作为“枫桥经验”的诞生地,绍兴近日启动 “再回枫桥”——绍兴市公安机关创建“枫桥式公安派出所”采访活动。\n\n"
    "  “红枫义警”,警民合作新机制\n\n"
    "  新时代的基层治理最强大的力量源泉来源于人民群众。\n\n"
    "  枫桥镇“红枫义警”是一个由热心群众为主体的平安公益类社会组织,成立于2017年7月。\n\n"
    "  记者了解到,“红枫义警”成立一个月不到,就立了大功。\n\n"
    "  前不久,“红枫义警”荣获2019年浙江省青年志愿服务项目金奖。\n"
)


def test_a_quoted_word_under_its_section_heading_is_glossed_by_its_kind_of_body():
    assert pairs(_VOLUNTEERS) == [("枫桥镇“红枫义警”", "是一个由热心群众为主体的平安公益类社会组织,成立于2017年7月。")]


def test_a_body_weighed_or_under_no_heading_naming_it_gives_nothing():
    weighed = _VOLUNTEERS.replace("平安公益类社会组织", "重要组织")
    assert pairs(weighed) == []
    unheaded = _VOLUNTEERS.replace("  “红枫义警”,警民合作新机制\n\n", "")
    assert pairs(unheaded) == []


# --- dev-84's P2454: another name set aside before a plain-words connective and the marker ---------------------------------

_WALLET = (
    "數位身份新時代:數位憑證皮夾\n"
    "隨著數位化時代來臨,數位身份認證與電子憑證管理成為全球趨勢。政府與相關單位積極推動「數位憑證皮夾」計畫,建立一個安全、可靠的數位憑證管理工具。\n"
    "其中,「數位憑證皮夾」又稱為分散式數位身分認證與授權系統,簡單來說,就是手機裡的「數位證件夾」,旨在提供一個安全、便捷的數位身份管理工具,"
    "讓民眾能夠透過手機應用程式管理各類電子憑證。\n"
    "同時,「數位憑證皮夾」可以選擇性揭露個人資料。\n"
)


def test_an_alias_before_a_plain_words_connective_is_set_aside():
    assert pairs(_WALLET) == [
        (
            "「數位憑證皮夾」",
            "就是手機裡的「數位證件夾」,旨在提供一個安全、便捷的數位身份管理工具,讓民眾能夠透過手機應用程式管理各類電子憑證。",
        )
    ]


def test_an_alias_without_a_connective_is_not_set_aside_by_the_subject_reading():
    from policyterms.mining.extract_layouts.topics import _SUBJECT

    m = _SUBJECT.match("「數位憑證皮夾」又稱為分散式數位身分認證與授權系統,簡單來說,就是手機裡的「數位證件夾」。")
    assert m.group("alias") and m.group("conn") and m.group("marker") == "就是"


# --- dev-84's P2452: 乃, the literary copula, after a quoted word; a numbered article's class is its measure word ---------

_ARTICLE = (
    "說起「23條」,相信絕大多數香港人都曾聽聞。然而,能清晰理解並掌握23條具體內容的人絕為少數。"
    "「23條」乃《中華人民共和國香港特別行政區基本法》其中一條。《基本法》第23條條文如下︰\n\n"
    "提起「23條」,當從18年前說起,從黃霑談起。\n"
)


def test_nai_after_a_quoted_article_reads_as_the_bare_shi():
    assert pairs(_ARTICLE) == [("「23條」", "乃《中華人民共和國香港特別行政區基本法》其中一條。《基本法》第23條條文如下︰")]


def test_nai_in_other_uses_is_no_marker():
    from policyterms.mining.extract_layouts.topics import _SUBJECT, _names_class_by_head

    assert _SUBJECT.match("「創新」乃至「轉型」都是重要的。") is None or _SUBJECT.match("「創新」乃至「轉型」都是重要的。").group("marker") != "乃"
    assert _names_class_by_head("23條", "《基本法》其中一條。")
    assert not _names_class_by_head("23條", "香港社會爭議最大的議題。")


# --- a term glossed, then named again with other names and ranked (P2484) -------------------------------------------------

_FOREX = (
    "何為外匯?\n\n"
    "如果您曾經去度假,需要換外匯,譬如以英鎊換歐元,那麼您已參與外匯市場。簡言之:\n\n"
    "外匯指個人及企業如何將一種貨幣兌換為另一種貨幣。\n\n"
    "外匯又稱國際匯兌、貨幣市場,是世界上最大的金融市場。平均每天有超過5萬億美元的外匯交易發生。\n\n"
    "誰在交易外匯?\n"
)


def test_a_ranking_after_another_name_is_no_second_gloss_of_a_term_just_glossed():
    assert pairs(_FOREX) == [("外匯", "指個人及企業如何將一種貨幣兌換為另一種貨幣。")]


def test_an_alias_paragraph_alone_is_still_read_and_a_plain_second_gloss_stays():
    from types import SimpleNamespace as E

    from policyterms.mining.extract_layouts.ranked_restatements import ranked_restatements_dropped

    alone = [E(term="外匯", definition="又稱國際匯兌,是世界上最大的金融市場。")]
    assert ranked_restatements_dropped(alone) == alone
    twice = [E(term="外匯", definition="指兌換貨幣。"), E(term="外匯", definition="又稱國際匯兌,是以外幣表示的支付手段。")]
    assert ranked_restatements_dropped(twice) == twice
