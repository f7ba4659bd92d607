"""The thirty-third development set's second pass, on its real sentences: a weekly column's headword lines over news
comment (P655), a content farm's colon list with injected spam tokens and a word named after its description (P635),
``既可指`` opening a definition (P643) and sentence subjects closed by an adverb (P651, P652) — each with real sentences
of the same shape that must stay entries, or must not become any."""

from __future__ import annotations

from policyterms.mining.extract import _bare_term
from policyterms.mining.extract_layouts.common import _is_furniture
from policyterms.mining.extract_layouts.false_glosses import named_after_gloss
from policyterms.mining.extract_layouts.general import normalise_headword
from policyterms.mining.extract_layouts.ordinary_pages import news_event
from conftest import pairs


# --- a weekly column of hot words: headword lines over comment (P655) ------------------------------------------------

P655 = (
    "A03:热词·评论\n \n前一天  后一天\n\n数字版首页 > 第A03:热词·评论\n上一篇\n\n每周热词\n\n2014年07月27日 星期日 新京报\n分享:\n\n"
    "  “黑政府”\n\n"
    "  都说高手在民间,互联网时代的多数流行语都是无名氏创造的。近日湖北来凤县老百姓就为人们贡献了一个新的流行语——“黑政府”。"
    "这个国家级贫困县的县委、县政府办公楼高8层,门口有一个足球场大小的广场。然而,该政府大楼入驻办公7年来,却始终不敢挂牌,被当地老百姓戏称“黑政府”。\n\n"
    "  想来黑社会见到“黑政府”也当自惭形秽吧。现在流行“自黑”,多是通过自嘲来拉近距离获得人气,“黑政府”其实也是“自黑”,结局却大不一样。\n\n"
    "  福喜过期肉\n\n"
    "  盛夏来临,正当有些人忧心问题肉之时,曝出安全危机的却不是小摊贩,而是高大上的“洋”字号巨头——上海福喜公司,其合作伙伴也都是响当当的洋快餐。而今单子一拉,洋快餐也大片沦陷。\n\n"
    "  案子还在查,当事企业、人员的责任怕也逃不掉。但令人诧异的,是一些人用“比烂逻辑”给洋快餐开脱。拜托,自个的胃都受虐成癖了吗?\n\n"
    "  坠机模式\n\n"
    "  近一周来,乌克兰空难事件惊魂未定,台湾复兴航空航班迫降失事,还没回过神,阿尔及利亚航空一架客机已坠毁。有人问:眼下是不是进入了“坠机模式”?说实话,几百条人命在前,“坠机模式”这词有些冷血。\n\n"
    "  坠机连发,终属是巧合,即使加上这三起灾难,根据数据,飞机仍是相对安全的交通方式。\n\n"
    "  越洋捐赠\n\n"
    "  潘石屹捐钱给哈佛,招来骂声一片。腹黑者疑其为儿子买票,无知者说“赚国内房奴的钱,"
)


def test_weekly_column_comment_gives_nothing() -> None:
    assert pairs(P655) == []


def test_breadcrumb_is_furniture_but_not_a_comparison() -> None:
    assert _is_furniture("数字版首页 > 第A03:热词·评论")
    assert _is_furniture("首页 › 新闻中心 › 热词")
    assert not _is_furniture("指人均可支配收入>5万元的家庭。")
    assert not _is_furniture("当 CPI > 3% 时,通常认为存在通货膨胀。")


def test_news_openings_and_glossing_news() -> None:
    assert news_event("近一周来,乌克兰空难事件惊魂未定,台湾复兴航空航班迫降失事,还没回过神,阿尔及利亚航空一架客机已坠毁。")
    assert news_event("盛夏来临,正当有些人忧心问题肉之时,曝出安全危机的却不是小摊贩,而是高大上的“洋”字号巨头——上海福喜公司。")
    # news that glosses its word explains it (P553's shape), and a gloss is no news
    assert not news_event("近一周来,“躺平”一词在网络走红,指年轻人不再努力、选择低欲望生活的态度。")
    assert not news_event("同城分居的婚姻方式,即夫妻二人在工作日独自生活,周末共同生活。")


def test_headword_lines_that_gloss_stay() -> None:
    text = (
        "内卷\n\n用来形容竞争过度激烈,大家都在做同样的事情,导致效率低下,竞争却更加白热化。\n\n"
        "躺平\n\n近日,“躺平”一词在网络走红,指年轻人不再努力、选择低欲望生活的态度。\n"
    )
    assert [t for t, _ in pairs(text)] == ["内卷", "躺平"]


# --- a content farm's colon list: spam tokens, a word named after its description (P635) ---------------------------

