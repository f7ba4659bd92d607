"""The spaCy component on ``spacy.blank("zh")`` (character segmentation, no model to
download): spans, their extensions, token alignment, config, and serialisation."""

from __future__ import annotations

import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy", reason="spaCy is an optional extra: pip install '.[spacy]'")

from spacy.tokens import Doc, DocBin  # noqa: E402

import policyterms.integrations.spacy  # noqa: E402,F401  (registers the factory)
from conftest import sense_yaml  # noqa: E402
from policyterms.annotate.annotator import annotate  # noqa: E402
from policyterms.errors import PolicytermsError  # noqa: E402
from policyterms.glossary.load import load_glossary

TEXT = "加快“四好农村路”建设,形成产业发展“三张清单”。"
#: A report sentence that defines a term in place (learned) and a coinage nothing defines.
LEARNING = "着力解决“三老”问题，是指老人、老账、老粮。“三老”问题逐步化解。推进“飞地双创”。"


def pipeline(**config):
    nlp = spacy.blank("zh")
    nlp.add_pipe("policyterms", config=config)
    return nlp


@pytest.fixture(scope="module")
def jinshan_nlp():
    return pipeline(scope="上海市金山区")


def test_blank_chinese_segments_characters_offline():
    assert [t.text for t in spacy.blank("zh")("四好农村路")] == list("四好农村路")


def test_each_mention_is_a_span_with_its_sense_and_provenance(jinshan_nlp):
    doc = jinshan_nlp(TEXT)
    spans = list(doc.spans["policyterms"])
    assert [s.text for s in spans] == ["“四好农村路”", "“三张清单”"]
    roads = spans[0]
    assert roads.kb_id_ == roads._.policyterms_sense_id == "四好农村路@上海市金山区"
    assert roads.label_ == "POLICYTERM"
    assert roads._.policyterms_term == "四好农村路"
    assert roads._.policyterms_scope == "上海市金山区"
    assert roads._.policyterms_definition == "是指建好、管好、护好、运营好农村公路。"
    assert roads._.policyterms_origin == "quoted"
    assert roads._.policyterms_en == "Four Good Rural Roads"
    assert [c["text"] for c in roads._.policyterms_components] == ["建好", "管好", "护好", "运营好"]
    assert roads._.policyterms_citations[0]["title"] == "2020年上海市金山区政府工作报告"
    assert roads._.policyterms_chosen_by == "scope"
    assert (roads._.policyterms_start, roads._.policyterms_end) == (roads.start_char, roads.end_char)


def test_records_equal_the_library_annotations(jinshan_nlp):
    doc = jinshan_nlp(TEXT)
    expected = [a.to_json() for a in annotate(TEXT, scope="上海市金山区")]
    assert [s._.policyterms_record for s in doc.spans["policyterms"]] == expected


def test_word_tokens_are_expanded_to_cover_the_mention(jinshan_nlp):
    component = jinshan_nlp.get_pipe("policyterms")
    words = ["加快", "“四好", "农村路”建", "设"]
    doc = component(Doc(jinshan_nlp.vocab, words=words, spaces=[False] * len(words)))
    (span, _) = (*doc.spans["policyterms"], None)
    assert span.text == "“四好农村路”建"  # whole tokens, the mention inside
    assert doc.text[span._.policyterms_start : span._.policyterms_end] == "“四好农村路”"


def test_a_text_without_terms_gets_an_empty_group(jinshan_nlp):
    doc = jinshan_nlp("今天天气很好。")
    assert list(doc.spans["policyterms"]) == []


def test_learning_and_unknown_jargon_follow_the_config():
    doc = pipeline()(LEARNING)  # a SpanGroup lives only as long as its Doc: keep it
    learned = {s._.policyterms_term: s for s in doc.spans["policyterms"]}
    assert learned["三老"]._.policyterms_origin == "learned"
    assert learned["三老"]._.policyterms_chosen_by == "learned"
    plain = pipeline(learn=False)(LEARNING)
    assert "三老" not in {s._.policyterms_term for s in plain.spans["policyterms"]}
    marked_doc = pipeline(unknown=True)(LEARNING)
    marked = {s._.policyterms_term: s for s in marked_doc.spans["policyterms"]}
    assert marked["飞地双创"]._.policyterms_chosen_by == "unknown"
    assert marked["飞地双创"]._.policyterms_definition is None


def test_a_user_glossary_alone(glossary):
    glossary.senses(sense_yaml("测试专用词"))
    nlp = pipeline(glossary=[str(glossary.root)], shipped=False, learn=False, spans_key="terms", label="TERM")
    doc = nlp("推进测试专用词,加快“四好农村路”建设")
    assert [(s.text, s.label_) for s in doc.spans["terms"]] == [("测试专用词", "TERM")]


def test_bad_config_fails_when_the_pipe_is_added():
    with pytest.raises(PolicytermsError, match="unknown scope"):
        pipeline(scope="嘉定区")
    with pytest.raises(ValueError, match="no glossary"):
        pipeline(shipped=False)


def test_records_survive_docbin_and_the_pipeline_survives_to_disk(jinshan_nlp, tmp_path):
    doc = jinshan_nlp(TEXT)
    stored = DocBin(store_user_data=True)
    stored.add(doc)
    (again,) = DocBin(store_user_data=True).from_bytes(stored.to_bytes()).get_docs(jinshan_nlp.vocab)
    assert [s._.policyterms_sense_id for s in again.spans["policyterms"]] == [
        s._.policyterms_sense_id for s in doc.spans["policyterms"]
    ]
    jinshan_nlp.to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    assert loaded.get_pipe_config("policyterms")["scope"] == "上海市金山区"
    reloaded = loaded(TEXT)
    assert [s.kb_id_ for s in reloaded.spans["policyterms"]] == [s.kb_id_ for s in doc.spans["policyterms"]]


def test_a_saved_pipeline_loads_without_importing_the_integration(jinshan_nlp, tmp_path):
    # the package's spacy_factories entry point names the factory
    jinshan_nlp.to_disk(tmp_path / "nlp")
    script = (
        "import sys, spacy; nlp = spacy.load(sys.argv[1]); doc = nlp('加快“四好农村路”建设');"
        "print(*[s.kb_id_ for s in doc.spans['policyterms']])"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "nlp")], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["四好农村路@上海市金山区"]


def test_nlp_pipe_annotates_every_document(jinshan_nlp):
    docs = list(jinshan_nlp.pipe([TEXT, "今天天气很好。", TEXT]))
    assert [len(d.spans["policyterms"]) for d in docs] == [2, 0, 2]


def test_the_shipped_glossary_is_loaded_once():
    first = pipeline(learn=False).get_pipe("policyterms")
    second = pipeline(learn=False).get_pipe("policyterms")
    assert first.glossary is second.glossary is load_glossary()
