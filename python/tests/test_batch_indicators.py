"""Batch of contracts with indicators (docs/batch.md): a contract-year table and an indicator table
in long form, equal to the per-contract API on every line, from pyarrow, pandas and polars; the
errors name the contract-year row, the indicator row and the column."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aci
from aci.sample_batch import generate, per_contract

D = Decimal


def check_equal(lines: pa.Table, totals: pa.Table, expected: list[Any]) -> None:
    """Every total and every line (item, amount, not applicable) equal to the per-contract API."""
    assert totals.column("total").to_pylist() == [y.total for y in expected]
    assert totals.column("missing_inputs").to_pylist() == [
        "; ".join(y.missing_inputs) or None for y in expected
    ]
    got = {
        (r, i): (a, na)
        for r, i, a, na in zip(
            lines.column("row").to_pylist(),
            lines.column("item").to_pylist(),
            lines.column("amount").to_pylist(),
            lines.column("not_applicable").to_pylist(),
        )
    }
    want = {(row, l.item): (l.amount, l.not_applicable) for row, y in enumerate(expected) for l in y.lines}
    assert got == want


@pytest.fixture(scope="module")
def sample() -> tuple[pa.Table, pa.Table]:
    return generate(40, seed=3)


@settings(max_examples=15)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 25))
def test_generated_batches_equal_the_per_contract_api(seed: int, n: int) -> None:
    engine = aci.Engine()
    contract_years, indicators = generate(n, seed=seed)
    lines, totals = engine.batch(contract_years, indicators)
    check_equal(lines, totals, per_contract(engine, contract_years, indicators))


def test_the_indicators_are_paid_and_half_cent_ties_happen(sample: tuple[pa.Table, pa.Table]) -> None:
    """The sample pays variable parts from its indicators, and some proportional payments fall on
    a half cent before rounding (the generator's purpose): the test above compares those too."""
    contract_years, indicators = sample
    lines, _ = aci.Engine().batch(contract_years, indicators)
    variable = pc.filter(lines, pc.ends_with(pc.cast(lines.column("item"), pa.string()), ".variable"))
    assert sum(a for a in variable.column("amount").to_pylist() if a) > 0
    prop = indicators.filter(pc.equal(indicators.column("kind"), "proportional"))
    ties = [
        (a * (D("0.50") - D("0.30")) / D("0.40"))
        for a, v in zip(prop.column("amount").to_pylist(), prop.column("value").to_pylist())
        if v == D("0.50")
    ]
    assert any(t.as_tuple().exponent == -3 and str(t).endswith("5") for t in ties)


@pytest.mark.parametrize("kind", ["pandas", "polars", "batches"])
def test_pandas_polars_and_record_batches_give_the_same(sample: tuple[pa.Table, pa.Table], kind: str) -> None:
    contract_years, indicators = sample
    engine = aci.Engine()
    ref_lines, ref_totals = engine.batch(contract_years, indicators)
    if kind == "pandas":
        data: Any = (contract_years.to_pandas(), indicators.to_pandas())
    elif kind == "polars":
        data = (pl.from_arrow(contract_years), pl.from_arrow(indicators))
    else:  # several record batches in each table
        data = (
            pa.Table.from_batches(contract_years.to_batches(max_chunksize=7)),
            pa.Table.from_batches(indicators.to_batches(max_chunksize=50)),
        )
    lines, totals = engine.batch(*data, output="pyarrow")
    assert totals.column("total").to_pylist() == ref_totals.column("total").to_pylist()
    assert lines.column("amount").to_pylist() == ref_lines.column("amount").to_pylist()


@pytest.mark.parametrize("threads", [1, 2, 3])
def test_threads_do_not_change_results(sample: tuple[pa.Table, pa.Table], threads: int) -> None:
    ref = aci.Engine().batch(*sample, threads=1)
    got = aci.Engine().batch(*sample, threads=threads)
    assert got.lines.equals(ref.lines) and got.totals.equals(ref.totals)


def test_totals_only_equal_the_sum_of_the_lines(sample: tuple[pa.Table, pa.Table]) -> None:
    full = aci.Engine().batch(*sample)
    only = aci.Engine().batch(*sample, lines=False)
    assert only.lines is None
    assert only.totals.column("total").to_pylist() == full.totals.column("total").to_pylist()


# ---- errors ---------------------------------------------------------------------------------

def one_contract() -> tuple[pa.Table, list[dict[str, Any]]]:
    contract_years, indicators = generate(2, seed=11)
    return contract_years, indicators.to_pylist()


def with_cell(rows: list[dict[str, Any]], j: int, **cells: Any) -> list[dict[str, Any]]:
    rows = [dict(r) for r in rows]
    rows[j].update(cells)
    return rows


def table(rows: list[dict[str, Any]], like: pa.Table | None = None) -> pa.Table:
    schema = generate(1, seed=0)[1].schema if like is None else like.schema
    return pa.Table.from_pylist(rows, schema=schema)


@pytest.mark.parametrize(
    ("cells", "row_message"),
    [
        ({"kind": "tierd"}, "column 'kind': 'tierd' is not allowed; allowed: binary, tiered, proportional"),
        ({"direction": "up"}, "column 'direction': 'up' is not allowed"),
        ({"mission": "prevension"}, "column 'mission': unknown mission 'prevension'"),
        ({"mission": "crises_sanitaires"}, "column 'mission'"),
        ({"tier2_threshold": D("0.10")}, "then tier 2 (threshold 0.1000"),
        ({"tier2_amount": None}, "column 'tier2_amount' is null while tier 2's threshold is given"),
        ({"value": D("1.5")}, "column 'value'"),
    ],
)
def test_a_bad_indicator_row_fails_its_contract_year_naming_the_indicator_row_and_column(
    cells: dict[str, Any], row_message: str
) -> None:
    contract_years, rows = one_contract()
    j = 31  # the second contract-year's second indicator: tiered rising, rates, step
    assert rows[j]["contract"] == contract_years.column("contract")[1].as_py()
    assert rows[j]["kind"] == "tiered" and rows[j]["unit"] == "rate"
    bad = table(with_cell(rows, j, **cells))
    _, totals = aci.Engine().batch(contract_years, bad, on_error="collect")
    errors = totals.column("error").to_pylist()
    assert errors[0] is None
    assert errors[1].startswith(f"row 1 (contract 'CPTS-000001', year {rows[j]['year']}, indicator row {j} '{rows[j]['indicator']}'")
    assert row_message in errors[1]
    with pytest.raises(aci.AciError) as e:
        aci.Engine().batch(contract_years, bad)
    assert e.value.row == 1


def test_indicators_above_the_envelope_name_the_variable_column() -> None:
    contract_years, rows = one_contract()
    small = contract_years.set_column(
        contract_years.schema.get_field_index("prevention_variable"),
        contract_years.schema.field("prevention_variable"),
        pa.array([D("1.00"), None], pa.decimal128(12, 2)),
    )
    _, totals = aci.Engine().batch(small, table(rows), on_error="collect")
    error = totals.column("error").to_pylist()[0]
    assert error.startswith("row 0 (contract 'CPTS-000000', year")
    assert "prevention_variable" in error
    assert totals.column("error").to_pylist()[1] is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda rows: with_cell(rows, 59, contract="CPTS-0000001"),
         "indicators: row 59: contract 'CPTS-0000001', year"),
        (lambda rows: rows[:3] + rows[40:45] + rows[3:40] + rows[45:],
         "are not together"),
        (lambda rows: with_cell(rows, 2, year=None), "indicators: row 2: column 'year' is null"),
    ],
)
def test_indicator_rows_that_cannot_be_joined_fail_the_batch(change: Any, message: str) -> None:
    contract_years, rows = one_contract()
    with pytest.raises(aci.InvalidInputError, match=message):
        aci.Engine().batch(contract_years, table(change(rows)), on_error="collect")


