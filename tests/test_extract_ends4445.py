"""The forty-fourth and forty-fifth development sets' definitions whose term and opening were right but whose end was
not: each rule with a real sentence of its shape and a real sentence of a nearby shape that must read as before."""

from __future__ import annotations

from conftest import pairs

from policyterms.mining.extract_layouts.aspect_lead_ins import announces_own_aspects
from policyterms.mining.extract_layouts.built_subjects import before_built_subject
from policyterms.mining.extract_layouts.sibling_ends import before_sibling_gloss
from policyterms.mining.extract_layouts.wrapped_lines import wrapped_continuation
from policyterms.mining.extract_layouts.ordinal_parts import next_ordinal_part
from policyterms.mining.extract_layouts.second_senses import before_second_sense


def test_a_closing_lead_in_announcing_the_terms_own_measures_stays_in_the_definition():
    text = (
        "1. 联建共建\n"
        "联建共建是指加强基层党组织建设,推动基层党组织与其他组织、社区、企业等共同参与基层治理。具体措施包括:\n"
        "- 加强基层党组织领导班子建设,提升党组织凝聚力和战斗力;\n"
        "- 加强党员队伍建设,发挥党员先锋模范作用,带动群众共同参与基层治理。\n"
        "2. 联治共治\n"
        "联治共治是指创新社会治理方式,推动基层治理体系和治理能力现代化。具体措施包括:\n"
        "- 推进基层治理法治化,加强基层法治建设,提高基层治理法治化水平;\n"
    )
    assert pairs(text) == [
        ("联建共建", "是指加强基层党组织建设,推动基层党组织与其他组织、社区、企业等共同参与基层治理。具体措施包括:"),
        ("联治共治", "是指创新社会治理方式,推动基层治理体系和治理能力现代化。具体措施包括:"),
    ]


def test_its_core_and_its_senses_announced_below_stay_in_the_definition():
    assert announces_own_aspects("其核心在于:")
    assert announces_own_aspects("其核心含义包含以下三层:")
    assert announces_own_aspects("具体措施包括:")


def test_a_discourse_connective_or_a_comparison_lead_in_is_still_cut():
    # (the bundled pages' 具体来说: and 农作物播种面积与耕地面积有以下两方面区别:, cut as before)
    assert not announces_own_aspects("具体来说:")
    assert not announces_own_aspects("农作物播种面积与耕地面积有以下两方面区别:")
    assert not announces_own_aspects("人才通常具有以下特点:")
    text = (
        "具身智能是指智能体通过与环境交互获得智能的技术路线。具体来说:\n感知、决策和行动结合在一起。\n"
    )
    assert [d for _, d in pairs(text)] == ["是指智能体通过与环境交互获得智能的技术路线。"]


def test_a_sibling_named_before_and_glossed_after_a_comma_ends_the_definition():
    text = (
        "五议两公开是农村基层治理的工作方法。五议指提议、商议、审议、决议、评议,两公开指公开过程和公开结果。"
        "村民通过五议讨论村里事务,两公开确保透明。\n"
    )
    assert ("五议", "指提议、商议、审议、决议、评议") in pairs(text)


def test_quoted_siblings_glossed_in_turn_after_semicolons_end_each_other():
    earlier = "一是父母双方均符合重残、重病、服刑在押、强制隔离戒毒、被执行其他限制人身自由的措施、失联情形之一的儿童。"
    definition = "一般是指患有严重的、需要长期治疗和高额费用的疾病;“服刑在押”就是因犯罪在监狱服刑;“强制隔离戒毒”是被强制进行戒毒治疗;"
    assert before_sibling_gloss("“重病”", definition, earlier) == "一般是指患有严重的、需要长期治疗和高额费用的疾病"
    # (a bare sibling after a semicolon may be glossed with 包括: 三駕馬車's 投資、消費和出口)
    assert before_sibling_gloss("消費", "指的是最終需求中的居民消費;投資包括政府和企業的固定資產投資", "具體爲投資、消費和出口。") == (
        "指的是最終需求中的居民消費"
    )