P635 = (
    '生活中的新词\n'
    '半糖夫妻:同城分居的婚姻方式,即夫妻二人在工作日独自生活,周末共同生活。\n'
    '    白奴:白领“奴隶”的简称,“奴隶主”可能是房子、汽车、奢侈品,也可能是人情世故、理想抱负。\n'
    '    垄奴:垄断行业的消费者别无选择只能被迫接受消费条款,被称为“垄奴”。\n'
    '    奔奔族:1975-1985年出生的人,中国社会压力最大的族。\n'
    '    吊瓶族:本不需要打吊针却坚持要打吊针的患者。\n'
    '    丁宠家庭:不要孩子,把宠物当孩子养的家庭。 苏州客运总站\n'
    '    灰技能:某些企业要求毕业生具备的诸如喝酒、唱歌、搓麻、打牌等有特殊要求的技能。\n'
    '    冻容:20岁左右的年轻女孩希望冻结青春,早早开始抗老历程。\n'
    '    独二代:4-2-1家庭,即独生子女的父母也是独生子女。\n'
    '浙g  二奶专家:那些表面上看似与开发商唱反调,背后却与开发商勾肩搭背的专家学者。\n'
    'gs350    飞鱼族:在国内已取得不俗成绩,但毅然放下一切,到国外名校求学的特殊中国体。\n'
    '    分手代理:自己付费委托代理人向恋人提出分手请求。\n'
    '    海绵路:会“喝水”的新型路,它像海绵一样迅速吸收地面所有水分。\n'
    '    裸考:什么加分都没有完全靠实力参加考试的人。\n'
    '    乐活族:LOHAS的音译,LifestylesofHealthandSustainability的缩写,意为健康及自给自足的生活。\n'
    '    诺亚规则:上帝曾告诉诺亚修建一艘方舟来躲避灾难。现指共同采取切实可行的措施抑制全球变暖的趋势。\n'
    '    跑酷:Parkour音译,指把整个城市当作一个大训练场,一切围墙、屋顶都成为可以攀爬、穿越的对象。\n'
    '    拼客:指的是人们集中在一起共同完成一件事或活动,AA制消费,有拼房(合租)、拼饭(拼餐)、拼玩、拼卡、拼用等等。\n'
)


def test_spam_tokens_off_and_named_word_dropped() -> None:
    terms = [t for t, _ in pairs(P635)]
    assert "二奶专家" in terms and "飞鱼族" in terms and "垄奴" not in terms
    assert not any("浙g" in t or "gs350" in t for t in terms)


def test_bare_term_keeps_latin_parts_of_terms() -> None:
    assert _bare_term("浙g  二奶专家") == "二奶专家"
    assert _bare_term("GDP 平减指数") == "GDP 平减指数"  # one space: part of the term
    assert _bare_term("PM2.5  浓度") == "PM2.5  浓度"  # a dot: a name, no spam token


def test_named_after_gloss_only_in_the_passive() -> None:
    assert named_after_gloss("垄奴", "垄断行业的消费者别无选择只能被迫接受消费条款,被称为“垄奴”。")
    assert named_after_gloss("尿袋", "香港人常用的行動電源,被稱作尿袋。")
    # a definition naming the term by itself (外部性) and a gloss naming another word stay
    assert not named_after_gloss("外部性", "一个经济主体的活动对旁观者的福利产生的影响称为外部影响,也称为经济活动的外部性。")
    assert not named_after_gloss("白奴", "白领“奴隶”的简称,“奴隶主”可能是房子、汽车、奢侈品。")
    assert not named_after_gloss("人工智能", "研究、开发用于模拟人的智能的理论和技术,被称为AI的新技术科学。")


# --- 既可指; subjects closed by an adverb (P643, P651, P652) -----------------------------------------------------------


def test_jike_zhi_opens_the_definition() -> None:
    text = "中文关键词的含义常随语境变化。例如,“江湖”既可指自然水域,也可隐喻社会关系网络,其多义性反映了中国文化中“虚实结合”的思维方式。\n"
    assert pairs(text) == [("“江湖”", "既可指自然水域,也可隐喻社会关系网络,其多义性反映了中国文化中“虚实结合”的思维方式。")]


def test_adverb_closed_subjects_are_no_headwords() -> None:
    assert normalise_headword("這兩部權威法律都", "是以「大陸地區」稱呼對岸,別忘了,蔡英文總統曾多次宣示…。") is None
    assert normalise_headword("香港人常使用的粵語又", "俗稱廣東話,與台灣人使用的中文有不少差異。") is None
    # nouns closing on 都, and a term before 均指, stay
    assert normalise_headword("首都", "是指一个国家的政治中心。") == ("首都", "是指一个国家的政治中心。")
    assert normalise_headword("成都", "是四川省的省会。") == ("成都", "是四川省的省会。")
    assert normalise_headword("「內地」與「大陸」均", "指中國管轄的區域。") is not None
