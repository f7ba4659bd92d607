"""The sixty-fourth development set's official pages (Hong Kong, Macao and Taiwan courts, legislature, regulators,
research institutes): a manual's decimal-numbered 名詞定義 section (685, a government's archives-management manual),
whose headword lines are read as a standard's numbered terms are, only the section's own sub-clauses."""

from __future__ import annotations

from conftest import pairs


_MANUAL = (
    "1.1 範圍\n"
    "中央與地方各級機關(以下簡稱各機關)基於檔案業務之推動及發展需要,事先蒐集充分資料,設定具體目標。\n"
    "1.2 主要適用法令\n"
    "1.2.1 預算法。\n"
    "1.2.2 中央政府中程計畫預算編製辦法。\n"
    "1.3 名詞定義\n"
    "1.3.1 中程施政計畫\n"
    "依據各機關中程施政目標,訂定期程為4年之綜合策略計畫。\n"
    "1.3.2 中長程個案計畫\n"
    "以業務功能別,依據中長程施政目標,訂定期程超過2年之個案計畫。各機關檔案管理如有訂定中長程個案計畫之需求者,"
    "應參考行政院所屬各機關中長程個案計畫編審要點及各地方政府所訂之相關規定辦理。\n"
    "1.3.4 檔案管理年度計畫\n"
    "係指各機關為辦理檔案管理及應用推廣,依據檔案法第4條規定及檔案管理中長程個案計畫之分年績效目標,所訂定之當年度檔案管理計畫。\n"
    "1.4 處理要領\n"
    "各機關依年度計畫辦理檔案管理工作。\n"
)


def test_a_manuals_numbered_definitions_section_gives_its_headwords_and_glosses():
    assert pairs(_MANUAL) == [
        ("中程施政計畫", "依據各機關中程施政目標,訂定期程為4年之綜合策略計畫。"),
        (
            "中長程個案計畫",
            "以業務功能別,依據中長程施政目標,訂定期程超過2年之個案計畫。各機關檔案管理如有訂定中長程個案計畫之需求者,"
            "應參考行政院所屬各機關中長程個案計畫編審要點及各地方政府所訂之相關規定辦理。",
        ),
        (
            "檔案管理年度計畫",
            "係指各機關為辦理檔案管理及應用推廣,依據檔案法第4條規定及檔案管理中長程個案計畫之分年績效目標,所訂定之當年度檔案管理計畫。",
        ),
    ]


def test_the_next_sections_numbered_heading_is_no_term():
    # 1.4 處理要領 over a whole sentence is a later section of the manual, not a sub-clause of 1.3 名詞定義
    assert "處理要領" not in dict(pairs(_MANUAL))


def test_numbered_headings_without_a_definitions_section_are_no_terms():
    text = "1.3 工作項目\n1.3.1 檔案清查\n各機關應每年清查所保管之檔案。\n1.3.2 檔案鑑定\n各機關應定期鑑定檔案之保存價值。\n"
    assert pairs(text) == []
