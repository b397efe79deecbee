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
    # Terminated or not (issue #11): what is owed is what is paid, year by year.
    assert sim.total_paid == sim.total_funding + letter
    per_year: dict[int, Decimal] = defaultdict(Decimal)
    for f in sim.flows:
        if f["contract_year"] is not None:
            per_year[f["contract_year"]] += f["amount"]
    assert {y.year: y.total for y in sim.years} == dict(per_year)
    assert all(isinstance(f["date"], date) for f in sim.flows)
    assert all(f["computation"]["rule"] == f["rule"] for f in sim.flows)


def test_a_terminated_year_shows_what_is_due() -> None:
    sim = aci.Engine().simulate(FIXTURES / "terminated-early.toml")
    assert sim.terminated == date(2025, 9, 1)
    y3 = sim.years[2]
    assert y3.total == Decimal("94520.55")
    assert sim.total_funding == sim.total_paid == Decimal("556401.70")
    line = y3.line("fonctionnement")
    assert line is not None and line.amount == Decimal("28356.16") and line.explanation is not None
    step = line.explanation.steps[-1]
    assert step["rule"] == "resiliation.avance_conservee"
    assert step["inputs"]["terminated"] == "2025-09-01"
    assert "184 of 365 days" in step["inputs"]["kept_for"]
    assert "then rule resiliation.avance_conservee" in str(line.explanation)
    assert line.explanation.to_dict()["steps"][0]["formula"].startswith("56250.00 × 184/365 = 28356.16 €")
    assert [c["year"] for c in sim.calendar_years] == [2023, 2024, 2025]
    assert sim.to_dict()["terminated"] == date(2025, 9, 1)
    doc = tomllib.loads((FIXTURES / "terminated-early.toml").read_text(encoding="utf-8"))
    doc["terminated"] = "2030-01-01"
    with pytest.raises(aci.InvalidInputError, match="terminated = 2030-01-01 is out of range"):
        aci.Engine().simulate(doc)


def test_payments_are_explained_like_lines() -> None:
    sim = aci.Engine().simulate(FIXTURES / "terminated-early.toml")
    balance, advance = sim.explain_payment(date(2025, 3, 1), "fonctionnement")
    assert balance.rule == "paiement.fonctionnement.solde"
    assert balance.formula == "75000.00 − 56250.00 = 18750.00 € (the year's amount − the advance paid)"
    assert advance.formula == "0.75 × 75000.00 = 56250.00 € (rounded to the cent)"
    assert advance.parameters[0].key == "fonctionnement.avance_taux"
    assert advance.weakest_status == "primary"
    assert len(sim.explain_payment("2025-03-01")) == 13
    repayments = sim.explain_payment("2025-09-01")
    assert {e.rule for e in repayments} == {"paiement.resiliation"}
    assert repayments[0].inputs["terminated"] == "2025-09-01"
    # The flows carry the same explanation as plain values.
    first = sim.flows[0]
    assert first["computation"]["rule"] == "paiement.fonctionnement.signature"
    with pytest.raises(aci.InvalidInputError, match="no payment on 2025-03-02; payment dates: 2023-03-01"):
        sim.explain_payment(date(2025, 3, 2))
    with pytest.raises(aci.InvalidInputError, match="no payment of 'rien' on 2025-03-01"):
        sim.explain_payment(date(2025, 3, 1), "rien")


def test_payments_are_explained_in_french() -> None:
    aci.set_lang("fr")
    try:
        sim = aci.Engine().simulate(FIXTURES / "terminated-early.toml")
        balance, advance = sim.explain_payment(date(2025, 3, 1), "fonctionnement")
        assert advance.formula == "0,75 × 75\u202f000,00 = 56\u202f250,00\u00a0€ (arrondi au centime)"
        assert balance.formula == (
            "75\u202f000,00 − 56\u202f250,00 = 18\u202f750,00\u00a0€ (montant de l'année − avance versée)"
        )
        assert balance.inputs["advance"] == "56\u202f250,00\u00a0€ versés le 01/03/2024"
        # The flat text of a flow is its computation in words, in the same language.
        flow = next(f for f in sim.flows if f["rule"] == "paiement.resiliation")
        assert flow["explanation"].startswith(flow["computation"]["formula"] + " — Résiliation avant terme")
    finally:
        aci.set_lang("en")


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