def test_indicator_columns_are_checked_by_name_and_type() -> None:
    contract_years, rows = one_contract()
    good = table(rows)
    with pytest.raises(aci.InvalidInputError, match="unknown column 'tresholds'; did you mean"):
        aci.Engine().batch(contract_years, good.append_column("tresholds", pa.array([None] * len(rows))))
    with pytest.raises(aci.InvalidInputError, match="column 'tier3_amount' is missing"):
        aci.Engine().batch(contract_years, good.drop_columns(["tier3_amount"]))
    with pytest.raises(aci.InvalidInputError, match="missing column 'kind'"):
        aci.Engine().batch(contract_years, good.drop_columns(["kind"]))
    floats = good.set_column(
        good.schema.get_field_index("amount"), "amount", pc.cast(good.column("amount"), pa.float64())
    )
    with pytest.raises(aci.FloatAmountError):
        aci.Engine().batch(contract_years, floats)


def test_a_contract_year_without_indicator_rows_has_none(sample: tuple[pa.Table, pa.Table]) -> None:
    """Its missions with indicators then have nothing observed: as the per-contract API says."""
    contract_years, indicators = sample
    first = contract_years.column("contract")[0].as_py()
    rest = indicators.filter(pc.not_equal(indicators.column("contract"), first))
    lines, totals = aci.Engine().batch(contract_years, rest)
    check_equal(lines, totals, per_contract(aci.Engine(), contract_years, rest))


