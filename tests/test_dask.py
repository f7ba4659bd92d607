"""The Dask adapter on a local two-process cluster: the same records as the corpus mode,
the glossary loaded (or shipped) once per worker process, not once per task."""

from __future__ import annotations

import importlib
import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from conftest import sense_yaml
from policyterms.corpus import AnnotateOptions, Document, annotate_corpus
from policyterms.errors import InputError, PolicytermsError

try:
    import dask.bag as db
    import dask.dataframe as dd
    import distributed
    import pandas as pd
except ImportError:
    HAVE_DASK = False
else:
    HAVE_DASK = True

# The scheduler's HTTP server falls back to a free loopback port when another cluster holds the usual one.
pytestmark = pytest.mark.filterwarnings("ignore:Port .* is already in use:UserWarning")

needs_dask = pytest.mark.skipif(not HAVE_DASK, reason="dask, distributed or pandas is not installed: pip install '.[dask]'")

TEXTS = Path(__file__).resolve().parents[1] / "glossary" / "texts"
SNIPPETS = [
    "加快“四好农村路”建设,深化“一网通办”改革",
    "全面落实“放管服”改革,做好“六稳”工作、落实“六保”任务。",
    "没有术语的一句话。",
    "",
    "形成产业发展“三张清单”。名词解释\n1.三张清单:是指甲清单、乙清单、丙清单。",
]


def documents() -> list[Document]:
    reports = [Document(p.name, p.read_text(encoding="utf-8")) for p in sorted(TEXTS.glob("*.txt"))]
    return reports + [Document(f"snippet-{i}", text) for i, text in enumerate(SNIPPETS)]


def expected(docs: list[Document], options: AnnotateOptions) -> list[str]:
    lines = []
    for _, records, error in annotate_corpus(docs, options):
        assert error is None
        lines += [json.dumps(r, ensure_ascii=False) for r in records or ()]
    return lines


def dumps(records) -> list[str]:
    return [json.dumps(r, ensure_ascii=False) for r in records]


@pytest.fixture(scope="module")
def client():
    if not HAVE_DASK:
        pytest.skip("dask, distributed or pandas is not installed: pip install '.[dask]'")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1", scheduler_port=0
    )
    with cluster, distributed.Client(cluster) as client:
        yield client


def test_without_dask_the_import_says_what_to_install(monkeypatch):
    for name in [n for n in sys.modules if n == "dask" or n.startswith("dask.") or n == "policyterms.integrations.dask"]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(ImportError, match=r"pip install 'policyterms\[dask\]'"):
        importlib.import_module("policyterms.integrations.dask")


@needs_dask
@pytest.mark.parametrize("learn", [True, False])
@pytest.mark.parametrize("unknown", [True, False])
@pytest.mark.parametrize("overlaps", [True, False])
def test_each_document_gets_what_annotate_document_gives_it(learn, unknown, overlaps):
    from policyterms.corpus import annotate_document
    from policyterms.corpus import annotate_text
    from policyterms.integrations.dask import _read_glossary

    options = AnnotateOptions(learn=learn, unknown=unknown, overlaps=overlaps, scope="上海市金山区" if learn else None)
    glossary = _read_glossary(options)
    for document in documents()[2:] + [Document("jiading.txt", (TEXTS / "jiading-2019-work-plan.txt").read_text(encoding="utf-8"))]:
        doc_id, records, error = annotate_document(document, options)
        assert error is None and dumps(annotate_text(doc_id, document.text, glossary, options)) == dumps(records)


@needs_dask
@pytest.mark.parametrize("scheduler", ["sync", "threads"])
def test_without_a_cluster_dask_s_own_schedulers_give_the_same_records(scheduler):
    from policyterms.integrations.dask import annotate_bag

    docs = documents()[:2] + documents()[-5:]
    bag = db.from_sequence([{"id": d.id, "text": d.text} for d in docs], npartitions=3)
    assert dumps(annotate_bag(bag).compute(scheduler=scheduler)) == expected(docs, AnnotateOptions())


