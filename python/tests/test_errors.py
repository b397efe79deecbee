"""The error catalogue (docs/errors.md) from Python: every core error reachable from the Python
API is raised as its documented class, with its ``kind`` and the core's message."""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

import pytest

import aci

RULES_WITHOUT_T1_OPERATING = aci.RuleBook.shipped_toml().replace(
    'key = "fonctionnement.montant_annuel"\ntaille = 1\nvalue = "50000.00"',
    'key = "lettre_intention.montant"\ntaille = 1\nvalue = "50000.00"',
    1,
)


def contract(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "name": "CPTS Erreurs",
        "signed": date(2023, 1, 1),
        "population": 100000,
        "missions": [{"id": "prevention", "start": date(2023, 1, 1)}],
    }
    base.update(changes)
    return base


def year(c: dict[str, Any], n: int = 1, results: Any = None, rules: aci.RuleBook | None = None) -> Any:
    return aci.Engine(rules).year(c, n, results)


INDICATOR = {"id": "annuaire", "kind": "binary", "amount": "5000"}
TIERS_DOWN = {
    "id": "depistage", "kind": "tiered", "direction": "rising", "unit": "rate",
    "tiers": [{"threshold": "0.6", "amount": "5000"}, {"threshold": "0.5", "amount": "6000"}],
}

# (variant, call, Python class, kind, words of the message)
CASES: list[tuple[str, Callable[[], Any], type[Exception], str, str]] = [
    ("RuleFileSyntax", lambda: aci.RuleBook.from_toml("not toml ["), aci.RuleFileError, "rule_file_syntax", "rule file"),
    ("RuleFileInvalid", lambda: aci.RuleBook.from_toml('format = "x"'), aci.RuleFileError, "rule_file_invalid", 'expected "aci-rules/1"'),
    ("BeforeFirstVersion", lambda: year(contract(signed=date(2019, 1, 1), missions=[])), aci.InvalidInputError, "before_first_version", "before the first agreement version"),
    ("OutOfRange", lambda: year(contract(population=0)), aci.InvalidInputError, "out_of_range", "population = 0 is out of range"),
    ("SubCentAmount", lambda: year(contract(missions=[{"id": "prevention", "start": date(2023, 1, 1), "fixed": "90000.005"}])), aci.InvalidInputError, "sub_cent_amount", "write 90000.00 or 90000.01"),
    ("DatesOutOfOrder", lambda: year(contract(missions=[{"id": "prevention", "start": date(2023, 6, 1), "end": date(2023, 3, 1)}])), aci.InvalidInputError, "dates_out_of_order", "must be after"),
    ("MissionBeforeContract", lambda: year(contract(missions=[{"id": "prevention", "start": date(2022, 12, 1)}])), aci.InvalidInputError, "mission_before_contract", "before the contract signature"),
    ("Duplicate", lambda: year(contract(missions=[{"id": "prevention", "start": date(2023, 1, 1)}] * 2)), aci.InvalidInputError, "duplicate", "appears more than once"),
    ("UnknownMission", lambda: year(contract(missions=[{"id": "urgences", "start": date(2023, 1, 1)}])), aci.InvalidInputError, "unknown_mission", "unknown mission 'urgences'"),
    ("TiersNotOrdered", lambda: year(contract(missions=[{"id": "prevention", "start": date(2023, 1, 1), "indicators": [TIERS_DOWN]}])), aci.InvalidInputError, "tiers_not_ordered", "strictly increasing thresholds"),
    ("IndicatorsExceedEnvelope", lambda: year(contract(missions=[{"id": "prevention", "start": date(2023, 1, 1), "variable": "1000", "indicators": [INDICATOR]}])), aci.InvalidInputError, "indicators_exceed_envelope", "indicators can pay up to 5000"),
    ("YearOutOfRange", lambda: year(contract(), 6), aci.InvalidInputError, "year_out_of_range", "year = 6 is out of range"),
    ("UnknownIndicator", lambda: year(contract(), 1, {"indicators": {"vaccination": True}}), aci.InvalidInputError, "unknown_indicator", "unknown indicator 'vaccination'"),
    ("ObservationKind", lambda: year(contract(missions=[{"id": "prevention", "start": date(2023, 1, 1), "indicators": [INDICATOR]}]), 1, {"indicators": {"annuaire": "0.5"}}), aci.InvalidInputError, "observation_kind", "expected true/false"),
    ("MissingMissionAmount", lambda: year(contract(population=30000)), aci.MissingAmountError, "missing_mission_amount", "no amount for mission.prevention.part_fixe (mission prevention, taille 1"),
    ("MissingParameter", lambda: year(contract(population=30000, missions=[]), rules=aci.RuleBook.from_toml(RULES_WITHOUT_T1_OPERATING)), aci.MissingAmountError, "missing_parameter", "no value for fonctionnement.montant_annuel (taille 1"),
    ("EnvelopeTable", lambda: aci.Engine(envelopes="table.ods"), aci.InvalidInputError, "envelope_table", "national envelope table table.ods: unsupported file type"),
]


@pytest.mark.parametrize("variant,call,cls,kind,words", CASES, ids=[c[0] for c in CASES])
def test_error(variant: str, call: Callable[[], Any], cls: type[Exception], kind: str, words: str) -> None:
    with pytest.raises(cls) as raised:
        call()
    err = raised.value
    assert isinstance(err, aci.AciError) and isinstance(err, ValueError)
    assert getattr(err, "kind") == kind, f"{variant}: kind {getattr(err, 'kind')}"
    assert words in str(err), f"{variant}: «{err}» lacks «{words}»"


def test_every_variant_of_the_catalogue_is_covered() -> None:
    """Every variant of docs/errors.md has a case here, except Overflow (unreachable: inputs are
    bounded, so no Python input can make an amount overflow)."""
    import pathlib
    import re

    doc = (pathlib.Path(__file__).resolve().parents[2] / "docs" / "errors.md").read_text(encoding="utf-8")
    variants = set(re.findall(r"^\| `(\w+)` \|", doc, flags=re.M))
    assert variants - {c[0] for c in CASES} == {"Overflow"}