def test_a_clause_going_on_about_the_term_is_no_siblings_gloss():
    # (the golds' own: a part of the term's computation after a comma (91), a function word before the verb (164, P1013),
    # a subject of a remark, not glossed (P1429))
    definition = (
        "指一个国家或地区森林面积占土地总面积的百分比,是反映森林资源的丰富程度和生态平衡状况的重要指标。"
        "在计算森林覆盖率时,森林面积包括郁闭度0.2以上的乔木林地面积和竹林地面积。"
    )
    assert before_sibling_gloss("森林覆盖率", definition, "森林面积 指由乔木林地、竹林地组成的面积。") == definition
    definition = "是国有资产管理部门以国有资产出资人身份,…所产生的收益,主要包括国有资产收益收入、公共预算转入收入、债务性收入和其他收入四个方面。"
    assert before_sibling_gloss("国有资本经营预算收入", definition, "国有资本经营预算主要包括收入和支出。") == definition
    definition = "是国家为构建和谐社会,支持新农村建设的一项重大举措,是一项民心工程。又称“五年千亿元”工程,该工程是指中国力争在5年时间实现所有村庄通沥青路或水泥路。"
    assert before_sibling_gloss("村村通公路工程", definition, "村村通公路工程是什么?该工程") == definition
    definition = "指同时担任村党支部委员和村民委员会委员的人数,两委总人数需避免重复计算,即党支部委员数与村委会委员数之和减去交叉任职人数。"
    assert before_sibling_gloss("交叉任职人数", definition, "交叉任职人数除以两委成员总人数再乘以100%。两委总人数") == definition


def test_a_sentence_on_a_word_built_on_the_term_ends_the_definition():
    assert before_built_subject(
        "綠證", "是指綠色電力證書,又叫可再生能源證書、可再生能源信用,是國家對發電企業…頒發的具有獨特標識代碼的電子證書。綠證交易是企業或個人直接登錄…平臺網站購買綠證。"
    ) == "是指綠色電力證書,又叫可再生能源證書、可再生能源信用,是國家對發電企業…頒發的具有獨特標識代碼的電子證書。"
    assert before_built_subject(
        "“近零碳”", "是介于低碳和零碳之間的概念,更強調…趨近于零的動態過程。近零碳社區創建,主要是在社區內發展綠色建筑。"
    ) == "是介于低碳和零碳之間的概念,更強調…趨近于零的動態過程。"
    assert before_built_subject(
        "行政争议", "是行政机关在实施行政管理活动中与行政相对人的争议。“实质性化解行政争议”这一理念源自我国的行政审判实践,指人民法院…。"
    ) == "是行政机关在实施行政管理活动中与行政相对人的争议。"
    text = "根據《中華人民共和國種子法》定義:種子,是指農作物和林木的種植材料或者繁殖材料,包括籽粒、果實、根、莖、苗、芽、葉、花等。種子產業鏈可分為“育、繁、推”三個環節。\n"
    assert ("種子", "是指農作物和林木的種植材料或者繁殖材料,包括籽粒、果實、根、莖、苗、芽、葉、花等。") in pairs(text)


def test_a_sentence_going_on_about_the_term_itself_stays():
    # (the golds': an adverb, an aspect noun, another name, a verb after the term)
    for term, definition in (
        ("气候", "指地球与大气之间长期能量交换与质量交换所形成的一种自然环境状态,它是多种因素综合作用的结果。气候既是人类生活和生产的环境要素之一。"),
        ("党日活动", "是指党的组织在本地区或本单位规定,某日为党组织和党员进行党的活动的专门时间。党日活动制度是新的历史时期加强党的建设的一项重要制度。"),
        ("科学发展观", "是坚持以人为本,全面、协调、可持续的发展观。科学发展观第一要义是发展,核心是以人为本。"),
        ("人民防空", "是国家根据国防需要,动员和组织群众采取防护措施。人民防空简称人防,有的大城市称为民防,但性质和职能有所区别。"),
        ("东西部扶贫协作", "即东部发达省市与西部贫困地区结对开展扶贫协作。东西部扶贫协作形式多样,形成了以政府援助、企业合作、社会帮扶为主的基本模式。"),
    ):
        assert before_built_subject(term, definition) == definition


