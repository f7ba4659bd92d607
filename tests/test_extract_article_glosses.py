"""False entries on articles and words glossed inside their sentences, in brackets or after a colon (the thirty-sixth set):
each rule on the real lines of the page it was written for, and a counter-test with a real sentence it must not take."""

from __future__ import annotations

from policyterms.mining.extract_layouts.bracket_zhi import bracket_zhi_glosses
from policyterms.mining.extract_layouts.common import _lines
from policyterms.mining.extract_layouts.label_series import colon_label_series
from policyterms.mining.extract_layouts.notes import subtitled_run_in
from policyterms.mining.extract_layouts.spelled_out import spells_out
from conftest import pairs_unpinyined as pairs


def terms(text: str) -> list[str]:
    return [term for term, _ in pairs(text)]


# --- a numbered series of bracketed labels --------------------------------------------------------------------------------

P900 = """热词 抢抓机遇
“十一五”时期是全面振兴老工业基地的关键时期,也是全面建设小康社会的重要时期,我们面临着极为有利的发展机遇。
【机遇一】 经济日益全球化,特别是制造业向中国转移,将进一步助推哈尔滨市外向型经济发展和产业优势的发挥;
【机遇二】 中俄两国战略协作伙伴关系不断发展,有利于哈尔滨市进一步发挥区位优势,推动对俄经贸科技合作战略升级;
"""


def test_series_labels_are_no_headwords():
    assert terms(P900) == []


def test_bracketed_headwords_of_a_glossary_stay():
    # a yearbook's bracketed headwords (bundled page): each names a term, no number in a series
    text = (
        "【可支配收入】指调查户在调查期内获得的、可用于最终消费支出和储蓄的总和,即调查户可以用来自由支配的收入。\n"
        "【工资性收入】指就业人员通过各种途径得到的全部劳动报酬和各种福利。\n"
    )
    assert terms(text) == ["可支配收入", "工资性收入"]


# --- an explainer's background, paths, challenges and knacks -------------------------------------------------------------

P936 = """一、战略背景

  1. 国际环境变化:全球经济一体化进程加快,国际竞争日益激烈,中国经济发展面临新的挑战和机遇。
  2. 国内经济结构调整:中国经济进入新常态,需要转变发展方式,优化经济结构,提高发展质量和效益。

二、“双区驱动”战略的内涵

  1. 大湾区:以香港、澳门、深圳等城市为核心,打造具有全球影响力的国际科技创新中心、世界级城市群和对外开放新高地。
  2. 海南自贸港:以海南岛全岛为范围,建设具有国际竞争力的自由贸易港,实现贸易自由化、投资便利化、监管高效化。

三、实施路径

  1. 深化改革开放
    • 大湾区:推进粤港澳合作,深化前海、南沙、横琴等粤港澳合作示范区建设,打造高水平对外开放平台。
    • 海南自贸港:实施更加自由化的贸易政策,简化投资审批流程,提高监管效能。
"""

P955 = """二、高效协作的秘诀
1. 组织架构
川渝通办实行双城政府领导下的联合工作机制,成立川渝通办工作领导小组,负责统筹协调两地政务服务工作。
2. 技术支撑
川渝通办充分利用信息化技术,建立两地政务数据共享交换平台,实现数据互联互通。
三、挑战与应对
1. 挑战
- 数据安全与隐私保护:在数据共享过程中,如何确保数据安全与隐私保护,是川渝通办面临的一大挑战。
- 政策协同难度:两地政策差异较大,政策协同难度较大。
"""


def test_background_and_path_items_are_points():
    assert terms(P936) == ["大湾区", "海南自贸港"]


def test_knack_and_challenge_sections_are_points():
    assert terms(P955) == []


def test_meanings_and_background_heading_keeps_its_words():
    # the tune set's 02-national-2025: each new word's 含義: line under a heading naming meanings and background
    text = (
        "部分新詞的含義及背景\n"
        "1. 具身智能(外延新詞:智能機器人)\n"
        "含義:指人工智能技術與物理實體深度融合的智能形態,強調智能體通過感知、交互和行動與環境實時互動。\n"
        "背景:隨著人工智能從算法層面向實體應用延伸,中國需通過技術突破推動製造業升級。\n"
        "2. 因地制宜發展新質生產力\n"
        "含義:根據區域資源稟賦差異化布局新興產業,避免“一刀切”。\n"
        "背景:中國區域發展不均衡問題突出,需通過差異化戰略優化資源配置。\n"
    )
    assert terms(text) == ["具身智能", "因地制宜發展新質生產力"]


# --- a numbered heading and its slogan run into the section's paragraph ---------------------------------------------------

