"""The multi-year simulation from Python: the same scenario files as the ``aci`` command, with
the same invariants (payments add up to each year's funding; calendar-year and contract-year
totals agree over the contract)."""

from __future__ import annotations

import json
import tomllib
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import aci

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SCENARIOS = [
    "urban-taille3.toml",
    "rural-taille1-from-letter.toml",
    "metropolitan-taille4.toml",
    "bracket-crossing.toml",
    "terminated-early.toml",
]


@pytest.mark.parametrize("name", SCENARIOS)
def test_payments_add_up(name: str) -> None:
    sim = aci.Engine().simulate(FIXTURES / name)
    assert sim.total_paid == sum((f["amount"] for f in sim.flows), Decimal(0))
    assert sim.total_paid == sum((c["paid"] for c in sim.calendar_years), Decimal(0))
    letter = sum((f["amount"] for f in sim.flows if f["flow"] == "lettre_intention"), Decimal(0))
    assert sum((c["accrued"] for c in sim.calendar_years), Decimal(0)) == sim.total_funding + letter
    if name != "terminated-early.toml":
        per_year: dict[int, Decimal] = defaultdict(Decimal)
        for f in sim.flows:
            if f["contract_year"] is not None:
                per_year[f["contract_year"]] += f["amount"]
        assert {y.year: y.total for y in sim.years} == dict(per_year)
    assert all(isinstance(f["date"], date) for f in sim.flows)


def test_a_mapping_gives_the_same_result_as_the_file() -> None:
    path = FIXTURES / "rural-taille1-from-letter.toml"
    doc = tomllib.loads(path.read_text(encoding="utf-8"))
    from_file = aci.Engine().simulate(str(path)).to_dict()
    from_mapping = aci.Engine().simulate(doc).to_dict()
    assert from_file == from_mapping
    first = from_file["flows"][0]
    assert (first["flow"], first["date"], first["amount"]) == ("lettre_intention", date(2024, 2, 15), Decimal("15000.00"))


def test_json_scenarios_and_engine_options(tmp_path: Path) -> None:
    doc = tomllib.loads((FIXTURES / "bracket-crossing.toml").read_text(encoding="utf-8"))
    path = tmp_path / "s.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    default = aci.Engine().simulate(path)
    assert [y.taille for y in default.years] == [2, 2, 3, 3, 3]
    # The engine's options apply when the scenario states none.
    upper = aci.Engine(boundary="upper_inclusive").simulate(path)
    assert upper.years[2].taille == 3  # 82 000 is above 80 000 either way
    assert repr(default).startswith("Simulation('CPTS Val de Seine', years=5")


def test_errors_are_python_exceptions() -> None:
    with pytest.raises(aci.InvalidInputError, match="cannot read"):
        aci.Engine().simulate("no/such/file.toml")
    doc = tomllib.loads((FIXTURES / "urban-taille3.toml").read_text(encoding="utf-8"))
    doc["contract"]["population"] = 0
    with pytest.raises(aci.InvalidInputError, match="population = 0 is out of range"):
        aci.Engine().simulate(doc)
    with pytest.raises(aci.InvalidInputError, match="1 to 5000000"):
        aci.Engine().simulate(doc)
    broken = FIXTURES / "broken-scenario.toml"
    with pytest.raises(aci.AciError):
        aci.Engine().simulate(broken)


def test_forecast_is_reproducible_and_ordered() -> None:
    engine = aci.Engine()
    spec = FIXTURES / "urban-taille3-forecast.toml"
    a = engine.forecast(FIXTURES / "urban-taille3.toml", spec, draws=20000, threads=1)
    b = engine.forecast(FIXTURES / "urban-taille3.toml", spec, draws=20000, threads=2)
    assert a == b
    assert a["draws"] == 20000 and len(a["years"]) == 5
    for y in a["years"]:
        s = y["yearly"]
        assert s["min"] <= s["p10"] <= s["p50"] <= s["p90"] <= s["max"]
        assert isinstance(s["mean"], Decimal)
    assert a["years"][0]["yearly"]["min"] == Decimal("142500.00")
    with pytest.raises(aci.InvalidInputError, match="draws = 0 is out of range"):
        engine.forecast(FIXTURES / "urban-taille3.toml", {"draws": 0})
