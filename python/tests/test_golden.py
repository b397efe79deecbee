"""Golden cases shared with the Rust tests: every ``tests/golden/*.toml`` of the repository,
computed through the Python binding, must give what the file states.

The format is documented in ``tests/golden/README.md`` and read by ``tests/golden.rs`` too:
``[contract]``, optional ``[options]``, and ``[[cases]]`` with ``year``, optional ``results`` and
``options`` (which replace the file's), and ``expected`` holding ``total``, ``lines`` (an amount
or ``"not applicable"``), ``taille``, ``version``, or ``error`` (words the message contains).
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import aci

GOLDEN = Path(__file__).resolve().parents[2] / "tests" / "golden"
FILES = sorted(GOLDEN.glob("*.toml"))


def test_the_golden_files_are_there() -> None:
    assert len(FILES) >= 4, f"expected the shared golden files in {GOLDEN}"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_golden_file(path: Path) -> None:
    doc = tomllib.loads(path.read_text(encoding="utf-8"))
    spec: dict[str, Any] = doc["contract"]
    checks = 0
    for i, case in enumerate(doc["cases"]):
        where = f"{path.name} case {i + 1} (year {case['year']})"
        engine = aci.Engine(aci.RuleBook.shipped(), case.get("options", doc.get("options")) or {})
        expected = case["expected"]
        if "error" in expected:
            with pytest.raises(aci.AciError) as raised:
                engine.year(spec, case["year"], case.get("results"))
            for words in expected["error"]:
                assert words in str(raised.value), f"{where}: «{raised.value}» lacks «{words}»"
                checks += 1
            continue
        y = engine.year(spec, case["year"], case.get("results"))
        if "total" in expected:
            assert y.total == Decimal(expected["total"]), f"{where}: total"
            checks += 1
        if "taille" in expected:
            assert y.taille == expected["taille"], f"{where}: taille"
        if "version" in expected:
            assert y.version == expected["version"], f"{where}: version"
        for item, want in expected.get("lines", {}).items():
            got = y.amount(item)
            if want == "not applicable":
                assert got is None and y.line(item) is not None, f"{where}: {item} should not apply"
            else:
                assert got == Decimal(want), f"{where}: {item} = {got}, expected {want}"
            checks += 1
        # The invariant holds on every golden case too.
        assert sum((l.amount for l in y.lines if l.amount is not None), Decimal(0)) == y.total
    assert checks > 0, f"{path.name}: nothing was checked"
