"""False entries of news items and study notes, and the glosses of a knowledge card and a dash lead (the thirty-seventh
set): each rule on the real lines of the page it was written for, and a counter-test with a real sentence it must not take."""

from __future__ import annotations

from pathlib import Path

from policyterms.mining.extract import extract_entries
from policyterms.mining.extract_layouts.asked_answers import asked_answer, opens_with_quoted_remark
from policyterms.mining.extract_layouts.common import _good_term, _is_furniture
from policyterms.mining.extract_layouts.false_glosses import instances_only
from policyterms.mining.extract_layouts.labelled import _PART_ITEM
from policyterms.mining.extract_layouts.notes import section_subtitle
from policyterms.text.fold import strip_pinyin
from conftest import pairs_unpinyined as pairs

APPENDICES = Path(__file__).parent / "data" / "appendices"


# --- a subject and its verb of saying before the colon (P972) ----------------------------------------------------------

P972 = """六、中共十六届六中全会
1.2006年10月8—11日,中共十六届六中全会在北京举行。中共中央总书记胡锦涛作了重要讲话。
2.2006年10月11日,中共十六届六中全会通过《中共中央关于构建社会主义和谐社会若干重大问题的决定》。
(1)“决定”指出:社会和谐是中国特色社会主义的本质属性,是国家富强、民族振兴、人民幸福的重要保证。
"""


def test_attribution_before_colon_is_no_headword():
    assert not any(term.endswith("指出") for term, _ in pairs(P972))
    assert not _good_term("“决定”指出")


def test_attribution_counter_document_quoted_before_its_definition():
    # 202: the regulation's attribution stays out of the term, which the answer still gives; a term ending in 称 stays a term
    text = (APPENDICES / "202-cangnan-2017-cppcc-proposal-question-title-regulation-zhichu-shi-status-furniture.txt").read_text("utf-8")
    assert "政协提案" in [term for term, _ in pairs(text.partition("\n\n")[2])]
    assert _good_term("信息名称")


# --- a question about a term's significance (P996) ----------------------------------------------------------------------

P996 = """591.全面振興東北地區等老工業基地的重大意義是什麼?
東北地區是新中國工業的搖籃和我國重要的工業與農業基地,擁有一批關係國民經濟命脈和國家安全的戰略性產業,資源、產業、科教、人才、基礎設施等支撐能力較強,發展空間和潛力巨大。
(本章完)
"""


def test_significance_question_is_no_headword():
    assert pairs(P996) == []


def test_significance_counter_question_about_the_term_itself():
    # 202's question title 什么是政协提案? still gives its term
    text = (APPENDICES / "202-cangnan-2017-cppcc-proposal-question-title-regulation-zhichu-shi-status-furniture.txt").read_text("utf-8")
    assert any(term == "政协提案" for term, _ in pairs(text.partition("\n\n")[2]))


# --- a news photo's caption (P1012, P1000) ------------------------------------------------------------------------------

P1012 = """宽容 穆国虎

贺兰山下果园成,塞北江南旧有名。

宁夏是我国西部大开发、黄河流域生态保护和高质量发展两大区域战略“双覆盖”省区。

因地制宜 加快发展新质生产力

中环50GW(G12)太阳能级单晶硅材料智慧工厂项目展厅内的展品。银川市宣传部供图

向“新”而行、以“质”致远。

目前,宁夏已经初步建立起“六新六特六优+N”为支撑的现代化产业体系。“六新”指的是以新材料、装备制造等为代表的新型工业,“六特”指的是以葡萄酒、枸杞等为代表的特色农业,“六优”指的是以文化旅游、会展博览等为代表的现代服务业,“N”指的是先进算力、氢能等高新产业。
"""


def test_caption_is_furniture_and_no_explanation():
    assert [term for term, _ in pairs(P1012)] == ["“六新”", "“六特”", "“六优”", "“N”"]
    assert _is_furniture("這是6月6日上午,習近平在臨河區國營新華林場考察。新華社記者 謝環馳 攝")


