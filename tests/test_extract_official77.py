"""The seventy-seventh set's official pages (Hong Kong, Macao and Taiwan forestry, justice, metrology, weather and
insolvency bodies), on their real sentences, with the guards of each mechanism mended in the fifty-second round:

* a question title's answer ends before a paragraph restating the term in other words (換言之,X係…), which is an entry of
  its own, and a section counting its kinds (X共有A、B…等6種X) is no gloss (851);
* a law's article cited before its quoted rule (…法第17條…規定:「…」) is no headword (853);
* an FAQ page served as answers only: its first answer's label 答: is no part of the subject it defines (857);
* a misreading denied in a statement (「调解」并非…。「调解」其实是…) is answered by the correcting sentence (858);
* a threshold spaced off its verb (震度達 4 級以上) splits no yearbook line (861);
* a view counter (點閱:12198) and a record field (• 上稿單位:…) are furniture around a question title's answer (862).
"""

from __future__ import annotations

from conftest import pairs


_FOREST = (
    "保安林業務資料\n\n:::\n\n何謂保安林\n\n\n"
    "保安林是森林環境之特定功能用於防禦危害而發揮公眾利益者,保安林經營之目的在於發揮森林保育水土及防護自然災害之效果,"
    "而非在於生產木材或森林副產物。\n\n"
    "設置保安林之目的在藉由森林植物之樹冠枝葉幹等截留雨水、被覆地面以減少沖蝕,保護土地;達到鞏固土石、涵養水源之作用。"
    "換言之,保安林係利用森林覆蓋之功能,以保安國土、防治災患與增進公益為目的,依森林法予以編訂而管理經營之森林,"
    "而沿海地區之保安林則以林木構築成屏障,阻擋來自海洋之強風、鹽份之侵襲,達到防風防潮之效果。\n \n\n"
    "花蓮縣境內保安林種類\n\n"
    "花蓮縣境內保安林共有水源涵養、土砂捍止、飛砂防止、防風、風景及漁業等6種保安林;以編號計算,共有37筆保安林,面積約30,665.703070公頃。\n"
)


def test_an_answer_ends_before_the_term_restated_in_other_words_which_is_an_entry_of_its_own():
    assert pairs(_FOREST) == [
        (
            "保安林",
            "是森林環境之特定功能用於防禦危害而發揮公眾利益者,保安林經營之目的在於發揮森林保育水土及防護自然災害之效果,"
            "而非在於生產木材或森林副產物。",
        ),
        (
            "保安林",
            "係利用森林覆蓋之功能,以保安國土、防治災患與增進公益為目的,依森林法予以編訂而管理經營之森林,"
            "而沿海地區之保安林則以林木構築成屏障,阻擋來自海洋之強風、鹽份之侵襲,達到防風防潮之效果。",
        ),
    ]


def test_a_term_the_page_does_not_define_restated_in_other_words_is_no_entry():
    # (the answer above stays whole: its paragraphs restate nothing of its own term)
    text = (
        "何謂林班\n\n林班是森林經營上劃分之基本區域單位。\n\n"
        "設置保安林之目的在於保護土地。換言之,保安林係依森林法編訂之森林。\n"
    )
    assert pairs(text) == [("林班", "是森林經營上劃分之基本區域單位。設置保安林之目的在於保護土地。換言之,保安林係依森林法編訂之森林。")]


def test_a_heading_over_a_count_of_its_kinds_is_no_headword():
    found = [term for term, _ in pairs(_FOREST)]
    assert "花蓮縣境內保安林種類" not in found


_EXIT_BAN = (
    "義務人滯欠金額超過多少錢才會被本署各分署限制出境?如何辦理申請解除限制出境?\n"
    "  1. 行政執行法第17條第2項第1款規定:「前項義務人有下列情形之一者,不得限制住居:1、滯欠金額合計未達新臺幣10萬元。"
    "但義務人已出境達二次者,不在此限。」故原則上義務人滯欠金額未達10萬元不會被限制出境,但義務人已出境達二次者,不在此限。\n"
    "  2. 若義務人經本署各分署限制出境,可向本署各分署洽詢限制出境之原因、事由,如不服限制出境,可依行政執行法第9條第1項規定聲明異議。\n"
)


def test_a_cited_article_before_its_quoted_rule_is_no_headword():
    assert pairs(_EXIT_BAN) == []


def test_a_colon_headword_that_is_a_term_beside_a_cited_article_stays():
    text = "1. 行政執行:指公法上金錢給付義務之執行。\n2. 限制出境:指限制義務人出國之處分。\n"
    assert pairs(text) == [("行政執行", "指公法上金錢給付義務之執行。"), ("限制出境", "指限制義務人出國之處分。")]


_IVA = (
    "答:「个人自愿安排」是《破产条例》所订的正式程序,提供破产以外的另一项选择。债务人可向法院申请临时命令,"
    "而在该期间,任何人不得针对债务人采取或继续进行破产或其他法律程序。\n"
    "答:债务人可避免蒙上破产的污名。他/她会免受破产的种种限制。\n"
    "答:债务人或未获解除破产的破产人如拟提出还款建议,以偿还其债务,可申请「个人自愿安排」。\n"
    "答:债务人须受获批准的「个人自愿安排」的条文约束。\n"
)


def test_an_answer_label_opening_the_page_is_no_part_of_its_subject():
    assert pairs(_IVA) == [
        (
            "「个人自愿安排」",
            "是《破产条例》所订的正式程序,提供破产以外的另一项选择。债务人可向法院申请临时命令,"
            "而在该期间,任何人不得针对债务人采取或继续进行破产或其他法律程序。",
        )
    ]


