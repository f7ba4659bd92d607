"""A statistics release's metadata note (台灣's ``統計資料背景說明``, the same template on every county's and ministry's
site: ``統計地區範圍及對象:…``, ``統計標準時間:…``, ``統計單位:…``, ``統計分類:…``, ``發布週期:年``, ``時效:45日``,
``資料變革:無``, ``同步發送單位:…``, starred, bulleted or in table cells, 224, 226). The template's own labels are fields of a form, their
values a release's scope, dates and units: a reader asking what ``統計標準時間`` means gets a county's reporting date
instead, so an entry under such a label is dropped. What the note defines are the items under ``統計項目定義:`` (read
by the colon passes) and a gloss the form prints inside a label's brackets (``*時效(指統計標準時間至資料發布時間之間隔時間):45日``,
``發布週期(指資料編製或產生之頻率,如月、季、年等):年``): an entry of the label, the value after the colon left out
(as P575's bracketed gloss). A service card's field labels (服務對象及申請資格, 服務結果, 查詢途徑) are dropped alike, and so is a questionnaire part listing
its items (``(一)自用貨車部分:包括 1.車輛基本資料:牌照號碼、…``, 318)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyterms.mining.extract_layouts.common import Found, _L, _SPACE

__all__ = ["bracketed_label_glosses", "metadata_labels_dropped", "named_item_definition"]

# The template's field labels, in traditional and simplified characters (统计资料背景说明 copies in the mainland's
# characters exist too). 統計項目定義 announces the definitions and is no entry either.
_METADATA_LABEL = re.compile(
    r"(?:統計|统计)(?:地區|地区)?(?:範圍|范围)(?:及|与|與)?(?:對象|对象)?|(?:統計|统计)(?:標準|标准)(?:時間|时间)|(?:統計|统计)(?:單位|单位)"
    r"|(?:統計|统计)(?:分類|分类)|(?:統計|统计)(?:項目|项目)(?:定義|定义)|(?:發布|发布)(?:週期|周期)|(?:時效|时效)|(?:資料|资料)(?:變革|变革)"
    r"|(?:發布|发布)(?:機關|机关)(?:、|及)?(?:單位|单位)?|(?:編製|编制)(?:單位|单位)|(?:發布|发布)(?:形式|方式)|(?:公開|公开)(?:資料|资料)?(?:發布|发布)(?:時間|时间)"
    # section 四 of the template (公開資料發布訊息): the release's date and the offices sent the table at once (276)
    r"|(?:預告|预告)(?:發布|发布)(?:日期|時間|时间)|(?:同步|同時|同时)(?:發送|发送)(?:單位|单位)"
    # the table's axes the 統計分類 field names in turn (*統計分類: / (一)縱項目:依遊客人次…別分。 / (二)橫項目:依…別分。, 453):
    # how the table is laid out, no term
    r"|(?:縱|纵|橫|横)(?:項目|项目|向)"
    # the same field under the name a city's open-data metadata and an audit's statistics note give it (三、分類標準:橫項依
    # 「被害人年齡」…分;縱項依…分。, 621; 三、 分類標準: (一) 縱行項目按會計科目區分為…, 435): how the table is split, no term
    r"|(?:分類|分类)(?:標準|标准)"
    # the compiling note's method field (五、 資料蒐集方法及編製程序:由本部統計室依據…編製。, 435): who compiles it from what
    r"|(?:資料|资料)(?:蒐集|收集|搜集)(?:方法|方式)(?:及|與|与|和)?(?:(?:編製|编制)(?:程序|方法)?)?"
    # a census or survey plan's points (調查實施計畫: 一、法令依據:…依據統計法… / 二、普查標準時期:以…為普查標準日 / 三、普查實施
    # 期間:…起至…止 / 四、普查區域範圍:…, 599): the plan's legal basis, reference dates, field period and scope, no term
    r"|(?:法令|法源)(?:依據|依据)|(?:普查|調查|调查)(?:標準|标准)(?:時期|时期|時間|时间|日期)|(?:普查|調查|调查)(?:實施|实施)?(?:期間|期间)"
    r"|(?:普查|調查|调查)(?:區域|区域|地區|地区|行業|行业)?(?:範圍|范围)"
)
# A government service card's (办事指南) field labels, the same form on every portal: who may apply, the result, how to
# ask (服務對象及申請資格 / 符合第17/2019號法律…之申請條件者。, 服務結果 / 根據房屋供應情況,…分配單位。, 313); their
# values are a service's conditions and outcome, no meaning of the label.
_SERVICE_LABEL = re.compile(
    r"(?:服務|服务)(?:對象|对象)(?:及|与|與|和)?(?:申請|申请)?(?:資格|资格|條件|条件)?|(?:申請|申请)(?:資格|资格|條件|条件)"
    r"|(?:服務|服务|辦理|办理)(?:結果|结果|簡介|简介)|(?:查詢|查询|諮詢|咨询)(?:途徑|途径|方式)|(?:辦理|办理)(?:時限|时限|地點|地点)"
)
# A label line of such a form: bullets, stars, a cell bar before it; the label, its gloss in brackets opening with 指,
# a colon and a short value (年, 45日, 無), the line ending there or at a cell bar.
_BRACKETED_LABEL = re.compile(
    r"[\s\u3000|｜]*[*＊•·●▪◦\-]*[\s\u3000]*(?P<term>[^\s\u3000()（）:：,，。；;*＊•|]{2,10})"
    r"[(（](?P<definition>(?:指|係指|系指|是指)[^()（）\n]{4,80})[)）][\s\u3000]*[:：][\s\u3000]*"
    r"[^\s\u3000。；;!！?？:：|]{0,10}[\s\u3000]*[|｜]?[\s\u3000]*$"
)


# A form's remarks field (備註, 附註, 其他, 說明): its bracket says what to write in it, no meaning of a word.
_REMARK_FIELD = re.compile(r"(?:其他|其它)?(?:[备備][注註考]|附[注註]|其他|其它|[说說]明)(?:[事][项項]|[栏欄])?")


# A label's value opening as a definition (时效:指…, a legal glossary's term) is one, whatever the label.
_DEFINED = re.compile(r"[\s\u3000]*(?:是指|係指|系指|指(?![出明定示导導])|即)")


# A part of a survey or form listing its items (統計項目定義: / (一)自用貨車部分:包括 1.車輛基本資料:牌照號碼、車種、…。
# 2.裝卸貨物狀況:…, 318): what each part of the questionnaire collects, its contents, no meaning of the part.
_PART_CONTENTS = re.compile(r"[\s\u3000]*(?:包括|包含|含)[\s\u3000:：]*(?:1|一|１)[.、．)）]")


def _lists_a_parts_items(entry: Found) -> bool:
    """Whether ``entry`` is a questionnaire part (``…部分``) listing the numbered items it contains: contents, no definition."""
    return entry.term.strip(_SPACE).endswith("部分") and _PART_CONTENTS.match(entry.definition) is not None


# A breakdown the release is classified by (統計分類: / (一)基本分類:除編算總指數外,下分7個大類,… / 1.商品性質別分類:分商品類及服務類2個
# 大類,… / 3.所得層級別:分低(…)、中(…)、高(…)等3種所得層級別指數。, 399, the consumer price index's note): a label naming a
# classification or a "by X" breakdown (…分類, …別), its value saying what it is divided into (分…, 下分…, 分為…), gives the
# table's kinds, no meaning of the label (as 224's and 226's 分为 values, 453's 縱項目/橫項目). A value opening with a marker
# (性別:指…) still defines, and a label naming no breakdown (分級診療:分級…) is untouched.
_BREAKDOWN_LABEL = re.compile(r"[^\s\u3000]{1,12}(?:分類|分类|別|别)")
_DIVIDED_INTO = re.compile(r"[\s\u3000]*(?:除[^,，。；;]{1,20}外[,，][\s\u3000]*)?(?:下|再|共)?分(?:為|为|成)?(?![析配享擔担開开別别])")


def _breakdown(entry: Found) -> bool:
    """Whether ``entry`` is a breakdown's label and the kinds it divides into (``_BREAKDOWN_LABEL``, ``_DIVIDED_INTO``).

    >>> _breakdown(Found("所得層級別", "分低(可支配所得最低20%家庭)、中、高等3種所得層級別指數。", "", 1, 0, 1))
    True
    >>> _breakdown(Found("性別", "指男性或女性。", "", 1, 0, 1)), _breakdown(Found("分級診療", "分級實施診療。", "", 1, 0, 1))
    (False, False)
    """
    term = entry.term.strip(_SPACE + "*＊•·|")
    return _BREAKDOWN_LABEL.fullmatch(term) is not None and _DIVIDED_INTO.match(entry.definition) is not None


def metadata_labels_dropped(found: list[Found]) -> list[Found]:
    """``found`` without the entries whose headword is one of the metadata template's field labels (module docstring).

    >>> f = [Found("統計標準時間", "以每年年底之事實為準。", "", 1, 0, 1), Found("座落地點", "指各該建物所座落之鄉鎮村里別名稱。", "", 2, 2, 3)]
    >>> [e.term for e in metadata_labels_dropped(f)]
    ['座落地點']
    >>> [e.term for e in metadata_labels_dropped([Found("服務結果", "根據房屋供應情況,按序向合資格家團分配單位。", "", 1, 0, 1)])]
    []
    >>> [e.term for e in metadata_labels_dropped([Found("營業貨車部分", "包括1.公司基本資料:統一編號、公司行號名稱。", "", 1, 0, 1)])]
    []
    >>> [e.term for e in metadata_labels_dropped([Found("預告發布日期(含預告方式及週期)", "每年終了後2個月又5日前上網發布。", "", 1, 0, 1)])]
    []
    >>> [e.term for e in metadata_labels_dropped([Found("分類標準", "依「寄養家庭戶數」、「寄養兒童及少年人數」、「寄養經費」分。", "", 1, 0, 1)])]
    []
    """
    return [
        entry
        for entry in found
        if not _lists_a_parts_items(entry) and not _breakdown(entry)
        and not any(label.fullmatch(_LABEL_ASIDE.sub("", entry.term.strip(_SPACE + "*＊•·|"))) for label in (_METADATA_LABEL, _SERVICE_LABEL))
        or _DEFINED.match(entry.definition)
    ]


# An aside in brackets after a field's label saying what else the field holds (預告發布日期(含預告方式及週期):每年終了後…, 498):
# the label is the template's all the same.
_LABEL_ASIDE = re.compile(r"[\s\u3000]*[(（](?:含|包括|包含|及)[^()（）]{1,20}[)）]$")


def bracketed_label_glosses(lines: list[_L], free: list[bool]):
    """``(line, entry)`` for each free line that is a form's label glossed in its brackets, then a short value
    (``*時效(指…):45日``): the label is the term, the bracketed ``指…`` its definition.

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("  • 發布週期(指資料編製或產生之頻率,如月、季、年等):年\\n調查對象(指本市常住戶):共計3000戶,抽樣產生。")
    >>> [(e.term, e.definition) for _, e in bracketed_label_glosses(ls, [True, True])]
    [('發布週期', '指資料編製或產生之頻率,如月、季、年等')]
    """
    for line in lines:
        if line.blank or not free[line.index]:
            continue
        match = _BRACKETED_LABEL.fullmatch(line.raw)
        if match is None or _REMARK_FIELD.fullmatch(match.group("term")):
            continue  # (備註(指其他需要說明之事項): / : a form's remarks field glossed by what to write in it, no term, review 50)
        end = match.end("definition")
        yield line.index, Found(
            match.group("term"), match.group("definition"), line.raw[match.start("term") : end + 1], line.index + 1, line.start + match.start("term"), line.start + end
        )


# The form's name of its data item (資料項目名稱: 消費者物價指數, 399; 統計項目名稱:) and its definition field (*統計項目定義:) alone on
# its line, over one headless value line (臺灣地區家庭購買消費性商品及服務之價格水準變動情形。) before the next field: the value defines
# the item the form is about, the only one it names, so it is that item's gloss. A definition field over items with headwords of
# their own ((一)埤:即…, 1.毒品:指…, 年齡:係指…, 475, 438, 680) is the colon passes', and a form naming no item gives nothing.
_ITEM_NAME = re.compile(
    r"[\s\u3000*＊•·]*(?:資料|资料|統計|统计)(?:項目|项目)(?:名稱|名称)[\s\u3000]*[:：][\s\u3000]*(?P<name>[^\s\u3000:：,，。；;|]{2,30})[\s\u3000]*"
)
_DEFINITION_FIELD = re.compile(r"[\s\u3000*＊•·]*(?:統計|统计)(?:項目|项目)(?:定義|定义)[\s\u3000]*[:：][\s\u3000]*")
# A value line with a headword of its own: numbered, or a label and its colon in its first words.
_OWN_HEADWORD = re.compile(r"[\s\u3000]*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[^\s\u3000,，。；;]{1,20}[:：])")
# A value that fills the field without defining: none (無。, 无。, 略。, 同上。), a pointer elsewhere (詳見附件說明。, 参见…) or a
# remark on the data themselves (本項資料按月發布。, 本表…): the form leaves the item undefined (review 73).
# (a bare 見/见 points only at a place of the document, 見附表。, 见下文: 見習生及學徒的每月平均工資。 opens on a word; and
# 本指標/本項 before 指 or 所稱 names the item to define it, 本指標指在統計期內從事有酬工作的人口。, review 74)
_POINTER = r"(?:詳見|详见|參見|参见|參閱|参阅|請見|请见|(?:見|见)(?=附|表|圖|图|下|上文|前文|後文|后文|第|註|注|說明|说明))"
_DATA_REMARK = r"本(?:項|项|表|資料|资料|統計|统计|指標|指标)(?![^。,，；;]{0,8}?(?:所[稱称]|[是係系]?指))"
_NO_DEFINITION_VALUE = re.compile(
    rf"[\s\u3000]*(?:(?:無|无|略|同上|不適用|不适用|暫無|暂无)[\s\u3000]*。$|{_POINTER}|{_DATA_REMARK})"
)
# The next field of the form: a starred or bulleted label, or a label line closing on its colon.
_NEXT_FIELD = re.compile(r"[\s\u3000]*(?:[*＊•·]|[^\s\u3000,，。；;]{2,20}[:：][\s\u3000]*$)")


def _next_text(lines: list[_L], k: int) -> int:
    """The index of the first line holding text after line ``k`` (``len(lines)`` if none)."""
    k += 1
    while k < len(lines) and lines[k].blank:
        k += 1
    return k


def named_item_definition(lines: list[_L], free: list[bool]) -> Iterator[tuple[int, Found]]:
    """``(line, entry)`` for a metadata form's one headless definition value, glossing the item the form names (see above).

    >>> from policyterms.mining.extract_layouts.common import _lines
    >>> ls = _lines("資料項目名稱: 消費者物價指數\\n\\n*統計項目定義:\\n\\n臺灣地區家庭購買消費性商品及服務之價格水準變動情形。\\n\\n*統計單位:")
    >>> [(e.term, e.definition) for _, e in named_item_definition(ls, [True] * len(ls))]
    [('消費者物價指數', '臺灣地區家庭購買消費性商品及服務之價格水準變動情形。')]
    """
    names = [m.group("name") for line in lines if (m := _ITEM_NAME.fullmatch(line.raw)) is not None]
    if len(set(names)) != 1:
        return
    for line in lines:
        if line.blank or not _DEFINITION_FIELD.fullmatch(line.raw):
            continue
        k = _next_text(lines, line.index)
        if k >= len(lines) or not free[k] or _OWN_HEADWORD.match(lines[k].raw) or not lines[k].raw.rstrip(_SPACE).endswith("。"):
            return
        if _NO_DEFINITION_VALUE.match(lines[k].raw):
            return  # 無。, 詳見附件說明。, 本項資料按月發布。: the field filled, the item not defined
        after = _next_text(lines, k)
        if after < len(lines) and not _NEXT_FIELD.match(lines[after].raw):
            return  # more lines of values: a list, not one gloss
        value = lines[k].raw.strip(_SPACE)
        at = lines[k].raw.index(value)
        yield k, Found(names[0], value, value, k + 1, lines[k].start + at, lines[k].start + at + len(value))
        return
