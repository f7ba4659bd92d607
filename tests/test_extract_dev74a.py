"""Seventy-fourth round, fixer A: general mechanisms mended from the misses of dev-120 … dev-133 (the official and press
pages held out through the seventy-third round), each tested with the page's own sentences, other shapes of the same
mechanism, and one shape it must not take."""

from __future__ import annotations

from pathlib import Path

from conftest import pairs

DATA = Path(__file__).parent / "data" / "appendices"


def _page(prefix: str) -> str:
    """A bundled page's text, its header (``# url:`` … and the blank line after it) left out."""
    (path,) = DATA.glob(f"{prefix}-*.txt")
    return path.read_text(encoding="utf-8").split("\n\n", 1)[1]


# --- an unquoted counted word of a plan's series, spelled out in brackets without 即 ----------------------------------------


def test_a_plans_series_of_counted_words_each_spelled_out_in_brackets_886():
    got = dict(pairs(_page("886")))
    assert got["一个基础"] == "覆盖宁夏城乡居民医疗健康信息互联互通的基础"
    assert got["两大中心"] == "国家健康医疗大数据中心及产业园、区域医疗中心"
    assert got["三项保障"] == "党建行风建设保障、研究与应用融合保障、创新行业政策支撑保障"
    assert got["五大平台"] == "全民健康信息平台、互联网医疗平台、互联网诊断平台、互联网医药平台、互联网运营监管平台"
    # (its items hold no 新, but two siblings of its series on the line spell theirs out)
    assert got["三项示范创新"] == "标准规范、运行机制、监管模式"


def test_counted_words_of_other_plans_spelled_out_in_brackets():
    city = "全市将实施三大工程(城市更新工程、乡村振兴工程、生态修复工程),加快建设现代化城市。\n"
    assert pairs(city) == [("三大工程", "城市更新工程、乡村振兴工程、生态修复工程")]
    county = "我县落实四項制度（首問負責制度、限時辦結制度、責任追究制度、一次告知制度），政務服務明顯提速。\n"
    assert pairs(county) == [("四項制度", "首問負責制度、限時辦結制度、責任追究制度、一次告知制度")]
    port = "打造两个中心(国际航运中心与国际贸易中心),推动港口转型。\n"
    assert pairs(port) == [("两个中心", "国际航运中心与国际贸易中心")]


def test_a_count_of_places_years_or_figures_in_brackets_is_no_spelling_out():
    assert pairs("选出五个城市(北京、上海、广州、深圳、天津)开展试点,用时三年(2021年至2023年)。\n") == []
    assert pairs("完成两项指标(增长百分之五、下降百分之三),居全省第三大产业(服务业、旅游业、物流业)前列。\n") == []


# --- a one-sentence lead whose next paragraph opens with its subject again ------------------------------------------------


def test_a_one_sentence_lead_going_on_in_a_paragraph_opening_with_its_subject_976():
    got = dict(pairs(_page("976")))
    assert got["下水道"] == (
        "是都市基本公共建設,是提升活環境品質 、保護生命財產安全、保障衛生與健康、維護水 資源及水再利用不可或缺的公共設施。"
    )


def test_one_sentence_leads_of_other_knowledge_pages():
    greenway = "绿道知识\n\n城市绿道是沿河滨、溪谷、山脊等自然走廊建立的线性绿色开敞空间。\n\n城市绿道同时具有生态保护、休闲游憩等功能。\n"
    assert pairs(greenway) == [("城市绿道", "是沿河滨、溪谷、山脊等自然走廊建立的线性绿色开敞空间。")]
    wetland = "濕地介紹\n\n人工濕地是以人工方式營造、用於處理污水的濕地系統。\n\n人工濕地另可提供生物棲地。\n"
    assert pairs(wetland) == [("人工濕地", "是以人工方式營造、用於處理污水的濕地系統。")]


def test_a_one_sentence_lead_weighing_its_subject_stays_out_however_it_goes_on():
    lead = "数字经济专题\n\n数字经济是推动高质量发展的重要引擎。\n\n数字经济同时带动了大量就业。\n"
    assert pairs(lead) == []
    aside = "绿道知识\n\n城市绿道是沿河滨、溪谷等自然走廊建立的线性绿色开敞空间。\n\n近年来各地建成不少城市绿道。\n"
    assert pairs(aside) == []
    longer = "绿道知识\n\n城市绿道是沿河滨、溪谷等自然走廊建立的线性绿色开敞空间。\n\n城市绿道网络在短时间内迅速扩展。\n"
    assert pairs(longer) == []


# --- 是個人…: the word 个人 opening a class, no colloquial 是个 -------------------------------------------------------------