def test_an_answer_opening_with_a_pointing_word_defines_nothing():
    assert pairs("答:这是《破产条例》所订的正式程序,提供破产以外的另一项选择。\n答:这项安排可避免破产。\n答:这项安排须经法院批准。\n") == []


_MEDIATION = (
    "  如果你早一些来找我商量的话,我会向你推荐透过「调解」来尝试处理你和Joseph间的问题。\n\n"
    "  请你不要误会,「调解」并非叫大家庭外和解草草了事。「调解」其实是一种很专业的解决问题方法。首先,调解员是接受过专业训练和绝对中立的,"
    "调解员可以扮演桥梁角色,协助大家沟通和讨论。\n\n"
    "  「调解」着重妥协与和谐,是当事人自愿参与的,在平和、有建设性和保密的情况下进行。\n"
)


def test_a_misreading_denied_in_a_statement_is_answered_by_the_correcting_sentence():
    assert pairs(_MEDIATION) == [
        ("「调解」", "是一种很专业的解决问题方法。首先,调解员是接受过专业训练和绝对中立的,调解员可以扮演桥梁角色,协助大家沟通和讨论。")
    ]


def test_a_denial_followed_by_a_bare_shi_without_a_correcting_word_is_no_entry():
    assert pairs("请你不要误会,「调解」并非叫大家庭外和解草草了事。「调解」是解决纠纷的关键。\n") == []


_QUAKE = (
    "Earthquake Information:\n\n17. 何為現行地震發布標準?\n\n"
    "一、當本局地震觀測結果符合下列情況之一時,應立即發布顯著有感地震報告:\n"
    "(一)地震規模 4.0 以上,且即時地震站觀測震度達以下情況之一者:\n"
    "1、任一站之震度達 4 級以上,或兩站之震度達 3 級以上。\n"
    "2、縣(市)政府所在地任一站之震度達 3 級以上,或兩站震度達 2 級以上。\n"
    "3、直轄市市區站之震度達 2 級以上。\n"
    "(二)未達上述情況,惟因地震之特殊性,有發布之需要者。\n"
    "二、當本局地震觀測結果未符合第四點發布顯著有感地震報告,但符合下列情況之一時,應發布小區域有感地震報告:\n"
    "(一)任一即時地震站之震度達 4 級以上。\n"
    "(二)地震規模 3.5 以上,且任一即時地震站之震度達 3 級以上或兩站震度達 2 級以上。\n"
    "(三)未符合前二款之情形,惟仍屬有感地震且為一般民眾或機構反映查詢者。\n\n \n\n"
    "16. 何謂有感地震、無感地震、前震、餘震?  18. 何謂地震序列?\n"
)


def test_a_threshold_spaced_off_its_verb_splits_no_line():
    assert pairs(_QUAKE) == []


def test_a_yearbook_list_of_spaced_lines_is_still_read():
    text = "人口密度  指单位面积土地上居住的人口数。\n出生率  指在一定时期内出生人数与同期平均人数之比。\n"
    assert pairs(text) == [
        ("人口密度", "指单位面积土地上居住的人口数。"),
        ("出生率", "指在一定时期内出生人数与同期平均人数之比。"),
    ]


_METROLOGY = (
    "概念介紹\n\n什麼是度量衡器?\n\n點閱:12198\n\n"
    "指量測物理量之各種器具或裝置,而以數值及度量衡單位表示者;具有高穩定之物理、化學或計量學特性之標準物質,亦視為度量衡器。\n\n"
    "  • 編修日期:2016/03/11\n  • 上稿單位:度量衡行政組\n更新日期: 2024年11月22日\n"
)


def test_a_counter_and_a_record_field_around_an_answer_are_furniture():
    assert pairs(_METROLOGY) == [
        ("度量衡器", "指量測物理量之各種器具或裝置,而以數值及度量衡單位表示者;具有高穩定之物理、化學或計量學特性之標準物質,亦視為度量衡器。")
    ]


def test_a_bullet_naming_the_term_under_a_question_is_still_its_answer():
    text = "什麼是度量衡器?\n\n• 度量衡器:量測物理量之器具。\n• 上稿單位:度量衡行政組\n"
    assert pairs(text) == [("度量衡器", "量測物理量之器具。")]


_CONSUMER = (
    "【企業經營者的定義】\n"
    "所謂企業經營者,依照消費者保護法第二條第二款之規定,是指以設計、生產、製造、輸入、經銷商品或提供服務為營業者。其意義說明如下:\n"
    "一、企業經營者為營業之人:凡以提供商品或服務為營業的廠商業者,不論該業者為公司、團體或個人,只要是營業之人,均為企業經營者。\n"
    "二、企業經營者之種類:企業經營者依其責任可分為下列類別:\n"
    "(一)從事設計、生產、製造商品或提供服務之企業經營者。\n"
)


def test_items_under_a_lead_in_announcing_the_meaning_of_a_definition_are_no_entries():
    # (747, a dev-69 page: the fifty-second round's general mend of its false entry)
    assert pairs(_CONSUMER) == [("企業經營者", "是指以設計、生產、製造、輸入、經銷商品或提供服務為營業者。其意義說明如下:")]


def test_items_defining_their_labels_under_such_a_lead_in_stay():
    text = (
        "所謂企業經營者,是指以提供服務為營業者。其意義說明如下:\n"
        "一、經銷商:指從事經銷商品之企業經營者。\n"
        "二、輸入商:指從事輸入商品之企業經營者。\n"
    )
    found = [term for term, _ in pairs(text)]
    assert "經銷商" in found and "輸入商" in found