@needs_dask
def test_a_bag_of_records_gives_the_corpus_records_byte_for_byte(client):
    from policyterms.integrations.dask import annotate_bag

    docs = documents()
    bag = db.from_sequence([{"id": d.id, "text": d.text} for d in docs], npartitions=4)
    assert dumps(annotate_bag(bag).compute()) == expected(docs, AnnotateOptions())


@needs_dask
def test_json_lines_read_from_storage_give_the_lines_the_cli_writes(client, tmp_path):
    from policyterms.cli import main
    from policyterms.integrations.dask import annotate_bag

    docs = documents()
    files = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
    for path, part in zip(files, (docs[:6], docs[6:])):
        path.write_text("".join(json.dumps({"title": d.id, "content": d.text}, ensure_ascii=False) + "\n" for d in part), encoding="utf-8")
    out = io.StringIO()
    assert main(["annotate", *map(str, files), "--text-key", "content", "--id-key", "title"], stdout=out) == 0
    rows = db.read_text([str(f) for f in files], blocksize="20KiB", encoding="utf-8").map(json.loads)
    assert rows.npartitions > 2
    lines = annotate_bag(rows, text_key="content", id_key="title").map(json.dumps, ensure_ascii=False).compute()
    assert "".join(line + "\n" for line in lines) == out.getvalue()


@needs_dask
def test_options_and_keys_are_those_of_the_corpus_mode(client, glossary):
    from policyterms.integrations.dask import annotate_bag

    glossary.senses(sense_yaml("三张清单", quote="三张清单"))
    docs = documents()
    rows = [{"name": d.id, "body": d.text} for d in docs]
    cases = [
        dict(scope="上海市金山区", unknown=True),
        dict(learn=False, overlaps=True),
        dict(glossary_paths=str(glossary.root), shipped=False),
        dict(glossary_paths=[glossary.root]),
    ]
    for options in cases:
        bag = db.from_sequence(rows, npartitions=3)
        got = annotate_bag(bag, text_key="body", id_key="name", **options).compute()
        paths = options.pop("glossary_paths", ())
        paths = (paths,) if isinstance(paths, (str, Path)) else paths
        assert dumps(got) == expected(docs, AnnotateOptions(glossary_paths=tuple(map(str, paths)), **options)), options


@needs_dask
def test_plain_texts_are_named_by_partition_and_offset(client):
    from policyterms.integrations.dask import annotate_bag

    bag = db.from_sequence(SNIPPETS[:2] * 3, npartitions=3)  # 2 texts per partition
    got = annotate_bag(bag).compute()
    assert sorted({r["doc"] for r in got}) == ["0:0", "0:1", "1:0", "1:1", "2:0", "2:1"]
    assert [r["doc"] for r in got] == sorted(r["doc"] for r in got)  # bag order
    docs = [Document(f"{i // 2}:{i % 2}", text) for i, text in enumerate(SNIPPETS[:2] * 3)]
    assert dumps(got) == expected(docs, AnnotateOptions())


@needs_dask
def test_the_glossary_is_loaded_once_per_worker_process_not_per_task(client, glossary):
    from policyterms.integrations.dask import annotate_bag, glossary_key, glossary_loads

    glossary.senses(sense_yaml("三张清单", quote="三张清单"))  # a glossary no test used before: a new key
    docs = documents() * 2
    bag = db.from_sequence([{"id": f"{i}", "text": d.text} for i, d in enumerate(docs)], npartitions=len(docs))
    annotate_bag(bag, glossary_paths=str(glossary.root)).compute()
    key = glossary_key(glossary_paths=str(glossary.root))
    per_worker = client.run(glossary_loads)
    assert len(per_worker) == 2
    counts = [loads[key] for loads in per_worker.values() if key in loads]
    assert len(counts) == 2  # both workers took part
    assert sum(c["partitions"] for c in counts) == len(docs)  # every task ran on a worker
    assert all(c["loaded"] == 1 and c["shipped"] == 0 for c in counts)  # and each process read it once


