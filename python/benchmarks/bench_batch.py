"""Benchmark of the Python binding: per-call overhead and batch throughput, against a plain
Python loop over ``decimal`` computing the same amounts.

Run after ``maturin develop --release`` (``./scripts/test.sh`` does it)::

    .venv/bin/python python/benchmarks/bench_batch.py            # 100 000 contract-years
    .venv/bin/python python/benchmarks/bench_batch.py --rows 20000 --repeat 3

Not a test: nothing here asserts a speed. It does assert that the batch and the reference give
identical amounts (every line and every total of every row), so the speed-up compares equal work,
and that a second plain loop, which also checks the inputs and fills every other column of the
batch's two tables (reasons, dates, version, population, taille, missing inputs, warnings),
gives both tables identically; its time is reported beside the amounts-only reference.

The data: contracts signed between 2022-04-01 and 2025-12-31 (so avenant 2 governs every
year and no +75 % uplift applies), populations of every taille, contract years 1 to 5, each
mission engaged with probability 0.7 with its own fixed and variable envelopes, an achievement
share for 80 % of the engaged missions, a crisis recognised in 30 % of the rows, and the
contract's own operating amount in 10 % of them.
"""

from __future__ import annotations

import os

# numpy (pulled in by pyarrow / pandas) must not keep BLAS threads spinning on our 2 cores.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import datetime
import gc
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pyarrow as pa

import aci

MISSIONS = list(aci.MISSIONS)
CENT = Decimal("0.01")

# ---- data ------------------------------------------------------------------------------------


def make_rows(n: int, seed: int = 2024, years_per_contract: int = 1) -> pa.Table:
    """``n`` contract-years. With ``years_per_contract=1`` every row is a different contract;
    with 5, rows come as portfolios do: each contract's years 1 to 5 in a row, sharing the
    contract columns, with their own achievements and crisis flag (the batch checks every
    row's contract either way)."""
    rng = random.Random(seed)
    first = datetime.date(2022, 4, 1)
    cols: dict[str, list[Any]] = {
        k: [] for k in ("contract", "signed", "population", "year", "crisis_recognised", "operating_amount")
    }
    for m in MISSIONS:
        for s in ("start", "fixed", "variable", "achievement"):
            cols[f"{m}_{s}"] = []
    contract: dict[str, Any] = {}
    for i in range(n):
        k = i % years_per_contract
        if k == 0:
            signed = first + datetime.timedelta(days=rng.randrange(0, 1370))
            contract = {
                "contract": f"CPTS-{i // years_per_contract:06d}",
                "signed": signed,
                "population": rng.randrange(5_000, 400_000),
                "operating_amount": (
                    Decimal(rng.randrange(4_000_000, 9_000_000)).scaleb(-2) if rng.random() < 0.1 else None
                ),
            }
            for m in MISSIONS:
                engaged = rng.random() < 0.7
                contract[f"{m}_start"] = signed + datetime.timedelta(days=rng.randrange(0, 900)) if engaged else None
                contract[f"{m}_fixed"] = Decimal(rng.randrange(1_000_000, 9_000_000)).scaleb(-2) if engaged else None
                contract[f"{m}_variable"] = Decimal(rng.randrange(1_000_000, 5_000_000)).scaleb(-2) if engaged else None
        for key, value in contract.items():
            cols[key].append(value)
        cols["year"].append(k + 1 if years_per_contract > 1 else rng.randrange(1, 6))
        cols["crisis_recognised"].append(rng.random() < 0.3)
        for m in MISSIONS:
            engaged = contract[f"{m}_start"] is not None
            cols[f"{m}_achievement"].append(
                Decimal(rng.randrange(0, 10_001)).scaleb(-4) if engaged and rng.random() < 0.8 else None
            )
    types: dict[str, pa.DataType] = {"signed": pa.date32(), "operating_amount": pa.decimal128(12, 2)}
    for m in MISSIONS:
        types[f"{m}_start"] = pa.date32()
        types[f"{m}_fixed"] = pa.decimal128(12, 2)
        types[f"{m}_variable"] = pa.decimal128(12, 2)
        types[f"{m}_achievement"] = pa.decimal128(6, 4)
    return pa.table({k: pa.array(v, types.get(k)) for k, v in cols.items()})


