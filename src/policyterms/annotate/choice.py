"""Which sense a surface takes in a document: the caller's scope, else the places and year
the document names (through the gazetteer), else the broadest; and why."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from policyterms.text.fold import fold
from policyterms.errors import PolicytermsError
from policyterms.glossary.gazetteer import PlaceFinder, load_gazetteer, province_names
from policyterms.glossary.model import DOCUMENT_SCOPE, NATIONAL_SCOPE, Glossary, Sense
from policyterms.annotate.annotation import ChosenBy


#: Sense choice looks for place names and the year in this many leading characters, the
#: same for whole-text and streamed annotation (documents state both near the top).
EVIDENCE_CHARS = 20_000


@dataclass(frozen=True)
class DocumentEvidence:
    """What a document says about itself: how often it names each place (keyed by scope:
    浙江省嘉兴市平湖市 for 平湖, 上海市嘉定区 for 嘉定), and its year."""

    place_counts: dict[str, int]
    year: int | None

    @cached_property
    def home_province(self) -> str | None:
        """The province the document is from: the one whose places (itself, its
        prefectures and counties) make up more than half of the places it names; ``None``
        when no province does (a national report naming many, a report naming two alike)
        or it names none."""
        total = sum(self.place_counts.values())
        if not total:
            return None
        by_province: dict[str, int] = {}
        for place, count in self.place_counts.items():
            region = province_of(place)
            if region in province_scopes():
                by_province[region] = by_province.get(region, 0) + count
        best = max(by_province.items(), key=lambda item: (item[1], item[0]), default=None)
        return best[0] if best is not None and 2 * best[1] > total else None

    @classmethod
    def from_text(
        cls,
        text: str,
        scopes: Iterable[str],
        masked: Iterable[str] = (),
        *,
        folded: str | None = None,
        finder: PlaceFinder[str] | None = None,
    ) -> DocumentEvidence:
        """Count place names in the first :data:`EVIDENCE_CHARS` characters of ``text``
        (``folded``: those characters already folded), in one pass.

        The places are the glossary's ``scopes`` and every division of the gazetteer
        (:mod:`policyterms.glossary.gazetteer`). ``masked`` are folded surfaces that contain a
        place name without naming the place (绿水青山就是金山银山 is not about 金山区):
        they count for nothing. ``finder``: that automaton, already built for these
        ``scopes`` and ``masked`` (see :func:`place_finder`).
        """
        if folded is None:
            folded = fold(text[:EVIDENCE_CHARS]).text
        if finder is None:
            finder = place_finder(frozenset(scopes), frozenset(masked))
        counts = finder.count(folded)
        year = re.search(r"(?:19|20)\d\d(?=年)", folded)
        return cls(dict(counts), int(year.group()) if year else None)


@lru_cache(maxsize=8)
def place_finder(scopes: frozenset[str], masked: frozenset[str] = frozenset()) -> PlaceFinder[str]:
    """One automaton over the gazetteer's evidence names, the names of the glossary's
    ``scopes`` (these win: a glossary's 普陀 is its own 上海市普陀区) and ``masked``
    surfaces, each name keyed by the scope it is evidence of."""
    targets: dict[str, str | None] = {
        name: division.scope if division else None for name, division in load_gazetteer().evidence_targets().items()
    }
    for scope in sorted(scopes):
        for name in _place_names(scope):
            targets[name] = scope
    for surface in masked:
        targets[surface] = None
    return PlaceFinder(targets)


def _place_names(scope: str) -> tuple[str, ...]:
    """How a document names the place of a scope: 上海市嘉定区 → 嘉定区, 嘉定."""
    if scope == NATIONAL_SCOPE:
        return ()
    last = re.split(r"(?<=[省市区县])", scope)
    place = [part for part in last if part][-1]
    bare = place[:-1] if len(place) > 2 and place[-1] in "省市区县" else place
    return tuple(dict.fromkeys(fold(name).text for name in (place, bare)))


def _specificity(scope: str) -> int:
    return 0 if scope == NATIONAL_SCOPE else len(scope)


def _scope_contains(outer: str, inner: str) -> bool:
    return outer == NATIONAL_SCOPE or inner.startswith(outer)


def _year_fits(sense: Sense, year: int | None) -> bool:
    if sense.years is None or year is None:
        return True
    first, last = sense.years
    return (first is None or first <= year) and (last is None or year <= last)


def choose_sense(
    senses: tuple[Sense, ...], scope: str | None, evidence: DocumentEvidence
) -> tuple[Sense, ChosenBy]:
    """Pick a sense: the one the document itself defines, else the caller's scope, else
    the document's own place names and year, else the broadest."""
    defined = tuple(s for s in senses if s.layer == "document")
    if not defined:
        return (senses[0], "only") if len(senses) == 1 else _choose_by_place(senses, scope, evidence)
    # several glossary senses may say what the document says: choose among them
    sense = defined[0] if len(defined) == 1 else _choose_by_place(defined, scope, evidence)[0]
    return sense, "unknown" if sense.definition is None and sense.origin is None and sense.scope == DOCUMENT_SCOPE else "learned"


def _choose_by_place(
    senses: tuple[Sense, ...], scope: str | None, evidence: DocumentEvidence
) -> tuple[Sense, ChosenBy]:
    fitting = [s for s in senses if _year_fits(s, evidence.year)] or list(senses)
    if scope:
        containing = [s for s in fitting if _scope_contains(s.scope, scope)]
        if containing:
            return max(containing, key=lambda s: _specificity(s.scope)), "scope"
    counts = evidence.place_counts
    total = sum(counts.values())
    # A sense is in the running when the document names places inside its scope and
    # comes from its province: that province (with its prefectures and counties) holds
    # at least half of the places the document names. A national report naming a dozen
    # provinces once each gets no local sense.
    within = {
        s.id: sum(n for place, n in counts.items() if _scope_contains(s.scope, place))
        for s in fitting
        if s.scope != NATIONAL_SCOPE
    }
    running = [
        s
        for s in fitting
        if within.get(s.id) and 2 * sum(n for place, n in counts.items() if place.startswith(province_of(s.scope))) >= total
    ]
    if running:
        # The scope holding most mentions; then, while a narrower scope inside it holds
        # at least half of those, that one (嘉定 named more than the rest of 上海市).
        best = max(running, key=lambda s: (within[s.id], _specificity(s.scope)))
        while True:
            inner = [
                s
                for s in running
                if s.scope != best.scope and _scope_contains(best.scope, s.scope) and 2 * within[s.id] >= within[best.id]
            ]
            if not inner:
                return best, "document"
            best = max(inner, key=lambda s: (within[s.id], _specificity(s.scope)))
    return min(fitting, key=lambda s: _specificity(s.scope)), "broadest"


def is_foreign(sense: Sense, home: str | None) -> bool:
    """Whether ``sense`` belongs to another province than the document's ``home``: a
    slogan of 浙江 is not what the same words mean in a report from 江西."""
    if home is None or sense.scope == NATIONAL_SCOPE or sense.layer == "document":
        return False
    region = province_of(sense.scope)
    return region in province_scopes() and region != home


@lru_cache(maxsize=1)
def province_scopes() -> frozenset[str]:
    return frozenset(province_names())


def names_a_place_outside(surface: str, senses: Iterable[Sense], finder: PlaceFinder[str]) -> bool:
    """Whether ``surface`` names a place that lies outside the region of one of its
    ``senses`` (every place is outside the nation's "region": a national slogan is no
    evidence of any place)."""
    places = finder.count(surface)
    return bool(places) and any(
        sense.scope == NATIONAL_SCOPE or any(province_of(place) != province_of(sense.scope) for place in places)
        for sense in senses
    )


@lru_cache(maxsize=1024)
def province_of(scope: str) -> str:
    """The province a scope lies in (上海市 for 上海市测试区), or the scope itself when it
    starts with no province's name."""
    return next((name for name in province_names() if scope.startswith(name)), scope)


def check_scope(scope: str, glossary: Glossary) -> str:
    """Return ``scope`` if it names a place the glossary can speak of: 全国, one of its
    scopes, a place inside one (上海市浦东新区 is inside 上海市), or any division of the
    gazetteer (浙江省嘉兴市平湖市). Raises otherwise, so a typo such as 嘉定区 for
    上海市嘉定区 is not silently read as "no local sense applies"; the hint then names
    the divisions the typo may mean."""
    known = sorted(glossary.scopes | {NATIONAL_SCOPE})
    if scope in known or any(scope.startswith(k) for k in known if k != NATIONAL_SCOPE):
        return scope
    gazetteer = load_gazetteer()
    if gazetteer.division_of_scope(scope) is not None:
        return scope  # a real division (浙江省嘉兴市平湖市), though the glossary has no sense of it yet
    hint = "scopes in the glossary: " + ", ".join(known)
    places = [division.scope for division in gazetteer.place_of(scope)]
    if places:
        hint = "a scope is written from the province down: " + " or ".join(places[:6]) + "; " + hint
    raise PolicytermsError(f"unknown scope '{scope}'", hint=hint)
