"""Review of the sixty-fourth round's rules (glossaries announced by their title, 本质是 as a marker, X,即Y,是…, 因为X是指…,
whole glosses in brackets, institutions classed by their suffix, colon labels naming a defining line's parts) on text they
were not written from: sentences and small pages of the shapes mainland, Hong Kong, Macao and Taiwan pages write, which the
new readings took wrong."""

from __future__ import annotations

from conftest import pairs


# A glossary title in a site's menu, or over a form's fields, announces no glossary lines (announced_glossaries) -----------


def test_a_glossary_link_in_the_menu_announces_nothing():
    # the round read every X是… line of a page whose first twelve lines hold 術語表 as a glossary's: a department's page lists
    # its glossary page in the menu above an article
    assert pairs(
        "主頁\n關於我們\n術語表\n聯絡我們\n\n渠務署是負責香港排水及污水處理的政府部門。\n今年雨季是近十年來最多雨的一年。\n本署已完成多項防洪工程。"
    ) == []


def test_form_fields_under_a_glossary_title_are_no_entries():
    assert pairs("首页\n新闻中心\n术语表\n联系我们\n地址:上海市黄浦区人民大道200号\n电话:021-23456789\n邮编:200003") == []
    assert pairs("術語表\n活動時間:2024年6月1日至6月30日\n活動地點:香港會議展覽中心\n主辦機構:香港渠務署") == []
    assert pairs("术语表\n\n项目名称:城市更新示范项目\n建设单位:市城投集团\n建设地点:浦东新区张江镇\n总投资:12亿元") == []


def test_an_announced_glossary_still_reads_its_lines():
    assert pairs("辭彙 (防洪)\n鄉村防洪計劃即在現有鄉村周圍築起堤堰。\n重現期是統計學上用以形容雨勢的一種方法。") == [
        ("鄉村防洪計劃", "即在現有鄉村周圍築起堤堰。"),
        ("重現期", "是統計學上用以形容雨勢的一種方法。"),
    ]
    assert pairs("名詞釋義\n公營機構:指由政府全資擁有的機構。\n綜援:綜合社會保障援助計劃的簡稱。") == [
        ("公營機構", "指由政府全資擁有的機構。"),
        ("綜援", "綜合社會保障援助計劃的簡稱。"),
    ]


# 本质是 run into its subject weighs or judges (common._MARKER) -----------------------------------------------------------


def test_essence_run_into_its_subject_is_a_judgement():
    assert pairs("减税降费本质上是让利于民,今年全市新增减税降费超过200亿元。") == []
    assert pairs("全面从严治党本质是党的自我革命。") == []
    assert pairs("改革本质上是一场深刻的革命,我们要勇于自我革命。") == []
    assert pairs("公司本质上是营利组织,但也要承担社会责任。") == []
    assert pairs("这次机构调整,本质上是为了提高效率。") == []


def test_essence_after_a_comma_or_before_a_class_is_a_gloss():
    assert pairs("首发经济,本质是通过新产品、新业态首次发布或落地,形成消费热点;而“首店经济”则更早兴起。") == [
        ("首发经济", "本质是通过新产品、新业态首次发布或落地,形成消费热点")
    ]
    assert pairs("数字人民币本质上是一种由中国人民银行发行的数字形式的法定货币。") == [
        ("数字人民币", "本质上是一种由中国人民银行发行的数字形式的法定货币。")
    ]


# X,即Y,是…: a time or a body pointed at is no headword (prose._COMMA_JI_THEN_MARKER) --------------------------------------


def test_a_time_or_a_pointed_body_beside_its_name_is_no_headword():
    assert pairs("今年,即2024年,是新中国成立75周年。") == []
    assert pairs("明年,即“十四五”规划的收官之年,是实现目标的关键一年。") == []
    assert pairs("第一季度,即1至3月,是传统的消费淡季。") == []
    assert pairs("上半年,即1至6月,是全年经济运行的关键时期。") == []
    assert pairs("本周,即5月6日至10日,是全国防灾减灾宣传周。") == []
    assert pairs("我区,即黄浦区,是上海的中心城区。") == []
    assert pairs("该公司,即上海某某科技有限公司,是一家从事软件开发的企业。") == []


def test_a_word_beside_its_full_name_is_still_a_headword():
    assert pairs("食品生产证号,即食品生产许可证编号,是由SC和14位阿拉伯数字组成的。") == [
        ("食品生产证号", "即食品生产许可证编号,是由SC和14位阿拉伯数字组成的。")
    ]
    assert pairs("碳达峰,即二氧化碳排放量达到历史最高值,是实现碳中和的前提。") == [
        ("碳达峰", "即二氧化碳排放量达到历史最高值,是实现碳中和的前提。")
    ]


