"""The bad-input corpus of the Python package: ``tests/bad-inputs/python.toml``, cases a person
can read and extend (see that folder's README). One test per case."""

from __future__ import annotations

import builtins
import datetime
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

import aci
from conftest import REPO

CORPUS = REPO / "tests" / "bad-inputs" / "python.toml"
NEVER = ("panicked", "RUST_BACKTRACE", "data did not match any variant", "untagged enum")
# English words of aci's messages that a case in French must not show (an untranslated text).
ENGLISH = ("allowed", "expected", "unknown", "missing", "did you mean", "got a")
CASES = tomllib.loads(CORPUS.read_text(encoding="utf-8"))["case"]


def generated(kind: str, json: bool) -> bytes:
    """The input files the corpus does not spell out (the same as the CLI's runner)."""
    if kind == "binary":
        return bytes(reversed(list(range(256)) * 2))
    if kind == "huge":
        return b'format = "aci-scenario/1"\ntitle = "' + b"x" * (30 * 1024 * 1024) + b'"\n'
    if kind == "deeply-nested":
        depth = 100_000
        head, tail = ('{"format": ', "}") if json else ("format = ", "\n")
        return f"{head}{'[' * depth}{']' * depth}{tail}".encode()
    raise AssertionError(f"unknown generator {kind!r} in the corpus")


def exception_class(name: str) -> type[BaseException]:
    cls = getattr(aci, name, None) or getattr(builtins, name, None)
    assert isinstance(cls, type) and issubclass(cls, BaseException), f"no exception {name}"
    return cls


def test_corpus_is_well_formed() -> None:
    assert len(CASES) >= 25
    allowed = {"name", "python", "file", "file_name", "generate", "raises", "says", "lang"}
    for case in CASES:
        assert set(case) <= allowed, (case["name"], set(case) - allowed)
        assert {"name", "python", "raises", "says"} <= set(case), case["name"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_bad_input(case: dict, tmp_path: Path) -> None:
    file_name = case.get("file_name", "plan.toml")
    file = tmp_path / file_name
    if "file" in case:
        file.write_text(case["file"], encoding="utf-8")
    elif "generate" in case:
        file.write_bytes(generated(case["generate"], file_name.endswith(".json")))
    scope = {"aci": aci, "Decimal": Decimal, "date": datetime.date, "file": str(file),
             "dir": str(tmp_path)}
    classes = tuple(exception_class(n) for n in case["raises"])
    lang = case.get("lang", "en")
    aci.set_lang(lang)
    try:
        with pytest.raises(BaseException) as info:
            exec(case["python"], scope)
    finally:
        # The rest of the tests read English (conftest).
        aci.set_lang("en")
    error = info.value
    missing = [c.__name__ for c in classes if not isinstance(error, c)]
    assert not missing, f"{type(error).__name__}: {error} is not a {', '.join(missing)}"
    text = str(error)
    for word in case["says"]:
        assert word.lower() in text.lower(), f"{word!r} not in: {text}"
    for word in NEVER:
        assert word not in text, f"{word!r} in: {text}"
    if lang == "fr":
        for word in ENGLISH:
            assert word not in text.lower(), f"English {word!r} in: {text}"