def test_a_lead_whose_class_opens_with_the_word_ge_ren_884():
    got = dict(pairs(_page("884")))
    assert got["基層醫療健康"].startswith("是個人及家庭在持續醫療流程的第一個接觸點,為市民在居住及工作的社區提供便捷、")
    assert got["基層醫療健康"].endswith("在運作良好的醫療體系中,基層醫療健康往往是最關鍵的組成部分。")


def test_classes_opening_with_ge_ren_or_ge_ti_on_other_pages():
    report = "个人信用报告\n\n个人信用报告是个人信用信息的书面记录,由征信中心出具。个人信用报告可以在网上查询。\n"
    assert pairs(report) == [("个人信用报告", "是个人信用信息的书面记录,由征信中心出具。个人信用报告可以在网上查询。")]
    shop = "個體工商戶\n\n個體工商戶是個體勞動者依法登記從事工商經營的經營主體。個體工商戶可以起字號。\n"
    assert pairs(shop) == [("個體工商戶", "是個體勞動者依法登記從事工商經營的經營主體。個體工商戶可以起字號。")]


def test_a_colloquial_shi_ge_still_calls_the_term_a_kind_of_word():
    assert pairs("内卷\n\n内卷是个新词,近年来在网上流行的说法。内卷一词常见于评论。\n") == []
    assert pairs("停工事件\n\n停工事件是个案,并不代表全行业的情况。停工事件已经平息。\n") == []


# --- a gloss quoted from a speaker ends where the quotation closes before the attribution ----------------------------------

_PARTNER = (
    "什么是“城乡社区合伙人”\n\n"
    "  “城乡社区合伙人并非特指某类人群,它是不同社会主体通过与城乡社区合作,实现共建共治共享的一种实践机制。”成都市委社治委相关"
    "负责人介绍,目的是以城乡社区为基本场域,通过多种途径促进城乡社区与多元社会主体间的团结、信任、互助、协同,“社区合伙人在主体上"
    "较‘五社联动’更加丰富,合作场景上更加灵活多样,是社区营造的升级版。”\n"
)


def test_a_speakers_quoted_gloss_ends_at_the_quotations_close_P3415():
    assert dict(pairs(_PARTNER))["城乡社区合伙人"] == (
        "并非特指某类人群,它是不同社会主体通过与城乡社区合作,实现共建共治共享的一种实践机制。"
    )


def test_speakers_quoted_glosses_of_other_reports():
    greenway = (
        "什么是“城市绿道”\n\n  “城市绿道并非一般的道路,它是沿河滨、溪谷等自然走廊建立的一种线性绿色开敞空间。”市园林局相关负责人介绍,"
        "今年全市将新建城市绿道50公里。\n\n城市绿道建设正在加快。\n"
    )
    assert pairs(greenway) == [("城市绿道", "并非一般的道路,它是沿河滨、溪谷等自然走廊建立的一种线性绿色开敞空间。")]
    care = "什麼是長照3.0\n\n「長照3.0是政府在長照2.0基礎上再升級的十年計畫。」衛福部長表示，明年將擴大服務對象。\n\n長照3.0預計明年上路。\n"
    assert pairs(care) == [("長照3.0", "是政府在長照2.0基礎上再升級的十年計畫。")]


def test_a_quotation_closed_without_an_attribution_or_a_quoted_term_ends_nothing():
    remark = (
        "什么是“城市绿道”\n\n“城市绿道并非一般的道路,它是沿河滨、溪谷等自然走廊建立的一种线性绿色开敞空间。”这也是城市绿道与普通道路的"
        "区别所在。\n\n城市绿道建设正在加快。\n"
    )
    assert pairs(remark)[0][1].endswith("开敞空间。”这也是城市绿道与普通道路的区别所在。")
    quoted = "什么是“城市绿道”\n\n“城市绿道”是沿河滨、溪谷等自然走廊建立的一种线性绿色开敞空间。市园林局相关负责人介绍,今年将新建绿道。\n"
    assert pairs(quoted)[0][1].endswith("开敞空间。市园林局相关负责人介绍,今年将新建绿道。")


# --- an unquoted titled term opening its paragraph, its first clause closing on a kind of arrangement ----------------------

_LICENSED = (
    "规范授权运营\n\n"
    "公共数据具有体量大、质量好、带动作用强等特点。《意见》对共享、开放、授权运营3种方式进行部署。\n\n"
    "“授权运营是《意见》中提出的公共数据开发利用新模式,通过引入社会力量作为运营机构开展公共数据资源开发、产品经营和技术服务,"
    "帮助企业解决公共数据获取问题,为我国数据产业发展注入新动能。”清华大学公共管理学院教授孟庆国介绍,各部门、地区在前期授权运营"
    "探索中形成了整体、分领域、依场景等不同授权模式,有效提升了公共数据供给和开发效率,但也暴露出不少问题。\n"
)