def test_caption_counter_definitions_naming_pictures_and_intake():
    # real definitions of the bundled pages that hold 摄 or 图 are no captions
    assert not _is_furniture("“限额以上”是指营业收入达到一定规模的批发零售、住宿餐饮企业,工业企业一般不采用“限额以上”表述。")
    assert not _is_furniture("作者:大河财立方【大河财立方 记者 裴熔熔 杨萨 郝楠楠 郑棋文 史冰倩】3月5日,国务院总理李强代表国务院,向十四届全国人大三次会议作政府工作报告")


# --- a section heading with its subtitle over a paragraph (P1005) -------------------------------------------------------

P1005 = """“抓大”:对大型国有企业实行公司化改革,组建企业集团,增强规模效应。例如通过资产重组将多家企业合并为国有资本投资公司或企业集团。
“放小”:对小型国有企业实行民营化或关闭,重点处理长期亏损、经营困难的企业。例如将部分小型国企出售给私人投资者或直接关闭,减少国有资本在低效领域的投入。
![]()
一、历史倒逼的战略抉择:从 "救企业" 到 "活体系"
"抓大放小" 的核心突破在于改变了此前 "一刀切" 的改革思路,确立了 "着眼于搞好整个国有经济" 的系统思维。1995 年十四届五中全会正式提出这一战略时,明确了 "收缩战线、突出重点" 的改革方向。
"""


def test_section_subtitle_is_no_colon_entry():
    assert [term for term, _ in pairs(P1005)] == ["“抓大”", "“放小”"]
    assert section_subtitle('一、历史倒逼的战略抉择:从 "救企业" 到 "活体系"')


def test_section_subtitle_counter_numbered_definition():
    # a final-accounts page's numbered colon entry defines its term (指…)
    line = "四、“三公”经费决算数:指各部门(含下属单位)用一般公共预算财政拨款(含上年结转结余和当年预算)安排的因公出国(境)费、公务用车购置及运行维护费和公务接待费支出数。"
    assert not section_subtitle(line)
    assert pairs(line + "\n") == [("“三公”经费决算数", line.partition(":")[2])]


# --- a label glossed by a few instances and an open 等 (P992) -----------------------------------------------------------

P992 = """核心区作为国家中枢,承载着国家行政、政治、文化等多重功能。核心区的重点功能空间布局包括:
- 两轴:长安街的东西轴线,中轴线。
- 一城:二环里的北京老城区,重点打造10条精品探访线路。
- 一环:沿着二环打造文化景观环线,形成二环的首都公园环。
文化资源
北京拥有众多的文化资源,包括:
- 历史文化遗产:故宫、天坛、颐和园等世界文化遗产。
- 现代文化资源:国家大剧院、北京音乐厅、798艺术区等。
"""


def test_instances_are_no_gloss():
    assert [term for term, _ in pairs(P992)] == ["两轴", "一城", "一环"]


def test_instances_counter_definitions_listing_what_they_include():
    # 92's 税收收入 and 230's 第二類(慢毒性物質): gold definitions ending in 等
    assert not instances_only("税收收入", "包括增值税、消费税、企业所得税、企业所得税退税、个人所得税、资源税等。")
    assert not instances_only("第二類(慢毒性物質)", "有致腫瘤、生育能力受損、畸胎、遺傳因子突變或其他慢性疾病等作用者。")
    # kinds sharing the term's head character, under a class of their own (the 三农 parts of the layouts' tests)
    assert not instances_only("农业", "种植业、林业、畜牧业和渔业等产业。")


# --- a knowledge card's parts set off by a hyphen (299) -----------------------------------------------------------------

def test_hyphen_part_lines_under_a_classification_lead():
    text = (APPENDICES / "299-macau-dsec-elearning-external-trade-knowledge-card-classification-lead-dash-items-verbless.txt").read_text("utf-8")
    got = pairs(text.partition("\n\n")[2])
    assert [term for term, _ in got] == ["进口", "再进口", "出口", "本地产品出口", "再出口", "暂时出口", "转运"]
    assert got[0][1] == "从外地输入澳门的货物,不包括再进口及转运货物。"