# 因为 before a pointer, and a bracket whose word is a pointer (prose._BECAUSE, bracket_zhi._BRACKETED_GLOSS) ---------------


def test_because_before_a_pointed_subject_explains_no_word():
    # 是指定: 是 and the verb 指定, the subject 本次招考 pointed at
    assert pairs("报名人数减少,因为本次招考是指定面向应届毕业生的。") == []
    assert pairs("这项政策只惠及部分家庭,因为低收入家庭是指人均收入低于当地最低工资标准的家庭。") == [
        ("低收入家庭", "是指人均收入低于当地最低工资标准的家庭。")
    ]


def test_a_bracket_pointing_at_the_text_names_no_word():
    assert pairs("共有困难群众1.2万人(这里是指低保和特困人员),全部纳入保障。") == []
    assert pairs("全市户籍人口出生率为5.2‰(下表中的多孩是指三孩及以上)。") == [("多孩", "是指三孩及以上")]


# An institution owned by the writer's place or singled out is no class (topics._names_suffix_class) ---------------------


def test_an_institution_owned_or_singled_out_is_a_standing():
    assert pairs("研究所是我区重点引进的创新机构。") == []
    assert pairs("黄浦区文化馆是本市首批示范单位。") == []
    assert pairs("美术馆是市里重点打造的公共文化场所。") == []


def test_an_institution_by_its_class_is_still_defined():
    assert pairs("图书馆是搜集、整理、收藏图书资料以供人阅览参考的机构。") == [("图书馆", "是搜集、整理、收藏图书资料以供人阅览参考的机构。")]
    assert pairs("托儿所是重点收托三岁以下婴幼儿的保育机构。") == [("托儿所", "是重点收托三岁以下婴幼儿的保育机构。")]
    assert pairs("新时代文明实践站是宣传群众、开展文明实践活动的场所。") == [("新时代文明实践站", "是宣传群众、开展文明实践活动的场所。")]


# A slogan's parts named as tasks are no glosses (listed_labels._TASK_GLOSS) -----------------------------------------------


def test_a_slogans_parts_with_targets_are_no_entries():
    assert pairs("“三个一批”指的是扶持一批、培育一批、引进一批。\n扶持一批:今年扶持50家企业。\n培育一批:培育专精特新企业30家。") == [
        ("“三个一批”", "指的是扶持一批、培育一批、引进一批。")
    ]


def test_a_names_parts_glossed_are_still_entries():
    assert pairs(
        "“两个责任”指的是属地管理责任和企业主体责任。\n属地管理责任:地方政府对本辖区食品安全负总责。\n企业主体责任:企业对其生产经营食品的安全负责。"
    ) == [
        ("“两个责任”", "指的是属地管理责任和企业主体责任。"),
        ("属地管理责任", "地方政府对本辖区食品安全负总责。"),
        ("企业主体责任", "企业对其生产经营食品的安全负责。"),
    ]


# A qualified definition frame before a colon is no part of the term (general._MEANING_FRAME_TAIL) ----------------------


def test_a_qualified_definition_frame_before_a_colon_is_left_off():
    assert pairs("長期照顧的法定定義是:指身心失能持續已達或預期達六個月以上者的照顧。") == [
        ("長期照顧", "指身心失能持續已達或預期達六個月以上者的照顧。")
    ]
    assert pairs("全域旅游的官方定义是:指在一定区域内以旅游业为优势产业的发展模式。") == [
        ("全域旅游", "指在一定区域内以旅游业为优势产业的发展模式。")
    ]


# A scope repeated under several items bounds each gloss, no field of the list (repeated_fields) --------------------------


def test_a_repeated_scope_stays_in_the_gloss():
    assert pairs(
        "名词解释\n城镇非私营单位就业人员\n指在城镇各类非私营单位工作,并由单位支付劳动报酬的人员。\n不包括离开本单位仍保留劳动关系的人员。\n"
        "城镇私营单位就业人员\n指在城镇私营企业工作,并由单位支付劳动报酬的人员。\n不包括离开本单位仍保留劳动关系的人员。"
    )[0] == ("城镇非私营单位就业人员", "指在城镇各类非私营单位工作,并由单位支付劳动报酬的人员。不包括离开本单位仍保留劳动关系的人员。")


def test_a_repeated_field_still_ends_each_gloss():
    assert pairs(
        "1.居住证\n居住证是持证人在居住地居住、作为常住人口享受基本公共服务的证明。\n办理地点:各区社区事务受理服务中心。\n"
        "2.临时居住登记\n临时居住登记是指来沪人员在居住地登记其基本信息。\n办理地点:各区社区事务受理服务中心。"
    ) == [
        ("居住证", "是持证人在居住地居住、作为常住人口享受基本公共服务的证明。"),
        ("临时居住登记", "是指来沪人员在居住地登记其基本信息。"),
    ]
