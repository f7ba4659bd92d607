"""Extract on the glosses a news page or an answer page gives after asking (何为X?) or again (the thirty-seventh and
thirty-eighth sets' second pass): a question answered in plain words (简单来说,就是…), a question run into its headless
answer (编者按:何为X?…), a quoted term glossed after a dash (“X”——即…), a term defined again in a paragraph of its own,
and one more measure of weight (…的又一项重大完善措施) that is a standing, not a second gloss."""

from __future__ import annotations

from conftest import pairs, pairs_unpinyined

from policyterms.mining.extract_layouts.topics import _one_weighty

_CHAIN_LEADER = (
    "近日,自治区工信厅公布了2024年自治区重点产业链“链主”企业名单,宁夏西鸽酒庄成功入围,成为青铜峡市第一家产业链“链主”企业。\n\n"
    "何为“链主”?简单来说,就是一条产业链上的“当家人”或是“协调人”。与龙头企业不同,被认定为“链主”的企业,不仅自身实力雄厚,"
    "还能发挥“领头羊”的作用。换句话说,“链主”企业强则产业链兴,产业链兴则产业强。\n\n"
    "事实证明,独行快,众行远。“链主”是响当当的荣誉,更是沉甸甸的责任。为更好发挥“链主”企业的带动作用,要继续加大扶持力度。\n"
)


def test_a_question_answered_in_plain_words_gives_the_answer_from_shi():
    # P1051 (宁夏日报's commentary): the question, the lead-in 简单来说 and the connective 就 are no part of the gloss
    assert pairs(_CHAIN_LEADER) == [
        (
            "“链主”",
            "是一条产业链上的“当家人”或是“协调人”。与龙头企业不同,被认定为“链主”的企业,不仅自身实力雄厚,还能发挥“领头羊”的作用。"
            "换句话说,“链主”企业强则产业链兴,产业链兴则产业强。",
        )
    ]  # (the closing paragraph's “链主”是响当当的荣誉 is a figure, not the term defined again)


def test_a_plain_words_lead_in_without_a_question_before_it_defines_nothing():
    # the eleventh congress report: 从…来说,就是… explains a struggle, and no question asks what anything is
    text = "我们党的第十一次路线斗争，从思想理论上来说，就是围绕着坚持还是篡改无产阶级专政下继续革命的理论来展开的。这是这次路线斗争的一个重要特点。\n"
    assert pairs(text) == []


def test_one_more_measure_of_weight_after_a_came_after_clause_is_a_standing():
    # P970 (文匯網's new words of the eighteenth congress report): after the asked-and-answered 何為X?…說,就是…, the next
    # paragraph's X是繼…後,…的又一項重大完善措施 is the system's standing
    predicate = "继十七大首次提出实行党代会代表任期制后,党的代表大会制度的又一项重大完善措施。"
    assert _one_weighty(predicate, "党代会代表提案制")
    # one thing of weight named by the term's own class and then defined stays a definition
    assert not _one_weighty("一项重要的海洋管理制度,指以湾区为单元,由各级党政主要负责人担任湾长的管理制度。", "湾长制")
    text = (
        "報告提出了將實行「黨代會代表提案制」。\n\n"
        "何為黨代會代表提案制?中央黨校中共黨史教研部副教授高中華說,就是黨代表以書面形式提出屬於黨代會職權範圍內的意見和建議的制度,"
        "是黨員勇擔責任、應盡義務的體現。\n\n"
        "中共中央黨校黨建部副教授吳輝認為,以前確實存在著這樣一種現象。黨代會代表提案制是繼十七大首次提出實行黨代會代表任期制後,"
        "黨的代表大會制度的又一項重大完善措施。\n"
    )
    assert [term for term, _ in pairs(text)] == ["黨代會代表提案制"]


def test_a_question_run_into_its_headless_answer_gives_the_answer():
    # P1033 (a traditional copy of 紅網's series): the editor's note asks and answers in one paragraph
    text = (
        "編者按:何為「屋場會」?黨員幹部把會議室搬到屋場、田間地頭等村民聚集地,不拘形式、不限時間、不定內容,與老百姓一起講政策、拉家常、聽實情、議事情。\n"
        "從即日起,紅網時刻推出《走進張家界屋場會》,看看張家界市是如何通過一場場接地氣的「屋場會」,探索基層社會治理新路徑。\n"
        "12月15日上午,西界村舉行今年第52場「屋場會」。\n"
    )
    assert pairs(text) == [
        ("「屋場會」", "黨員幹部把會議室搬到屋場、田間地頭等村民聚集地,不拘形式、不限時間、不定內容,與老百姓一起講政策、拉家常、聽實情、議事情。")
    ]


