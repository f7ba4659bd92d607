"""Lists of new words and policy articles of the thirty-third development set, on their real sentences: numbered
word items with meaning label lines (P634), colon glosses opening with a figure or a Latin name (P635), and the
labelled aspects under a policy article's background, reading and outlook headings (P637) — each with the real
sentences of the same shape that must not become entries."""

from __future__ import annotations

import pytest

from policyterms.mining.extract_layouts.common import _lines
from policyterms.mining.extract_layouts.meaning_label_items import meaning_label_items
from conftest import pairs


# --- numbered word items with meaning label lines (P634) ---------------------------------------------------------

P634 = (
    "以下是過去一年被收錄進《韋氏詞典》的八個新詞,可能會讓你感到驚訝或欣喜。\n"
    "1. 推薦頁\n"
    "在社交媒體應用TikTok上,這個為每位用户量身定製的主頁是娛樂、新聞和信息的持續來源。該術語常被簡稱為FYP。\n"
    "**含義:**基於用户興趣推送個性化內容的社交媒體信息流\n"
    "**示例:**如果不是因為我的推薦頁,我永遠不會知道這個品牌。\n"
    "2. 接觸現實\n"
    "隨着虛擬世界的擴張,現實生活體驗有時會被忽視或貶低。2016年首次使用的短語\"touch grass\"已成為連接線下生活的象徵。\n"
    "**含義:**參與現實世界中的正常活動,而非在線體驗和互動\n"
    "**示例:**我整天都在玩手機,真的需要放下設備去接觸現實了。\n"
    "3. 裙帶關係寶寶\n"
    "這個詞彙帶有負面含義,用於形容那些通過家族人脈而非自身能力與努力獲得機會的人。該短語最早見於1992年。\n"
    "**釋義:**通過家庭關係獲取成功或機遇的人,尤指名人的子女\n"
    "**例句:**瑪格麗特·庫裏雖是靠家族關係起步,但已憑藉演技實力證明了自己。\n"
    "因《怪奇物語》走紅的瑪雅·霍克是好萊塢影星伊桑·霍克與烏瑪·瑟曼之女。圖源:@maya_hawke/Instagram、路透社### 4. 爬行小怪物\n"
    "説實話,沒人願意在卧室、家裏或任何靠近自己的地方看到這些爬行小怪物。該詞自1857年起就被用來形容怪異可怕的蟲子,但直到去年才被收錄進《韋氏詞典》。\n"
    "**釋義:**指昆蟲、蜘蛛、蠕蟲等通常貼地爬行的小型無翼生物,常令人感到厭惡\n"
    "**例句:**冬天最讓我開心的"
)


def test_meaning_label_lines_of_numbered_word_items() -> None:
    got = pairs(P634)
    assert got == [
        ("推薦頁", "基於用户興趣推送個性化內容的社交媒體信息流"),
        ("接觸現實", "參與現實世界中的正常活動,而非在線體驗和互動"),
        ("裙帶關係寶寶", "用於形容那些通過家族人脈而非自身能力與努力獲得機會的人。該短語最早見於1992年。"),
        ("裙帶關係寶寶", "通過家庭關係獲取成功或機遇的人,尤指名人的子女"),
        ("爬行小怪物", "被用來形容怪異可怕的蟲子,但直到去年才被收錄進《韋氏詞典》。"),
        ("爬行小怪物", "指昆蟲、蜘蛛、蠕蟲等通常貼地爬行的小型無翼生物,常令人感到厭惡"),
    ]
    # the status sentence of the paragraph (這個…主頁是…的來源), the example lines and the pronoun phrase are no entries
    assert not any(term.startswith(("該詞", "這個")) or "示例" in term or "例句" in term for term, _ in got)


def test_one_item_is_no_list_of_word_items() -> None:
    one = "\n".join(P634.split("\n")[1:5])  # 1. 推薦頁 / paragraph / **含義:** / **示例:**
    ls = _lines(one)
    assert list(meaning_label_items(ls, [True] * len(ls))) == []


