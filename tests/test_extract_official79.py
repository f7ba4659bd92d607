"""The seventy-ninth set's official pages (Hong Kong, Macao and Taiwan heritage, archives, fire, land-registry, insurance
and utility bodies), on their real sentences, with the guards of each mechanism mended in the fifty-third round:

* a hard-wrapped paper quoting a law's article: a citation's tail the wrap cut off its line (本法第 21 / 條所稱X) is no
  part of the term, a definition closed at its semicolon goes on over no line, the quoted clause goes on over the wrap of
  its block and ends before the quote's closing mark (867);
* kinds a sentence names (分成兩種,一種為X…,一種為Y。), then glossed on label lines (※X:…) (871);
* headwords numbered with a glued digit, run into one flattened line (1X 為…。 2限電 1Y 遇…。), and a flattened table
  row, which is no gloss (878);
* a term card's title with its English name and its 內容 label between headword and gloss, and a law cited before 指
  (依我國「…法」第二條之規定,指…), while 依…之規定,指定… is no definition (866);
* a definition label (古蹟定義:) over a law-citation line, ended by the next label line, while a form field labelled 定義
  over a value is no headword (864, 399);
* a word opening with 指 spaced out (指 明) is no marker (874);
* a law's definition quoted after its word (部落「係指…」), while a word quoted without a marker inside gives nothing (867).
"""

from __future__ import annotations

from conftest import pairs


_TRIBE = (
    "代表原住民行使同意權,那麼,我們就必須進一步思考設計新型態代表機制的可\n"
    "能性。同法第 21 條第 4 項授權\n"
    "訂定的《諮商取得原住民族部落同意參與辦法》第 4 條亦已明定:「本法第 21\n"
    "條所稱原住民族或部落同意,指過半數關係部落依本辦法召開部落會議議決通過;\n"
    "所稱原住民族或部落參與,指過半數關係部落依本辦法召開部落會議議決通過之\n"
    "參與機制」。然而,前開「部落\n"
)


def test_a_quoted_articles_definitions_wrapped_over_lines_end_at_their_semicolon_and_closing_quote():
    assert pairs(_TRIBE) == [
        ("原住民族或部落同意", "指過半數關係部落依本辦法召開部落會議議決通過"),
        ("原住民族或部落參與", "指過半數關係部落依本辦法召開部落會議議決通過之參與機制"),
    ]


def test_a_citations_tail_cut_off_its_line_is_no_part_of_the_term():
    assert all(not term.startswith("條") for term, _ in pairs(_TRIBE))


_ALARMS = (
    "Q:住警器有什麼種類?\n\n"
    "A:分成兩種,一種為偵煙式(離子式、光電式),一種為定溫式。\n\n"
    "※偵煙式:當偵測區域感知到火災產生的煙粒子後,發出警報音響。\n"
    "※定溫式:當偵測區域的溫度上升到一定溫度時,發出警報音響。\n\n"
    "因廚房平時就有炒菜之油煙,避免偵煙式警報器誤報,用定溫式較為適宜。\n"
)


def test_kinds_a_sentence_names_are_glossed_by_their_label_lines():
    assert pairs(_ALARMS) == [
        ("偵煙式", "當偵測區域感知到火災產生的煙粒子後,發出警報音響。"),
        ("定溫式", "當偵測區域的溫度上升到一定溫度時,發出警報音響。"),
    ]


def test_label_lines_the_sentence_above_does_not_name_are_no_glosses():
    text = (
        "A:分成兩種,一種為偵煙式,一種為定溫式。\n\n"
        "※地址:桃園市桃園區縣府路一號的防災教育館。\n"
        "※電話:請於上班時間撥打本局的服務專線。\n"
    )
    assert pairs(text) == []


def test_one_label_line_under_a_naming_sentence_is_no_series():
    text = "A:分成兩種,一種為偵煙式,一種為定溫式。\n\n※偵煙式:當偵測區域感知到火災產生的煙粒子後,發出警報音響。\n"
    assert ("偵煙式", "當偵測區域感知到火災產生的煙粒子後,發出警報音響。") not in pairs(text)


