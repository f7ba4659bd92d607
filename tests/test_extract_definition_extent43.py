"""The forty-third development set's definitions that begin or end in the wrong place (P1325's colon items restating their
headword before 包括), each with a real sentence of the same shape the rule must leave alone."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.general import _restated_headword


_REGIONS = (
    "一、三个主要区域:\n"
    "1. 西部地区:西部地区包括西藏、新疆、青海、宁夏、内蒙古、甘肃、陕西、四川、云南和重庆等地。这一区域地处中国大陆偏西地带,以其壮丽的自然风光和丰富的矿产资源而闻名。\n"
    "2. 东北地区:东北地区包括辽宁、吉林和黑龙江等省份。这一区域以其丰富的农业、森林资源和重工业而著称。\n"
    "二、三个主要州:\n"
    "1. 京津冀地区:京津冀地区包括北京、天津和河北等地。它不仅是中国的政治中心,还是中国经济发展的重要枢纽之一。\n"
    "2. 长三角地区:长三角地区包括上海、江苏和浙江等地。作为中国最具活力和创新力的地区之一,长三角地区拥有强大的经济实力和现代化城市群。这里集聚了许多知名企业和高新技术产业,是"
)


def test_a_colon_item_restating_its_headword_before_baokuo_opens_at_baokuo():
    # (the last item, cut by the page, still gives nothing)
    assert pairs(_REGIONS) == [
        ("西部地区", "包括西藏、新疆、青海、宁夏、内蒙古、甘肃、陕西、四川、云南和重庆等地。这一区域地处中国大陆偏西地带,以其壮丽的自然风光和丰富的矿产资源而闻名。"),
        ("东北地区", "包括辽宁、吉林和黑龙江等省份。这一区域以其丰富的农业、森林资源和重工业而著称。"),
        ("京津冀地区", "包括北京、天津和河北等地。它不仅是中国的政治中心,还是中国经济发展的重要枢纽之一。"),
    ]


def test_a_longer_word_opening_with_the_headword_is_no_restatement():
    # (43's yearbook: 固定资产投资的资金来源 / 根据…分为…; a subject longer than the headword before 包括 is another word)
    assert _restated_headword("固定资产投资", "固定资产投资的资金来源包括国家预算内资金、国内贷款、利用外资、自筹资金和其他资金。") is None
    assert _restated_headword("地区", "地区生产总值包括三种表现形态。") is None
    # (a real one: P914's hot-word line 生态优先 over 生态优先、绿色发展是…, a longer phrase opening with the headword)
    assert _restated_headword("生态优先", "生态优先、绿色发展是中国式现代化青海实践的鲜明底色。") is None
    # (and a restatement before a one-character verb stays as written: 指 may open a word, 指数)
    assert _restated_headword("工业", "工业指数反映工业生产的变动。") is None


_PERIODS = (
    "“三期叠加”这个概念在不同的领域可能有不同的含义,但在经济分析中,它通常指的是三个不同周期或阶段同时达到顶峰或低谷的情况。"
    "具体到中国经济的讨论中,“三期叠加”通常指的是增长速度换挡期、结构调整阵痛期和前期刺激政策消化期这三个时期的重合。\n"
    "1. 增长速度换挡期:随着中国经济发展进入新常态,过去两位数的高速增长将逐渐放缓,转入中高速的增长阶段。\n"
    "2. 结构调整阵痛期:为实现更高质量的发展,需要对产业结构进行调整,淘汰落后产能,推动产业升级。\n"
)


def test_a_field_frame_before_a_quoted_term_is_no_part_of_it_and_a_listed_part_glossed_by_its_setting_is_an_entry():
    # (P1313: the frame 具体到…中, left out; the first numbered part opens with 随着…, yet the definition above lists it)
    assert pairs(_PERIODS) == [
        ("“三期叠加”", "通常指的是增长速度换挡期、结构调整阵痛期和前期刺激政策消化期这三个时期的重合。"),
        ("增长速度换挡期", "随着中国经济发展进入新常态,过去两位数的高速增长将逐渐放缓,转入中高速的增长阶段。"),
        ("结构调整阵痛期", "为实现更高质量的发展,需要对产业结构进行调整,淘汰落后产能,推动产业升级。"),
    ]


def test_a_setting_line_of_a_part_no_definition_lists_stays_out():
    # (P536's hot-words items: 绿色能源 is named in no definition above, its 随着… line is a role line)
    page = (
        "2022年度热词盘点\n国内热词\n"
        "- 党的二十大:中国共产党召开的第20次全国代表大会,标志着党和国家事业继往开来。\n"
        "科技热词\n"
        "- 绿色能源:随着全球变暖问题日益严重,绿色能源成为推动可持续发展的关键。\n"
    )
    assert [term for term, _ in pairs(page)] == ["党的二十大"]
    # (and a field frame before an unquoted clause, 在经济分析中,它…, opens no term)
    assert pairs("但在经济分析中,它通常指的是三个不同周期或阶段同时达到顶峰或低谷的情况。\n") == []


def test_a_quoted_word_opening_a_note_right_before_ji_is_glossed():
    # (P1310: (2)“一个中心”即以经济建设为中心。, no comma between the quoted word and 即)
    text = (
        "(2)“一个中心”即以经济建设为中心。这一中心的确立,是在对我国社会主义建设经验教训科学总结的基础上作出的正确选择,"
        "充分体现了社会主义本质的要求,是解决我国现阶段社会主要矛盾的根本途径。\n"
    )
    assert pairs(text) == [
        (
            "“一个中心”",
            "即以经济建设为中心。这一中心的确立,是在对我国社会主义建设经验教训科学总结的基础上作出的正确选择,"
            "充分体现了社会主义本质的要求,是解决我国现阶段社会主要矛盾的根本途径。",
        )
    ]


def test_a_quoted_word_before_ji_inside_a_sentence_or_before_jijiang_is_no_headword():
    # (the 1973 congress report: 就对你实行“国际专政”即对各国人民专政 — inside its sentence; 即将 is a word)
    assert pairs("就对你实行“国际专政”即对各国人民专政，以便组成新沙皇统治的“社会主义大家庭”即社会帝国主义殖民地。\n") == []
    assert pairs("“十四五”即将开局。\n") == []
    # (real ones from the 2010 and 2008 work reports: a paragraph opening with a name before 即将)
    assert pairs("上海世博会即将拉开帷幕。要加强与各参展国家、地区和国际组织的合作，把上海世博会办成一届成功、精彩、难忘的盛会。\n") == []
    assert pairs(
        "2008年奥运会和残奥会即将在北京举办。这是全体中华儿女的共同期盼，对于促进我国经济社会发展、"
        "增进中国人民同世界各国人民的友谊与合作，具有重要意义。\n"
    ) == []


def test_youshi_sometimes_goes_with_the_marker():
    # (P1343: “孵化”有时也指培养某方面的人才。 — 有时 says how often the word has the sense, no part of it)
    from policyterms.mining.extract_layouts.common import words_before_marker

    assert words_before_marker("“孵化”有时也") == ("“孵化”", "有时也")
    assert words_before_marker("常住人口") is None


def test_a_counted_title_glued_to_its_first_part_gives_the_part():
    # (P1320: the title line 山西一群两区三圈 glued to the answer 一群是指…)
    text = (
        "山西一群两区三圈一群是指山西中部城市群。两区是指山西2017年整合太原,晋中两市8个国家级,省级产学研园区形成的山西综改示范区,"
        "以及刚刚官宣的太忻经济区。\n"
    )
    assert [term for term, _ in pairs(text)] == ["一群", "两区"]
    assert pairs(text)[0] == ("一群", "是指山西中部城市群。")


def test_a_counted_slogan_not_repeating_its_first_part_keeps_its_words():
    from policyterms.mining.extract_layouts.prose import _counted_title_run_in

    # (六稳六保, 两不愁三保障 and 四好农村路 end in no repeated counted part)
    assert [_counted_title_run_in(t) for t in ("六稳六保", "两不愁三保障", "四好农村路", "一带一路")] == ["", "", "", ""]


def test_a_restatement_after_zhunque_de_shuo_with_a_marker_and_colon_is_an_entry_of_its_own():
    # (P1314: the paragraph's first definition ends before 准确地说,…, which defines the term again by its parts)
    text = (
        "四个意识是指中国共产党强调的马克思主义、中国特色社会主义思想关于社会主义建设和党的建设的重要指导思想。"
        "准确地说,四个意识是指:政治意识、大局意识、核心意识和看齐意识。\n"
    )
    assert pairs(text) == [
        ("四个意识", "是指中国共产党强调的马克思主义、中国特色社会主义思想关于社会主义建设和党的建设的重要指导思想。"),
        ("四个意识", "是指:政治意识、大局意识、核心意识和看齐意识。"),
    ]


def test_a_label_before_a_colon_still_opens_no_term():
    # (追新词:X是指…: the label's colon, not a marker's, is left out as before)
    assert [term for term, _ in pairs("追新词:“数字游民”是指不受地域限制、依靠互联网远程工作的人群。\n")] == ["“数字游民”"]


def test_a_sentence_turning_to_another_subject_after_lingwai_ends_the_paragraph_s_one_definition():
    # (P1338: the bureau's notice after 另外 is another subject; the page is cut inside it)
    text = (
        "工业用地指工业生产、产品加工制造、机械和设备修理及直接为工业生产等服务的附属设施用地。另外,为支持、培育以新技术、新产业、新业态、"
        "新模式为主要特征的新型产业项目,2020年,我局在充分调查研究的基础上,借鉴深圳、广州、济南等外地城市经验,出台《关于加强新型产业规划用地管理的通知》,"
        "在城市建设用地分类“工业用地(M)”大类下,增加中类“新型产业用地(M0)”,新型产业用地(M0)是指融合信息技术、人工智能等新型产业功能的用地"
    )
    assert pairs(text) == [("工业用地", "指工业生产、产品加工制造、机械和设备修理及直接为工业生产等服务的附属设施用地。")]


def test_a_sentence_adding_to_the_definition_after_lingwai_goes_on():
    # (205's shape: 另外,还包括… adds to what the term covers; 此外 naming the term goes on too)
    text = "民营经济是指除国有和国有控股企业以外的多种所有制经济的统称。另外,还包括民办非企业单位。\n"
    assert pairs(text) == [("民营经济", "是指除国有和国有控股企业以外的多种所有制经济的统称。另外,还包括民办非企业单位。")]


_FIRST_STORE = (
    "在描绘城市商业繁荣的语境中,“首店经济”是一个新出现的词汇,在新冠肺炎疫情影响下,首店品牌的入驻更是成为零售行业的强心剂和商场傍身的王牌。"
    "作为千年商都的广州在发展首店经济上频频发力,广州稳经济“48条”措施中专门提出了针对“首店经济”的政策。"
    "首店,原意是指知名品牌、连锁企业在一定地理范围内开设的第一家店,后又进一步延伸到已有品牌企业创新发展的新店。"
    "由首店品牌积聚衍生的“首店经济”有助于促进商业模式创新、流程创新、产品创新和技术创新,也是检验当地营商环境和消费力活跃程度的试金石。"
    "在新春消费即将点燃之际,南方日报记者走访了广州和深圳多个商场,感受一下首店经济的热度。●南方日报记者 彭颖 实习生 黄"
)


def test_an_original_sense_after_a_comma_opens_the_gloss_which_ends_before_a_longer_word_built_on_the_term():
    # (P1340: 首店,原意是指…; the next sentence is on “首店经济”, another subject)
    assert pairs(_FIRST_STORE) == [
        ("首店", "原意是指知名品牌、连锁企业在一定地理范围内开设的第一家店,后又进一步延伸到已有品牌企业创新发展的新店。")
    ]


def test_sentences_going_on_without_a_longer_quoted_word_stay_in_the_definition():
    # (P1272's shape, dev-42: the sentences after a mid-paragraph definition name no word built on it)
    text = (
        "新中国成立后,社会各界都在关注工商业的前途。所谓“公私合营”,是指新中国在上世纪五十年代对民族工商业进行的彻底改造。"
        "当时政府对民族工商业实行社会主义改造所采取的国家资本主义的高级形式。\n"
    )
    assert pairs(text)[0][1] == "是指新中国在上世纪五十年代对民族工商业进行的彻底改造。当时政府对民族工商业实行社会主义改造所采取的国家资本主义的高级形式。"


def test_a_counted_slogan_s_requirements_spelled_out_by_ji_gloss_the_slogan():
    # (P1324: 提出了扶贫开发工作“六个精准”的基本要求,即扶持对象精准、…)
    text = (
        "“六个精准”\n"
        "2015年6月,习近平在贵州考察时提出了扶贫开发工作“六个精准”的基本要求,即扶持对象精准、项目安排精准、资金使用精准、措施到户精准、"
        "因村派人(第一书记)精准、脱贫成效精准。“六个精准”涵盖了贫困治理的基本方面,为扶贫政策设计与地方治理创新提供了基本依据。\n"
    )
    assert pairs(text) == [
        (
            "“六个精准”",
            "即扶持对象精准、项目安排精准、资金使用精准、措施到户精准、因村派人(第一书记)精准、脱贫成效精准。"
            "“六个精准”涵盖了贫困治理的基本方面,为扶贫政策设计与地方治理创新提供了基本依据。",
        )
    ]


def test_a_report_acting_on_a_slogan_s_requirements_glosses_nothing():
    # (the 2003 congress report: 按照“三个代表”的要求,以… — no 即 after the requirements)
    assert pairs("党中央周围，高举邓小平理论伟大旗帜，按照“三个代表”的要求，以与时俱进、奋发有为的精神风貌，坚定信心，知难而进。\n") == []


def test_jishi_opening_a_paragraph_of_several_sentences_glosses_its_headword():
    # (P1311: an answer copy's 五水共治即是治污水、…,这是一个大目标、大思路。这是…)
    text = (
        "五水,是指污水、洪水、涝水、供水和节水。\n"
        "五水共治即是治污水、防洪水、排涝水、保供水、抓节水,这是一个大目标、大思路。这是浙江省政府近期推出的大政方针,是推进浙江新一轮改革发展的关键之策。\n"
    )
    assert pairs(text)[1] == (
        "五水共治",
        "即是治污水、防洪水、排涝水、保供水、抓节水,这是一个大目标、大思路。这是浙江省政府近期推出的大政方针,是推进浙江新一轮改革发展的关键之策。",
    )


def test_jishi_shuo_that_is_to_say_glosses_nothing():
    # (a report's 这就是说 / 即是说: a restatement of the sentence before, no headword)
    assert pairs("发展经济的目的即是说要让人民群众过上好日子。我们要坚持这一点。\n") == []
    # (real ones: the 1969 congress report's 就是说 answering its own question, and the 1955 work report's 即是 inside a
    # sentence opened by 凡…,…者)
    assert pairs("这一套是什么意思呢？就是说，你的主权是“有限”的，他的主权是无限的。你不服从吗？\n") == []
    assert pairs(
        "凡一个建设单位，不论其为新建、改建或恢复，它的全部投资额大于限额者，即是限额以上的建设单位；"
        "小于限额者，即是限额以下的建设单位。\n"
    ) == []


def test_a_long_kind_of_word_before_the_verb_of_use_is_a_frame():
    # (P1329: “攻坚战”是一个在中国社会发展进程中逐渐形成的重要概念,主要用于描述…)
    text = (
        "“攻坚战”是一个在中国社会发展进程中逐渐形成的重要概念,主要用于描述在特定环境下为解决重大问题而进行的集中、专业化的攻克行动。"
        "这个词汇在经济、社会、生态等多个领域都有广泛应用。\n"
    )
    assert pairs(text)[0] == (
        "“攻坚战”",
        "主要用于描述在特定环境下为解决重大问题而进行的集中、专业化的攻克行动。这个词汇在经济、社会、生态等多个领域都有广泛应用。",
    )


def test_a_kind_of_word_with_no_verb_of_use_after_it_opens_no_usage_gloss():
    from policyterms.mining.extract_layouts.usage_glosses import kind_then_usage

    # (P1329's shape without 用于: the kind alone, 是一个…的重要概念,这个词汇…, gives no usage gloss)
    assert kind_then_usage("“攻坚战”是一个在中国社会发展进程中逐渐形成的重要概念,这个词汇在多个领域都有广泛应用。") is None
