"""Shared fixtures: small glossaries built in a temporary folder, and a frozen copy of the
金山 glossary (the shipped glossary keeps growing, so tests that count use the copy)."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import settings

# In CI the property tests draw the same examples every run, so a result never depends on
# luck; locally they explore new examples each time (and keep failures in .hypothesis/).
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Compiled glossaries are cached in the user's cache directory: the suite uses its own,
# so it neither reads nor leaves anything in the real one (subprocesses inherit it), and the
# folder goes when the run ends, so runs do not pile caches up in the temporary directory.
_TEST_CACHE = tempfile.mkdtemp(prefix="policyterms-test-cache-")
atexit.register(shutil.rmtree, _TEST_CACHE, ignore_errors=True)
os.environ["XDG_CACHE_HOME"] = _TEST_CACHE
os.environ.pop("POLICYTERMS_NO_CACHE", None)

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "glossary"
#: The shared corpus' glossary excerpts, beside the repository (or where
#: ``$POLICYTERMS_SHARED_APPENDICES`` says, as for ``benchmarks/extract_eval.py``); tests that
#: read them skip, or run on the bundled pages alone, when the folder is absent.
SHARED_APPENDICES = Path(
    os.environ.get("POLICYTERMS_SHARED_APPENDICES", REPO.parent / "shared" / "corpus" / "appendices")
)


def load_script(path: Path, name: str):
    """A script of the repository (``benchmarks/…``, ``scripts/…``) imported as a module, registered under ``name``
    so that its dataclasses can look their module up."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def split(text: str, sizes: list[int]) -> list[str]:
    """``text`` cut into pieces of the given ``sizes``, the rest as a last piece (streaming tests)."""
    pieces, position = [], 0
    for size in sizes:
        if position >= len(text):
            break
        pieces.append(text[position : position + size])
        position += size
    pieces.append(text[position:])
    return pieces


def records(annotations) -> list[dict]:
    """Annotations as their JSON records, to compare two runs field by field."""
    return [a.to_json() for a in annotations]


def code_sense(term: str, *, scope: str = "全国", reference: bool = False):
    """A minimal sense built in code (for glossaries made without YAML)."""
    from policyterms.glossary.model import Citation, Sense

    return Sense(id=f"{term}@{scope}", term=term, scope=scope, en="x", cite=(Citation("d"),), reference=reference)

#: The bundled text of the test source ``doc``. Entry 3 is broken across a line the way
#: the 金山 appendix breaks its entry 28.
DOC_TEXT = """\
测试区2020年政府工作报告
一、工作回顾
形成产业发展“三张清单”,加快编制环保“三线一单”。
名词解释
1.三张清单:是指新增工业用地正面清单、存量工业用地负面清单、特色产业培育清单。
2.三线一单:是指生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。
3.“11157”工程:是指各街镇(金山工业区)建设1个市
      民健身中心,全区范围内统筹建设1个综合性室内体育场馆。
4.四好农村路:是指建好、管好、护好、运营好农村公路。
"""

#: The same kind of entry written in traditional characters, for the ``trad`` source.
TRAD_TEXT = """\
名詞解釋
1.四好農村路:是指建好、管好、護好、運營好農村公路。
"""

SOURCES_YAML = """\
sources:
  - id: doc
    title: 测试区2020年政府工作报告
    text: texts/doc.txt
  - id: trad
    title: 測試區報告
    text: texts/trad.txt
  - id: unbundled
    title: 未附文本的文件
"""


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    """The 1-based line of the ``occurrence``-th line of ``path`` that contains ``needle``."""
    seen = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} is not in {path}")


class GlossaryFolder:
    """A glossary folder in tmp_path: ``sources.yaml``, ``texts/doc.txt``, ``texts/trad.txt``
    and whatever senses files a test writes with :meth:`write`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "texts").mkdir(parents=True)
        (root / "texts" / "doc.txt").write_text(DOC_TEXT, encoding="utf-8")
        (root / "texts" / "trad.txt").write_text(TRAD_TEXT, encoding="utf-8")
        self.sources = self.write("sources.yaml", SOURCES_YAML)

    def write(self, name: str, text: str) -> Path:
        path = self.root / name
        path.write_text(dedent(text), encoding="utf-8")
        return path

    def senses(self, body: str, *, scope: str = "上海市测试区", name: str = "senses.yaml") -> Path:
        """A senses file: ``scope:`` then ``senses:`` then ``body`` (a YAML list, dedented)."""
        return self.write(name, f"scope: {scope}\nsenses:\n" + dedent(body))


@pytest.fixture
def glossary(tmp_path: Path) -> GlossaryFolder:
    return GlossaryFolder(tmp_path / "glossary")


def sense_yaml(term: str, *, extra: str = "", quote: str | None = None, source: str = "doc") -> str:
    """One minimal, valid sense as a YAML list item (``extra``: more keys, one per line)."""
    lines = [f"- term: {term}", "  en: Test gloss"]
    lines += ["  " + line for line in dedent(extra).splitlines()]
    lines += ["  cite:", f"    - source: {source}", f"      quote: {quote or term}"]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="session")
def jinshan_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A frozen copy of the 金山 glossary: ``sources.yaml`` with the texts it names, and
    ``shanghai-jinshan.yaml`` (relative layout ``texts/…`` kept)."""
    root = tmp_path_factory.mktemp("jinshan") / "glossary"
    (root / "texts").mkdir(parents=True)
    shutil.copy(SHIPPED / "sources.yaml", root / "sources.yaml")
    shutil.copy(SHIPPED / "shanghai-jinshan.yaml", root / "shanghai-jinshan.yaml")
    for source in yaml.safe_load((SHIPPED / "sources.yaml").read_text(encoding="utf-8"))["sources"]:
        if source.get("text"):
            target = root / source["text"]
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(SHIPPED / source["text"], target)
    return root


@pytest.fixture(scope="session")
def console_script() -> Path:
    """The installed ``policyterms`` console script of this interpreter's environment.

    The README's test command installs the package, so a missing script means the install
    is broken: that fails here rather than skipping the tests that use it.
    """
    script = Path(sys.executable).parent / "policyterms"
    if not script.exists():
        pytest.fail(f"no policyterms console script next to {sys.executable}: install with pip install '.[test]'")
    return script


def pairs(text: str) -> list[tuple[str, str]]:
    """``(term, definition)`` of each entry ``extract`` reads in ``text``, ``[]`` where it finds none (the extract
    tests' shared reading of a page)."""
    from policyterms.errors import InputError
    from policyterms.mining.extract import extract_entries

    try:
        return [(e.term, e.definition) for e in extract_entries(text)]
    except InputError:
        return []


def pairs_unpinyined(text: str) -> list[tuple[str, str]]:
    """As :func:`pairs`, the terms without converter pinyin (``區(qū)`` read as ``區``)."""
    from policyterms.text.fold import strip_pinyin

    return [(strip_pinyin(term), definition) for term, definition in pairs(text)]