def test_meaning_and_background_lines_without_a_paragraph_are_another_layout() -> None:
    # a report's new words (02-national-2025): 含義: and 背景: lines right under each headword, read together elsewhere
    page = (
        "部分新詞的含義及背景\n"
        "1. 具身智能(外延新詞:智能機器人)\n"
        "含義:指人工智能技術與物理實體(如機器人、工業設備)深度融合的智能形態,強調智能體通過感知、交互和行動與環境實時互動。\n"
        "背景:隨著人工智能從算法層面向實體應用延伸,中國需通過技術突破推動制造業升級。\n"
        "2. 數據跨境流動\n"
        "含義:規範國際間數據流通的規則與標準,支持跨境電商和數字貿易,同時爭奪全球數據治理話語權。\n"
        "背景:數字經濟全球化趨勢下,數據成為核心生產要素。\n"
        "3. 人工智能+\n"
        "含義:推動人工智能技術與各行業深度融合。\n"
    )
    ls = _lines(page)
    assert list(meaning_label_items(ls, [True] * len(ls))) == []
    assert ("數據跨境流動", "含義:規範國際間數據流通的規則與標準,支持跨境電商和數字貿易,同時爭奪全球數據治理話語權。背景:數字經濟全球化趨勢下,數據成為核心生產要素。") in pairs(page)


def test_numbered_news_items_with_no_meaning_line_are_not_read() -> None:
    # 【熱詞】-style numbered headings over event paragraphs and comment labels (點評:) gloss nothing
    page = (
        "1. 坠机模式\n"
        "近一周来,乌克兰空难事件惊魂未定,台湾复兴航空航班迫降失事,还没回过神,阿尔及利亚航空一架客机已坠毁。\n"
        "点评:有人问:眼下是不是进入了“坠机模式”?\n"
        "2. 福喜过期肉\n"
        "盛夏来临,正当有些人忧心问题肉之时,曝出安全危机的却不是小摊贩,而是高大上的“洋”字号巨头。\n"
        "点评:食品安全监管还需加强。\n"
    )
    ls = _lines(page)
    assert list(meaning_label_items(ls, [True] * len(ls))) == []


# --- colon glosses opening with a figure or a Latin name (P635) ------------------------------------------------------

P635 = (
    "生活中的新词\n"
    "半糖夫妻:同城分居的婚姻方式,即夫妻二人在工作日独自生活,周末共同生活。\n"
    "    白奴:白领“奴隶”的简称,“奴隶主”可能是房子、汽车、奢侈品,也可能是人情世故、理想抱负。\n"
    "    奔奔族:1975-1985年出生的人,中国社会压力最大的族。\n"
    "    吊瓶族:本不需要打吊针却坚持要打吊针的患者。\n"
    "    冻容:20岁左右的年轻女孩希望冻结青春,早早开始抗老历程。\n"
    "    独二代:4-2-1家庭,即独生子女的父母也是独生子女。\n"
    "    乐活族:LOHAS的音译,LifestylesofHealthandSustainability的缩写,意为健康及自给自足的生活。\n"
    "    跑酷:Parkour音译,指把整个城市当作一个大训练场,一切围墙、屋顶都成为可以攀爬、穿越的对象。\n"
    "    拼客:指的是人们集中在一起共同完成一件事或活动,AA制消费,有拼房(合租)、拼饭(拼餐)、拼玩、拼卡、拼用等等。\n"
)


@pytest.mark.parametrize(
    "term, definition",
    [
        ("奔奔族", "1975-1985年出生的人,中国社会压力最大的族。"),
        ("冻容", "20岁左右的年轻女孩希望冻结青春,早早开始抗老历程。"),
        ("独二代", "4-2-1家庭,即独生子女的父母也是独生子女。"),
        ("乐活族", "LOHAS的音译,LifestylesofHealthandSustainability的缩写,意为健康及自给自足的生活。"),
        ("跑酷", "Parkour音译,指把整个城市当作一个大训练场,一切围墙、屋顶都成为可以攀爬、穿越的对象。"),
    ],
)
def test_colon_gloss_opening_with_a_figure_or_a_latin_name(term: str, definition: str) -> None:
    assert (term, definition) in pairs(P635)


