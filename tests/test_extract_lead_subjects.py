"""The thirty-third development set's third pass, on its real sentences: a news column's channel label and sub-heading
over narrative (P640), a statement reported with 指 (P646), a label item pointing back with 这种 (P645), and an
encyclopedia lead's subject — a labelled foreign name, an apposed genus, a 上为…的称谓 clause (P776, P780) — each with
real sentences of the same shape that must stay entries, or must not become any."""

from __future__ import annotations

from policyterms.mining.extract_layouts.apposed_subjects import apposed_genus, naming_predicate, without_foreign_label
from policyterms.mining.extract_layouts.false_glosses import points_back
from policyterms.mining.extract_layouts.ordinary_pages import news_dateline, news_event, reported_speech
from conftest import pairs


# P640's column, its furniture and the paragraphs as the page has them.
_COLUMN = (
    "新聞\n"
    "2021-12-23 13:40:00\n\n"
    "身處香港卻說不在中國? 用詞不當或引發衝突\n\n"
    "分享:\n\n"
    "最近很多藝人都公開表示自己到內地發展,甚至已從香港移居內地。入鄉要隨俗,香港人到內地賺錢,努力工作之餘也得了解內地的文化,"
    "避免丟了工作甚至面臨許多合約的風波。\n\n"
    "「內地」與「大陸」\n\n"
    "最近二代張慕童(張智霖和袁詠儀的兒子)在社交平台說自己不在中國,卻上載一張香港中環摩天輪拍攝的照片。網友質疑他的說法,認為這位"
    "星二代支持「港獨」,於是袁詠儀於是出來澄清:「我們全家支持一個中國。」\n\n"
    "那我們該如何說出「身處香港」這件事?國家移民管理局的用詞或者能帶給我們一點提示。我們日常說的「回鄉咭」,全名叫「《港澳居民來往內地"
    "通行證》;「內地」指中華人民共和國管轄的區域,但不包括香港、澳門及台灣三個地區。這個詞語的重點放了在地域上,意指中國管轄的地方。\n"
)


def test_a_news_columns_channel_label_and_its_sub_heading_over_a_story_are_no_headwords():
    # P640: 新聞 over its time stamp, 「內地」與「大陸」 over a story opening with 最近: no entries; the 指 sentence stays
    assert pairs(_COLUMN) == [
        ("「內地」", "指中華人民共和國管轄的區域,但不包括香港、澳門及台灣三個地區。這個詞語的重點放了在地域上,意指中國管轄的地方。")
    ]
    assert news_dateline("2021-12-23 13:40:00")
    assert news_event("最近二代張慕童(張智霖和袁詠儀的兒子)在社交平台說自己不在中國,卻上載一張香港中環摩天輪拍攝的照片。")


def test_a_headword_over_a_date_without_a_clock_time_or_a_gloss_opening_with_a_recent_use_stays():
    # a blog post titled with its word, a plain date below: the word's explanation is its entry
    post = "躺平\n\n2021-06-01\n\n指年轻人放弃积极进取、选择低欲望生活的一种态度。\n"
    assert pairs(post) == [("躺平", "指年轻人放弃积极进取、选择低欲望生活的一种态度。")]
    # a news word's gloss naming its recent use still glosses it (指 in its first sentence)
    assert not news_event("最近流行的网络用语,指年轻人不再努力、选择低欲望生活的态度。")
    assert not news_dateline("发布时间:2021-12-23 13:40:00")


def test_a_statement_reported_with_zhi_is_no_definition():
    # P646: 澳洲駐台辨事處發表聲明,指…: what the statement said, not a gloss of the office
    line = (
        "澳洲駐台辨事處發表聲明,指「For Industry Use」的industry,在此是指「產業」,而非「工業」,而「For Industry Use」是指「供產業之用」,"
        "而非「工業用」。一時之間,industry成為全台最夯英文字彙!\n"
    )
    assert all(term != "澳洲駐台辨事處發表聲明" for term, _ in pairs(line))
    assert reported_speech("澳洲駐台辨事處發表聲明", line, line.index("指"))
    # a glossary's own 声明, and a news word glossed after a comma: definitions
    assert not reported_speech("声明", "声明,指国家机关或团体就某一问题公开表明立场的文书。", 3)
    assert pairs("新闻发布会,指政府或社会组织定期或不定期地邀请新闻记者,发布新闻消息的活动。\n") == [
        ("新闻发布会", "指政府或社会组织定期或不定期地邀请新闻记者,发布新闻消息的活动。")
    ]


