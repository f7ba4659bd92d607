"""The subject of an encyclopedia's or a dictionary card's lead sentence before its 指: what stands between the headword
and the marker, and what only looks like a headword there.

* :func:`without_foreign_label` — ``乡村,(英語: rural )指…`` (P780): a bracketed foreign name with its language label,
  after the headword (a comma may stand before it), is no part of the term, nor is an English name set off by a space with
  its abbreviation (``按病种分值付费 diagnosis-intervention packet,DIP,指…``, P1030);
* :func:`without_english_words` — ``无废城市(zero-waste city)是…`` (P1519), ``贸易顺差(trade surplus)指的是…`` (P1549): an
  English translation in lower-case words, bracketed between the headword and its marker, is no part of the term (a name
  in capitals or with its abbreviation, ``网格员(Grid Member)``, ``居民消费价格指数(CPI)``, stays as written);
* :func:`apposed_genus` — ``飞地,一种特殊的人文地理现象,指…`` (P776): a verbless genus in apposition (一种…, 一类…)
  between the headword and 指 opens the definition;
* :func:`naming_predicate` — ``…;居住环境上为对应于城市的称谓,指…`` (P780): a clause saying what the word is the name of
  (…上为…的称谓: in one respect it is the name of …), its subject left out, goes on the definition before it, no headword.
"""

from __future__ import annotations

import re

__all__ = ["without_foreign_label", "without_english_words", "apposed_genus", "naming_predicate"]

_SPACE = " \t\u3000\xa0"

# A bracketed foreign name with its language label (英語: rural, 英文:Rural Area, English: rural), a comma before it.
_FOREIGN_LABEL = re.compile(
    r"(?P<term>.+?)[,，]?[\s\u3000]*[(（][\s\u3000]*(?:英語|英语|英文|英|English|法語|法语|日語|日语|德語|德语)[\s\u3000]*[:：]"
    r"[\s\u3000]*[A-Za-z][^()（）:：]{0,60}[)）]"
)


# An English name written after the headword without brackets, set off by a space, and its abbreviation after a comma
# (按病种分值付费 diagnosis-intervention packet,DIP,指…, P1030, a terminology wiki's card): no part of the term.
_SPACED_ENGLISH = re.compile(
    r"(?P<term>[^\s\u3000,，。；;:：()（）A-Za-z]{2,25})[\s\u3000]+[a-z][A-Za-z'’\-]*(?:[\s\u3000]+[A-Za-z][A-Za-z'’\-]*){0,10}"
    r"(?:[,，][\s\u3000]*[A-Z][A-Z0-9\-]{1,9})?[,，]?"
)


def without_foreign_label(term: str) -> str | None:
    """``term`` without its bracketed foreign name and language label, or without an English name and abbreviation set off
    by a space, or None when it has none.

    >>> without_foreign_label("乡村,(英語: rural )"), without_foreign_label("碳中和(英文:carbon neutrality)")
    ('乡村', '碳中和')
    >>> without_foreign_label("按病种分值付费 diagnosis-intervention packet,DIP,")
    '按病种分值付费'
    >>> without_foreign_label("乡村(rural)") is None, without_foreign_label("居民消费价格指数(CPI)") is None
    (True, True)
    >>> without_foreign_label("GDP 平减指数") is None, without_foreign_label("PM2.5 浓度") is None
    (True, True)
    """
    labelled = _FOREIGN_LABEL.fullmatch(term.strip(_SPACE)) or _SPACED_ENGLISH.fullmatch(term.strip(_SPACE))
    return labelled.group("term").strip(_SPACE) if labelled else None


# A translation in lower-case English words (zero-waste city, trade surplus) in brackets closing the term.
_LOWER_ENGLISH = re.compile(r"(?P<term>.*[\u4e00-\u9fff”」])[(（][\s\u3000]*[a-z][a-z'’\-]*(?:[\s\u3000]+[a-z][a-z'’\-]*){1,6}[\s\u3000]*[)）]")


def without_english_words(term: str) -> str | None:
    """``term`` without a bracketed translation in lower-case English words closing it (two words at least), or None.

    >>> without_english_words("无废城市(zero-waste city)"), without_english_words("贸易顺差(trade surplus)")
    ('无废城市', '贸易顺差')
    >>> without_english_words("网格员(Grid Member)") is None, without_english_words("居民消费价格指数(CPI)") is None
    (True, True)
    >>> without_english_words("乡村(rural)") is None, without_english_words("PM2.5(fine particles)") is None
    (True, True)
    """
    english = _LOWER_ENGLISH.fullmatch(term.strip(_SPACE))
    return english.group("term").strip(_SPACE) if english else None


# A verbless genus: a numeral one and a classifier, then a noun phrase without a verb of its own (一种特殊的人文地理现象,
# 一類新型的經濟形態); not a clause (一个地区在一定时期内…的总和 is a noun phrase too, but 一些人认为 is a clause).
_GENUS = re.compile(r"(?:一种|一種|一类|一類|一项|一項|一门|一門)[^,，。；;:：!！?？]{2,30}")
_CLAUSE_VERB = re.compile(r"认为|認為|表示|指出|说|說|称|稱|觉得|覺得")


def apposed_genus(between: str) -> bool:
    """Whether ``between`` — what stands between a headword's comma and the comma before 指 — is a verbless genus in
    apposition, which opens the definition (``飞地,一种特殊的人文地理现象,指…``).

    >>> apposed_genus("一种特殊的人文地理现象"), apposed_genus("一類新型的經濟形態")
    (True, True)
    >>> apposed_genus("一种说法认为"), apposed_genus("据报道"), apposed_genus("2015年")
    (False, False, False)
    """
    text = between.strip(_SPACE)
    return _GENUS.fullmatch(text) is not None and _CLAUSE_VERB.search(text) is None


# What a word is the name of, its subject left out (居住环境上为对应于城市的称谓, 是对…的统称): a predicate, no headword.
_NAMING_PREDICATE = re.compile(
    r"[^,，。；;:：是为為]{1,10}上(?:为|為)[^,，。；;:：]{1,30}的(?:称谓|稱謂|称呼|稱呼|名称|名稱|统称|統稱|总称|總稱|说法|說法|叫法)"
)


def naming_predicate(subject: str) -> bool:
    """Whether the words before a marker say what the word just defined is the name of (``居住环境上为对应于城市的称谓,
    指…``): a verbless predicate going on that definition, no headword of its own.

    >>> naming_predicate("居住环境上为对应于城市的称谓"), naming_predicate("行政区划上為鄉鎮以下的統稱")
    (True, True)
    >>> naming_predicate("城市的称谓"), naming_predicate("以人民为中心的发展思想"), naming_predicate("三农为农业、农村、农民的统称")
    (False, False, False)
    """
    return _NAMING_PREDICATE.fullmatch(subject.strip(_SPACE + ",，")) is not None