def test_colon_lines_of_figures_alone_are_no_glosses() -> None:
    # a gloss must go on in Chinese after its figure or name: a line of figures or a Latin value is a field, no entry
    page = P635 + "    电话:0571-88888888。\n    网址:www.kb9.cn。\n"
    terms = [term for term, _ in pairs(page)]
    assert "电话" not in terms and "网址" not in terms


# --- labelled aspects under a policy article's headings (P637) -------------------------------------------------------

P637 = (
    "引言\n\n"
    "随着我国农业现代化进程的加快,农村土地流转已成为推动农业结构调整、提高农业生产效率的重要手段。\n\n"
    "一、政策背景\n\n"
    "  1. 政策背景概述:近年来,国家高度重视农村土地制度改革,出台了一系列政策。\n\n"
    "  2. 政策目标:通过土地流转,实现土地资源优化配置,提高农业生产规模化、集约化水平,增加农民收入,推动农业现代化进程。\n\n"
    "二、政策解读\n\n"
    "  1. 流转主体多元化:政策鼓励农村土地流转,允许土地经营权流转给种养大户、家庭农场、农民合作社等新型农业经营主体,拓宽了流转渠道。\n\n"
    "  2. 流转方式多样化:政策支持多种流转方式,包括出租、入股、转让等,满足不同农户和经营主体的需求。\n\n"
    "三、未来展望\n\n"
    "  1. 流转规模扩大:随着政策不断完善,农村土地流转规模将不断扩大,为农业规模化、集约化发展提供有力支撑。\n\n"
    "  2. 流转主体升级:新型农业经营主体将在土地流转中发挥更大作用,推动农业生产方式转变。\n"
)


def test_labelled_aspects_under_background_reading_and_outlook_are_no_entries() -> None:
    assert pairs(P637) == []


def test_a_defined_point_under_such_a_heading_still_counts() -> None:
    page = P637 + "\n四、政策解读\n\n  1. 土地经营权:是指承包农户将土地流转给他人经营的权利。\n\n  2. 流转期限:指流转合同约定的年限。\n"
    assert ("土地经营权", "是指承包农户将土地流转给他人经营的权利。") in pairs(page)


def test_a_date_opening_a_colon_line_tells_a_story() -> None:
    # P571: 新意:2018年,… is the news the new sense comes from, no gloss of its own
    page = P635 + "    新意:2018年,一位网友在抽奖中独中大奖,被称为“锦鲤”。\n"
    assert "新意" not in [term for term, _ in pairs(page)]


# --- a definition citing the law that defines its term (230) ---------------------------------------------------------


def test_the_cited_law_and_article_before_the_defining_verb_are_left_out() -> None:
    page = (
        "*統計項目定義:\n"
        "(一)列管毒性化學物質類別:依據「毒性及關注化學物質管理法」第三條係指人為有意產製或於產製過程中無意衍生之化學物質,"
        "經中央主管機關認定其毒性符合下列分類規定並公告者。\n"
        "(二)關注化學物質:係指毒性化學物質以外之化學物質,經中央主管機關認定有污染環境之虞並公告者。\n"
    )
    assert pairs(page)[0] == (
        "列管毒性化學物質類別",
        "係指人為有意產製或於產製過程中無意衍生之化學物質,經中央主管機關認定其毒性符合下列分類規定並公告者。",
    )


def test_a_cited_rule_applied_is_kept() -> None:
    # 依據《…》第三條規定,…: a rule applied, no citation framing a definition: left as written
    from policyterms.mining.extract_layouts.cited_rules import cited_law_end

    assert cited_law_end("依據「統計法」第三條規定,各機關應辦理統計。") == 0


def test_a_year_opening_a_labelled_case_tells_a_story() -> None:
    # P645: a dash item's label and its case, 典型案例:2022年某地在执行…时,… — news, no gloss
    page = P635 + "    典型案例:2022年某地在执行《数据安全法》时,将“重要数据”简单理解为“涉及国家安全的数据”。\n"
    assert "典型案例" not in [term for term, _ in pairs(page)]
