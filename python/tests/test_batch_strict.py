"""Batch input is strict: unknown columns, NaN and infinities, unreadable cells (issue #11,
part 2). Every error names the row and the column; under on_error="collect" a bad cell fails
its own row only."""

from __future__ import annotations

import datetime
from decimal import Decimal as D
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

import aci

d = datetime.date
N = 4


def base(**extra: Any) -> dict[str, Any]:
    """Four contract-years engaging accès aux soins, at the national envelopes."""
    return {
        "contract": [f"C{i}" for i in range(N)],
        "signed": [d(2023, 1, 1)] * N,
        "population": [100000] * N,
        "year": [1] * N,
        "acces_aux_soins_start": [d(2023, 1, 1)] * N,
        **extra,
    }


@pytest.fixture(scope="module")
def reference(engine: aci.Engine) -> list[D]:
    return engine.batch(pa.table(base())).totals.column("total").to_pylist()


# ---- unknown columns ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typo", "known"),
    [
        ("acces_aux_soins_fixd", "acces_aux_soins_fixed"),
        ("acces_aux_soins_achievment", "acces_aux_soins_achievement"),
        ("operating_amout", "operating_amount"),
        ("crisis_recognized", "crisis_recognised"),
        ("prevension_start", "prevention_start"),
    ],
)
def test_unknown_column_is_an_error_naming_the_nearest_known_one(engine: aci.Engine, typo: str, known: str) -> None:
    table = pa.table(base(**{typo: [D("1000")] * N}))
    with pytest.raises(aci.InvalidInputError, match=f"'{typo}'.*did you mean '{known}'") as e:
        engine.batch(table)
    assert e.value.field == typo and e.value.row is None
    # Before any row: on_error="collect" does not turn it into row errors.
    with pytest.raises(aci.InvalidInputError, match=typo):
        engine.batch(table, on_error="collect")
    # The same from pandas and polars.
    with pytest.raises(aci.InvalidInputError, match=typo):
        engine.batch(pd.DataFrame(base(**{typo: ["1000"] * N})))
    with pytest.raises(aci.InvalidInputError, match=typo):
        engine.batch(pl.DataFrame(base(**{typo: ["1000"] * N})))


def test_ignore_ignores_unknown_columns_but_not_misspelt_mission_columns(engine: aci.Engine, reference: list[D]) -> None:
    table = pa.table(base(scenario=["a", "b", "c", "d"], notes=[None] * N))
    assert engine.batch(table, extra_columns="ignore").totals.column("total").to_pylist() == reference
    for typo in ("acces_aux_soins_fixd", "prevension_start", "parcours_variabel"):
        with pytest.raises(aci.InvalidInputError, match=f"'{typo}'.*does not ignore"):
            engine.batch(pa.table(base(**{typo: ["1"] * N})), extra_columns="ignore")
    with pytest.raises(aci.InvalidInputError, match="extra_columns = 'keep' is not allowed"):
        engine.batch(table, extra_columns="keep")  # type: ignore[arg-type]


@pytest.mark.parametrize("lines", [True, False])
def test_key_columns_are_carried_into_both_outputs_in_order(engine: aci.Engine, reference: list[D], lines: bool) -> None:
    region = pa.array(["Bretagne", "Occitanie", "Bretagne", None]).dictionary_encode()
    table = pa.table(base(region=region, cpam=pa.array([351, 311, 352, 971], pa.int16())))
    table = pa.Table.from_batches(table.to_batches(max_chunksize=3))  # keys across record batches
    out = engine.batch(table, extra_columns=["cpam", "region"], lines=lines, on_error="collect")
    totals = out.totals
    assert totals.column_names[:3] == ["row", "cpam", "region"]
    assert totals.schema.field("cpam").type == pa.int16()
    assert totals.schema.field("region").type == region.type
    assert totals.column("cpam").to_pylist() == [351, 311, 352, 971]
    assert totals.column("region").to_pylist() == ["Bretagne", "Occitanie", "Bretagne", None]
    assert totals.column("total").to_pylist() == reference
    if lines:
        got = out.lines
        assert got.column_names[:3] == ["row", "cpam", "region"]
        by_row = dict(zip(totals.column("row").to_pylist(), totals.column("cpam").to_pylist()))
        assert got.num_rows > N
        assert all(by_row[r] == c for r, c in zip(got.column("row").to_pylist(), got.column("cpam").to_pylist()))
    else:
        assert out.lines is None
    # Any other unknown column is still an error.
    with pytest.raises(aci.InvalidInputError, match="'scenario'.*not one of the key columns"):
        engine.batch(table.append_column("scenario", pa.array(["x"] * N)), extra_columns=["cpam", "region"])