def test_hyphen_counter_formula_and_unannounced_lines():
    # 161: a formula's minus signs set off no part, even below a lead-in
    assert _PART_ITEM.fullmatch("经营净收入=经营收入-经营费用-生产性固定资产折旧-生产税") is None
    text = (APPENDICES / "161-guangzhou-2024-yearbook-income-bracketed-headwords-printed-formulas.txt").read_text("utf-8")
    assert not any("=" in term or "-" in term for term, _ in pairs(text.partition("\n\n")[2]))
    # 299's lines with no lead announcing parts above them are none
    assert pairs("开始我的学习计划!\n进口-从外地输入澳门的货物,不包括再进口及转运货物。\n再进口-先前从澳门出口再输入澳门的货物。\n") == []


# --- slogans glossed in turn after a dash lead (P1000) -------------------------------------------------------------------

P1000 = """“兩個(gè)屏障”“兩個(gè)基地”“一個(gè)橋頭堡”分別指的是——
我國北方重要生態(tài)安全屏障、祖國北疆安全穩(wěn)定屏障;
國家重要能源和戰(zhàn)略資源基地、農(nóng)畜產(chǎn)品生產(chǎn)基地;
我國向北開放重要橋頭堡。
黨的十八大以來,三次赴內(nèi)蒙古考察、五次在全國兩會(huì)期間參加內(nèi)蒙古代表團(tuán)審議……總書記留下許多飽含真情、思想深刻的金句。
"""


def test_dash_lead_goes_on_to_its_sentence_end():
    (entry,) = extract_entries(P1000)
    assert strip_pinyin(entry.term) == "“兩個屏障”“兩個基地”“一個橋頭堡”"
    assert strip_pinyin(entry.definition) == "分別指的是——我國北方重要生態安全屏障、祖國北疆安全穩定屏障;國家重要能源和戰略資源基地、農畜產品生產基地;我國向北開放重要橋頭堡。"


def test_dash_lead_counter_reported_speech_and_one_quoted_word_in_prose():
    # 11's lead to a deputy's words ends in 说——, no marker: nothing is glossed
    assert pairs("关于独角兽企业,全国人大代表这样说——\n全国人大代表、超聚变董事长兼CEO刘宏云接受大河财立方记者采访。\n") == []
    # P1000's quoted names in a row inside a sentence, with no 分别 and no marker, gloss nothing
    assert pairs("內蒙古不僅是“我國北方重要生態安全屏障”,還是祖國北疆“亮麗的風景線”“萬里綠色長城”……\n") == []


# --- a news item's headword over experts' remarks (P970) -----------------------------------------------------------------

P970 = """十八大報告現新詞 含重要信息

「頂層推動」

「中國下一步改革不僅更加注重『頂層設計』,還會進一步強化『頂層推動』。」中國(海南)改革發展研究院院長遲福林在十八大報告的一句話裡讀出重要信息,「這句話讓我對改革前景充滿希望。」

「黨代會代表提案制」

報告提出了將實行「黨代會代表提案制」。

何為黨代會代表提案制?中央黨校中共黨史教研部副教授高中華說,就是黨代表以書面形式提出屬於黨代會職權範圍內的意見和建議的制度,是黨員勇擔責任、應盡義務的體現。

中共中央黨校黨建部副教授吳輝認為,以前確實存在著這樣一種現象。
"""


def test_asked_answer_and_quoted_remark():
    assert pairs(P970) == [("黨代會代表提案制", "就是黨代表以書面形式提出屬於黨代會職權範圍內的意見和建議的制度,是黨員勇擔責任、應盡義務的體現。")]


def test_asked_answer_counter_questions_not_answered_and_quoted_terms():
    # a question title asking two things (a page of the development sets): no answer in the words after it
    assert asked_answer("什么是“规模以上工业企业”?如何认定?“限额以上”和“规模以上”有何区别?", "规模以上工业企业") is None
    # a quoted term opening its definition is no quoted remark
    assert not opens_with_quoted_remark("“限额以上”是指营业收入达到一定规模的批发零售、住宿餐饮企业,工业企业一般不采用“限额以上”表述。")