# ---- the plain Python reference ----------------------------------------------------------------
# One contract-year, for the rows above only (avenant 2, no uplift, contract envelopes), with the
# library's conventions: taille from the population (threshold belongs to the upper taille),
# contract years from the signature, fixed parts prorated by days with cumulative rounding,
# variable = envelope × share, crisis variable paid when recognised, half-up rounding to the cent.

THRESHOLDS = (40_000, 80_000, 175_000)
OPERATING = {1: Decimal("50000.00"), 2: Decimal("60000.00"), 3: Decimal("75000.00"), 4: Decimal("90000.00")}


def r2(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def add_years(d: datetime.date, n: int) -> datetime.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February → 28 February
        return d.replace(year=d.year + n, day=28)


def reference_year(row: dict[str, Any]) -> tuple[dict[str, Decimal | None], Decimal]:
    signed, year = row["signed"], row["year"]
    start, end = add_years(signed, year - 1), add_years(signed, year)
    length = (end - start).days
    pop = row["population"]
    taille = 1 + sum(pop >= t for t in THRESHOLDS)
    lines: dict[str, Decimal | None] = {}
    op = row["operating_amount"]
    lines["fonctionnement"] = r2(op) if op is not None else OPERATING[taille]

    def cumulative(amount: Decimal, t: datetime.date) -> Decimal:
        elapsed = (t - start).days
        return r2(amount) if elapsed >= length else r2(amount * elapsed / length)

    for m in MISSIONS:
        m_start = row[f"{m}_start"]
        if m_start is None or m_start >= end:
            lines[f"{m}.fixe"] = lines[f"{m}.variable"] = None
            continue
        a = max(m_start, start)
        fixed = row[f"{m}_fixed"]
        lines[f"{m}.fixe"] = cumulative(fixed, end) - cumulative(fixed, a)
        envelope = row[f"{m}_variable"]
        if m == "crises_sanitaires":
            lines[f"{m}.variable"] = r2(envelope) if row["crisis_recognised"] else r2(Decimal(0))
        else:
            share = row[f"{m}_achievement"]
            lines[f"{m}.variable"] = r2(envelope * share) if share is not None else r2(Decimal(0))
    total = sum((v for v in lines.values() if v is not None), Decimal(0))
    return lines, total


# ---- the same outputs in plain Python ------------------------------------------------------------
# `reference_year` computes the amounts only. The batch also checks every input and fills every
# column of its two tables; this variant does the same work for these rows, so that the batch is
# also compared with a loop producing exactly its output (asserted column by column below):
# the checks the batch makes on these columns (ranges of population, amounts, shares and years;
# missions starting on or after signature), each line's reason when it does not apply, the
# year's dates, version, population and taille, the missing inputs and the ceiling warning.

MAX_AMOUNT = Decimal(100_000_000)
MAX_POPULATION = 5_000_000
CONTRACT_YEARS = 5
# Rule data for these rows: versions by date in force, the one ceiling avenant 2 knows (taille 4).
VERSIONS = ((datetime.date(2022, 3, 31), "avenant-2"), (datetime.date(2019, 8, 25), "aci-2019"))
CEILINGS = {4: Decimal("580000.00")}


class RowError(ValueError):
    """A row the batch refuses (it reports it in its `error` column)."""


def check_amount(field: str, value: Decimal | None) -> None:
    if value is not None and not Decimal(0) <= value <= MAX_AMOUNT:
        raise RowError(f"{field} = {value} is out of range: allowed 0 to 100000000 €")


def reference_row(row: dict[str, Any]) -> tuple[list[tuple[str, Decimal | None, str | None]], dict[str, Any]]:
    """Row `row` as the batch outputs it: its lines (item, amount, reason) and its totals."""
    if row["contract"] is None or row["signed"] is None or row["population"] is None:
        raise RowError("a required column is null")
    signed, pop, year = row["signed"], row["population"], row["year"]
    if not 1 <= pop <= MAX_POPULATION:
        raise RowError(f"population = {pop} is out of range: allowed 1 to 5000000 inhabitants")
    op = row["operating_amount"]
    check_amount("operating_amount", op)
    for m in MISSIONS:
        m_start = row[f"{m}_start"]
        if m_start is None:
            continue
        if m_start < signed:
            raise RowError(f"mission {m} starts before the contract is signed")
        check_amount(f"missions.{m}.fixed", row[f"{m}_fixed"])
        check_amount(f"missions.{m}.variable", row[f"{m}_variable"])
    if year is None or not 1 <= year <= CONTRACT_YEARS:
        raise RowError(f"year = {year} is out of range: the contract has years 1 to {CONTRACT_YEARS}")
    for m in MISSIONS:
        share = row[f"{m}_achievement"]
        if row[f"{m}_start"] is not None and share is not None and not Decimal(0) <= share <= Decimal(1):
            raise RowError(f"results.missions.{m} = {share} is out of range: allowed 0 to 1")

    start, end = add_years(signed, year - 1), add_years(signed, year)
    length = (end - start).days
    taille = 1 + sum(pop >= t for t in THRESHOLDS)
    version = next(v for since, v in VERSIONS if since <= start)
    lines: list[tuple[str, Decimal | None, str | None]] = [
        ("fonctionnement", r2(op) if op is not None else OPERATING[taille], None)
    ]
    missing = []

    def cumulative(amount: Decimal, t: datetime.date) -> Decimal:
        elapsed = (t - start).days
        return r2(amount) if elapsed >= length else r2(amount * elapsed / length)

    for m in MISSIONS:
        m_start = row[f"{m}_start"]
        if m_start is None or m_start >= end:
            reason = "mission_not_engaged" if m_start is None else "mission_not_active_this_year"
            lines += [(f"{m}.fixe", None, reason), (f"{m}.variable", None, reason)]
            continue
        fixed = row[f"{m}_fixed"]
        lines.append((f"{m}.fixe", cumulative(fixed, end) - cumulative(fixed, max(m_start, start)), None))
        envelope = row[f"{m}_variable"]
        if m == "crises_sanitaires":
            variable = r2(envelope) if row["crisis_recognised"] else r2(Decimal(0))
        else:
            share = row[f"{m}_achievement"]
            if share is None:
                missing.append(f"missions.{m}")
            variable = r2(envelope * share) if share is not None else r2(Decimal(0))
        lines.append((f"{m}.variable", variable, None))
    total = sum((a for _, a, _ in lines if a is not None), Decimal(0))
    ceiling = CEILINGS.get(taille)
    warning = (
        f"total {total} € is above the maximum yearly total of taille {taille} under {version} ({ceiling} €)"
        if ceiling is not None and total > ceiling
        else None
    )
    totals = {
        "row": None,
        "contract": row["contract"],
        "year": year,
        "year_start": start,
        "year_end": end,
        "version": version,
        "population": pop,
        "taille": taille,
        "total": total,
        "missing_inputs": "; ".join(missing) or None,
        "warnings": warning,
    }
    return lines, totals


def reference_table(rows: list[dict[str, Any]]) -> list[tuple[list[Any], dict[str, Any]] | str]:
    """`reference_row` of every row; a refused row gives its message, as the batch goes on."""
    out: list[tuple[list[Any], dict[str, Any]] | str] = []
    for r in rows:
        try:
            out.append(reference_row(r))
        except RowError as e:
            out.append(str(e))
    return out


# ---- timing ----------------------------------------------------------------------------------


def best_of(repeat: int, f: Callable[[], Any]) -> tuple[float, Any]:
    """Best wall time of ``repeat`` runs. The cyclic garbage collector is paused while timing:
    with 100 000 row dicts alive its full passes would be charged to whichever side runs when
    they trigger (it slowed the reference by up to 70 % in trials)."""
    times, out = [], None
    for _ in range(repeat):
        out = None
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            out = f()
            times.append(time.perf_counter() - t0)
        finally:
            gc.enable()
    return min(times), out


def per_call(f: Callable[[], Any], n: int) -> float:
    """Median seconds per call over 5 runs of n calls."""
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(n):
            f()
        runs.append((time.perf_counter() - t0) / n)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    load_start = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    aci.set_lang("en")  # the reference loop words the ceiling warning in English
    engine = aci.Engine()

    t0 = time.perf_counter()
    table = make_rows(args.rows)
    pyrows = table.to_pylist()  # Python objects for the reference (not timed)
    print(f"data: {args.rows} contract-years generated in {time.perf_counter() - t0:.1f} s")

    # Correctness first: every amount of every row must be identical.
    batch_s, (lines, totals) = best_of(args.repeat, lambda: engine.batch(table))
    ref_s, ref = best_of(max(1, min(args.repeat, 2)), lambda: [reference_year(r) for r in pyrows])
    ref_totals = [t for _, t in ref]
    assert totals.column("total").to_pylist() == ref_totals, "totals differ"
    got_lines = {}
    for row, item, amount in zip(
        lines.column("row").to_pylist(), lines.column("item").to_pylist(), lines.column("amount").to_pylist()
    ):
        got_lines[(row, item)] = amount
    want_lines = {(i, k): v for i, (ls, _) in enumerate(ref) for k, v in ls.items()}
    assert got_lines == want_lines, "lines differ"
    print(f"checked: {len(want_lines)} lines and {len(ref_totals)} totals identical (batch vs reference)")

    # The same outputs, column by column, from the plain loop that produces them.
    full_s, full = best_of(max(1, min(args.repeat, 2)), lambda: reference_table(pyrows))
    got_totals = totals.to_pylist()
    got_rows: list[list[Any]] = [[] for _ in got_totals]
    for ln in lines.to_pylist():
        got_rows[ln["row"]].append((ln["item"], ln["amount"], ln["not_applicable"]))
    for i, (want, got, got_l) in enumerate(zip(full, got_totals, got_rows)):
        assert not isinstance(want, str), f"row {i} refused: {want}"
        want_lines, want_totals = want
        assert got_l == want_lines, f"row {i}: lines differ"
        assert {**got, "row": None} == want_totals, f"row {i}: totals differ"
    print(f"checked: every column of both tables identical to a plain loop producing them ({len(full)} rows)")

    batch1_s, _ = best_of(args.repeat, lambda: engine.batch(table, threads=1))
    totals_s, (no_lines, only_totals) = best_of(args.repeat, lambda: engine.batch(table, lines=False))
    assert no_lines is None and only_totals.column("total").to_pylist() == ref_totals, "totals-only differ"
    totals1_s, _ = best_of(args.repeat, lambda: engine.batch(table, lines=False, threads=1))
    portfolio = make_rows(args.rows, seed=7, years_per_contract=5)
    port_rows = portfolio.to_pylist()
    port_s, (p_lines, p_totals) = best_of(args.repeat, lambda: engine.batch(portfolio))
    port_ref_s, port_ref = best_of(2, lambda: [reference_year(r) for r in port_rows])
    assert p_totals.column("total").to_pylist() == [t for _, t in port_ref], "portfolio totals differ"
    df = table.to_pandas()
    pandas_s, _ = best_of(max(1, args.repeat // 2), lambda: engine.batch(df))
    import pandas as pd

    df_arrow = table.to_pandas(types_mapper=pd.ArrowDtype)
    pandas_arrow_s, _ = best_of(args.repeat, lambda: engine.batch(df_arrow, output="pandas_arrow"))
    import polars as pl

    pldf = pl.from_arrow(table)
    polars_s, _ = best_of(args.repeat, lambda: engine.batch(pldf))

    # Per-call overhead: one contract-year through the single-call API.
    row = pyrows[0]
    spec = {
        "name": row["contract"],
        "signed": row["signed"],
        "population": row["population"],
        "missions": [
            {"id": m, "start": row[f"{m}_start"], "fixed": row[f"{m}_fixed"], "variable": row[f"{m}_variable"]}
            for m in MISSIONS
            if row[f"{m}_start"] is not None
        ],
    }
    results = aci.YearResults(
        missions={m: row[f"{m}_achievement"] for m in MISSIONS if row[f"{m}_achievement"] is not None},
        crisis_recognised=row["crisis_recognised"],
    )
    contract = aci.Contract(spec)
    n = 20_000
    call_quiet = per_call(lambda: engine.year(contract, row["year"], results, explain=False), n)
    call_explain = per_call(lambda: engine.year(contract, row["year"], results, explain=True), n // 4)
    call_dict = per_call(lambda: engine.year(spec, row["year"], results.to_dict(), explain=False), n // 4)
    call_total = per_call(lambda: engine.year(contract, row["year"], results, explain=False).total, n)
    call_ref = per_call(lambda: reference_year(row), n)
    one_row = table.slice(0, 1)
    call_batch1 = per_call(lambda: engine.batch(one_row), n // 10)

    rows = args.rows
    print()
    print(f"load average at the start {load_start[0]:.2f}")
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
          f"{platform.python_version()}, aci {aci.__version__}; load average at the end "
          f"{load[0]:.2f} (other processes compete for the cores when it is above 0)")
    print()
    print("| measure | time | per contract-year | throughput | vs plain Python |")
    print("|---|---|---|---|---|")

    def line(name: str, secs: float) -> None:
        print(f"| {name} | {secs * 1e3:,.1f} ms | {secs / rows * 1e6:.2f} µs | "
              f"{rows / secs:,.0f} /s | {ref_s / secs:,.1f}× |")

    line(f"batch, pyarrow Table in/out ({rows:,} rows, all cores)", batch_s)
    line("batch, pyarrow, threads=1", batch1_s)
    line("batch, pyarrow, totals only (`lines=False`), all cores", totals_s)
    line("batch, pyarrow, totals only (`lines=False`), threads=1", totals1_s)
    line("batch, polars in/out", polars_s)
    line("batch, pandas in/out (Decimal objects both ways)", pandas_s)
    line("batch, pandas with ArrowDtype columns in/out (`output=\"pandas_arrow\"`)", pandas_arrow_s)
    line("plain Python loop over decimal (reference)", ref_s)
    print()
    print(f"the same outputs from a plain loop (every column of both tables, inputs checked as the batch "
          f"checks them): {full_s * 1e3:,.1f} ms ({full_s / rows * 1e6:.2f} µs per contract-year); "
          f"the batch (all cores) is {full_s / batch_s:.1f}× faster than it")
    print()
    print(f"portfolio layout ({rows // 5:,} contracts × 5 years, contract columns repeated): "
          f"batch {port_s * 1e3:,.1f} ms ({port_s / rows * 1e6:.2f} µs/row), "
          f"reference {port_ref_s * 1e3:,.1f} ms, speed-up {port_ref_s / port_s:.1f}×")
    print()
    print("| single call | µs per call |")
    print("|---|---|")
    print(f"| `engine.year(contract, n, results, explain=False)` | {call_quiet * 1e6:.1f} |")
    print(f"| same, then `.total` | {call_total * 1e6:.1f} |")
    print(f"| `engine.year(...)` with `explain=True` (default) | {call_explain * 1e6:.1f} |")
    print(f"| `engine.year(dict, n, dict)` (mappings converted each call) | {call_dict * 1e6:.1f} |")
    print(f"| `engine.batch(1-row Table)` | {call_batch1 * 1e6:.1f} |")
    print(f"| plain Python reference, one contract-year | {call_ref * 1e6:.1f} |")
    print()
    print(f"speed-up of the batch (pyarrow, all cores) over plain Python: {ref_s / batch_s:.0f}×")
    cores = os.cpu_count() or 1
    if cores > 1:
        # Amdahl's split of the batch's time into a part on the calling thread only (reading the
        # columns, allocating the outputs, handing the tables to Python, the last piece's tail)
        # and a part shared by the cores, from the two timings above. A model, not a
        # measurement: it assumes more cores run as fast as these and share memory as well.
        serial = max(0.0, (cores * batch_s - batch1_s) / (cores - 1))
        shared = batch1_s - serial
        print()
        print(f"model: {serial * 1e3:.1f} ms on one thread + {shared * 1e3:.1f} ms shared by the cores; "
              "projected (not measured) on more cores: "
              + ", ".join(f"{k} cores {ref_s / (serial + shared / k):.0f}×" for k in (4, 8, 16)))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
