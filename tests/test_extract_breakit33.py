"""Counter-tests for the thirty-third round's rules, on real sentences of the shapes they read: a statistics bureau's
definition naming a final result (最终成果, no ranking), a policy article's reading that defines its terms, a schedule's and
a roster's space-aligned rows, a schoolbook's poems with their 意思: lines, a bulletin's figures beside its notes' X:指…
lines, and a definition by a cited law's 所稱."""

from __future__ import annotations

from conftest import pairs


def test_a_final_result_is_no_ranking() -> None:
    page = (
        "国民经济核算主要指标解释\n\n"
        "- 国内生产总值:国内生产总值是一个国家(或地区)所有常住单位在一定时期内生产活动的最终成果。\n"
        "- 居民消费支出:居民消费支出是常住住户在一定时期内对于货物和服务的全部最终消费支出。\n"
        "- 货币资金:货币资金是企业流动性最强的资产,犹如企业的“血液”,是企业生存的关键。\n"
    )
    assert [t for t, _ in pairs(page)] == ["国内生产总值", "居民消费支出"]


def test_a_policy_reading_that_defines_its_terms_keeps_them() -> None:
    page = (
        "新质生产力政策解读\n\n一、政策背景\n"
        "2023年9月,习近平总书记在黑龙江考察调研期间首次提到“新质生产力”。\n\n二、政策解读\n"
        "1. 新质生产力:新质生产力是创新起主导作用,摆脱传统经济增长方式、生产力发展路径,具有高科技、高效能、高质量特征,"
        "符合新发展理念的先进生产力质态。\n"
        "2. 未来产业:未来产业是由前沿技术驱动,当前处于孕育萌发阶段或产业化初期,具有显著战略性、引领性、颠覆性和不确定性的"
        "前瞻性新兴产业。\n\n三、未来展望\n"
        "1. 产业方面:加快传统产业转型升级,发展战略性新兴产业和未来产业。\n"
        "2. 科技方面:加强关键核心技术攻关,畅通科技创新血脉。\n"
    )
    assert [t for t, _ in pairs(page)] == ["新质生产力", "未来产业"]


def test_a_schedule_and_a_roster_in_aligned_rows_are_no_glossary() -> None:
    schedule = (
        "区政协四届一次会议日程安排\n\n"
        "上午        召集人会议(区政府八楼会议室)\n"
        "下午        会议报到,各小组活动,传达召集人会议精神\n"
        "晚上        中共党员会议(花园宾馆二楼多功能厅)\n"
        "第二天        开幕大会,听取和审议区政协常委会工作报告\n"
    )
    roster = (
        "为加强安全生产工作,经研究,决定成立安全生产工作领导小组,组成人员如下:\n\n"
        "组长        区委副书记、区长\n"
        "副组长        区政府分管副区长\n"
        "成员        区应急管理局局长、区公安分局局长、区市场监管局局长\n"
        "办公室主任        区应急管理局分管副局长\n\n"
        "领导小组办公室设在区应急管理局,负责日常工作。\n"
    )
    assert pairs(schedule) == [] and pairs(roster) == []


def test_poems_with_their_translations_are_no_word_items() -> None:
    page = (
        "小学必背古诗(附意思)\n\n1. 登鹳雀楼\n白日依山尽,黄河入海流。欲穷千里目,更上一层楼。\n"
        "意思:夕阳依傍着西山慢慢地沉没,滔滔黄河朝着东海汹涌奔流。若想把千里的风光景物看够,那就要登上更高的一层城楼。\n"
        "2. 静夜思\n床前明月光,疑是地上霜。举头望明月,低头思故乡。\n"
        "意思:明亮的月光洒在窗户纸上,好像地上泛起了一层霜。我禁不住抬起头来,看那天窗外空中的一轮明月,不由得低头沉思。\n"
    )
    assert pairs(page) == []


def test_a_bulletins_figures_beside_its_notes_are_no_glosses() -> None:
    page = (
        "2023年国民经济和社会发展统计公报要点\n\n主要指标:\n"
        "国内生产总值:1260582亿元,比上年增长5.2%。\n"
        "全年粮食产量:69541万吨,比上年增加888万吨,增长1.3%。\n"
        "GDP:126万亿元,按不变价格计算比上年增长5.2%。\n\n注:\n"
        "规模以上工业:指年主营业务收入2000万元及以上的工业法人单位。\n"
        "城镇新增就业:指城镇累计新增就业人数减去自然减员人数。\n"
    )
    assert [t for t, _ in pairs(page)] == ["规模以上工业", "城镇新增就业"]
    figures = "网络新词\n\n啃老族:指需要靠父母供养的年轻人。\n奔奔族:1975-1985年出生的人,中国社会压力最大的族。\n"
    assert [t for t, _ in pairs(figures)] == ["啃老族", "奔奔族"]


