"""The compiled-glossary cache: used when fresh and trusted, rebuilt otherwise."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from conftest import sense_yaml
from policyterms.glossary import cache
from policyterms.glossary.load import load_glossary


@pytest.fixture
def cache_home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "policyterms"


def entries(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.glossary.pickle"))


def test_a_glossary_is_stored_then_read_from_the_cache(glossary, cache_home, monkeypatch):
    glossary.senses(sense_yaml("三张清单"))
    first = load_glossary(glossary.root)
    (entry,) = entries(cache_home)
    assert os.stat(cache_home).st_mode & 0o777 == 0o700
    reads = []
    monkeypatch.setattr("policyterms.glossary.read._Reader.read_file", lambda *a, **k: reads.append(a))
    second = load_glossary(glossary.root)
    assert reads == [] and second.lookup("三张清单") and second.senses == first.senses
    assert second.matcher.candidates("三张清单")


def test_a_changed_file_is_a_new_key_and_never_reads_the_stale_entry(glossary, cache_home):
    path = glossary.senses(sense_yaml("三张清单"))
    load_glossary(glossary.root)
    path.write_text(path.read_text(encoding="utf-8").replace("三张清单", "三线一单"), encoding="utf-8")
    fresh = load_glossary(glossary.root)
    assert fresh.lookup("三线一单") and not fresh.lookup("三张清单")
    assert len(entries(cache_home)) == 2


def test_a_corrupted_entry_is_removed_and_the_glossary_read_again(glossary, cache_home):
    glossary.senses(sense_yaml("三张清单"))
    load_glossary(glossary.root)
    (entry,) = entries(cache_home)
    entry.write_bytes(entry.read_bytes()[:100])
    assert load_glossary(glossary.root).lookup("三张清单")
    (rebuilt,) = entries(cache_home)
    assert pickle.loads(rebuilt.read_bytes()).lookup("三张清单")


@pytest.mark.parametrize("writable", ["file", "directory"])
def test_an_entry_others_could_have_written_is_never_unpickled(glossary, cache_home, monkeypatch, writable):
    glossary.senses(sense_yaml("三张清单"))
    load_glossary(glossary.root)
    (entry,) = entries(cache_home)
    os.chmod(entry if writable == "file" else cache_home, 0o777 if writable == "directory" else 0o666)
    monkeypatch.setattr(pickle, "load", lambda *a, **k: pytest.fail("an untrusted cache file was unpickled"))
    assert load_glossary(glossary.root).lookup("三张清单")


def test_a_symlinked_entry_is_not_followed(glossary, cache_home, monkeypatch, tmp_path):
    glossary.senses(sense_yaml("三张清单"))
    load_glossary(glossary.root)
    (entry,) = entries(cache_home)
    elsewhere = tmp_path / "elsewhere.pickle"
    entry.rename(elsewhere)
    entry.symlink_to(elsewhere)
    monkeypatch.setattr(pickle, "load", lambda *a, **k: pytest.fail("a symlinked cache file was unpickled"))
    assert load_glossary(glossary.root).lookup("三张清单")


def test_no_cache_when_switched_off(glossary, cache_home, monkeypatch):
    monkeypatch.setenv("POLICYTERMS_NO_CACHE", "1")
    glossary.senses(sense_yaml("三张清单"))
    assert load_glossary(glossary.root).lookup("三张清单")
    assert not cache_home.exists()


def test_an_unwritable_cache_directory_is_not_an_error(glossary, tmp_path, monkeypatch):
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    glossary.senses(sense_yaml("三张清单"))
    assert load_glossary(glossary.root).lookup("三张清单")


def test_a_glossary_with_errors_is_never_cached(glossary, cache_home):
    glossary.senses(sense_yaml("三张清单", extra="colour: red"))
    with pytest.raises(Exception):
        load_glossary(glossary.root)
    assert entries(cache_home) == []


def test_the_key_covers_layer_and_path(glossary):
    path = glossary.senses(sense_yaml("三张清单"))
    assert cache.cache_key([(path, "user")]) != cache.cache_key([(path, "shipped")])


def test_a_cached_glossary_reads_its_senses_on_demand_and_annotates_alike(cache_home):
    """An entry keeps each sense apart and unpickles only those asked for; whatever is
    asked, the answers are the freshly read glossary's."""
    from policyterms import Annotator
    from policyterms.glossary.load import _load

    fresh = _load(None)  # reads and stores
    cached = _load(None)
    assert "_lazy" in cached.__dict__ and "senses" not in cached.__dict__
    text = (Path(__file__).resolve().parent.parent / "glossary" / "texts" / "jinshan-2020-work-report.txt").read_text(
        encoding="utf-8"
    )
    assert Annotator(cached).annotate(text) == Annotator(fresh).annotate(text)
    assert "senses" not in cached.__dict__  # annotating read only the senses it met
    for term in ("四好农村路", "四好農村路", "“一网通办”", "不是术语"):
        assert cached.lookup(term) == fresh.lookup(term)
    assert cached.scopes == fresh.scopes
    again = pickle.loads(pickle.dumps(cached))  # (as corpus --jobs sends it to workers)
    assert again.senses == fresh.senses and cached.senses == fresh.senses
    assert cached.senses_by_surface == fresh.senses_by_surface and cached == fresh
