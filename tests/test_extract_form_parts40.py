"""The fortieth development set's false entries on a statistics release's metadata note: a questionnaire part listing
the items it collects (``(一)自用貨車部分:包括 1.車輛基本資料:…``, 318) is the form's contents, no definition of the part,
while a figure's own ``包括…`` gloss stays an entry; and a news section's label framing a quoted word (``兩會上的“流行語”``,
``兩會關鍵詞之“…”``, P1148) is no headword, while quoted headword lines over their glosses (P1170) stay."""

from __future__ import annotations

from conftest import pairs


def test_a_questionnaire_part_listing_its_items_is_no_entry():
    text = (
        "*統計項目定義:\n"
        "(一)自用貨車部分:包括 1.車輛基本資料:牌照號碼、車種、車重、載重、總重、車主名稱、填表人、地址、電話、擁有車輛數。 "
        "2.裝卸貨物狀況:日期、訖點之裝卸商品名稱、起點、訖點、單程區間公里、行車總次數。 (二)營業貨車部分:包括 1.公司基本資料:統一編號、"
        "公司行號名稱、負責人、地址、電話、車輛數、7日均未曾載貨原因、載送低溫商品以及靠行車輛數。\n"
        "*統計單位:公噸;個;元;公里;噸公里。\n"
    )
    assert pairs(text) == []


def test_a_figures_own_baokuo_gloss_stays_an_entry():
    text = (
        "    (1)各项税收 包括增值税、营业税、消费税、土地增值税。城市维护建设税、资源税、城市土地使用税。\n"
        "    (2)专项收入 包括征收排污费、征收城市水资源费收入,教育费附加收入等。 \n"
    )
    assert ("专项收入", "包括征收排污费、征收城市水资源费收入,教育费附加收入等。") in pairs(text)


def test_a_news_sections_label_framing_a_quoted_word_is_no_headword():
    text = (
        "  兩會上的“流行語”\n\n"
        "  今年的各地兩會,一些熱詞頻頻出現。湖北省代省長王曉東昨天做政府工作報告,談及房地産健康發展時説:“堅持“房子是用來住的、不是用來炒的”定位。”\n\n"
        "  兩會關鍵詞之“深化供給側結構性改革”\n\n"
        "  具體來看,“供給側改革”成為熱詞。河北提出,2017年,河北生産總值維持增長7%左右的目標,如何實現這個目標?\n\n"
    )
    assert pairs(text) == []


def test_quoted_headword_lines_over_their_glosses_stay_entries():
    text = (
        "按照“一核引领,多点联动”的总体布局,海峡两岸(温州)大健康产业园以海经区为核心,联动鹿城、龙湾、瓯海三区。\n"
        "“一核引领”\n以海经区为核心区,发挥平台空间潜力优势,全力招引综合竞争力强、创新水平高的台资集团企业和标志性产业项目,构建两岸大健康"
        "集群式发展产业链,打造产业园高质量发展核心引擎。\n"
        "“多点联动”\n龙湾区依托中国眼谷平台,重点推动两岸眼视光科技研发转化标准共建、成果融合;\n"
        "瓯海区依托生命健康小镇、温州医科大学等载体,重点打造两岸大健康产业“产学研+”全过程合作创新链;\n"
        "鹿城区依托浙江工贸职业技术学院、台湾青年创客坊等载体,重点建设对台招才引智服务和台青创业项目孵化空间。\n"
    )
    assert [term for term, _ in pairs(text)] == ["“一核引领”", "“多点联动”"]


def test_lines_under_a_look_at_each_in_turn_are_no_entries():
    text = (
        "数据来源:中商产业研究院整理\n(2)具体来看四大支柱产业:\n"
        "高新技术产业:2017年,深圳新增国家级高新技术企业3193家,累计达11230家。深圳形成了以电子信息产业为主导的高新技术产业集群。\n"
        "文化创意产业:深圳在全国率先确立“文化立市”战略。2017年全市文化创意产业增加值2243.95亿元,同比增长14.5%。\n"
    )
    assert pairs(text) == []


def test_a_counted_lead_in_announcing_parts_still_gives_its_parts():
    # (dev-39's P1088: a count and a noun before the colon announce parts glossed below)
    text = (
        "✅ 三大核心机制(法定):\n"
        "财政纵向补偿:中央/省级财政给生态保护地区“发补贴”,比如对流域源头区、重点生态功能区的转移支付,保障基础保护投入。\n"
        "地区间横向补偿:上下游政府“双向结算”,下游受益区补偿上游保护区,若上游水质不达标,则反向赔付下游,这是目前跨省流域最常用的模式。\n"
        "市场化补偿:企业、社会组织参与,通过水权交易、碳汇交易、生态产品购买等方式,让生态价值“变现”,是未来的创新方向。\n"
    )
    assert [t for t, _ in pairs(text)] == ["财政纵向补偿", "地区间横向补偿", "市场化补偿"]
