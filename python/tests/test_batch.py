"""Batch: DataFrames and Arrow tables in, lines and totals out; equal to one-by-one results."""

from __future__ import annotations

import datetime
import random
from decimal import Decimal
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aci
from aci_strategies import contracts, results_for

D = Decimal
d = datetime.date
MISSIONS = list(aci.MISSIONS)
MONEY = pa.decimal128(12, 2)
SHARE = pa.decimal128(6, 4)


def random_rows(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """Contract-years of every taille, with the contracts' own envelopes, some missions not
    engaged, some achievements missing."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        signed = d(2019, 9, 1) + datetime.timedelta(days=rng.randrange(0, 6 * 365))
        row: dict[str, Any] = {
            "contract": f"CPTS-{i // 3}",
            "signed": signed,
            "population": rng.randrange(5_000, 400_000),
            "year": rng.randrange(1, 6),
            "crisis_recognised": rng.random() < 0.3,
        }
        if rng.random() < 0.1:
            row["operating_amount"] = D(rng.randrange(4_000_000, 9_000_000)).scaleb(-2)
        for m in MISSIONS:
            if rng.random() < 0.7:
                row[f"{m}_start"] = signed + datetime.timedelta(days=rng.randrange(0, 900))
                row[f"{m}_fixed"] = D(rng.randrange(1_000_000, 9_000_000)).scaleb(-2)
                row[f"{m}_variable"] = D(rng.randrange(1_000_000, 5_000_000)).scaleb(-2)
                if rng.random() < 0.8:
                    row[f"{m}_achievement"] = D(rng.randrange(0, 10_001)).scaleb(-4)
            else:
                row[f"{m}_start"] = None
        rows.append(row)
    return rows


def to_table(rows: list[dict[str, Any]]) -> pa.Table:
    cols = {k: [r.get(k) for r in rows] for k in rows[0] | {k: None for r in rows for k in r}}
    types = {}
    for k in cols:
        if k.endswith(("_fixed", "_variable")) or k == "operating_amount":
            types[k] = MONEY
        elif k.endswith("_achievement"):
            types[k] = SHARE
        elif k.endswith("_start") or k == "signed":
            types[k] = pa.date32()
    return pa.table({k: pa.array(v, types.get(k)) for k, v in cols.items()})


def frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The rows as a pandas DataFrame, None where a row has no value. (`pd.DataFrame(rows)` puts
    float NaN where a row lacks a key, and NaN in a money or rate column fails its row.)"""
    keys = dict.fromkeys(k for r in rows for k in r)
    return pd.DataFrame([{k: r.get(k) for k in keys} for r in rows])


def one_by_one(rows: list[dict[str, Any]], engine: aci.Engine) -> list[aci.YearFunding]:
    """The same rows through the single-call API, as contract mappings."""
    out = []
    for r in rows:
        missions, shares = [], {}
        for m in MISSIONS:
            if r.get(f"{m}_start") is None:
                continue
            missions.append({"id": m, "start": r[f"{m}_start"], "fixed": r[f"{m}_fixed"], "variable": r[f"{m}_variable"]})
            if r.get(f"{m}_achievement") is not None:
                shares[m] = r[f"{m}_achievement"]
        spec = {"name": r["contract"], "signed": r["signed"], "population": r["population"], "missions": missions}
        if r.get("operating_amount") is not None:
            spec["operating_amount"] = r["operating_amount"]
        results = {"missions": shares, "crisis_recognised": r["crisis_recognised"]}
        out.append(engine.year(spec, r["year"], results, explain=False))
    return out


def check_equal(lines: pa.Table, totals: pa.Table, expected: list[aci.YearFunding]) -> None:
    assert totals.num_rows == len(expected)
    assert totals.column("row").to_pylist() == list(range(len(expected)))
    assert totals.column("total").to_pylist() == [y.total for y in expected]
    assert totals.column("taille").to_pylist() == [y.taille for y in expected]
    assert totals.column("version").to_pylist() == [y.version for y in expected]
    assert totals.column("year_start").to_pylist() == [y.year_start for y in expected]
    got: dict[tuple[int, str], Any] = {
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


def decoded(table: pa.Table) -> pa.Table:
    """The table with its dictionary-encoded columns as plain values."""
    return table.cast(
        pa.schema(
            [f.with_type(f.type.value_type) if pa.types.is_dictionary(f.type) else f for f in table.schema]
        )
    )


@pytest.fixture(scope="module")
def sample() -> list[dict[str, Any]]:
    return random_rows(600)


def test_pyarrow_batch_equals_one_by_one(engine: aci.Engine, sample: list[dict[str, Any]]) -> None:
    lines, totals = engine.batch(to_table(sample))
    assert isinstance(lines, pa.Table) and isinstance(totals, pa.Table)
    assert lines.schema.field("amount").type == pa.decimal128(20, 2)
    assert totals.schema.field("total").type == pa.decimal128(20, 2)
    check_equal(lines, totals, one_by_one(sample, engine))


@pytest.mark.parametrize("threads", [1, 2, 5])
def test_threads_do_not_change_results(engine: aci.Engine, sample: list[dict[str, Any]], threads: int) -> None:
    table = to_table(sample)
    ref = engine.batch(table, threads=1)
    got = engine.batch(table, threads=threads)
    assert got.lines.equals(ref.lines) and got.totals.equals(ref.totals)


def test_record_batches_and_chunks(engine: aci.Engine, sample: list[dict[str, Any]]) -> None:
    table = to_table(sample)
    chunked = pa.Table.from_batches(table.to_batches(max_chunksize=97))
    assert chunked.column("year").num_chunks > 1
    ref = engine.batch(table)
    got = engine.batch(chunked)
    # The dictionary of lines.contract is per output chunk, so compare decoded values.
    assert got.totals.equals(ref.totals) and decoded(got.lines).equals(decoded(ref.lines))
    one = engine.batch(table.to_batches()[0])
    assert one.totals.num_rows == table.to_batches()[0].num_rows


def test_pandas_in_pandas_out(engine: aci.Engine, sample: list[dict[str, Any]]) -> None:
    df = frame(sample[:100])  # Decimal and date objects, None for missing
    lines, totals = engine.batch(df)
    assert isinstance(lines, pd.DataFrame) and isinstance(totals, pd.DataFrame)
    expected = one_by_one(sample[:100], engine)
    assert list(totals["total"]) == [y.total for y in expected]
    assert all(isinstance(x, Decimal) for x in totals["total"])
    assert list(totals["contract"]) == [r["contract"] for r in sample[:100]]
    arrow = engine.batch(df, output="pyarrow")
    check_equal(arrow.lines, arrow.totals, expected)


def test_polars_in_polars_out(engine: aci.Engine, sample: list[dict[str, Any]]) -> None:
    df = pl.from_arrow(to_table(sample))
    assert isinstance(df, pl.DataFrame)
    assert df.schema["parcours_fixed"] == pl.Decimal(12, 2)
    lines, totals = engine.batch(df)
    assert isinstance(lines, pl.DataFrame) and isinstance(totals, pl.DataFrame)
    assert totals["total"].dtype == pl.Decimal(20, 2)
    assert totals["total"].to_list() == [y.total for y in one_by_one(sample, engine)]
    lazy = engine.batch(df.lazy())
    assert lazy.totals.equals(totals)


def test_strings_and_ints_are_exact_inputs(engine: aci.Engine) -> None:
    rows = random_rows(20, seed=3)
    table = to_table(rows)
    as_text = table.set_column(
        table.schema.get_field_index("parcours_fixed"),
        "parcours_fixed",
        pa.array([None if v is None else str(v) for v in table.column("parcours_fixed").to_pylist()]),
    ).set_column(
        table.schema.get_field_index("signed"),
        "signed",
        pa.array([v.isoformat() for v in table.column("signed").to_pylist()]),
    ).set_column(
        table.schema.get_field_index("population"),
        "population",
        table.column("population").cast(pa.int32()),
    )
    assert engine.batch(as_text).totals.equals(engine.batch(table).totals)


def test_float_columns_are_refused(engine: aci.Engine) -> None:
    df = pd.DataFrame(random_rows(5))
    df["prevention_fixed"] = [float(x) if x is not None else None for x in df["prevention_fixed"]]
    with pytest.raises(aci.FloatAmountError, match="column 'prevention_fixed' has a float type") as e:
        engine.batch(df)
    assert e.value.field == "prevention_fixed"
    df2 = pd.DataFrame(random_rows(5))
    df2["parcours_achievement"] = 0.5
    with pytest.raises(aci.FloatAmountError, match="parcours_achievement"):
        engine.batch(df2)


def test_errors_name_the_row(engine: aci.Engine) -> None:
    rows = random_rows(10)
    rows[6]["population"] = 0
    with pytest.raises(aci.InvalidInputError, match=r"^row 6 \(contract 'CPTS-2', year \d\): population = 0 is out of range") as e:
        engine.batch(to_table(rows))
    assert e.value.row == 6 and e.value.kind == "out_of_range" and e.value.field == "population"

    rows = random_rows(10)
    rows[3]["parcours_start"] = rows[3]["signed"]
    rows[3]["parcours_fixed"] = None
    rows[3]["population"] = 20_000  # taille 1: no national amount
    with pytest.raises(aci.MissingAmountError, match=r"^row 3 .*missions\.parcours\.fixed") as e2:
        engine.batch(to_table(rows))
    assert e2.value.row == 3

    lines, totals = engine.batch(to_table(rows), on_error="collect")
    errors = totals.column("error").to_pylist()
    assert [i for i, x in enumerate(errors) if x] == [3]
    assert errors[3].startswith("row 3 ")
    assert totals.column("total")[3].as_py() is None
    assert 3 not in set(lines.column("row").to_pylist())


def test_column_errors(engine: aci.Engine) -> None:
    table = to_table(random_rows(4))
    with pytest.raises(aci.InvalidInputError, match="missing column 'signed'"):
        engine.batch(table.drop_columns(["signed"]))
    with pytest.raises(aci.InvalidInputError, match="unknown mission 'prevension'"):
        engine.batch(table.rename_columns([c.replace("prevention", "prevension") for c in table.column_names]))
    with pytest.raises(aci.InvalidInputError, match="column 'year' must hold whole numbers"):
        engine.batch(table.set_column(table.schema.get_field_index("year"), "year", pa.array(["x"] * 4)))
    nulls = table.set_column(table.schema.get_field_index("signed"), "signed", pa.array([None] * 4, pa.date32()))
    with pytest.raises(aci.InvalidInputError, match=r"row 0.*column 'signed' is null"):
        engine.batch(nulls)
    with pytest.raises(aci.InvalidInputError, match="on_error"):
        engine.batch(table, on_error="ignore")  # type: ignore[arg-type]
    with pytest.raises(aci.InvalidInputError, match="expected a pandas or polars DataFrame"):
        engine.batch([{"contract": "x"}])


def test_options_apply_in_batch(sample: list[dict[str, Any]]) -> None:
    engine = aci.Engine(proration="months", uplift="annual", prorate_variable=True)
    lines, totals = engine.batch(to_table(sample[:200]))
    check_equal(lines, totals, one_by_one(sample[:200], engine))


@settings(max_examples=25)
@given(st.lists(st.tuples(contracts(), st.integers(1, 5), st.data()), min_size=1, max_size=8))
def test_batch_contracts_equals_one_by_one(items: list[Any]) -> None:
    engine = aci.Engine()
    prepared = [(spec, year, data.draw(results_for(spec))) for spec, year, data in items]
    prepared = [(s, y, r) for s, y, r in prepared if y <= engine.contract_years(s)]
    if not prepared:
        return
    lines, totals = engine.batch_contracts(prepared)
    expected = [engine.year(s, y, r, explain=False) for s, y, r in prepared]
    check_equal(lines, totals, expected)


def indicator_spec() -> dict[str, Any]:
    """A contract whose prevention mission pays a binary indicator (1 000 €)."""
    return {
        "name": "Indic",
        "signed": d(2023, 1, 1),
        "population": 100000,
        "missions": [{"id": "prevention", "start": d(2023, 1, 1), "variable": D("10000"),
                      "indicators": [{"id": "charte", "kind": "binary", "amount": D("1000")}]}],
    }


def test_batch_contracts_with_indicators_and_errors(engine: aci.Engine) -> None:
    spec = indicator_spec()
    items = [
        {"contract": spec, "year": 1, "results": {"indicators": {"charte": True}}},
        (aci.Contract(spec), 2),
        (spec, 1, {"indicators": {"charte": 0.5}}),  # a float: refused, names the row
    ]
    with pytest.raises(aci.FloatAmountError, match=r"^row 2 \(contract 'Indic', year 1\)") as e:
        engine.batch_contracts(items)
    assert e.value.row == 2
    lines, totals = engine.batch_contracts(items, on_error="collect", output="pandas")
    assert list(totals["total"][:2]) == [D("93500.00"), D("92500.00")]
    assert totals["error"][2].startswith("row 2")
    pl_lines, _ = engine.batch_contracts(items[:2], output="polars")
    assert isinstance(pl_lines, pl.DataFrame)


def test_pandas_arrow_output(engine: aci.Engine, sample: list[dict[str, Any]]) -> None:
    df = to_table(sample[:50]).to_pandas(types_mapper=pd.ArrowDtype)
    lines, totals = engine.batch(df, output="pandas_arrow")
    assert isinstance(totals["total"].dtype, pd.ArrowDtype)
    assert list(totals["total"]) == [y.total for y in one_by_one(sample[:50], engine)]
    with pytest.raises(aci.InvalidInputError, match="output"):
        engine.batch(df, output="excel")  # type: ignore[arg-type]


def test_lines_are_dictionary_encoded(engine: aci.Engine, sample: list[dict[str, Any]]) -> None:
    lines, _ = engine.batch(to_table(sample[:50]))
    for col in ("contract", "item", "not_applicable"):
        assert pa.types.is_dictionary(lines.schema.field(col).type), col
    assert set(lines.column("item").to_pylist()) <= {
        "fonctionnement",
        "fonctionnement.difference_majoration",
        *(f"{m}.{part}" for m in MISSIONS for part in ("fixe", "variable")),
    }
    df_lines, _ = engine.batch(frame(sample[:50]))
    assert isinstance(df_lines["item"].dtype, pd.CategoricalDtype)
    assert list(df_lines["contract"].astype(str)) == lines.column("contract").to_pylist()
    pl_lines, _ = engine.batch(pl.from_arrow(to_table(sample[:50])))
    assert pl_lines["item"].dtype == pl.Categorical


def test_totals_only_equals_one_by_one(engine: aci.Engine, sample: list[dict[str, Any]]) -> None:
    table = to_table(sample)
    for threads in (1, 2):
        lines, totals = engine.batch(table, lines=False, threads=threads)
        assert lines is None
        assert totals.column_names == ["row", "contract", "year", "total"]
        expected = one_by_one(sample, engine)
        assert totals.column("row").to_pylist() == list(range(len(sample)))
        assert totals.column("total").to_pylist() == [y.total for y in expected]
        assert totals.column("contract").to_pylist() == [y.contract for y in expected]
        assert totals.column("year").to_pylist() == [y.year for y in expected]
        full = engine.batch(table, threads=threads).totals
        assert totals.equals(full.select(["row", "contract", "year", "total"]))
    pandas_lines, pandas_totals = engine.batch(frame(sample[:20]), lines=False)
    assert pandas_lines is None and list(pandas_totals["total"]) == [y.total for y in expected[:20]]
    polars_lines, polars_totals = engine.batch(pl.from_arrow(table), lines=False)
    assert polars_lines is None and polars_totals["total"].to_list() == [y.total for y in expected]


def test_totals_only_errors(engine: aci.Engine) -> None:
    rows = random_rows(10)
    rows[3]["parcours_start"] = rows[3]["signed"]
    rows[3]["parcours_fixed"] = None
    rows[3]["population"] = 20_000  # taille 1: no national amount
    rows[7]["year"] = 9  # beyond the contract
    table = to_table(rows)
    with pytest.raises(aci.MissingAmountError, match=r"^row 3 .*missions\.parcours\.fixed") as e:
        engine.batch(table, lines=False)
    assert e.value.row == 3
    _, totals = engine.batch(table, lines=False, on_error="collect")
    assert totals.column_names == ["row", "contract", "year", "total", "error"]
    full = engine.batch(table, on_error="collect").totals
    assert totals.equals(full.select(["row", "contract", "year", "total", "error"]))
    errors = totals.column("error").to_pylist()
    assert [i for i, x in enumerate(errors) if x] == [3, 7]


def test_batch_contracts_totals_only(engine: aci.Engine) -> None:
    spec = indicator_spec()
    items = [(spec, 1, {"indicators": {"charte": True}}), (spec, 2), (spec, 6)]
    lines, totals = engine.batch_contracts(items, lines=False, on_error="collect")
    assert lines is None
    full = engine.batch_contracts(items, on_error="collect").totals
    assert totals.equals(full.select(["row", "contract", "year", "total", "error"]))
    assert totals.column("total").to_pylist()[:2] == [D("93500.00"), D("92500.00")]


@pytest.mark.parametrize("text", [pa.large_string(), pa.string_view(), pa.dictionary(pa.int32(), pa.string())])
def test_text_layouts_read_alike(engine: aci.Engine, sample: list[dict[str, Any]], text: pa.DataType) -> None:
    table = to_table(sample[:100])
    i = table.schema.get_field_index("contract")
    other = table.set_column(i, pa.field("contract", text), table.column("contract").cast(text))
    ref, got = engine.batch(table), engine.batch(other)
    assert got.totals.equals(ref.totals)
    assert decoded(got.lines).equals(decoded(ref.lines))


@pytest.mark.parametrize("lines", [True, False])
def test_empty_inputs_give_empty_tables(engine: aci.Engine, sample: list[dict[str, Any]], lines: bool) -> None:
    table = to_table(sample[:5])
    full = engine.batch(table, lines=lines)
    for empty in (table.slice(0, 0), pa.Table.from_batches([], schema=table.schema)):
        got = engine.batch(empty, lines=lines, on_error="collect")
        assert got.totals.num_rows == 0 and got.totals.schema.names == [*full.totals.schema.names, "error"]
        if lines:
            assert got.lines.num_rows == 0 and got.lines.schema == full.lines.schema
        else:
            assert got.lines is None
    assert engine.batch_contracts([], lines=lines).totals.num_rows == 0


def test_row_alone_sliced_or_wide_reads_alike(engine: aci.Engine, sample: list[dict[str, Any]]) -> None:
    """A row gives the same results in a batch (its dates looked up in the batch's day table),
    alone (too few dates for a table), from a slice (validity bitmaps at an offset) and from
    decimal columns of another precision."""
    table = to_table(sample)
    ref = engine.batch(table, threads=1)
    line_rows = ref.lines.column("row").to_pylist()

    def rows_of(lines: pa.Table, totals: pa.Table) -> tuple[pa.Table, pa.Table]:
        return decoded(lines).drop(["row"]), decoded(totals).drop(["row"])

    ref_lines, ref_totals = rows_of(*ref)
    for k in (0, 5, 333, len(sample) - 1):
        lines, totals = rows_of(*engine.batch(table.slice(k, 1), threads=1))
        assert totals.equals(ref_totals.slice(k, 1))
        assert lines.num_rows > 0
        assert lines.equals(ref_lines.filter(pa.array([r == k for r in line_rows])))
    for start, length in ((3, 200), (64, 129), (7, len(sample) - 7)):
        lines, totals = rows_of(*engine.batch(table.slice(start, length), threads=2))
        assert totals.equals(ref_totals.slice(start, length))
    wide = table.cast(
        pa.schema(
            [
                f.with_type(pa.decimal128(38, f.type.scale)) if pa.types.is_decimal(f.type) else f
                for f in table.schema
            ]
        )
    )
    lines, totals = rows_of(*engine.batch(wide, threads=1))
    assert totals.equals(ref_totals) and lines.equals(ref_lines)