def test_a_definition_by_the_cited_laws_so_called_keeps_the_citation() -> None:
    page = (
        "名詞定義\n\n(一)原住民:依據「原住民身分法」第二條所稱之山地原住民及平地原住民。\n"
        "(二)身心障礙者:依據「身心障礙者權益保障法」第五條所稱之領有身心障礙證明者。\n"
        "(三)列管毒性化學物質:依據「毒性及關注化學物質管理法」第三條係指人為有意產製或於產製過程中無意衍生之化學物質。\n"
    )
    assert [d for _, d in pairs(page)] == [
        "依據「原住民身分法」第二條所稱之山地原住民及平地原住民。",
        "依據「身心障礙者權益保障法」第五條所稱之領有身心障礙證明者。",
        "係指人為有意產製或於產製過程中無意衍生之化學物質。",
    ]


def test_the_terms_own_superlative_word_is_no_ranking() -> None:
    page = (
        "社会救助政策名词\n\n"
        "- 最低生活保障:最低生活保障是国家对共同生活的家庭成员人均收入低于当地最低生活保障标准的家庭给予基本生活物质帮助的"
        "社会救助制度。\n"
        "- 临时救助:临时救助是国家对遭遇突发事件、意外伤害、重大疾病等原因导致基本生活陷入困境的家庭或个人给予的应急性、"
        "过渡性的救助。\n"
        "- 农村公路:农村公路是我国覆盖范围最广、服务人口最多的公共基础设施。\n"
    )
    assert [t for t, _ in pairs(page)] == ["最低生活保障", "临时救助"]


def test_the_last_aligned_row_and_the_last_meaning_line_are_whole_at_the_pages_end() -> None:
    rows = (
        "统计工作常用简称\n\n"
        "规上工业        年主营业务收入2000万元及以上的工业法人单位\n"
        "限上批零        年主营业务收入2000万元及以上的批发业和500万元及以上的零售业企业\n"
        "资质建筑        有总承包、专业承包资质的建筑业企业\n"
        "规下单位        规模以下的小微企业和个体经营户\n"
    )
    assert ("规下单位", "规模以下的小微企业和个体经营户") in pairs(rows)
    items = (
        "常用成语释义\n\n1. 画蛇添足\n这个成语出自《战国策·齐策二》,讲的是楚国几个人比赛画蛇的故事。\n"
        "释义:比喻做了多余的事,非但无益,反而不合适\n"
        "2. 守株待兔\n这个成语出自《韩非子·五蠹》,讲的是宋国一个农夫等兔子撞树的故事。\n"
        "释义:比喻死守狭隘经验,不知变通\n"
    )
    assert pairs(items) == [("画蛇添足", "比喻做了多余的事,非但无益,反而不合适"), ("守株待兔", "比喻死守狭隘经验,不知变通")]


def test_a_table_of_contents_a_price_list_and_a_directory_in_aligned_rows_are_no_glossary() -> None:
    contents = (
        "中华人民共和国统计法\n\n目    录\n\n第一章        总则\n第二章        统计调查管理\n"
        "第三章        统计资料的管理和公布\n第四章        统计机构和统计人员\n第五章        监督检查\n"
    )
    prices = (
        "本周农贸市场主要商品价格\n\n粳米        每公斤5.20元,比上周持平\n菜籽油        每公斤16.80元,比上周上涨0.2%\n"
        "猪肉        每公斤26.40元,比上周下降1.5%\n"
    )
    directory = (
        "各统计调查点联系方式\n\n城区调查点        人民路88号统计大楼三楼\n开发区调查点        工业园区管委会二楼东侧\n"
        "北部片区调查点        北环路与建设路交叉口西南角\n"
    )
    assert pairs(contents) == [] and pairs(prices) == [] and pairs(directory) == []


def test_a_cards_sense_label_gives_its_senses_to_the_headword_above() -> None:
    page = (
        "飞地\n\n基本解释 1.指归属某一国,但不与本国毗连而为他国领土所包围的土地 2.指属某行政区管辖,但不与本区毗连的土地\n\n"
        "详细解释 1.指位于某国境内而隶属他国的领土 2.泛指属于某地管辖而不与之相连的土地\n"
    )
    assert pairs(page) == [
        ("飞地", "指归属某一国,但不与本国毗连而为他国领土所包围的土地"),
        ("飞地", "指属某行政区管辖,但不与本区毗连的土地"),
        ("飞地", "指位于某国境内而隶属他国的领土"),
        ("飞地", "泛指属于某地管辖而不与之相连的土地"),
    ]


def test_an_articles_numbered_sections_over_label_lines_are_no_word_items() -> None:
    page = (
        "## 1. 政策背景\n近年来,国家持续推动数字经济和实体经济深度融合,出台了一系列支持政策。\n"
        "**定义:**以数据资源为关键要素,以现代信息网络为主要载体的新经济形态\n"
        "## 2. 政策目标\n到2025年,数字经济核心产业增加值占国内生产总值比重达到10%。\n"
        "**意思:**数字经济规模进一步扩大,质量效益明显提升\n"
    )
    assert pairs(page) == []
