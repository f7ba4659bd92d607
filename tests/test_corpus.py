"""Many documents in one run: files, folders, globs, JSON Lines corpora, --jobs."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from policyterms.cli import main
from policyterms.corpus import Document, iter_documents

TEXTS = Path(__file__).resolve().parents[1] / "glossary" / "texts"
REPORTS = sorted(p for p in TEXTS.glob("*.txt"))


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), stdout=out), out.getvalue()


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(REPORTS[0], folder / "a.txt")
    shutil.copy(REPORTS[1], folder / "sub" / "b.txt")
    (folder / ".hidden.txt").write_text("不读", encoding="utf-8")
    return folder


def test_several_files_give_records_that_name_their_document_in_order():
    code, out = run("annotate", str(REPORTS[0]), str(REPORTS[1]))
    assert code == 0
    docs = [json.loads(line)["doc"] for line in out.splitlines()]
    assert docs[0] == str(REPORTS[0]) and docs[-1] == str(REPORTS[1])
    assert docs == sorted(docs, key=[str(REPORTS[0]), str(REPORTS[1])].index)
    single = [json.loads(line) for line in run("annotate", str(REPORTS[1]), "-f", "jsonl")[1].splitlines()]
    assert [{k: v for k, v in json.loads(line).items() if k != "doc"} for line in out.splitlines() if json.loads(line)["doc"] == str(REPORTS[1])] == single


def test_jobs_two_is_byte_identical_to_jobs_one():
    files = [str(p) for p in REPORTS]
    one, two = run("annotate", *files, "--jobs", "1"), run("annotate", *files, "--jobs", "2")
    assert one == two and one[0] == 0 and one[1]


def test_a_folder_is_read_recursively_in_path_order_without_hidden_files(corpus):
    assert [d.id for d in iter_documents([str(corpus)])] == [str(corpus / "a.txt"), str(corpus / "sub" / "b.txt")]


def test_a_glob_expands_in_sorted_order(corpus):
    assert [d.id for d in iter_documents([str(corpus / "**" / "*.txt")])] == [str(corpus / "a.txt"), str(corpus / "sub" / "b.txt")]
    (missing,) = iter_documents([str(corpus / "*.nothing")])
    assert missing.error and "no file matches" in missing.error


def test_a_json_lines_corpus_with_text_and_id_keys(tmp_path):
    rows = [{"title": "甲", "content": "加快“四好农村路”建设"}, {"title": "乙", "content": "深化“一网通办”改革"}]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    code, out = run("annotate", str(path), "--text-key", "content", "--id-key", "title")
    assert code == 0
    assert [(r["doc"], r["term"]) for r in map(json.loads, out.splitlines())] == [("甲", "四好农村路"), ("乙", "一网通办")]
    assert [d.id for d in iter_documents([str(path)], text_key="content")] == [f"{path}:1", f"{path}:2"]


def test_a_bad_row_or_file_is_reported_by_name_and_the_others_still_written(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("加快“四好农村路”建设", encoding="utf-8")
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\x00\x01\x02" * 10)
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"text": "深化“一网通办”改革"}\nnot json\n{"body": "x"}\n', encoding="utf-8")
    code, out = run("annotate", str(binary), str(good), str(rows), str(tmp_path / "missing.txt"))
    err = capsys.readouterr().err
    assert code == 2
    assert [json.loads(line)["term"] for line in out.splitlines()] == ["四好农村路", "一网通办"]
    for name in (str(binary), f"{rows}:2", f"{rows}:3", str(tmp_path / "missing.txt")):
        assert f"policyterms: error: {name}" in err
    assert "Traceback" not in err


def test_the_text_format_names_the_document_in_its_first_column(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("加快“四好农村路”建设", encoding="utf-8")
    b.write_text("深化“一网通办”改革", encoding="utf-8")
    code, out = run("annotate", str(a), str(b), "-f", "text")
    assert code == 0 and [line.split("\t")[0] for line in out.splitlines()] == [str(a), str(b)]


@pytest.mark.parametrize("fmt", ["json", "rich"])
def test_whole_document_formats_are_refused_for_a_corpus(fmt):
    assert run("annotate", str(REPORTS[0]), str(REPORTS[1]), "-f", fmt)[0] == 2


@pytest.mark.parametrize("jobs", ["-1", "100000"])
def test_jobs_out_of_range_is_a_usage_error(jobs):
    assert run("annotate", str(REPORTS[0]), str(REPORTS[1]), "--jobs", jobs)[0] == 2


def test_a_document_object_carries_text_or_error():
    assert Document("x", "文本").error is None and Document("y", error="e").text is None


def test_a_row_too_long_is_skipped_without_holding_it_and_the_next_row_is_read(tmp_path, monkeypatch):
    import policyterms.corpus as corpus_module

    monkeypatch.setattr(corpus_module, "MAX_ROW_BYTES", 1000)
    path = tmp_path / "rows.jsonl"
    long_row = json.dumps({"text": "三张清单" * 2000}, ensure_ascii=False) + "\n"
    path.write_text(long_row + '{"text": "深化“一网通办”改革"}\n', encoding="utf-8")
    read_sizes = []
    real_readline = io.BufferedReader.readline

    class Reader(io.BufferedReader):
        def readline(self, size=-1):
            read_sizes.append(size)
            return real_readline(self, size)

    real_open = open
    monkeypatch.setattr(corpus_module, "open", lambda name, mode="r": Reader(real_open(name, "rb", buffering=0)), raising=False)
    documents = list(iter_documents([str(path)]))
    assert [d.error for d in documents] == [
        f"{path}:1: a row of {len(long_row.encode()):,} bytes is larger than 1,000 (annotate so long a document as a file of its own)",
        None,
    ]
    assert documents[1].text == "深化“一网通办”改革"
    assert read_sizes and -1 not in read_sizes  # lines read with a bound, never whole


def test_a_row_that_is_no_object_or_whose_text_is_no_string_says_which(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text('[1, 2]\n{"text": 5}\n{"body": "x"}\n{"text": "一网通办", "id": {"n": 1}}\n', encoding="utf-8")
    documents = list(iter_documents([str(path)], id_key="id"))
    assert [d.error for d in documents[:3]] == [
        f'{path}:1: not a JSON object but a list (each row is one object, e.g. {{"text": "…"}})',
        f"{path}:2: its 'text' is a number, not text (choose the field with --text-key)",
        f"{path}:3: no text field 'text' (choose the field with --text-key)",
    ]
    assert documents[3].id == '{"n": 1}'  # JSON, not a Python repr


def test_an_empty_file_in_a_corpus_is_reported_by_name_and_the_others_written(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n", encoding="utf-8")
    code, out = run("annotate", str(REPORTS[0]), str(empty))
    assert code == 2
    assert f"policyterms: error: {empty} is empty: there is nothing to annotate" in capsys.readouterr().err
    assert out and all(json.loads(line)["doc"] == str(REPORTS[0]) for line in out.splitlines())
