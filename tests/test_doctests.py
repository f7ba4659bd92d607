"""The examples in docstrings are run as tests, so they cannot drift from the code."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "policyterms",
    "policyterms.fold",
    "policyterms.furniture",
    "policyterms.numerals",
    "policyterms.annotate",
    "policyterms.extract",
    "policyterms.glossary",
    "policyterms.learn",
    "policyterms.render.markdown",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