_OUTAGES = (
    "平均實際處理日數 工 程 別免外線工程需外線工程(燈、力)需外線工程(燈、力) (燈、力) 架空工程 地下工程 平均處理日數 4天 20天 30天 "
    "※前述實際處理日數不含用戶原因、星期例假日及待主管機關核准挖路許可等延誤之日數。 更新日期:2020-07-08 瀏覽人次:2002 常用服務 "
    "電力小詞典:相關停電定義說明 1計畫性工作停電 為強化系統韌性或因設備老舊定期更換檢修設備需要而排定的停電,屬計劃性的工作停電,"
    "與電源不足完全無關。 2限電 1緊急限電 遇系統突發事故,導致電源不足或設備超過負荷、電壓嚴重偏低時,為顧及電力系統安全,"
    "需立即實施之限電措施。 2計畫性限電 前一日預估隔日電能不足,執行計畫性限電用以確保系統安全。 3事故停電 "
    "偶發性因天災外力或設備問題故障,所以引起的局部設備停電事故。\n"
)


def test_run_in_headwords_lose_the_item_numbers_glued_to_them():
    assert pairs(_OUTAGES) == [
        ("計畫性工作停電", "為強化系統韌性或因設備老舊定期更換檢修設備需要而排定的停電,屬計劃性的工作停電,與電源不足完全無關。"),
        ("緊急限電", "遇系統突發事故,導致電源不足或設備超過負荷、電壓嚴重偏低時,為顧及電力系統安全,需立即實施之限電措施。"),
        ("計畫性限電", "前一日預估隔日電能不足,執行計畫性限電用以確保系統安全。"),
        ("事故停電", "偶發性因天災外力或設備問題故障,所以引起的局部設備停電事故。"),
    ]


def test_a_flattened_table_row_is_no_run_in_gloss():
    terms = [term for term, _ in pairs(_OUTAGES)]
    assert "平均實際處理日數" not in terms and "限電" not in terms


_CARD = (
    "下載中\n\n機關檔案\n\n機關檔案(Government Agency Records)\n\n內容\n\n"
    "依我國「檔案法」第二條之規定,指由各機關自行管理之檔案。機關檔案之保存年限,應依其性質及價值,區分為永久保存或定期保存。\n\n \n\n"
    "相關詞\n\n  • 機關案卷\n\n \n\n參考資料\n\n  • 檔案法。中華民國88年12月15日總統華總一義字第8800297480號令公布全文三十條。91年1月1日施行。\n"
    "附加檔案:\n\n最後更新日期:106-06-30\n"
)


def test_a_term_cards_title_with_its_english_name_and_its_content_label_stand_between_headword_and_gloss():
    assert pairs(_CARD) == [
        ("機關檔案", "指由各機關自行管理之檔案。機關檔案之保存年限,應依其性質及價值,區分為永久保存或定期保存。"),
    ]


def test_a_law_cited_before_the_defining_zhi_is_no_part_of_the_definition():
    assert all(not definition.startswith("依") for _, definition in pairs(_CARD))


def test_a_rule_applied_under_a_cited_article_is_no_definition():
    # (依…之規定, then a verb that is no marker: 指定 appoints)
    assert pairs("機關檔案\n\n依我國「檔案法」第二條之規定,指定專人管理各機關之檔案。\n") == []


def test_a_headword_with_an_english_name_that_is_not_the_cards_title_is_still_a_headword_of_its_own():
    text = "機關案卷(Government Files)\n\n指各機關依檔案分類所立之案卷,由一件以上之檔案組成。\n"
    assert [term for term, _ in pairs(text)] == ["機關案卷(Government Files)"]


_HERITAGE = (
    "古蹟定義:\n文化資產保存法 第三條第一款第一目\n指人類為生活需要所營建之具有歷史、文化、藝術價值之建造物及附屬設施。\n"
    "種類:\n文化資產保存法施行細則 第二條\n"
    "本法第三條第一款第一目、第二目及第三目所定古蹟、歷史建築及紀念建築,包括祠堂、寺廟、教堂、宅第、官邸、商店、城郭、關塞、"
    "衙署、機關、辦公廳舍、銀行、集會堂、市場、車站、書院、學校、博物館、戲劇院、醫院、碑碣、牌坊、墓葬、堤閘、燈塔、橋樑、產業及其他設施。\n"
    "代表圖示 | 資產名稱 | 轄區 | 種類 | 等級 | 公告日期 | 點閱率 |\n---|---|---|---|---|---|---|\n"
    "后里馬場馬廄、場本部、紀念碑 | 后里區 | 產業設施 | 市定古蹟 | 2016/02/04 | 11596 | |\n"
)


