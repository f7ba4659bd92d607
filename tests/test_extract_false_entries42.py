"""False entries (the forty-second set): a place a sense holds in (在中国,指…) is no headword; a term opening with 在 is."""

from __future__ import annotations

from policyterms.mining.extract_layouts.general import normalise_headword
from conftest import pairs_unpinyined as pairs


P1279 = """输入需要查询的词语:
词条:厂长负责制
chǎng cháng fù zé zhì
在中国,指以厂长作为企业的主要负责人和法人代表,对企业的全部经济活动负全责的企业领导制度。在厂长负责制下,厂长全面领导企业的生产经营管理工作。
"""


def test_a_place_frame_is_no_headword():
    assert "在中国" not in [term for term, _ in pairs(P1279)]
    assert normalise_headword("在中国,", "指以厂长作为企业的主要负责人和法人代表的企业领导制度。") is None


def test_a_term_opening_with_zai_stays():
    # a yearbook's note (bundled pages): 在岗职工 is the term
    assert normalise_headword("在岗职工", "指在本单位工作并由单位支付工资的人员。") == ("在岗职工", "指在本单位工作并由单位支付工资的人员。")