def test_key_columns_from_pandas_and_polars(engine: aci.Engine, reference: list[D]) -> None:
    df = pd.DataFrame(base(region=["Bretagne", "Occitanie", "Bretagne", "Corse"]))
    totals = engine.batch(df, extra_columns=["region"]).totals
    assert list(totals.columns[:2]) == ["row", "region"]
    assert list(totals["region"]) == ["Bretagne", "Occitanie", "Bretagne", "Corse"]
    assert list(totals["total"]) == reference
    lines = engine.batch(pl.DataFrame(base(region=["B", "O", "B", "C"])), extra_columns=("region",)).lines
    assert lines.columns[:2] == ["row", "region"] and set(lines["region"]) == {"B", "O", "C"}


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        (["region"], "key column 'region' is not in the input"),
        (["contract"], "'contract' is a column the batch reads"),
        (["total"], "key column 'total' has the name of an output column"),
        (["cpam", "cpam"], "'cpam' is given twice"),
    ],
)
def test_bad_key_columns(engine: aci.Engine, keys: list[str], message: str) -> None:
    table = pa.table(base(cpam=[1] * N, total=[0] * N))
    with pytest.raises(aci.InvalidInputError, match=message):
        engine.batch(table, extra_columns=keys)


# ---- NaN, infinities, unreadable cells ------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "bad"),
    [
        ("acces_aux_soins_fixed", D("NaN")),
        ("acces_aux_soins_fixed", float("nan")),
        ("acces_aux_soins_variable", D("Infinity")),
        ("acces_aux_soins_achievement", D("-Infinity")),
        ("acces_aux_soins_achievement", float("inf")),
        ("operating_amount", D("sNaN")),
    ],
)
def test_nan_and_infinities_in_pandas_fail_their_row(engine: aci.Engine, column: str, bad: object) -> None:
    good = D("0.5") if column.endswith("achievement") else D("1000")
    df = pd.DataFrame(base(**{column: [good, bad, None, good]}))
    with pytest.raises(aci.InvalidInputError, match=rf"^row 1 \(contract 'C1', year 1\): column '{column}': .* is not a finite number") as e:
        engine.batch(df)
    assert e.value.row == 1 and e.value.field == column and e.value.kind == "not_finite"
    totals = engine.batch(df, on_error="collect", output="pyarrow").totals
    errors = totals.column("error").to_pylist()
    assert [i for i, x in enumerate(errors) if x] == [1]
    assert totals.column("total")[1].as_py() is None
    # The other rows are computed as they would be alone; None is "not known".
    alone = engine.batch(df.drop(index=1), output="pyarrow").totals.column("total").to_pylist()
    assert [t for i, t in enumerate(totals.column("total").to_pylist()) if i != 1] == alone


@pytest.mark.parametrize("text", ["NaN", "nan", "-inf", "Infinity", " +inf "])
def test_non_finite_text_fails_its_row(engine: aci.Engine, text: str) -> None:
    table = pa.table(base(acces_aux_soins_fixed=["1000", text, None, "2000"]))
    totals = engine.batch(table, on_error="collect").totals
    errors = totals.column("error").to_pylist()
    assert [i for i, x in enumerate(errors) if x] == [1]
    assert "column 'acces_aux_soins_fixed'" in errors[1] and "not a finite number" in errors[1]


def test_a_cell_of_a_mission_not_engaged_in_its_row_is_ignored(engine: aci.Engine) -> None:
    starts = pa.array([d(2023, 1, 1), None, d(2023, 1, 1), None], pa.date32())
    table = pa.table(base(prevention_start=starts, prevention_fixed=["1000", "NaN", "2000", "abc"]))
    totals = engine.batch(table, on_error="collect").totals
    assert totals.column("error").to_pylist() == [None] * N


@pytest.mark.parametrize(
    ("column", "values", "message"),
    [
        ("signed", ["2023-01-01", "2023-13-01", "2023-01-01", "2023-01-01"], "'2023-13-01' is not a date"),
        ("acces_aux_soins_start", ["2023-01-01", "soon", "2023-01-01", "2023-01-01"], "'soon' is not a date"),
        ("acces_aux_soins_fixed", ["1000", "1 000", "1000", "1000"], "'1 000' is not a decimal"),
        ("population", pa.array([100000, 2**63 + 5, 100000, 100000], pa.uint64()), "is not a 64-bit whole number"),
        ("acces_aux_soins_end", pa.array([None, 10**7, None, None], pa.date32()), "not a valid date"),
        ("acces_aux_soins_fixed", pa.array([D(1), D(10) ** 30, D(1), D(1)], pa.decimal128(38, 0)), "does not fit in a decimal"),
    ],
)
def test_an_unreadable_cell_fails_only_its_row(engine: aci.Engine, column: str, values: Any, message: str) -> None:
    table = pa.table(base(**{column: values}))
    totals = engine.batch(table, on_error="collect").totals
    errors = totals.column("error").to_pylist()
    assert [i for i, x in enumerate(errors) if x] == [1]
    assert errors[1].startswith(f"row 1 (contract 'C1'") and f"column '{column}': " in errors[1]
    assert message in errors[1]
    assert all(t is not None for i, t in enumerate(totals.column("total").to_pylist()) if i != 1)
    with pytest.raises(aci.InvalidInputError, match=rf"^row 1 .*column '{column}'") as e:
        engine.batch(table)
    assert e.value.row == 1 and e.value.field == column


