"""Synthetic batches of real-shaped contracts (docs/batch.md), for benchmarks and tests.

:func:`generate` writes ``n`` contract-years, each a different contract: every mission engaged,
the contract's own fixed and variable parts in cents, and 6 indicators on each of the 5
missions that take indicators (the crisis mission is paid on the ARS's recognition and takes
none, so "6 missions × 5 indicators" becomes 5 × 6 = 30): a binary deliverable, tiered rising
(3 tiers, step), tiered falling (3 tiers, linear), tiered rising in percent (3 tiers, linear),
proportional rising and proportional falling. Proportional amounts have odd cents and one row
in five observes the exact midpoint, so half-cent ties (x.xx5 €) happen on purpose; one
observation in twenty is missing. The result is the two tables :meth:`aci.Engine.batch` reads.

:func:`per_contract` computes the same contract-years one by one through the public
per-contract API (a contract mapping and ``Engine.year``): the reference the batch is checked
against.

>>> import aci
>>> from aci.sample_batch import generate, per_contract
>>> contract_years, indicators = generate(3, seed=1)
>>> indicators.num_rows
90
>>> lines, totals = aci.Engine().batch(contract_years, indicators)
>>> [y.total for y in per_contract(aci.Engine(), contract_years, indicators)] == totals.column("total").to_pylist()
True
"""

from __future__ import annotations

import datetime
import random
from decimal import Decimal
from typing import Any

MISSIONS_WITH_INDICATORS = (
    "acces_aux_soins",
    "parcours",
    "prevention",
    "qualite_pertinence",
    "accompagnement_professionnels",
)
ALL_MISSIONS = MISSIONS_WITH_INDICATORS[:3] + ("crises_sanitaires",) + MISSIONS_WITH_INDICATORS[3:]
TIERS = 3


def _cents(c: int) -> Decimal:
    return Decimal(c).scaleb(-2)


def _indicators(rng: random.Random, mission: str) -> list[dict[str, Any]]:
    """The 6 indicators of one mission, with their observations."""
    short = mission[:4]
    missing = lambda: rng.random() < 0.05  # noqa: E731
    tie = rng.random() < 0.2
    rows: list[dict[str, Any]] = []
    # Binary deliverable.
    rows.append({
        "indicator": f"{short}_charte", "kind": "binary", "amount": _cents(rng.randrange(10_000, 300_000)),
        "done": None if missing() else rng.random() < 0.7,
    })
    # Tiered rising, rates, step.
    t0 = rng.randrange(30, 50)
    amounts = sorted(rng.sample(range(50_000, 900_000), TIERS))
    rows.append({
        "indicator": f"{short}_taux", "kind": "tiered", "unit": "rate", "direction": "rising", "between": "step",
        "tiers": [(Decimal(t0 + 10 * k).scaleb(-2), _cents(a)) for k, a in enumerate(amounts)],
        "value": None if missing() else Decimal(rng.randrange(0, 10_001)).scaleb(-4),
    })
    # Tiered falling, counts, linear.
    c0 = rng.randrange(2_500, 4_000)
    amounts = sorted(rng.sample(range(50_000, 900_000), TIERS))
    rows.append({
        "indicator": f"{short}_sans_mt", "kind": "tiered", "unit": "count", "direction": "falling",
        "between": "linear",
        "tiers": [(Decimal(c0 - 150 * k), _cents(a)) for k, a in enumerate(amounts)],
        "value": None if missing() else Decimal(rng.randrange(c0 - 600, c0 + 200)),
    })
    # Tiered rising, percent, linear.
    p0 = rng.randrange(40, 60)
    amounts = sorted(rng.sample(range(50_000, 900_000), TIERS))
    rows.append({
        "indicator": f"{short}_pct", "kind": "tiered", "unit": "percent", "direction": "rising",
        "between": "linear",
        "tiers": [(Decimal(p0 + 7 * k), _cents(a)) for k, a in enumerate(amounts)],
        "value": None if missing() else Decimal(rng.randrange(300, 1_000)).scaleb(-1),
    })
    # Proportional rising, rates: odd cents, the midpoint one time in five (a half-cent tie).
    amount = 2 * rng.randrange(5_000, 400_000) + 1
    value = Decimal("0.50") if tie else Decimal(rng.randrange(2_000, 8_000)).scaleb(-4)
    rows.append({
        "indicator": f"{short}_prop", "kind": "proportional", "unit": "rate", "direction": "rising",
        "baseline": Decimal("0.30"), "target": Decimal("0.70"), "amount": _cents(amount),
        "value": None if missing() else value,
    })
    # Proportional falling, counts.
    amount = 2 * rng.randrange(5_000, 400_000) + 1
    value = Decimal(400) if tie else Decimal(rng.randrange(250, 550))
    rows.append({
        "indicator": f"{short}_delai", "kind": "proportional", "unit": "count", "direction": "falling",
        "baseline": Decimal(500), "target": Decimal(300), "amount": _cents(amount),
        "value": None if missing() else value,
    })
    for r in rows:
        r["mission"] = mission
    return rows


def _max_amount(ind: dict[str, Any]) -> Decimal:
    if ind["kind"] == "tiered":
        return max(a for _, a in ind["tiers"])
    amount: Decimal = ind["amount"]
    return amount