def test_a_label_item_pointing_back_with_zhezhong_is_no_definition():
    # P645: the dash items under 支持细节: a case, a cause pointing back to the misreading above, a method
    items = (
        "主题句:最常见的误读类型是机械的字面解读,即只关注条文的字面含义,而忽视了立法背景、政策目标和精神实质。\n"
        "支持细节:\n"
        "- 典型案例:2022年某地在执行《数据安全法》时,将“重要数据”简单理解为“涉及国家安全的数据”,导致大量涉及民生、经济的重要数据未纳入"
        "保护范围,造成了数据泄露风险。\n"
        "- 深层原因:这种误读往往源于对立法背景的不了解。《数据安全法》的立法意图是建立全面的数据分类分级保护制度,而不仅仅是保护国家安全"
        "数据。\n"
        "- 识别方法:解读时应查阅立法说明、官方解读、专家意见等背景材料,理解政策要解决的核心问题和预期目标。\n"
    )
    assert all(term != "深层原因" for term, _ in pairs(items))
    assert points_back("这种误读往往源于对立法背景的不了解。")
    # a gloss opening so but defining, and a glossary's 这是指: definitions
    assert not points_back("这种现象是指年轻人选择低欲望生活的态度。")
    assert not points_back("此类用语泛指网络上流行的新词。")
    assert pairs("- 躺平:这种生活态度指年轻人放弃积极进取、选择低欲望生活。\n- 内卷:指同行间竞相付出更多努力以争夺有限资源。\n") == [
        ("躺平", "这种生活态度指年轻人放弃积极进取、选择低欲望生活。"),
        ("内卷", "指同行间竞相付出更多努力以争夺有限资源。"),
    ]


def test_an_encyclopedia_lead_with_a_labelled_english_name_gives_the_headword_and_keeps_its_second_zhi_clause():
    # P780: 乡村,(英語: rural )指…;居住环境上为对应于城市的称谓,指…: one entry, the second 指 clause inside
    lead = (
        "乡村\n"
        "乡村,(英語: rural )指一种生活空间领域,意义和农村相近;居住环境上为对应于城市的称谓,指分散于农村的地理居住环境,常与青山绿水、安静、"
        "闲适的生活节奏相联系。“乡村”的中文含义和日文含义相近,现代意义上中文含义包括自然村落、村庄。\n"
        "目录\n"
    )
    assert pairs(lead) == [
        (
            "乡村",
            "指一种生活空间领域,意义和农村相近;居住环境上为对应于城市的称谓,指分散于农村的地理居住环境,常与青山绿水、安静、闲适的生活节奏"
            "相联系。“乡村”的中文含义和日文含义相近,现代意义上中文含义包括自然村落、村庄。",
        )
    ]
    assert without_foreign_label("乡村,(英語: rural )") == "乡村"
    assert naming_predicate("居住环境上为对应于城市的称谓")
    # a bracketed abbreviation or an unlabelled English name is no language label; a policy term holding 为…的 is a term
    assert without_foreign_label("居民消费价格指数(CPI)") is None
    assert not naming_predicate("以人民为中心的发展思想")
    assert pairs("以人民为中心的发展思想,是指把增进人民福祉作为发展的出发点和落脚点的思想。\n") == [
        ("以人民为中心的发展思想", "是指把增进人民福祉作为发展的出发点和落脚点的思想。")
    ]


def test_a_dictionary_cards_apposed_genus_opens_the_definition_beside_its_run_in_senses():
    # P776: 飞 地 1.指… 2.指… / 飞地,一种特殊的人文地理现象,指…: the senses and the lead, the genus opening it
    card = (
        "飞 地 1.指归属某一国,但却地处另一国领土内的土地 2.指属某行政区管辖,但与本行政区主体不相毗连的土地\n"
        "飞地,一种特殊的人文地理现象,指隶属于某一行政区管辖但不与本区毗连的土地。飞地的概念产生于中世纪。\n"
    )
    assert pairs(card) == [
        ("飞 地", "指归属某一国,但却地处另一国领土内的土地"),
        ("飞 地", "指属某行政区管辖,但与本行政区主体不相毗连的土地"),
        ("飞地", "一种特殊的人文地理现象,指隶属于某一行政区管辖但不与本区毗连的土地。飞地的概念产生于中世纪。"),
    ]
    assert apposed_genus("一种特殊的人文地理现象")
    # a lead-in clause or a date between the comma and 指 is no genus
    assert not apposed_genus("一种说法认为")
    assert not apposed_genus("2015年")
    assert pairs("“规模以上工业企业”,1998-2006年,是指全部国有及年主营业务收入在500万元以上的非国有工业企业。\n")[0][0] == "“规模以上工业企业”"