def test_a_titled_term_opening_its_paragraph_names_a_new_model_P3560():
    assert dict(pairs(_LICENSED))["授权运营"] == (
        "是《意见》中提出的公共数据开发利用新模式,通过引入社会力量作为运营机构开展公共数据资源开发、产品经营和技术服务,"
        "帮助企业解决公共数据获取问题,为我国数据产业发展注入新动能。"
    )


def test_titled_terms_naming_a_mechanism_or_a_model_on_other_pages():
    forest = (
        "规范林长制\n\n近日,省里印发意见,对林长制作出部署。\n\n林长制是各级党政主要负责人担任林长的森林资源保护管理机制,"
        "通过明确责任推动森林保护。\n\n林长制实施以来成效明显。\n"
    )
    assert pairs(forest) == [("林长制", "是各级党政主要负责人担任林长的森林资源保护管理机制,通过明确责任推动森林保护。")]
    licensed = (
        "規範授權經營\n\n近日,省國資委印發辦法,對授權經營作出部署。\n\n授權經營是國有資產管理中探索的國有資本運營新模式,"
        "通過授權放權激發企業活力。\n\n授權經營試點已在全省推開。\n"
    )
    assert pairs(licensed) == [("授權經營", "是國有資產管理中探索的國有資本運營新模式,通過授權放權激發企業活力。")]


def test_a_weighed_model_or_a_framed_sentence_stays_out():
    weighed = (
        "规范授权经营\n\n近日,省国资委印发办法,对授权经营作出部署。\n\n授权经营是国资改革的重要模式,通过授权放权激发企业活力。\n\n"
        "授权经营试点已在全省推开。\n"
    )
    assert pairs(weighed) == []
    framed = (
        "规范林长制\n\n近日,省里印发意见,对林长制作出部署。\n\n在各地实践中,林长制是各级党政主要负责人担任林长的森林资源保护管理机制。\n\n"
        "林长制实施以来成效明显。\n"
    )
    assert pairs(framed) == []


# --- the asked term's head word glossed first below the question, then the answer --------------------------------------------

_WASTE = (
    "1、什么是危险废物?\n\n"
    "废物是固体、液体、气体或其他形式的物质,从生产、商业、服务、生活或其他活动中排放。\n\n"
    "危险废物是含有有毒、放射性、传染性、易燃、易爆、腐蚀、中毒或其他危险特性的废物。\n\n"
    "(根据《2020年环境保护法》第18条第20款)\n\n"
    "2、危险废物来源主体的责任\n\n"
    "根据《2020年环境保护法》第83条第1款,危险废物的来源应承担责任:\n"
)


def test_the_genus_glossed_before_the_answer_is_an_entry_of_its_own_P3514():
    got = dict(pairs(_WASTE))
    assert got["危险废物"] == "是含有有毒、放射性、传染性、易燃、易爆、腐蚀、中毒或其他危险特性的废物。"
    assert got["废物"] == "是固体、液体、气体或其他形式的物质,从生产、商业、服务、生活或其他活动中排放。"


def test_genus_paragraphs_of_other_question_pages():
    chemicals = (
        "1、什么是危险化学品?\n\n化学品是各种元素组成的纯净物和混合物。\n\n"
        "危险化学品是具有毒害、腐蚀、爆炸、燃烧、助燃等性质,对人体、设施、环境具有危害的化学品。\n\n2、危险化学品如何储存?\n\n应当储存在专用仓库内。\n"
    )
    assert dict(pairs(chemicals)) == {
        "危险化学品": "是具有毒害、腐蚀、爆炸、燃烧、助燃等性质,对人体、设施、环境具有危害的化学品。",
        "化学品": "是各种元素组成的纯净物和混合物。",
    }
    energy = "1、什麼是再生能源?\n\n能源是可產生各種能量的資源。\n\n再生能源是可以持續利用、不會耗竭的能源,如太陽能、風能。\n\n2、再生能源有哪些?\n\n太陽能、風能等。\n"
    assert dict(pairs(energy)) == {"再生能源": "是可以持續利用、不會耗竭的能源,如太陽能、風能。", "能源": "是可產生各種能量的資源。"}