P934 = (
    "一、 战略定位:中部崛起的重要增长极 国家“中部地区崛起”战略的深入实施,为湖南带来了历史性机遇。湖南省积极融入国家发展"
    "大局。凭借“一带一部”(东部沿海地区和中西部地区过渡带、长江开放经济带和沿海开放经济带结合部)的区位优势,湖南正加速"
    "构建内陆开放新高地。\n"
    "二、 产业升级:锻造先进制造业集群 产业是发展的根基。湖南持续推进制造强省建设,工程机械等三大世界级产业集群优势持续巩固。\n"
)


def test_heading_run_into_its_paragraph_is_no_entry():
    assert pairs(P934) == [("“一带一部”", "东部沿海地区和中西部地区过渡带、长江开放经济带和沿海开放经济带结合部")]
    assert subtitled_run_in("二、 产业升级:锻造先进制造业集群 产业是发展的根基。湖南持续推进制造强省建设。")


def test_numbered_colon_entry_is_no_heading():
    # a budget page's numbered colon entry (bundled): a marker after the colon
    assert not subtitled_run_in("四、“三公”经费决算数:指各部门(含下属单位)用一般公共预算财政拨款安排的 因公出国(境)费用。")


# --- a quoted abbreviation spelled out ------------------------------------------------------------------------------------

P933 = (
    "晋江一批“敢为天下先”的农户率先突破计划经济体制束缚,依靠“三胞”(台湾同胞、港澳同胞与海外侨胞)支持与侨乡区位优势,"
    "通过盘活闲置房屋、闲置资金与闲散劳动力大力发展小作坊。当地政府对企业采取“放、帮、促”(放宽经营、帮助整改、促进发展)"
    "的政策。\n"
)

P949 = """链 接

“拼”出来的“张家港精神”

步入新时代,面临新挑战和新机遇,“张家港精神”,则重点体现在“再出发、再突破、再引领”上,落脚点是“三效三品三性”。

“三效”:效率、效果、效益,广大党员干部发扬“说了算、定了干、干必成”的优良传统,只争朝夕,拼抢机遇。

“三品”即品质、品位、品牌,进一步自我加压,拔高标杆,塑造一批在全国叫得响的城市品牌。

“三性”,系统性、探索性、引领性,把各项工作贯穿于“五位一体”总体布局之中,努力做好示范、当好标杆。
"""


def test_bracketed_spelling_out_of_an_abbreviation():
    assert pairs(P933) == [("“三胞”", "台湾同胞、港澳同胞与海外侨胞"), ("“放、帮、促”", "放宽经营、帮助整改、促进发展")]


def test_comma_spelling_out_opening_a_paragraph():
    assert terms(P949) == ["“三效”", "“三品”", "“三性”"]
    assert pairs(P949)[2][1].startswith("系统性、探索性、引领性,把各项工作")


def test_brackets_that_spell_out_nothing():
    # the national reports: a quoted name with the places it covers, counted otherwise
    assert not spells_out("“三河三湖”", "淮河海河辽河、太湖巢湖滇池")
    assert terms("继续搞好“三河三湖”(淮河海河辽河、太湖巢湖滇池)、渤海、松花江、三峡库区的污染治理。\n") == []
    assert not spells_out("“两会”", "全国人大、全国政协")


# --- a word glossed in brackets by 指 ------------------------------------------------------------------------------------

P931 = (
    "其次,他建議大陸財政部在轉移支付以及政府債券安排上,向海南自貿港給予傾斜和支持,因為考慮到自貿港建設的重點發展需求,"
    "在民生和基礎設施方面還有比較多的短板（指短處）。\n"
)


def test_bracketed_zhi_gloss_of_a_word():
    assert pairs(P931) == [("短板", "指短處")]


def test_bracketed_referent_and_qualifier_are_no_glosses():
    # the 1964 report quoting a speech (a pronoun's referent) and a bundled policy answer (a time qualified)
    assert bracket_zhi_glosses(_lines("毛主席说：“她（指江青）是个好同志。”\n"), []) == []
    assert bracket_zhi_glosses(_lines("常住人口是指经常居住在某地区一定时间(指半年以上)的人口。\n"), []) == []


# --- quoted labels run into their names after a colon ---------------------------------------------------------------------

P957 = (
    "  據了解,河南“米”字形高鐵網具體布局為:“一橫”徐蘭高鐵(鄭西、鄭徐高鐵),“一豎”京廣高鐵(石武高鐵),“一撇”鄭渝高鐵,"
    "“一捺”鄭阜高鐵,“一點”鄭太高鐵,“一撇點”濟鄭高鐵。作為“米”字形高鐵網中心的鄭州,將形成輻射河南省17個省轄市的1小時經濟圈。\n"
)