@needs_dask
def test_a_shipped_glossary_is_sent_once_and_needs_no_files_on_the_workers(client, glossary, tmp_path):
    from policyterms.integrations.dask import annotate_bag, glossary_key, glossary_loads, ship_glossary

    glossary.senses(sense_yaml("一网通办", quote="一网通办"))
    docs = documents()
    reference = expected(docs, AnnotateOptions(glossary_paths=(str(glossary.root),), shipped=False))
    key = glossary_key(glossary_paths=str(glossary.root), shipped=False)
    name = ship_glossary(client, glossary_paths=str(glossary.root), shipped=False)
    rows = db.from_sequence([{"id": d.id, "text": d.text} for d in docs], npartitions=5)
    bag = annotate_bag(rows, glossary_paths=str(glossary.root), shipped=False)
    shutil.move(glossary.root, tmp_path / "gone")  # the workers cannot read the files any more
    try:
        assert dumps(bag.compute()) == reference
        counts = list(client.run(glossary_loads).values())
        assert [loads[key]["shipped"] for loads in counts] == [1, 1]
        assert [loads[key]["loaded"] for loads in counts] == [0, 0]
        assert sum(loads[key]["partitions"] for loads in counts) == rows.npartitions == 5
    finally:
        client.unregister_worker_plugin(name)


@needs_dask
def test_a_bad_document_fails_by_name_or_becomes_an_error_record(client):
    from policyterms.integrations.dask import annotate_bag

    rows = [{"id": "good", "text": SNIPPETS[0]}, {"id": "bad", "body": "x"}, 7]
    with pytest.raises(InputError, match="bad: no text field 'text'"):
        annotate_bag(db.from_sequence(rows, npartitions=1)).compute()
    got = annotate_bag(db.from_sequence(rows, npartitions=1), errors="record").compute()
    assert [r["doc"] for r in got] == ["good", "good", "bad", "0:2"]
    assert got[2]["error"].startswith("bad: no text field") and "int" in got[3]["error"]


@needs_dask
def test_options_are_checked_on_the_client_before_any_task(glossary):
    from policyterms.integrations.dask import annotate_bag

    bag = db.from_sequence(SNIPPETS, npartitions=1)
    with pytest.raises(PolicytermsError, match="unknown scope"):
        annotate_bag(bag, scope="嘉定区")
    with pytest.raises(TypeError, match="unknown option"):
        annotate_bag(bag, lang="en")
    with pytest.raises(PolicytermsError, match="leaves no glossary"):
        annotate_bag(bag, shipped=False, learn=False)
    broken = glossary.write("broken.yaml", "scope: 上海市测试区\nsenses: [{term: x}]\n")
    with pytest.raises(PolicytermsError):
        annotate_bag(bag, glossary_paths=str(broken))


@needs_dask
def test_a_dataframe_gives_one_row_per_mention_with_explicit_meta(client):
    from policyterms.integrations.dask import MENTION_COLUMNS, annotate_dataframe

    docs = documents()
    frame = dd.from_pandas(pd.DataFrame({"name": [d.id for d in docs], "content": [d.text for d in docs]}), npartitions=3)
    mentions = annotate_dataframe(frame, text_column="content", id_column="name")
    assert tuple(mentions.columns) == MENTION_COLUMNS
    result = mentions.compute()
    assert result.dtypes.to_dict() == mentions.dtypes.to_dict()
    records = [json.loads(line) for line in expected(docs, AnnotateOptions())]
    rows = [{k: (None if pd.isna(v) else v) for k, v in row.items()} for row in result.to_dict("records")]
    assert rows == [{k: r[k] for k in MENTION_COLUMNS} for r in records]
    by_index = annotate_dataframe(dd.from_pandas(pd.DataFrame({"text": SNIPPETS[:2]}), npartitions=2)).compute()
    assert list(by_index["doc"].unique()) == ["0", "1"]
