"""An answer that quotes its source before restating the asked term: ``什么是政协提案?`` /
``《中国人民政治协商会议全国委员会提案工作条例》总则第二条指出:政协提案是…`` (202). The attribution — a document named in
title marks with its article, or a speaker or body of up to 15 characters, then its verb of saying or ruling and a colon
or comma — is a frame, no part of the definition, as a lead-in ``据…介绍,`` is none (P540's gold) and the topics pass leaves
``…指出,`` out; the definition opens at the verb after the restated term, as in an answer restating its title without one."""

from __future__ import annotations

import re

_SPACES = r"[\s\u3000]*"
# The part of the law cited and its revision in brackets, after a space (《医疗器械监督管理条例》 第八章附则(2024年12月6日第二次修订)规定,
# P2786, a software firm's FAQ quoting a regulation as a law site would): the citation goes on to its verb.
_PART_AND_REVISION = r"[^,，。；;:：“”「」《》()（）\s]{1,12}[(（][^()（）\n]{2,24}[)）]"
# 《…》 (an article, a chapter or 总则 may follow), or a speaker or body without punctuation; then the verb and its colon.
_ATTRIBUTION = re.compile(
    rf"{_SPACES}(?:(?:根据|根據|依据|依據|按照)?《[^》\n]{{2,40}}》(?:[^,，。；;:：“”「」《》\s]{{0,12}}?|{_SPACES}{_PART_AND_REVISION})"
    r"|(?!根据|根據|据|據)[^,，。；;:：“”「」《》()（）\s]{2,15}?)"
    rf"(?:指出|规定|規定|明确|明確|写道|寫道|表述为|表述為|阐明|闡明|强调|強調){_SPACES}[:：,，]{_SPACES}"
)


def attribution_end(explanation: str, term: str) -> int:
    """Where the text after an attribution frame opening ``explanation`` starts, when it restates ``term`` right there
    (quoted or not); -1 otherwise (no frame, or a frame over something else: ``习近平总书记指出,要…``).

    >>> attribution_end("《中国人民政治协商会议全国委员会提案工作条例》总则第二条指出:政协提案是政协委员…提出的书面意见和建议。", "政协提案")
    31
    >>> attribution_end("国务院办公厅指出,“一网通办”是指…", "一网通办"), attribution_end("习近平总书记指出,要优化营商环境。", "营商环境")
    (9, -1)
    """
    frame = _ATTRIBUTION.match(explanation)
    if frame is None:
        return -1
    at = frame.end()
    bare = re.sub(r"[“”\"「」『』]", "", term).strip(" \t\u3000")
    rest = re.sub(r"^[“\"「『]", "", explanation[at : at + len(term) + 2])
    return at if bare and rest.startswith(bare) else -1