def generate_rows(n: int, *, seed: int = 0) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The contract-year rows and the indicator rows as plain dictionaries (see :func:`generate`)."""
    rng = random.Random(seed)
    contract_years: list[dict[str, Any]] = []
    indicators: list[dict[str, Any]] = []
    for i in range(n):
        signed = datetime.date(2019, 9, 1) + datetime.timedelta(days=rng.randrange(0, 5 * 365))
        row: dict[str, Any] = {
            "contract": f"CPTS-{i:06d}",
            "signed": signed,
            "population": rng.randrange(20_000, 300_000),
            "year": rng.randrange(1, 6),
            "crisis_recognised": rng.random() < 0.3,
        }
        inds: list[dict[str, Any]] = []
        for m in ALL_MISSIONS:
            row[f"{m}_start"] = signed + datetime.timedelta(days=rng.randrange(0, 200))
            row[f"{m}_fixed"] = _cents(rng.randrange(1_000_000, 9_000_000))
            mission_inds = [] if m == "crises_sanitaires" else _indicators(rng, m)
            ceiling = sum((_max_amount(x) for x in mission_inds), Decimal(0))
            row[f"{m}_variable"] = ceiling + _cents(rng.randrange(0, 1_000_000))
            inds.extend(mission_inds)
        for ind in inds:
            ind["contract"], ind["year"] = row["contract"], row["year"]
        contract_years.append(row)
        indicators.extend(inds)
    return contract_years, indicators


def _indicator_table(rows: list[dict[str, Any]]) -> Any:
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]

    money, value = pa.decimal128(12, 2), pa.decimal128(12, 4)
    text = ["contract", "mission", "indicator", "kind", "unit", "direction", "between"]
    columns: dict[str, Any] = {c: pa.array([r.get(c) for r in rows], pa.string()) for c in text}
    columns["year"] = pa.array([r["year"] for r in rows], pa.int64())
    columns["amount"] = pa.array([r.get("amount") for r in rows], money)
    for c in ("baseline", "target"):
        columns[c] = pa.array([r.get(c) for r in rows], value)
    for k in range(TIERS):
        tiers = [r.get("tiers") for r in rows]
        columns[f"tier{k + 1}_threshold"] = pa.array([t[k][0] if t else None for t in tiers], value)
        columns[f"tier{k + 1}_amount"] = pa.array([t[k][1] if t else None for t in tiers], money)
    columns["done"] = pa.array([r.get("done") for r in rows], pa.bool_())
    columns["value"] = pa.array([r.get("value") for r in rows], value)
    order = ["contract", "year", "mission", "indicator", "kind", "unit", "direction", "between", "amount",
             "baseline", "target"]
    order += [f"tier{k + 1}_{p}" for k in range(TIERS) for p in ("threshold", "amount")] + ["done", "value"]
    return pa.table({c: columns[c] for c in order})


def _contract_table(rows: list[dict[str, Any]]) -> Any:
    import pyarrow as pa

    money = pa.decimal128(12, 2)
    columns: dict[str, Any] = {}
    for c in rows[0]:
        values = [r[c] for r in rows]
        if c.endswith(("_fixed", "_variable")):
            columns[c] = pa.array(values, money)
        elif c.endswith("_start") or c == "signed":
            columns[c] = pa.array(values, pa.date32())
        else:
            columns[c] = pa.array(values)
    return pa.table(columns)


def generate(n: int, *, seed: int = 0) -> tuple[Any, Any]:
    """``n`` contract-years (each a different contract) and their indicators, as the two pyarrow
    tables :meth:`aci.Engine.batch` reads: ``(contract_years, indicators)``."""
    contract_years, indicators = generate_rows(n, seed=seed)
    return _contract_table(contract_years), _indicator_table(indicators)


def _specs(contract_years: Any, indicators: Any) -> list[tuple[dict[str, Any], int, dict[str, Any]]]:
    """Each contract-year as ``(contract mapping, year, results mapping)``, as a contract file
    and a results file would write them."""
    rows = contract_years.to_pylist() if hasattr(contract_years, "to_pylist") else contract_years
    ind_rows = indicators.to_pylist() if hasattr(indicators, "to_pylist") else indicators
    by_key: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for ind in ind_rows:
        by_key.setdefault((ind["contract"], ind["year"]), []).append(ind)
    out = []
    for r in rows:
        missions = {}
        for m in ALL_MISSIONS:
            if r.get(f"{m}_start") is None:
                continue
            missions[m] = {"id": m, "start": r[f"{m}_start"], "indicators": []}
            for part in ("end", "fixed", "fixed_first_year", "variable"):
                if r.get(f"{m}_{part}") is not None:
                    missions[m][part] = r[f"{m}_{part}"]
        observed: dict[str, Any] = {}
        for ind in by_key.get((r["contract"], r["year"]), []):
            spec = {k: ind[k] for k in ("kind", "unit", "direction", "between", "amount", "baseline", "target")
                    if ind.get(k) is not None}
            spec["id"] = ind["indicator"]
            tiers = []
            for k in range(1, 100):
                if f"tier{k}_threshold" not in ind:
                    break
                if ind[f"tier{k}_threshold"] is not None:
                    tiers.append({"threshold": ind[f"tier{k}_threshold"], "amount": ind[f"tier{k}_amount"]})
            if tiers:
                spec["tiers"] = tiers
            missions[ind["mission"]]["indicators"].append(spec)
            seen = ind.get("done") if ind["kind"] == "binary" else ind.get("value")
            if seen is not None:
                observed[ind["indicator"]] = seen
        contract = {"name": r["contract"], "signed": r["signed"], "population": r["population"],
                    "missions": list(missions.values())}
        results = {"indicators": observed, "crisis_recognised": bool(r.get("crisis_recognised"))}
        out.append((contract, r["year"], results))
    return out


def per_contract(engine: Any, contract_years: Any, indicators: Any) -> list[Any]:
    """The same contract-years one by one through the per-contract API (``Engine.year`` of a
    contract mapping, no explanation): a list of :class:`aci.YearFunding`."""
    return [engine.year(c, y, res, explain=False) for c, y, res in _specs(contract_years, indicators)]