def test_who_gives_the_run_in_answer_is_left_out():
    # P952 (a converted copy of a 中新网 report): the attribution ending in a colon opens the answer
    text = (
        "海南國際旅游島建設正式步入正軌。“國際旅游島”的建設將使海南成為中國旅游業改革創新的試驗區。\n"
        "什么是“國際旅游島”?國家旅游局副局長王志曾對此進行過描述:人員自由進出、貨物自由通關、貨幣自由兌換、免稅品自由購買、"
        "旅游項目自由落戶、國際旅游規則自由對接。而這六大“自由”必須在大政策的框架內,對傳統做法有一定程度的突破。\n"
        "海南建設“國際旅游島”有五大優勢:\n"
    )
    assert ("“國際旅游島”", "人員自由進出、貨物自由通關、貨幣自由兌換、免稅品自由購買、旅游項目自由落戶、國際旅游規則自由對接。"
            "而這六大“自由”必須在大政策的框架內,對傳統做法有一定程度的突破。") in pairs_unpinyined(text)


def test_a_question_line_asking_on_is_no_run_in_answer():
    # 15 (福建's 2023 statistics notes): a line of questions, each asking, none answering
    text = "什么是“规模以上工业企业”?如何认定?“限额以上”和“规模以上”有何区别?\n"
    assert pairs(text) == []


def test_a_quoted_term_glossed_after_a_dash():
    # P1026 (a news-column article on 东莞's 双百工程): the dash sets the 即 gloss off as a comma does
    text = (
        "东莞双百工程站管理办法:如何规范运行与提升服务质量\n"
        "在新时代社会治理现代化背景下,广东省东莞市积极推进“双百工程”——即社会工作专业人才队伍建设与基层服务站点建设的深度融合。"
        "作为该工程落地的关键载体,“双百工程站”承担着政策宣传、民生保障、矛盾调解、心理疏导、社区治理等多重职能。\n"
        "一、背景与意义:为何要出台管理办法?\n"
        "东莞市将“双百工程”纳入全市高质量发展重点任务,旨在通过专业化社工队伍下沉到镇街、村居一线。\n"
        "因此,《东莞双百工程站管理办法》应运而生,成为推动双百工程高质量发展的制度基石。\n"
    )
    # (the role sentence on “双百工程站” after it is no entry)
    assert pairs(text) == [("“双百工程”", "即社会工作专业人才队伍建设与基层服务站点建设的深度融合。")]


def test_a_term_defined_again_in_a_paragraph_of_its_own_counts_again():
    # P1064 (an answer page on 省直管县): the run-in answer and section 一's paragraph each define it
    text = (
        "【省直管县是啥意思】“省直管县”是中国行政区划管理中的一种改革模式,指的是由省级政府直接管理县级行政单位,而不再通过地级市(或地区)进行间接管理。\n"
        "下面是对“省直管县”的详细总结。\n"
        "一、\n"
        "“省直管县”是一种行政体制改革措施,旨在提高县级政府的治理效率和资源配置能力。它将县级单位从地级市的管辖中独立出来,直接接受省级政府的领导和管理。\n"
        "该模式有助于打破地级市对县级资源的垄断,使县级政府能够更灵活地制定本地政策。\n"
        "三、结语\n"
        "“省直管县”作为一种行政管理创新,体现了国家在推动基层治理现代化方面的探索。\n"
    )
    assert pairs(text) == [
        ("“省直管县”", "是中国行政区划管理中的一种改革模式,指的是由省级政府直接管理县级行政单位,而不再通过地级市(或地区)进行间接管理。"),
        ("“省直管县”", "是一种行政体制改革措施,旨在提高县级政府的治理效率和资源配置能力。它将县级单位从地级市的管辖中独立出来,直接接受省级政府的领导和管理。"),
    ]


def test_a_role_paragraph_about_an_asked_term_is_no_second_definition():
    # 202's shape (an answer page under its question title): the paragraph below the answer gives the term's role
    text = (
        "什么是河长制?\n时间:2018-03-05 来源:水利局\n\n"
        "《关于全面推行河长制的意见》明确:河长制是由各级党政主要负责同志担任河长,负责组织领导相应河湖的管理和保护工作的制度。\n\n"
        "河长制是落实绿色发展理念、推进生态文明建设的内在要求,是解决我国复杂水问题、维护河湖健康生命的有效举措。\n"
    )
    assert pairs(text) == [("河长制", "是由各级党政主要负责同志担任河长,负责组织领导相应河湖的管理和保护工作的制度。")]
