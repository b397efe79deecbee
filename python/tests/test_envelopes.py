"""Issue #15 from Python: Engine(envelopes=...) with a filled national table or the estimate."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

import aci

TAILLE2 = {
    "name": "CPTS Plateau",
    "signed": date(2023, 1, 1),
    "population": 60000,
    "missions": [{"id": "prevention", "start": date(2023, 1, 1)}],
}


def write_table(path: Path, rows: list[dict[str, Any]], delimiter: str = ",") -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=delimiter)
        w.writerow(["version", "taille", "key", "amount", "note"])
        for r in rows:
            w.writerow([r["version"], r["taille"], r["key"], r["amount"], r.get("note", "")])


def filled(fill: Any) -> list[dict[str, Any]]:
    rows = aci.envelope_template()
    for i, r in enumerate(rows):
        if r["amount"] is None:
            r["amount"] = fill(i)
    return rows


def line_of(rows: list[dict[str, Any]], version: str, taille: int, key: str) -> int:
    """The line of a row in the written CSV (header on line 1)."""
    i = next(i for i, r in enumerate(rows) if (r["version"], r["taille"], r["key"]) == (version, taille, key))
    return i + 2


def test_the_template_lists_every_cell_with_what_is_known() -> None:
    rows = aci.envelope_template()
    assert len(rows) == 92
    known = [r for r in rows if r["amount"] is not None]
    assert len(known) == 13
    assert all(r["taille"] == 3 and r["version"] == "avenant-2" and r["known_status"] == "contract" for r in known)
    plan = next(r for r in rows if r["key"] == "mission.crises_sanitaires.part_fixe_premiere_annee" and r["taille"] == 3)
    assert plan["amount"] == D("45000.00") and plan["meaning"].startswith("crisis mission, plan year")


def test_a_taille_2_contract_runs_with_a_filled_table(tmp_path: Path) -> None:
    rows = filled(lambda i: D(1000 + i))
    path = tmp_path / "table.csv"
    write_table(path, rows)
    engine = aci.Engine(envelopes=path)
    y = engine.year(TAILLE2, 2)
    at = line_of(rows, "avenant-2", 2, "mission.prevention.part_fixe")
    assert y.taille == 2
    assert y.amount("prevention.fixe") == D(1000 + at - 2)
    p = y.line("prevention.fixe").explanation.parameters[0].provenance
    assert p.status == "user_table" and p.status_tag == "T"
    assert p.source == str(path)
    assert p.article == f"line {at}, column amount"
    # The batch computes with the same table.
    _, totals = engine.batch_contracts([(TAILLE2, 2)])
    assert totals.column("total").to_pylist() == [y.total]
    # The simulation's warning names the file and the cell.
    sim = engine.simulate({"format": aci.SCENARIO_FORMAT, "contract": TAILLE2})
    assert any(f"({path}, line {at}, column amount)" in str(w) for w in sim.warnings)


def test_an_incomplete_table_is_refused_naming_the_cell(tmp_path: Path) -> None:
    rows = filled(lambda i: 1000)
    at = line_of(rows, "avenant-2", 4, "mission.parcours.part_variable")
    rows[at - 2]["amount"] = ""
    path = tmp_path / "table.csv"
    write_table(path, rows, delimiter=";")
    with pytest.raises(aci.InvalidInputError, match=f"line {at}, column amount: empty") as e:
        aci.Engine(envelopes=path)
    assert (e.value.kind, e.value.field) == ("envelope_table", "envelopes")
    with pytest.raises(aci.InvalidInputError, match="must be a .csv or .xlsx"):
        aci.Engine(envelopes=tmp_path / "table.ods")


def test_the_estimate_runs_warns_and_is_labelled() -> None:
    y = aci.Engine(envelopes="estimate").year(TAILLE2, 2)
    assert y.amount("prevention.fixe") == D("13466.10")
    w = next(w for w in y.warnings if w["kind"] == "estimated_envelope" and w["item"] == "prevention.fixe")
    assert (w["envelope"], w["low"], w["high"]) == (D("13466.10"), D("13466.10"), D("13574.32"))
    assert "indicative estimate" in w["message"]
    p = y.line("prevention.fixe").explanation.parameters[0].provenance
    assert p.status == "estimate"
    assert "× (maximum 287000.00 − operating 60000.00) / (maximum 370000.00 − operating 75000.00)" in p.note
    # The option is the same thing, and it is never the default.
    assert aci.Options().envelopes == "rule_data"
    assert aci.Engine(envelopes="estimate").options.envelopes == "estimate"
    assert aci.Engine(options=aci.Options(envelopes="estimate")).year(TAILLE2, 2).total == y.total
    sim = aci.Engine().simulate(
        {"format": aci.SCENARIO_FORMAT, "contract": TAILLE2, "options": {"envelopes": "estimate"}}
    )
    assert any("indicative estimate [E] (range 13466.10 – 13574.32 €)" in str(w) for w in sim.warnings)


def test_without_table_or_estimate_the_error_names_both_ways_out() -> None:
    with pytest.raises(aci.MissingAmountError) as e:
        aci.Engine().year(TAILLE2, 2)
    message = str(e.value)
    assert "--envelopes table.xlsx" in message and 'Engine(envelopes="table.xlsx")' in message
    assert 'Engine(envelopes="estimate")' in message