def test_a_regulations_so_named_definition_is_one_provision():
    text = (
        "第二条 制定和实施城乡规划,在规划区内进行建设活动,必须遵守本法。\n"
        "本法所称规划区,是指城市、镇和村庄的建成区以及因城乡建设和发展需要,必须实行规划控制的区域。"
        "规划区的具体范围由有关人民政府在组织编制的城市总体规划、镇总体规划、乡规划和村庄规划中,根据城乡经济社会发展水平和统筹城乡发展的需要划定。\n"
    )
    assert pairs(text) == [("规划区", "是指城市、镇和村庄的建成区以及因城乡建设和发展需要,必须实行规划控制的区域。")]


def test_a_definition_without_a_regulations_lead_in_goes_on_over_its_sentences():
    # (the sentence after a plain 是指 definition about its term's computation stays, as 91's gold keeps it)
    text = (
        "森林覆盖率 指一个国家或地区森林面积占土地总面积的百分比,是反映森林资源的丰富程度和生态平衡状况的重要指标。"
        "在计算森林覆盖率时,森林面积包括郁闭度0.2以上的乔木林地面积和竹林地面积。\n"
        "活立木总蓄积量 指一定范围内土地上全部树木蓄积的总量,包括森林蓄积、疏林蓄积、散生木蓄积和四旁树蓄积。\n"
    )
    assert pairs(text)[0] == (
        "森林覆盖率",
        "指一个国家或地区森林面积占土地总面积的百分比,是反映森林资源的丰富程度和生态平衡状况的重要指标。"
        "在计算森林覆盖率时,森林面积包括郁闭度0.2以上的乔木林地面积和竹林地面积。",
    )


def test_a_run_in_item_number_after_a_full_stop_ends_the_definition():
    text = (
        "1、职业本科高职本科(高等职业本科)是全日制本科学历教育的一种,学位为专业学士。高职本科与普通本科共同构成我国高等教育体系的全日制本科层次。"
        "2、普通本科(应用本科属于传统意义上普通本科的一种。)是指国家统一高考后达到一定分数,并被有资质高校录取。"
        "通常分一本、二本(包括:公二本、民二本),学业结束后拿到相应的专业学士学位证书的。\n"
        "高等职业本科高等职业教育是国民教育体系中高等教育的一种类型,是和普通高等教育不同类型的高等教育。 "
        "高等职业教育的人才培养具有独特的基本特征:为生产、建设、管理、服务第一线培养应用型\n"
        "应用型本科是一些原有的本科院校的办学定位;职业本科是原有的职业院校近一两年来升格为本科院校的\n"
    )
    assert pairs(text)[0] == (
        "职业本科高职本科(高等职业本科)", "是全日制本科学历教育的一种,学位为专业学士。高职本科与普通本科共同构成我国高等教育体系的全日制本科层次。"
    )


def test_a_number_inside_a_sentence_or_a_decimal_is_no_item():
    # (a figure after a stop, 2.5万, and items after a colon stay inside, as the golds keep them)
    text = "常住人口是指实际经常居住在某地区一定时间的人口。2.5万人以上的镇另行统计。\n"
    assert pairs(text) == [("常住人口", "是指实际经常居住在某地区一定时间的人口。2.5万人以上的镇另行统计。")]


def test_the_terms_second_sense_after_cizai_ends_the_first():
    definition = (
        "是一種政治體制,其中以行政長官爲首的行政機關在整個政權運作中佔據支配性地位。行政主導也體現在行政長官的法律地位高於立法機關,"
        "特別是在香港特別行政區。此外,行政主導還意味着國家行政力量廣泛地主導經濟與社會發展。"
    )
    assert before_second_sense("行政主導", definition) == (
        "是一種政治體制,其中以行政長官爲首的行政機關在整個政權運作中佔據支配性地位。行政主導也體現在行政長官的法律地位高於立法機關,"
        "特別是在香港特別行政區。"
    )


def test_a_dictionarys_next_sense_without_the_term_stays():
    definition = "指黄河、淮河、洛河。也泛指许多的河流:地动三河铁臂摇。"  # (P1333's gold)
    assert before_second_sense("三河", definition) == definition