def test_a_first_paragraph_on_another_word_or_without_a_marker_is_no_genus_gloss():
    industry = "1、什么是危险化学品?\n\n化工是国民经济的基础产业。\n\n危险化学品是具有毒害、腐蚀、爆炸等性质的化学品。\n\n2、危险化学品如何储存?\n\n应当储存在专用仓库内。\n"
    assert [term for term, _ in pairs(industry)] == ["危险化学品"]
    remark = "1、什么是危险废物?\n\n废物处理很重要,各地都在加强管理。\n\n危险废物是含有有毒、易燃、易爆或其他危险特性的废物。\n\n2、危险废物如何处理?\n\n交给有资质的单位。\n"
    assert [term for term, _ in pairs(remark)] == ["危险废物"]


# --- the passive definer: X(可)被定义为… --------------------------------------------------------------------------------------


def test_the_passive_definer_opens_the_definition():
    footprint = "碳足迹被定义为一项活动或产品的整个生命周期所产生的温室气体排放量。\n"
    assert pairs(footprint) == [("碳足迹", "被定义为一项活动或产品的整个生命周期所产生的温室气体排放量。")]
    resilient = "韌性城市通常被界定為能夠吸收未來衝擊、維持基本功能並迅速恢復的城市。\n"
    assert pairs(resilient) == [("韌性城市", "通常被界定為能夠吸收未來衝擊、維持基本功能並迅速恢復的城市。")]
    bracketed = "碳足跡(Carbon Footprint)可被定義為與一項活動或產品的整個生命週期過程所直接與間接產生的溫室氣體排放量。\n"
    assert pairs(bracketed) == [("碳足跡(Carbon Footprint)", "可被定義為與一項活動或產品的整個生命週期過程所直接與間接產生的溫室氣體排放量。")]


def test_a_question_or_a_short_classification_after_the_passive_definer_is_none():
    assert pairs("家长因工作等关系,不经常与申请学生同住,是否仍被定义为家团成员?\n") == []
    assert pairs("这批货物被定义为危险品。\n") == []


# --- 其中 glued to the term, with no comma ----------------------------------------------------------------------------------

_FOOTPRINT = (
    "有鑑於此,民眾必須採取「利用節能減碳措施,來降低生活中所產生的碳足跡」之新生活型態,以利降低對環境的衝擊。其中碳足跡(Carbon Footprint)"
    "可被定義為與一項活動(Activity)或產品的整個生命週期過程所直接與間接產生的溫室氣體排放量,其中包含原料、製造、配送銷售、使用及廢棄處理等"
    "5個階段。\n"
)


def test_a_glued_qizhong_is_no_part_of_the_term_P3506():
    assert dict(pairs(_FOOTPRINT))["碳足跡(Carbon Footprint)"].startswith("可被定義為與一項活動(Activity)或產品的整個生命週期過程")


def test_glued_connectives_before_other_markers():
    assert pairs("其中碳足迹是指一项活动或产品的整个生命周期所产生的温室气体排放量。\n") == [
        ("碳足迹", "是指一项活动或产品的整个生命周期所产生的温室气体排放量。")
    ]
    assert pairs("当中绿色债券是指将募集资金专门用于支持绿色产业项目的债券。\n") == [("绿色债券", "是指将募集资金专门用于支持绿色产业项目的债券。")]


def test_qizhong_de_names_a_part_of_what_came_before_no_term():
    assert pairs("本市共有三类补贴。其中的部分资金是指由省级财政安排的专项资金。\n") == []


# --- a concept put forward, its gist given by a marker with no subject of its own --------------------------------------------

_INCLUSIVE = (
    "普惠金融的概念從提出至今已有很大的發展。2005年,聯合國第一次明確提出普惠金融的概念,大意是指一個能有效地、全方位地為社會所有階層和群體,"
    "尤其是貧困、低收入人口提供服務的金融體系。到目前為止,普惠金融已經演變成一個更為複雜的金融生態體系。\n"
)


def test_a_concept_put_forward_then_its_gist_P3378():
    assert dict(pairs(_INCLUSIVE))["普惠金融"].startswith(
        "大意是指一個能有效地、全方位地為社會所有階層和群體,尤其是貧困、低收入人口提供服務的金融體系。"
    )


def test_concepts_put_forward_in_other_reports():
    growth = "2007年,亚洲开发银行首次提出了包容性增长的概念,是指倡导机会平等的增长,使所有人都能公平参与并从中受益。\n"
    assert pairs(growth) == [("包容性增长", "是指倡导机会平等的增长,使所有人都能公平参与并从中受益。")]
    normal = "2014年,中央首次提出“新常态”的概念,其内涵是指经济增长速度从高速转向中高速的发展阶段。\n"
    assert pairs(normal) == [("“新常态”", "其内涵是指经济增长速度从高速转向中高速的发展阶段。")]


def test_a_concept_put_forward_without_a_marker_is_no_gloss():
    assert pairs("2007年,亚洲开发银行首次提出了包容性增长的概念,得到各国广泛认可。\n") == []
