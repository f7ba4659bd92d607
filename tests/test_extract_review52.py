"""Review of the fifty-first round's rules (a gloss sending the reader to another definition, headings naming examples, news
subheads of a trend, a slogan put forward then spelled out by 即, a restated disease's short class, a term table's short
spaced glosses, the duties units share out) on text they were not written from: sentences and small pages of the shapes
mainland, Hong Kong, Macao and Taiwan pages write, which the new readings took wrong."""

from __future__ import annotations

from conftest import pairs


# A gloss only sending the reader to another text's definition (false_glosses.reference_only) --------------------------------


def test_a_kind_of_interpretation_glossed_by_how_it_is_made_is_no_reference():
    text = "名词解释\n有权解释:依照法律授权对法律规范的含义所作的解释。\n立法解释:按照立法程序对法律条文所作的解释。\n"
    assert pairs(text) == [
        ("有权解释", "依照法律授权对法律规范的含义所作的解释。"),
        ("立法解释", "按照立法程序对法律条文所作的解释。"),
    ]
    assert pairs("名詞解釋\n行政解釋:依照法定職權對法規適用所作之解釋。\n") == [("行政解釋", "依照法定職權對法規適用所作之解釋。")]
    assert pairs("名词解释\n法定定义:依照法律条文对特定用语作出的定义。\n") == [("法定定义", "依照法律条文对特定用语作出的定义。")]


def test_a_gloss_sending_the_reader_to_another_classification_still_gives_nothing():
    text = "统计指标解释\n就业人员:参照国际劳工组织的定义。\n外出农民工:指在户籍所在乡镇地域外从业的农民工。\n"
    assert pairs(text) == [("外出农民工", "指在户籍所在乡镇地域外从业的农民工。")]
    assert pairs("名詞解釋\n經常性支出:參照主計總處之定義辦理。\n") == []
    text = "名词解释\n失业定义:采用国际劳工组织的定义。\n就业人员:指在16周岁及以上,从事一定社会劳动并取得劳动报酬的人员。\n"
    assert pairs(text) == [("就业人员", "指在16周岁及以上,从事一定社会劳动并取得劳动报酬的人员。")]


# A heading naming examples (false_glosses.furniture_label) -----------------------------------------------------------------


def test_an_instance_glued_to_a_noun_is_a_word_not_a_heading_of_examples():
    assert pairs("名词解释\n数据库实例:一组用于管理数据库文件的内存结构和后台进程。\n") == [
        ("数据库实例", "一组用于管理数据库文件的内存结构和后台进程。")
    ]
    text = (
        "政务云名词解释\n"
        "云主机实例 运行在政务云平台上的一台虚拟服务器,包括CPU、内存、操作系统等基本组件。\n"
        "对象存储 一种用于存放海量非结构化数据的存储服务,按实际用量计费。\n"
        "弹性伸缩 根据业务需求和策略自动调整计算资源的服务。\n"
    )
    assert [term for term, _ in pairs(text)] == ["云主机实例", "对象存储", "弹性伸缩"]


def test_a_heading_of_common_instances_still_gives_nothing():
    assert pairs("常见的诈骗实例\n冒充公检法:骗子冒充公安机关工作人员,以涉嫌洗钱为由要求转账。\n") == []
    assert pairs("常見的利益衝突例子\n公職人員參與審批其親屬擁有權益的公司的申請。\n") == []


# A news subhead closing on an adverb of pace and its verb (false_glosses.trend_headline) -----------------------------------


def test_a_word_of_accounting_or_securities_opening_with_an_adverb_of_pace_reads():
    assert pairs("名词解释\n加速折旧:指在固定资产使用前期多提折旧、后期少提折旧的方法。\n") == [
        ("加速折旧", "指在固定资产使用前期多提折旧、后期少提折旧的方法。")
    ]
    assert pairs("持续经营\n持续经营是指会计主体的生产经营活动将无限期地延续下去,在可以预见的未来不会面临破产清算。\n") == [
        ("持续经营", "是指会计主体的生产经营活动将无限期地延续下去,在可以预见的未来不会面临破产清算。")
    ]
    assert pairs("名词解释\n持续督导:指保荐机构在发行人证券上市后的一定期间内,督导发行人履行规范运作等义务的制度。\n") == [
        ("持续督导", "指保荐机构在发行人证券上市后的一定期间内,督导发行人履行规范运作等义务的制度。")
    ]
    assert pairs("名詞解釋\n持續照顧:指為長者提供由居家、社區到機構之連續性照顧服務。\n") == [
        ("持續照顧", "指為長者提供由居家、社區到機構之連續性照顧服務。")
    ]
    assert pairs("逐步回归\n逐步回归是一种通过逐个引入或剔除自变量来建立回归模型的统计方法,常用于筛选解释变量。\n") == [
        ("逐步回归", "是一种通过逐个引入或剔除自变量来建立回归模型的统计方法,常用于筛选解释变量。")
    ]


def test_a_trend_subhead_over_figures_still_gives_nothing():
    assert pairs("出口规模稳步增长\n前三季度,全市货物贸易出口总额达1.2万亿元,同比增长8.5%。\n") == []
    assert pairs("“零关税”范围大幅扩大\n自明年起,零关税商品税目比例将由21%提高至41%。\n") == []
    assert pairs("居民收入稳步提高\n全年全市居民人均可支配收入84834元,比上年增长6.6%。\n") == []
    assert pairs("外贸进一步企稳\n前三季度进出口总额4.2万亿元,同比增长2.1%。\n") == []


# A quoted slogan put forward, then 即 (prose._PUT_FORWARD_JI) ---------------------------------------------------------------


