"""policyterms as a spaCy pipeline component (``pip install 'policyterms[spacy]'``).

Importing this module registers the factory ``policyterms`` (spaCy also finds it through
the package's ``spacy_factories`` entry point, so a saved pipeline loads without the
import)::

    import spacy
    import policyterms.integrations.spacy  # noqa: F401

    nlp = spacy.blank("zh")
    nlp.add_pipe("policyterms", config={"scope": "上海市金山区"})
    doc = nlp("加快“四好农村路”建设")
    for span in doc.spans["policyterms"]:
        print(span.text, span.kb_id_, span._.policyterms_definition)

Each mention becomes a :class:`~spacy.tokens.Span` in ``doc.spans[spans_key]``, its
``kb_id_`` the sense id (as an entity linker would give it) and its ``label_`` the
config's ``label``. Like scispaCy's linkers, the rest rides on extensions:
``Span._.policyterms_record`` holds the mention's JSON record (the ``jsonl`` record of
``policyterms annotate``: JSON-serialisable, so ``DocBin(store_user_data=True)`` keeps it),
and read-only ``Span._.policyterms_<key>`` attributes read one key of it: ``sense_id``,
``term``, ``scope``, ``definition``, ``origin``, ``components``, ``en``, ``en_source``,
``citations``, ``chosen_by``, ``alternatives``, ``start``, ``end`` (the exact character
offsets of the mention).

Mentions are found on ``doc.text`` and mapped to tokens with
``doc.char_span(start, end, alignment_mode="expand")``: with a word segmenter a span covers
every token the mention touches, so ``span.text`` may be longer than the mention; the
record's ``start``/``end``/``text`` are exact. ``spacy.blank("zh")`` segments characters,
so there the span is the mention itself.

Config: ``scope`` (prefer the senses of this place), ``glossary`` (paths of your own
glossary files or folders, added over the shipped one), ``shipped`` (``false``: only
``glossary``), ``learn`` (learn each document's own definitions first, as ``annotate``
does; on by default), ``unknown`` (also mark jargon no glossary defines), ``overlaps``,
``references`` (also mark reference senses), ``furniture`` (also annotate a web page's
breadcrumbs and banners), ``spans_key`` and ``label``.
"""

from typing import Any, Callable, List, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from policyterms.annotate.annotator import Annotator
from policyterms.annotate.choice import check_scope
from policyterms.glossary.model import Glossary
from policyterms.glossary.load import load_glossary
from policyterms.mining.learn import layered, learn, unknown_jargon

__all__ = ["PolicytermsComponent", "make_policyterms", "RECORD_KEYS"]

#: The keys of a mention record that ``Span._.policyterms_<key>`` reads.
RECORD_KEYS = (
    "sense_id",
    "term",
    "scope",
    "definition",
    "origin",
    "components",
    "en",
    "en_source",
    "citations",
    "chosen_by",
    "alternatives",
    "start",
    "end",
)


def _getter(key: str) -> Callable[[Span], Any]:
    def get(span: Span) -> Any:
        record = span._.policyterms_record
        return None if record is None else record[key]

    return get


def _register_extensions() -> None:
    """``Span._.policyterms_record`` and a read-only getter per record key; idempotent."""
    if not Span.has_extension("policyterms_record"):
        Span.set_extension("policyterms_record", default=None)
    for key in RECORD_KEYS:
        if not Span.has_extension(f"policyterms_{key}"):
            Span.set_extension(f"policyterms_{key}", getter=_getter(key))


class PolicytermsComponent:
    """Annotates ``doc.text`` and stores every mention as a span (see the module doc)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "policyterms",
        *,
        scope: Optional[str] = None,
        glossary: Optional[List[str]] = None,
        shipped: bool = True,
        learn: bool = True,
        unknown: bool = False,
        overlaps: bool = False,
        references: bool = False,
        furniture: bool = False,
        spans_key: str = "policyterms",
        label: str = "POLICYTERM",
    ) -> None:
        _register_extensions()
        self.name = name
        if not glossary and not shipped:
            raise ValueError("policyterms: shipped=false leaves no glossary; give 'glossary' paths")
        self.glossary: Glossary = load_glossary(glossary, shipped=shipped) if glossary else load_glossary()
        self.scope = check_scope(scope, self.glossary) if scope is not None else None
        self.learn = learn
        self.unknown = unknown
        self.overlaps = overlaps
        self.references = references
        self.furniture = furniture
        self.spans_key = spans_key
        self.label = label
        # Without learning every document is annotated against the same glossary: compile once.
        self._annotator = None if (learn or unknown) else self._annotator_over(self.glossary)

    def _annotator_over(self, glossary: Glossary) -> Annotator:
        return Annotator(
            glossary, scope=self.scope, overlaps=self.overlaps, references=self.references, furniture=self.furniture
        )

    def annotator(self, text: str) -> Annotator:
        """The annotator for one document: the glossary with what the document defines
        (and, with ``unknown``, the jargon nothing defines) layered over it."""
        if self._annotator is not None:
            return self._annotator
        glossary = self.glossary
        if self.learn:
            glossary = layered(glossary, learn(text))
        if self.unknown:
            glossary = layered(glossary, unknown_jargon(text, glossary))
        return self._annotator_over(glossary)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for annotation in self.annotator(doc.text).annotate(doc.text):
            span = doc.char_span(
                annotation.start, annotation.end, label=self.label, kb_id=annotation.sense_id, alignment_mode="expand"
            )
            if span is None:  # pragma: no cover - "expand" aligns any non-empty range
                continue
            span._.policyterms_record = annotation.to_json()
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "policyterms",
    default_config={
        "scope": None,
        "glossary": [],
        "shipped": True,
        "learn": True,
        "unknown": False,
        "overlaps": False,
        "references": False,
        "furniture": False,
        "spans_key": "policyterms",
        "label": "POLICYTERM",
    },
)
def make_policyterms(
    nlp: Language,
    name: str,
    scope: Optional[str],
    glossary: List[str],
    shipped: bool,
    learn: bool,
    unknown: bool,
    overlaps: bool,
    references: bool,
    furniture: bool,
    spans_key: str,
    label: str,
) -> PolicytermsComponent:
    """The ``policyterms`` factory (see the module doc for the config)."""
    return PolicytermsComponent(
        nlp,
        name,
        scope=scope,
        glossary=list(glossary) or None,
        shipped=shipped,
        learn=learn,
        unknown=unknown,
        overlaps=overlaps,
        references=references,
        furniture=furniture,
        spans_key=spans_key,
        label=label,
    )


_register_extensions()