def test_rows_are_numbered_across_record_batches(engine: aci.Engine) -> None:
    table = pa.table({k: v * 3 for k, v in base().items()} | {"contract": [f"C{i}" for i in range(3 * N)]})
    dates = ["2023-01-01"] * (3 * N)
    dates[9] = "never"
    table = table.set_column(table.schema.get_field_index("signed"), "signed", pa.array(dates))
    chunked = pa.Table.from_batches(table.to_batches(max_chunksize=5))
    totals = engine.batch(chunked, on_error="collect").totals
    errors = totals.column("error").to_pylist()
    assert [i for i, x in enumerate(errors) if x] == [9]
    assert errors[9].startswith("row 9 (contract 'C9', year 1): column 'signed'")


def test_core_errors_name_the_column(engine: aci.Engine) -> None:
    table = pa.table(base(acces_aux_soins_achievement=["0.5", "1.5", "0.5", "0.5"]))
    with pytest.raises(aci.InvalidInputError, match=r"^row 1 \(contract 'C1', year 1, column 'acces_aux_soins_achievement'\): .*1\.5 is out of range"):
        engine.batch(table)
    small = pa.table(base(population=[20000] * N))  # taille 1: no national fixed part
    with pytest.raises(aci.MissingAmountError, match=r"^row 0 \(contract 'C0', year 1, column 'acces_aux_soins_fixed'\)"):
        engine.batch(small)
    # A message that names the column already is left as it is.
    with pytest.raises(aci.InvalidInputError, match=r"^row 0 \(contract 'C0', year 1\): population = 0"):
        engine.batch(pa.table(base(population=[0] * N)))


# ---- the columns the batch reads, the dates it can hold ---------------------------------------

SUFFIXES = ("start", "end", "fixed", "fixed_first_year", "variable", "achievement")


@pytest.mark.parametrize("extra", ["error", "ignore", []])
def test_every_documented_column_is_read(engine: aci.Engine, reference: list[D], extra: Any) -> None:
    """Every column of help(aci.Engine.batch) passes the column check; null is "not known"."""
    money = pa.array([None] * N, pa.decimal128(12, 2))
    table = pa.table(base(years=[5] * N, operating_amount=money, crisis_recognised=[None] * N))
    for m in aci.MISSIONS:
        for s in SUFFIXES:
            if f"{m}_{s}" not in table.column_names:
                kind = pa.date32() if s in ("start", "end") else pa.decimal128(12, 2)
                table = table.append_column(f"{m}_{s}", pa.array([None] * N, kind))
    assert table.num_columns == 7 + len(aci.MISSIONS) * len(SUFFIXES)
    assert engine.batch(table, extra_columns=extra).totals.column("total").to_pylist() == reference


def test_a_column_given_twice_is_an_error(engine: aci.Engine) -> None:
    table = pa.table(base())
    twice = table.append_column("year", table.column("year"))
    for extra in ("error", "ignore"):
        with pytest.raises(aci.InvalidInputError, match="^column 'year' appears twice in the input$") as e:
            engine.batch(twice, extra_columns=extra)
        assert e.value.field == "year" and e.value.row is None


def test_dates_are_read_up_to_the_last_day_of_9999(engine: aci.Engine) -> None:
    last = 2_932_896  # 9999-12-31, day 0 being 1970-01-01
    days = pa.array([19_723, last, last + 1, -4_371_588], pa.date32())
    errors = engine.batch(pa.table(base(acces_aux_soins_end=days)), on_error="collect").totals.column("error")
    assert errors.to_pylist()[:2] == [None, None]
    for row, day in ((2, last + 1), (3, -4_371_588)):
        assert f"column 'acces_aux_soins_end': day {day} from 1970-01-01 is not a valid date (years 1 to 9999)" in errors[row].as_py()


def test_line_dictionaries_hold_every_value_in_breakdown_order(engine: aci.Engine) -> None:
    lines = engine.batch(pa.table(base())).lines.combine_chunks()
    items = ["fonctionnement", "fonctionnement.difference_majoration"]
    items += [f"{m}.{part}" for m in aci.MISSIONS for part in ("fixe", "variable")]
    assert lines.column("item").chunk(0).dictionary.to_pylist() == items
    reasons = ["mission_not_engaged", "mission_not_active_this_year", "mission_not_in_version"]
    assert lines.column("not_applicable").chunk(0).dictionary.to_pylist() == reasons