def test_a_slogan_put_forward_and_at_once_received_is_no_entry():
    assert pairs("2021年,“共同富裕”目标被正式提出,即引起社会各界的广泛关注和热烈讨论。\n") == []
    assert pairs("“双碳”目标被提出,即受到国际社会高度评价,各国纷纷表示欢迎。\n") == []
    assert pairs("2013年,“精准扶贫”被首次提出,即被写入中央文件并在全国推广实施。\n") == []
    assert pairs("「智慧城市」一詞被提出,即在全球各地掀起建設熱潮,成為城市發展的新方向。\n") == []
    assert pairs("“新基建”概念被正式提出,即成为资本市场追捧的热点。\n") == []


def test_a_slogan_put_forward_and_spelled_out_still_reads():
    assert pairs("“放管服”改革于2015年被提出,即简政放权、放管结合、优化服务。\n") == [("“放管服”", "即简政放权、放管结合、优化服务。")]
    assert pairs("“枫桥经验”于1963年被提出,即发动和依靠群众,坚持矛盾不上交,就地解决。\n") == [
        ("“枫桥经验”", "即发动和依靠群众,坚持矛盾不上交,就地解决。")
    ]


# A restated disease glossed by a short class (restated_mid_paragraph._verdict) ---------------------------------------------


def test_a_short_class_then_how_the_disease_mainly_spreads_reads():
    text = "- 登革熱\n本月共接獲登革熱個案3宗,均為外地傳入個案。登革熱是蚊傳疾病,主要透過帶病毒的伊蚊叮咬傳播。\n"
    assert pairs(text) == [("登革熱", "是蚊傳疾病,主要透過帶病毒的伊蚊叮咬傳播。")]
    text = "- 百日咳\n本月共錄得百日咳個案8宗。百日咳是細菌感染,主要影響嬰幼兒的呼吸道。\n"
    assert pairs(text) == [("百日咳", "是細菌感染,主要影響嬰幼兒的呼吸道。")]


def test_a_set_phrase_then_what_matters_or_must_be_done_still_gives_nothing():
    assert pairs("- 登革熱\n本月共接獲登革熱個案3宗。登革熱是蚊傳疾病,重要的是清除積水。\n") == []
    assert pairs("- 垃圾分类\n今年全市已有5000个小区开展垃圾分类。垃圾分类是新时尚,人人都要参与。\n") == []


# A term table's short spaced glosses (spaced._short_glosses) ----------------------------------------------------------------


def test_an_office_profile_cards_short_fields_are_no_glosses():
    text = (
        "机构概况\n"
        "机构名称 上海市浦东新区发展和改革委员会\n"
        "办公地址 上海市浦东新区世纪大道2001号1号楼\n"
        "主要职责 负责本区国民经济和社会发展规划的编制和实施工作。\n"
        "内设机构 办公室、综合规划处、投资管理处、价格管理处等十个处室。\n"
        "负责人 王建国\n"
        "联系人 李明\n"
    )
    assert [term for term, _ in pairs(text)] == ["主要职责", "内设机构"]
    text = (
        "政策解读\n"
        "文件名称 关于进一步优化营商环境的若干措施\n"
        "发文机关 上海市人民政府办公厅\n"
        "发文字号 沪府办发〔2024〕5号\n"
        "解读机关 市发展改革委\n"
        "解读人 处长\n"
    )
    assert pairs(text) == []


def test_a_register_words_tables_short_glosses_still_read():
    text = (
        "戶籍用語\n"
        "戶主 本戶之戶長。\n"
        "家屬 戶主以外之同居親屬及非親屬。\n"
        "寄留 離開本籍而在他處居住九十日以上之人。\n"
        "廢家 戶主因故廢止其家,入他家為家屬者。\n"
        "分家 家屬經戶主同意另立一家。\n"
    )
    assert [term for term, _ in pairs(text)] == ["戶主", "家屬", "寄留", "廢家", "分家"]


# The duties units share out (item_glosses.duty_items_dropped) --------------------------------------------------------------


def test_units_numbered_in_chinese_under_a_duties_lead_in_are_no_entries():
    assert pairs("各科業務職掌如下:\n一、綜合規劃科:辦理本局施政計畫之擬訂及管考。\n二、人事室:辦理人事管理業務。\n") == []
    assert pairs("本局各组职责分工:\n(一)综合组:负责统筹协调和文稿起草。\n(二)宣传组:负责新闻发布和舆情应对。\n") == []


def test_terms_numbered_in_chinese_under_a_glossary_heading_still_read():
    text = "名词解释\n一、综合规划:指对区域发展所作的总体安排。\n二、专项规划:指针对特定领域所作的规划。\n"
    assert pairs(text) == [("综合规划", "指对区域发展所作的总体安排。"), ("专项规划", "指针对特定领域所作的规划。")]


# A word and 即 opening a paragraph (prose._BARE_JI): found while trying the question subheads answered by 即 ---------------


def test_a_notice_starting_today_is_no_entry():
    assert pairs("新版电子社保卡即日起上线。\n") == []
    assert pairs("长者乘车优惠即日起实施。\n") == []
    assert pairs("“家庭医生签约服务”即日起在全市推开。\n") == []


def test_a_gloss_opening_with_a_word_of_day_still_reads():
    assert pairs("生活垃圾即日常生活中产生的固体废物。\n") == [("生活垃圾", "即日常生活中产生的固体废物。")]
    assert pairs("规模以上工业企业即年主营业务收入2000万元及以上的工业法人单位。\n") == [
        ("规模以上工业企业", "即年主营业务收入2000万元及以上的工业法人单位。")
    ]