def test_a_definition_counting_its_parts_goes_on_over_the_next_ordinal():
    text = (
        "为应对挑战,“数据二十条”创新提出“三权分置”数据产权制度框架,强调使用权,构建中国特色数据产权体系。所谓数据确权,就是确定数据的权利属性,"
        "主要包含两个层面:第一是确定数据的权利主体,即谁对数据享有权利。第二是确定权利的内容,即享有什么样的权利。 从这两个层面看,数据从产生到...\n"
    )
    assert ("数据确权", "就是确定数据的权利属性,主要包含两个层面:第一是确定数据的权利主体,即谁对数据享有权利。第二是确定权利的内容,即享有什么样的权利。") in pairs(text)


def test_an_ordinal_whose_first_stands_before_the_definition_is_the_reports_next_point():
    # (a work report: 一是 opens the point before 落实，就是…; 二是 is the report's next point)
    assert not next_ordinal_part("二是加强和改善宏观调控。", "就是认真落实中央的各项政策措施，增强执行力，真正把各项决策部署落到实处。")
    assert next_ordinal_part("第二是确定权利的内容,即享有什么样的权利。", "就是确定数据的权利属性,主要包含两个层面:第一是确定数据的权利主体,即谁对数据享有权利。")


def test_a_definition_wrapped_inside_its_sentence_goes_on_to_the_line_ending_it():
    text = (
        "养老保险视同缴费年限是指职工全部工作年限中,其实际缴费年限之前的按国家规定计算的连续工作时间。固定职工在实行企业和职工个人共同缴纳\n"
        "基本养老保险费制度之前,按国家规定计算为连续工龄的时间,都可以作为“视同缴费年限”,并且可以与实际“缴费年限”合并计发\n"
        "养老保险金。\n"
    )
    assert pairs(text) == [
        (
            "养老保险视同缴费年限",
            "是指职工全部工作年限中,其实际缴费年限之前的按国家规定计算的连续工作时间。固定职工在实行企业和职工个人共同缴纳"
            "基本养老保险费制度之前,按国家规定计算为连续工龄的时间,都可以作为“视同缴费年限”,并且可以与实际“缴费年限”合并计发养老保险金。",
        )
    ]


def test_the_next_entrys_line_or_a_formula_line_is_no_wrap():
    # (P1087's two colon entries, the first without a stop; 46's formula closing a yearbook entry above the next headword)
    first = "指将生活在缺乏生存条件地区的贫困人口搬迁安置到其他地区,并通过改善安置区的生产生活条件、调整经济结构和拓展增收渠道,帮助搬迁人口逐步脱贫致富"
    text = "异地搬迁:" + first + "\n移民搬迁:指原居住在自然保护区、生态环境严重破坏地区…的人口,搬离原来的居住地,在另外的地方定居并重建家园。\n"
    assert wrapped_continuation(text, len("异地搬迁:" + first), first) == ""
    line = "可支配收入=家庭总收入-交纳所得税-个人交纳的社会保障支出-记帐补贴"
    text = (
        "城市(城镇)居民家庭可支配收入 指家庭成员得到可用于最终消费支出和其它非义务性支出以及储蓄的总和。计算公式为:\n" + line + "\n"
        "城市(城镇)居民家庭总支出 指除借贷支出以外的全部家庭支出。\n"
    )
    assert wrapped_continuation(text, text.index(line) + len(line), line) == ""


def test_an_aspect_lead_in_ending_the_text_is_cut_and_the_definition_kept():
    # (a page cut right after the lead-in, as a dangling 主要包括: is: the list is lost, the definition whole)
    text = (
        "黑名单是汉语中一个具有特定社会管理含义的名词,指由权威机构、组织或平台制定的,用于记录被禁止、限制或特别监管的对象"
        "(如个人、组织、企业、网站等)的正式名录。其核心含义包含以下三层:\n"
    )
    assert pairs(text) == [("黑名单", "指由权威机构、组织或平台制定的,用于记录被禁止、限制或特别监管的对象(如个人、组织、企业、网站等)的正式名录。")]