def test_a_definition_label_over_the_cited_article_heads_the_quoted_zhi_gloss_up_to_the_next_label():
    assert pairs(_HERITAGE) == [("古蹟", "指人類為生活需要所營建之具有歷史、文化、藝術價值之建造物及附屬設施。")]


def test_a_form_field_labelled_definition_over_a_value_is_no_headword():
    text = (
        "*統計地區範圍及對象:\n\n臺灣地區家庭為消費需要,所購買商品及服務價格。\n\n"
        "*統計項目定義:\n\n臺灣地區家庭購買消費性商品及服務之價格水準變動情形。\n\n"
        "*統計單位:\n\n指數基期:110年平均=100。\n"
    )
    assert "統計項目" not in [term for term, _ in pairs(text)]


_LEAFLET = (
    "土 地 紀 錄 的 種 類\n下 列 土 地 紀 錄 公 開 給 市 民 查 閱:\n\n"
    "  1. 土 地 登 記 冊\n    裏 面 載 有 每 一 物 業 業 主 的 詳 細 資 料 , 以 及 該 物 業 是 否 有 已 註 冊 的 轇 轕 , 如 法 定 押 記 、 解 除 抵 押 、 買 賣 協 議 、 法 庭 命 令 等 。\n\n"
    "  2. 註 冊 摘 要\n    是 一 份 按 土 地 註 冊 處 處 長 指 明 格 式 的 註 冊 文 件 , 裏 面 載 有 連 同 這 份 文 件 一 併 送 交 註 冊 的 契 約 資 料 摘 要 。\n\n"
    "  3. 註 冊 摘 要 日 誌\n    是 每 日 送 交 註 冊 的「 註 冊 摘 要 」紀 錄 , 裏 面 載 有 每 份 「 註 冊 摘 要 」 的 資 料 摘 要 。\n"
)


def test_a_word_opening_with_zhi_spaced_out_is_no_marker_and_the_headword_keeps_its_gloss():
    assert (
        "註 冊 摘 要",
        "是 一 份 按 土 地 註 冊 處 處 長 指 明 格 式 的 註 冊 文 件 , 裏 面 載 有 連 同 這 份 文 件 一 併 送 交 註 冊 的 契 約 資 料 摘 要 。",
    ) in pairs(_LEAFLET)


def test_a_spaced_out_zhi_marker_still_defines():
    assert pairs("登 記 冊 指 載 有 每 一 物 業 業 主 詳 細 資 料 的 紀 錄 冊 。\n")[:1] == [
        ("登 記 冊", "指 載 有 每 一 物 業 業 主 詳 細 資 料 的 紀 錄 冊 。")
    ]


_TRIBE_DEFINED = (
    "換句話說,雖然《原住民族基本法》第 2 條第 4 款針對「部落」已有定義性\n"
    "規定,亦即部落「係指原住民於原住民族地區一定區域內,依其傳統規範共同生\n"
    "活結合而成之團體,經中央原住民族主管機關核定者」。同法第 21 條第 4 項授權\n"
    "訂定的辦法另有規定。\n"
)


def test_a_laws_definition_quoted_after_its_word_over_wrapped_lines_is_the_words_gloss():
    assert pairs(_TRIBE_DEFINED) == [
        ("部落", "係指原住民於原住民族地區一定區域內,依其傳統規範共同生活結合而成之團體,經中央原住民族主管機關核定者"),
    ]


def test_a_word_quoted_in_a_sentence_without_a_marker_inside_is_no_quoted_law_gloss():
    assert pairs("會議中,部落「自治」的說法引起討論,各方意見不一,尚待釐清其範圍與作法。\n") == []
