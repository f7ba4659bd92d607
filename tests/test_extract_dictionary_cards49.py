"""The forty-ninth development set's dictionary cards (P1695, P1713, P1714): sense headings with the headword glued on
(``户长的意思详解``, ``户长的国语辞典``, ``国语辞典院长``, ``院长 其它解释``) read as headwords, senses run into one line after
``解释`` (``1.… 2.…``), a sense naming the word after its gloss (``…称为「户长」。``), citation lines (``引宋 司马光 《…》…:“…”``)
read as spaced headwords, a sense dated to an era (``⒈ 旧时指…``) read as the term ``旧时``, and a sentence of other names
(``亦称“土户”、“正户”。``) opening a gloss."""

from __future__ import annotations

from conftest import pairs
from policyterms.mining.extract_layouts.reference import sense_heading_term


_HUZHANG = (
    "基本信息\n"
    "词语:户长\n"
    "拼音: hù chánɡ\n"
    "户长的意思详解\n"
    "⒈ 宋代负责督催赋税的乡官。今谓户主。\n"
    "户长的国语辞典\n"
    "⒈ 户籍上登记为一户的负责人称为「户长」。\n"
    "户长的引证解释\n"
    "⒈ 宋 代负责督催赋税的乡官。\n"
    "引宋 司马光 《涑水记闻》卷十四:“有一村,多豪户,税不可督,所差户长輒逃去。”\n"
    "范文澜 蔡美彪 等《中国通史》第四编第一章第一节:“户长是里正的副手,乡书手助里正办理文书……户长由二等户,乡书手由三等户充当。”\n"
    "⒉ 今谓户主。\n"
)


def test_glued_sense_headings_give_the_words_senses():
    assert pairs(_HUZHANG) == [
        ("户长", "宋代负责督催赋税的乡官。今谓户主。"),
        ("「户长」", "户籍上登记为一户的负责人"),
        ("户长", "宋 代负责督催赋税的乡官。"),
        ("户长", "今谓户主。"),
    ]


def test_glued_sense_headings_are_told_from_other_headings():
    assert sense_heading_term("户长的引证解释") == "户长" and sense_heading_term("国语辞典院长") == "院长"
    # counter-test: a policy heading ending in 解释 and a bare sense heading name no word
    assert sense_heading_term("政策解释") is None and sense_heading_term("基本解释") is None


def test_senses_run_into_one_line_after_their_label():
    page = (
        "院长 基本解释\n"
        "解释 1.唐代御史﹑拾遗的别称。 2.唐时亦称翰林院学士承旨为院长。 3.即山长。旧时书院的主讲﹑主持者。清乾隆时改称院长。"
        "参阅清梁章巨《称谓录.书院掌教》。 4.宋元时对地方狱吏的尊称。\n"
        "-----------------\n"
        "国语辞典院长\n"
        "各公私机构或学校,以院为名者,其最高长官称为「院长」。如:「行政院院长」、「文学院院长」。\n"
        "宋时的低阶军官,司缉捕之事。《水浒传.第三八回》:「湖南一路,节级都称呼做院长。」\n"
        "院长 其它解释\n"
        "院长,这一称呼泛指以院为名称的单位的主管人员,一般是某种单位的法定责任人,例如,法院的“院长”,医院的“院长”,敬老院的“院长”等。\n"
    )
    assert pairs(page) == [
        ("院长", "唐代御史﹑拾遗的别称。"),
        ("院长", "唐时亦称翰林院学士承旨为院长。"),
        ("院长", "即山长。旧时书院的主讲﹑主持者。清乾隆时改称院长。"),
        ("院长", "宋元时对地方狱吏的尊称。"),
        ("「院长」", "各公私机构或学校,以院为名者,其最高长官"),
    ]


def test_an_era_before_zhi_is_no_term_and_other_names_open_no_gloss():
    page = (
        "汉语大全>汉语词典>主户的意思\n"
        "zhǔ\n\n"
        "主户\n\n"
        "词语解释\n\n"
        "主户[ zhǔ hù ]\n\n"
        "⒈  旧时指世代居住在本地的人家(跟“客户”相对)\n\n"
        "the settled household;\n\n"
        "网络百科\n\n"
        "主户\n\n"
        "  • 亦称“土户”、“正户”。中国封建时代各地的土著人户,同* 客户相对称。主户为税户,承担赋役。\n"
    )
    assert pairs(page) == [
        ("主户", "旧时指世代居住在本地的人家(跟“客户”相对)"),
        ("主户", "中国封建时代各地的土著人户,同* 客户相对称。主户为税户,承担赋役。"),
    ]


def test_a_bare_zhi_headword_stays_a_term():
    # counter-test: a word that only begins like an era (旧时代, 今日) is a term before 指
    assert pairs("旧城区指城市中建成年代较早的区域。")[0][0] == "旧城区"
