"""Inputs of the single-call API as analysts hold them: numpy and pandas scalars, Decimal
whole numbers, negative numbers, missing files, the shipped example scenarios by name."""

from __future__ import annotations

import datetime
from decimal import Decimal as D
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import aci
from conftest import REPO

d = datetime.date
BASE = {"name": "X", "signed": d(2023, 1, 1), "population": 100000}


@pytest.mark.parametrize("population", [D(100000), D("100000.00"), np.int64(100000), np.int32(100000), np.uint32(100000)])
def test_population_as_decimal_or_numpy_integer(population: object) -> None:
    c = aci.Contract({**BASE, "population": population})
    assert c.population == [(d(2023, 1, 1), 100000)]
    series = aci.Contract({**BASE, "population": [{"from": d(2023, 1, 1), "population": population}]})
    assert series.population == c.population
    assert aci.classify_taille(population) == 3
    assert aci.RuleBook.shipped().taille(population, d(2023, 1, 1)) == 3
    assert aci.Contract({**BASE, "years": D(4)}).years == 4


def test_population_not_whole_is_refused_naming_it() -> None:
    with pytest.raises(aci.InvalidInputError, match="population = 100000.5 is not a whole number") as e:
        aci.Contract({**BASE, "population": D("100000.5")})
    assert e.value.field == "population"
    with pytest.raises(aci.FloatAmountError):
        aci.classify_taille(50000.0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: aci.classify_taille(-5), "population"),
        (lambda: aci.classify_taille(5, (-1, 2, 3)), "thresholds"),
        (lambda: aci.RuleBook.shipped().taille(-1, d(2023, 1, 1)), "population"),
        (lambda: aci.Engine().year(BASE, -1), "year"),
        (lambda: aci.Engine().year(BASE, 2**40), "year"),
        (lambda: aci.Engine().batch_contracts([(BASE, 1)], threads=-2), "threads"),
        (lambda: aci.Contract({**BASE, "population": -5}), "population"),
        (lambda: aci.Contract({**BASE, "population": 2**70}), "population"),
        (lambda: aci.Contract({**BASE, "years": -1}), "years"),
        (lambda: aci.Contract({**BASE, "population": [{"from": d(2023, 1, 1), "population": -3}]}), "population[0].population"),
    ],
)
def test_negative_or_huge_integer_is_an_input_error_naming_the_field(call: object, field: str) -> None:
    with pytest.raises(aci.InvalidInputError) as e:
        call()  # type: ignore[operator]
    assert not isinstance(e.value, OverflowError)
    assert e.value.kind == "out_of_range" and e.value.field == field
    assert f"{field} = " in str(e.value) and "out of range" in str(e.value)


@pytest.mark.parametrize(
    "value",
    [
        pd.Timestamp("2023-01-01"),
        pd.Timestamp("2023-01-01", tz="Europe/Paris"),
        np.datetime64("2023-01-01"),
        np.datetime64("2023-01-01T00:00:00.000000000"),
        pd.Series(pd.to_datetime(["2023-01-01"]))[0],
        pd.DataFrame({"signed": pd.to_datetime(["2023-01-01"])})["signed"].to_numpy()[0],
    ],
)
def test_pandas_and_numpy_dates_are_dates(value: object) -> None:
    engine = aci.Engine()
    ref = engine.year(BASE, 1).total
    assert aci.Contract({**BASE, "signed": value}).signed == d(2023, 1, 1)
    assert engine.year({**BASE, "signed": value}, 1).total == ref
    mission = {"id": "prevention", "start": value}
    assert aci.Contract({**BASE, "missions": [mission]}).missions == ["prevention"]
    assert aci.Contract(BASE).population_on(value) == 100000
    assert aci.RuleBook.shipped().version_at(value).id == "avenant-2"


@pytest.mark.parametrize("value", [pd.Timestamp("2023-01-01 10:30"), np.datetime64("2023-01-01T00:00:01")])
def test_a_time_of_day_is_refused_not_dropped(value: object) -> None:
    for call in (lambda: aci.Contract({**BASE, "signed": value}), lambda: aci.Contract(BASE).population_on(value)):
        with pytest.raises(aci.InvalidInputError, match="has a time of day") as e:
            call()
        assert not isinstance(e.value, aci.FloatAmountError)
        assert e.value.kind == "not_a_date"


def test_missing_dates_and_plain_datetimes() -> None:
    for nat in (pd.NaT, np.datetime64("NaT")):
        with pytest.raises(aci.InvalidInputError, match="NaT"):
            aci.Contract(BASE).population_on(nat)
        with pytest.raises(aci.InvalidInputError, match="NaT") as e:
            aci.Contract({**BASE, "missions": [{"id": "prevention", "start": d(2023, 1, 1), "end": nat}]})
        assert e.value.field == "missions[0].end"
    with pytest.raises(aci.InvalidInputError, match="got a datetime"):
        aci.Contract({**BASE, "signed": datetime.datetime(2023, 1, 1)})


def test_missing_files_are_file_not_found_errors(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    calls = [
        (lambda: aci.Engine().simulate(str(missing)), "scenario"),
        (lambda: aci.Engine().simulate(missing), "scenario"),
        (lambda: aci.RuleBook.from_path(missing), "path"),
        (lambda: aci.Engine().forecast(REPO / "fixtures" / "urban-taille3.toml", missing), "spec"),
    ]
    for call, field in calls:
        with pytest.raises(FileNotFoundError) as e:
            call()
        assert isinstance(e.value, aci.MissingFileError) and isinstance(e.value, aci.InvalidInputError)
        assert e.value.filename == str(missing) and e.value.field == field
        assert e.value.kind == "file_not_found"
        assert str(e.value).startswith(("cannot read", "rule file: cannot read")) and "no such file" in str(e.value)


def test_shipped_examples_by_name_as_the_cli() -> None:
    engine = aci.Engine()
    for name in ("urban-taille3", "rural-taille1-from-letter", "metropolitan-taille4", "bracket-crossing", "terminated-early"):
        by_name = engine.simulate(name)
        by_path = engine.simulate(REPO / "fixtures" / f"{name}.toml")
        assert by_name.to_dict() == by_path.to_dict()
    with pytest.raises(aci.MissingFileError, match="no shipped example of that name.*urban-taille3"):
        engine.simulate("urban-taille9")
