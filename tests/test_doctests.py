"""The examples in docstrings are run as tests, so they cannot drift from the code.

Every module of the package is walked, so that a new module's examples run without being listed here; the
integrations are left to their own tests, which skip when their optional extra is not installed, and ``__main__``
runs the command line when imported."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import policyterms

MODULES = ["policyterms"] + sorted(
    module.name
    for module in pkgutil.walk_packages(policyterms.__path__, "policyterms.")
    if not module.name.endswith("__main__") and ".integrations." not in module.name
)
# Modules whose examples a reader relies on: each must keep at least one.
WITH_EXAMPLES = {
    "policyterms",
    "policyterms.text.fold",
    "policyterms.text.furniture",
    "policyterms.glossary.numerals",
    "policyterms.annotate.annotator",
    "policyterms.annotate.annotation",
    "policyterms.mining.extract",
    "policyterms.glossary.model",
    "policyterms.mining.learn",
    "policyterms.render.markdown",
    "policyterms.mining.written_forms",
    "policyterms.mining.extract_layouts.prose",
    "policyterms.mining.extract_layouts.run_in_slogans",
    "policyterms.mining.extract_layouts.place_leads",
}


def test_the_walk_finds_the_modules_with_examples():
    assert WITH_EXAMPLES <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    if name in WITH_EXAMPLES:
        assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
