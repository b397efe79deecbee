"""Benchmark of the batch of contracts with indicators (issue #13; figures in BENCHMARKS.md).

    python benches/batch_contracts.py [N] [LOOP_N]

N contract-years (default 100 000), each a different contract with 30 indicators
(aci.sample_batch.generate), measured:

- compute only: the two tables already in Arrow memory → lines and totals (Engine.batch);
- file → file: the two CSV files read with pyarrow.csv (exact decimal types), the batch, the
  lines and totals written as CSV;
- the per-contract loop (a contract mapping and Engine.year per contract-year, no explanation)
  on the first LOOP_N contract-years (default 5 000), its lines asserted identical to the batch's.

Each timing is the best of 3 runs, with the load average before it (a shared machine).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as csv

import aci
from aci.sample_batch import generate, per_contract

MONEY, VALUE = pa.decimal128(14, 2), pa.decimal128(16, 4)


def best(f, runs=3):  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def load() -> str:
    return "%.1f" % os.getloadavg()[0]


def csv_types(table: pa.Table) -> dict[str, pa.DataType]:
    """The exact types to read the CSV columns as (pyarrow would infer float for amounts)."""
    return {f.name: f.type for f in table.schema}


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    loop_n = int(sys.argv[2]) if len(sys.argv) > 2 else 5_000
    engine = aci.Engine()
    contract_years, indicators = generate(n, seed=1)
    print(f"{n} contract-years, {indicators.num_rows} indicator rows")

    lines, totals = engine.batch(contract_years, indicators)
    print(f"compute only (lines + totals), 2 threads: {best(lambda: engine.batch(contract_years, indicators)):.3f} s (load {load()})")
    print(f"compute only (lines + totals), 1 thread: {best(lambda: engine.batch(contract_years, indicators, threads=1)):.3f} s (load {load()})")
    print(f"compute only (totals only), 2 threads: {best(lambda: engine.batch(contract_years, indicators, lines=False)):.3f} s (load {load()})")

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        csv.write_csv(contract_years, d / "contract_years.csv")
        csv.write_csv(indicators, d / "indicators.csv")
        types_c, types_i = csv_types(contract_years), csv_types(indicators)

        def file_to_file() -> None:
            c = csv.read_csv(d / "contract_years.csv", convert_options=csv.ConvertOptions(column_types=types_c, strings_can_be_null=True))
            i = csv.read_csv(d / "indicators.csv", convert_options=csv.ConvertOptions(column_types=types_i, strings_can_be_null=True))
            out_lines, out_totals = engine.batch(c, i)
            csv.write_csv(out_lines, d / "lines.csv")
            csv.write_csv(out_totals, d / "totals.csv")

        print(f"file → file (CSV in, CSV out): {best(file_to_file):.3f} s (load {load()})")

    head_c, head_i = contract_years.slice(0, loop_n), indicators.slice(0, 30 * loop_n)
    t = time.perf_counter()
    expected = per_contract(engine, head_c, head_i)
    loop = time.perf_counter() - t
    print(f"per-contract loop, {loop_n} contract-years: {loop:.3f} s, {loop / loop_n * 1e6:.0f} µs each "
          f"(≈ {loop / loop_n * n:.1f} s for {n}) (load {load()})")
    head_lines = lines.filter(pa.compute.less(lines.column("row"), loop_n))
    got = list(zip(head_lines.column("row").to_pylist(), head_lines.column("item").to_pylist(),
                   head_lines.column("amount").to_pylist()))
    want = [(r, l.item, l.amount) for r, y in enumerate(expected) for l in y.lines]
    assert got == want, "the batch's lines differ from the per-contract API"
    assert totals.column("total").to_pylist()[:loop_n] == [y.total for y in expected]
    print(f"lines identical to the per-contract loop on {loop_n} contract-years ({len(want)} lines)")


if __name__ == "__main__":
    main()