def test_errors_in_french() -> None:
    contract_years, rows = one_contract()
    bad = table(with_cell(rows, 31, tier2_threshold=D("0.10")))
    aci.set_lang("fr")
    try:
        _, totals = aci.Engine().batch(contract_years, bad, on_error="collect")
    finally:
        aci.set_lang("en")
    error = totals.column("error").to_pylist()[1]
    assert error.startswith("ligne 1 (contract 'CPTS-000001'")
    assert "palier 2 (seuil 0.1000" in error


def test_the_example_of_docs_batch_md() -> None:
    """docs/batch.md's example: 1 000.00 + 2 000.00 + 1 500.005 rounded once = 4 500.01 €."""
    import datetime

    contract_years = pa.table({
        "contract": ["CPTS A"], "signed": [datetime.date(2023, 1, 1)], "population": [100000], "year": [2],
        "prevention_start": [datetime.date(2023, 1, 1)],
        "prevention_variable": pa.array([D("20000.00")], pa.decimal128(12, 2)),
    })
    n = [None, None, None]
    indicators = pl.DataFrame({
        "contract": ["CPTS A"] * 3, "year": [2] * 3, "mission": ["prevention"] * 3,
        "indicator": ["charte", "depistage", "sans_mt"], "kind": ["binary", "tiered", "proportional"],
        "unit": [None, "rate", "count"], "direction": [None, "rising", "falling"], "between": [None, "step", None],
        "amount": ["1000.00", None, "3000.01"], "baseline": [None, None, "500"], "target": [None, None, "300"],
        "tier1_threshold": [None, "0.50", None], "tier1_amount": [None, "2000.00", None],
        "tier2_threshold": [None, "0.60", None], "tier2_amount": [None, "5000.00", None],
        "done": [True, None, None], "value": [None, "0.55", "400"], "_": n,
    }).drop("_")
    lines, totals = aci.Engine().batch(contract_years, indicators)
    amounts = dict(zip(lines.column("item").to_pylist(), lines.column("amount").to_pylist()))
    assert amounts["prevention.variable"] == D("4500.01")
    assert totals.column("total").to_pylist() == [D("97000.01")]


def test_the_sample_module_docstring_example() -> None:
    import doctest

    import aci.sample_batch

    result = doctest.testmod(aci.sample_batch)
    assert result.attempted >= 4 and result.failed == 0
