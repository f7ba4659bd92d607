"""The eighty-seventh set's official pages (Taiwan, Hong Kong and Macao law databases, a university's regulations page, a
department's mobile page), on their real sentences, with the guards of each mechanism mended in the fifty-seventh round:

* a table's notes run into one line (``備註 一、…。 二、…。 … 六、主管機關指…。``) are cut into notes, the line is no spaced
  headword row, and 所属单位 inside a sentence is no site furniture (785);
* the items under a law's lead-in naming documents to file (``…檢具下列文件, / 送本部審查核准後列入附表:``) are no glosses (789);
* a line pointing back at the law's paragraph above (``在考量前項…外,…``) opens the article's next paragraph, never a
  note's continuation, however it is indented (791);
* a headword over a numbered list of points (``• X的責任 / 1. …。``, ``• X / 1. X的名單…``) gives no entry (796).
"""

from __future__ import annotations

from pathlib import Path

from conftest import pairs

from policyterms.mining.extract_layouts.common import _is_furniture
from policyterms.mining.extract_layouts.false_glosses import points_under_heading
from policyterms.mining.extract_layouts.notes import run_in_notes_cuts


_AMOUNT_TABLE = (
    "法規修正日期:112-04-25\n"
    "各機關財物報廢分級核定金額表 各機關財物報廢分級核定金額表 修正日期:民國 112 年 04 月 25 日 依使用年限劃分 審核 核定 擬辦 "
    "備註 一、一定金額訂定為新臺幣三千萬元。 二、財產及物品之分類原則及使用年限,依各級政府所定規定。 三、金額以每件入帳原值為準。 "
    "六、主管機關指總統府、國家安全會議、五院及其所屬部(會、行、總處、署與同層級之機關)、直轄市政府、直轄市議會。 "
    "七、國防部所屬單位之經管機關指各軍司令(指揮)部、軍備局、政治作戰局及經國防部指定之單位或戰區司令部(戰時依國\n"
)


def test_a_tables_notes_run_into_its_line_are_read_as_notes():
    assert pairs(_AMOUNT_TABLE) == [
        ("主管機關", "指總統府、國家安全會議、五院及其所屬部(會、行、總處、署與同層級之機關)、直轄市政府、直轄市議會。")
    ]


def test_run_in_notes_need_three_in_turn_from_yi():
    assert run_in_notes_cuts("備註 一、甲為乙。 二、丙為丁。 三、戊指己。") == [3, 10, 17]
    assert run_in_notes_cuts("備註 一、甲為乙。 三、丙為丁。 二、戊指己。") == []
    assert run_in_notes_cuts("分為兩類:一、甲;二、乙。") == []  # two in a sentence: an enumeration, no notes


def test_suoshu_danwei_is_furniture_only_as_a_label():
    assert _is_furniture("所属单位:统计局 所属分类:统计知识")
    assert not _is_furniture("七、国防部所属单位之经管机关指各军司令部。")


_REUSE_RULE = (
    "第 2 條\n"
    "本辦法所稱事業,指本法第二條第五項以經濟部(以下簡稱本部)為目的\n"
    "事業主管機關之事業。\n"
    "第 4 條\n"
    "附表所列之種類,得由事業或再利用機構所屬產業公會,檢具下列文件,\n"
    "送本部審查核准後列入附表:\n"
    "一、事業廢棄物基本資料,包括名稱、來源、主要成分及有害特性說明。\n"
    "二、國內產生及運作現況,包括過去三年相關事業產生量及用途。\n"
    "三、再利用技術說明,包括再利用原理及替代用料說明、再利用製程及質\n"
    "量平衡圖、再利用設施、污染防治、再利用產品品質及用途。\n"
    "四、經濟可行性評估,包括再利用成本、再利用產品市場價格及供需情形\n"
    "。\n"
)


def test_items_under_a_lead_in_naming_documents_to_file_are_no_glosses():
    assert pairs(_REUSE_RULE) == [("事業", "指本法第二條第五項以經濟部(以下簡稱本部)為目的事業主管機關之事業。")]


def test_items_under_a_definitions_lead_in_are_still_read():
    text = "第 3 條\n本辦法用詞,定義如下:\n一、事業廢棄物:指事業活動產生之廢棄物。\n二、再利用:指將廢棄物做為原料之行為。\n"
    assert dict(pairs(text)) == {"事業廢棄物": "指事業活動產生之廢棄物。", "再利用": "指將廢棄物做為原料之行為。"}


_MARKETS = (
    "三、 (相關市場之界定)\n"
    "  本處理原則界定相關市場係綜合產品市場及地理市場加以判斷:\n"
    "  (一) 產品市場:指在功能、特性、用途或價格條件上,具有高度需求或供給替代性之商品或服務所構成之範圍。\n"
    "  (二) 理市場:指事業提供之特定商品或服務,交易相對人可以很容易地選擇或轉換其他交易對象之區域範圍。\n"
    "  在考量前項產品市場、地理市場外,得視具體個案,衡量時間因素對於相關市場範圍之影響。\n"
)


def test_a_line_pointing_back_at_the_paragraph_above_is_no_continuation_of_the_item():
    got = dict(pairs(_MARKETS))
    assert got["理市場"] == "指事業提供之特定商品或服務,交易相對人可以很容易地選擇或轉換其他交易對象之區域範圍。"
    assert got["產品市場"] == "指在功能、特性、用途或價格條件上,具有高度需求或供給替代性之商品或服務所構成之範圍。"


def test_an_indented_paragraph_not_pointing_back_still_continues_its_note():
    # (the Guangzhou bureau's page indents every paragraph alike: 1.客运周转量是…。 / 计算公式:… continues the note)
    text = next((Path(__file__).parent / "data" / "appendices").glob("88-guangzhou-2024-turnover-knowledge*.txt")).read_text(encoding="utf-8")
    got = dict(pairs(text))
    assert got["客运周转量"].endswith("计算公式:客运周转量(人公里)=∑(运送的每位旅客×该旅客运送距离)。")


_SAFETY = (
    "分間單位電力安全\n\n"
    "  • 電力裝置擁有人的責任\n\n"
    "    1. 採取妥善措施以防止電力裝置發生電力意外。採取妥善措施,例如安排適當維修及保養,以防止電力裝置發生電力意外。\n"
    "    2. 確保電力裝置沒有違例的加裝或改裝。\n"
    "    4. 安排註冊電業承辦商定期檢查及測試電力裝置。\n"
    " \n"
    "  • 註冊電業承辦商及工程人員\n\n"
    "    1. 註冊電業承辦商及工程人員的名單可到九龍啟成街 3 號地下機電工程署註冊及許可證辦事處查閱。\n"
    "    2. 註冊電業承辦商會於其營業地址的當眼處,展示註冊證明書。\n"
    "    3. 註冊電業工程人員持有機電工程署發出的註冊證明書,以資識別。\n"
)


def test_a_headword_over_a_numbered_list_of_points_gives_no_entry():
    assert pairs(_SAFETY) == []


def test_a_sense_list_under_a_headword_is_no_list_of_points():
    assert not points_under_heading("飞地", "1.指在某国境内却隶属他国的土地。2.比喻…。")
    assert not points_under_heading("飞地", "1. 飞地的意思是隶属他国的土地。")
    assert points_under_heading("電力裝置擁有人的責任", "1. 採取妥善措施以防止電力裝置發生電力意外。")
