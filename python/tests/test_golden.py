"""Golden cases shared with the Rust tests: every ``tests/golden/*.toml`` of the repository,
computed through the Python binding, must give the amounts the file states.

The files belong to the Rust test suite (``tests/golden.rs``); this test only reads them. It
skips cleanly when there are none. The reader accepts the shapes below; a file in another
shape is reported as skipped (update ``_cases`` to follow the format).

```toml
[contract]              # a contract spec (same as the CLI's contract files)
[options]               # optional computation options
[rules]                 # optional: path = "relative/rules.toml" for a custom rule file
[[case]]                # also accepted: [[cases]], [[years]], [[expect]], [[expected]]
year = 1
results = { missions = { parcours = "0.5" } }   # optional
total = "119754.10"     # or [case.expected] total = ...
lines = { fonctionnement = "75000.00" }         # optional; or [[case.lines]] item/amount
error = "substring of the message"              # instead of amounts, optional
```
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import aci

GOLDEN = Path(__file__).resolve().parents[2] / "tests" / "golden"
FILES = sorted(GOLDEN.glob("*.toml")) if GOLDEN.is_dir() else []
CASE_KEYS = ("case", "cases", "years", "expect", "expected")


def _exact(v: Any) -> Any:
    """TOML numbers with a fraction would be floats: the golden files write amounts as text."""
    if isinstance(v, str):
        try:
            return Decimal(v)
        except ArithmeticError:
            return v
    if isinstance(v, int) and not isinstance(v, bool):
        return Decimal(v)
    return v


def _cases(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for key in CASE_KEYS:
        cases = doc.get(key)
        if isinstance(cases, list) and all(isinstance(c, dict) for c in cases):
            yield from cases
            return
    if "year" in doc:
        yield doc


def _expected_lines(case: dict[str, Any]) -> dict[str, Any] | None:
    exp = case.get("expected", case)
    lines = exp.get("lines") if isinstance(exp, dict) else None
    if isinstance(lines, dict):
        return {k: _exact(v) for k, v in lines.items()}
    if isinstance(lines, list):
        return {l["item"]: _exact(l.get("amount")) for l in lines if isinstance(l, dict) and "item" in l}
    return None


@pytest.mark.skipif(not FILES, reason="no tests/golden/*.toml in this checkout")
@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_golden_file(path: Path) -> None:
    doc = tomllib.loads(path.read_text(encoding="utf-8"))
    spec = doc.get("contract")
    if not isinstance(spec, dict):
        pytest.skip(f"{path.name}: no [contract] table; shape not recognised by {__file__}")
    rules = aci.RuleBook.shipped()
    if isinstance(doc.get("rules"), dict) and "path" in doc["rules"]:
        rules = aci.RuleBook.from_path(path.parent / doc["rules"]["path"])
    engine = aci.Engine(rules, doc.get("options") or {})
    cases = list(_cases(doc))
    if not cases:
        pytest.skip(f"{path.name}: no cases found (looked for {', '.join(CASE_KEYS)})")
    checked = 0
    for case in cases:
        exp = case.get("expected", case) if isinstance(case.get("expected"), dict) else case
        error = exp.get("error")
        if error is not None:
            with pytest.raises(aci.AciError, match=None) as e:
                engine.year(spec, case["year"], case.get("results"))
            assert str(error) in str(e.value) or error == e.value.kind
            checked += 1
            continue
        y = engine.year(spec, case["year"], case.get("results"))
        if "total" in exp:
            assert y.total == _exact(exp["total"]), f"{path.name} year {case['year']}: total"
            checked += 1
        lines = _expected_lines(case)
        if lines:
            for item, amount in lines.items():
                assert y.amount(item) == amount, f"{path.name} year {case['year']}: {item}"
            checked += 1
        # The invariant holds on every golden case too.
        assert sum((l.amount for l in y.lines if l.amount is not None), Decimal(0)) == y.total
    if not checked:
        pytest.skip(f"{path.name}: cases have no expected total, lines or error")