def test_labels_run_into_their_names():
    assert pairs(P957) == [
        ("“一橫”", "徐蘭高鐵(鄭西、鄭徐高鐵)"),
        ("“一豎”", "京廣高鐵(石武高鐵)"),
        ("“一撇”", "鄭渝高鐵"),
        ("“一捺”", "鄭阜高鐵"),
        ("“一點”", "鄭太高鐵"),
        ("“一撇點”", "濟鄭高鐵。"),
    ]


def test_quoted_words_counted_in_a_sentence_are_no_labels():
    # P916 (dev-36): word frequencies of a report, no colon before the series
    text = "“發展”一詞出現頻率最高,達140余次,“建設”出現頻率排在第二,“經濟”出現頻率第三,“企業”出現頻率第四。\n"
    assert colon_label_series(_lines(text), []) == []
    assert terms(text) == []


# --- a word glossed with 是, then its quoted pieces, in one paragraph ------------------------------------------------------

P959 = (
    "橋頭堡是“橋”與“堡”的統壹體,“橋”是內聯外通、高效便捷的通道,“堡”是裏應外合、進退自如的基地。“使雲南成為我國向西南開放的重要"
    "橋頭堡”(簡稱“橋頭堡戰略”),是指我國以和諧共贏、科學發展為指南、雲南為主體的區域性大開放、大合作的戰略部署。重點是深化與緬老越"
    "三國的合作。\n"
)


def test_word_then_its_pieces_glossed_run_in():
    assert pairs(P959)[:3] == [("橋頭堡", "是“橋”與“堡”的統壹體"), ("“橋”", "是內聯外通、高效便捷的通道"), ("“堡”", "是裏應外合、進退自如的基地。")]
    assert pairs(P959)[3][0] == "“使雲南成為我國向西南開放的重要橋頭堡”(簡稱“橋頭堡戰略”)"


def test_subject_before_a_quoted_word_that_is_no_piece_of_it():
    # a 1977 report's question about what was said and how it was distorted
    text = (
        "现在我们来看看，在党内走资派问题上，毛主席究竟是怎样论述的，“四人帮”是怎样歪曲和篡改的，又是怎样利用这些歪曲和篡改来推行"
        "他们那个反革命政治纲领，进行篡党夺权的阴谋活动的。\n"
    )
    assert terms(text) == []


# --- a counted quoted name and its content after a dash --------------------------------------------------------------------

P930 = (
    "“形成這個格局,廣西發展這盤棋就走活了。”總書記口中的“這個格局”,正是本次重要講話時他親自部署的廣西“三大定位”新使命——\n"
    "發揮廣西與東盟國家陸海相鄰的獨特優勢,加快北部灣經濟區和珠江-西江經濟帶開放發展,構建面向東盟的國際大通道,打造西南中南地區開放"
    "發展新的戰略支點,形成21世紀海上絲綢之路和絲綢之路經濟帶有機銜接的重要門戶。\n"
    "從地理方位看,廣西背靠大西南,毗鄰粵港澳,面向東南亞。\n"
)


def test_counted_name_glossed_after_a_dash():
    assert terms(P930) == ["“三大定位”"]
    assert pairs(P930)[0][1].startswith("發揮廣西與東盟國家陸海相鄰的獨特優勢") and pairs(P930)[0][1].endswith("重要門戶。")


def test_counted_name_over_a_numbered_list_and_a_year_range():
    # P905 (dev-36): the slogan named after its description, its parts numbered below; a province's 2023 plan: a year range
    text = (
        "政府工作报告提出2026年重点做好九个方面工作,概括起来就是“九个新”——\n\n"
        "(一)在扩大内需上拓展新空间;\n\n(二)在科技创新上打造新优势;\n"
    )
    assert terms(text) == []
    assert terms("落实《“十四五”国家高新技术产业开发区发展规划(2021—2025年)》等政策文件,强化科技创新赋能。\n") == []


# --- a bracket restating the word it follows and glossing it with 是 -------------------------------------------------------

P938 = (
    "重庆哪个省的?\n"
    "重庆市属于西南地区(西南是中国的西南部地区的简称,西南地区主要包括云南、贵州、四川、重庆、广西、西藏。西南地区地处中国第二级阶梯,"
    "东部为云贵高原和四川盆地,横断山脉贯穿云南西部和西藏中部。)\n"
)


def test_bracket_restating_the_word_it_follows():
    assert bracket_zhi_glosses(_lines(P938), [])[0].term == "西南"
    assert bracket_zhi_glosses(_lines(P938), [])[0].definition.startswith("是中国的西南部地区的简称,")


def test_bracket_about_another_word_is_no_gloss():
    # the 2007 report's bracket spells out “两基” (read as an abbreviation), no 是-gloss of the word before it
    text = "410个“两基”（基本普及九年义务教育和基本扫除青壮年文盲）攻坚县已有317个县实现目标。\n"
    assert [e.term for e in bracket_zhi_glosses(_lines(text), [])] == []
