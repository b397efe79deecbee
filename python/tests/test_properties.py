"""The core's invariants, checked from Python with hypothesis."""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from hypothesis import assume, given
from hypothesis import strategies as st

import aci
from aci_strategies import contracts, results_for, share

D = Decimal
CENT = D("0.01")


def _compute(spec: dict[str, Any], year: int, results: dict[str, Any], **options: Any) -> aci.YearFunding | None:
    """The funding, or None when the contract year is outside the rule data (before 2019-08-25
    is impossible here) or the year is beyond the contract."""
    try:
        return aci.Engine(**options).year(spec, year, results)
    except aci.InvalidInputError as e:
        assert e.kind in {"year_out_of_range"}, e
        return None


@given(st.data())
def test_lines_sum_to_total(data: st.DataObject) -> None:
    spec = data.draw(contracts())
    results = data.draw(results_for(spec))
    year = data.draw(st.integers(1, 5))
    options = {
        "proration": data.draw(st.sampled_from(["days", "months"])),
        "uplift": data.draw(st.sampled_from(["one_off", "annual"])),
        "prorate_variable": data.draw(st.booleans()),
        "boundary": data.draw(st.sampled_from(["as_worded", "lower_inclusive", "upper_inclusive"])),
    }
    y = _compute(spec, year, results, **options)
    assert y is not None
    amounts = [l.amount for l in y.lines if l.amount is not None]
    assert sum(amounts, D(0)) == y.total
    # Every amount is to the cent, never negative.
    assert all(a == a.quantize(CENT) and a >= 0 for a in amounts)
    assert y.to_dict()["total"] == y.total


@given(st.data())
def test_never_above_envelopes(data: st.DataObject) -> None:
    spec = data.draw(contracts())
    results = data.draw(results_for(spec))
    year = data.draw(st.integers(1, 5))
    y = _compute(spec, year, results, prorate_variable=data.draw(st.booleans()))
    assert y is not None
    for m in spec["missions"]:
        fixed = y.amount(f"{m['id']}.fixe")
        variable = y.amount(f"{m['id']}.variable")
        if fixed is not None:
            envelope = max(m["fixed"], m.get("fixed_first_year", D(0)))
            assert fixed <= envelope.quantize(CENT, ROUND_HALF_UP)
        if variable is not None:
            assert variable <= m["variable"].quantize(CENT, ROUND_HALF_UP)


@given(st.data())
def test_funding_monotone_in_achievement(data: st.DataObject) -> None:
    spec = data.draw(contracts())
    assume(spec["missions"])
    mission = data.draw(st.sampled_from([m["id"] for m in spec["missions"]]))
    low, high = sorted([data.draw(share()), data.draw(share())])
    year = data.draw(st.integers(1, 5))
    base = data.draw(results_for(spec))
    lo = _compute(spec, year, base | {"missions": base["missions"] | {mission: low}})
    hi = _compute(spec, year, base | {"missions": base["missions"] | {mission: high}})
    assert lo is not None and hi is not None
    assert lo.total <= hi.total
    a, b = lo.amount(f"{mission}.variable"), hi.amount(f"{mission}.variable")
    assert (a is None) == (b is None)
    if a is not None and b is not None:
        assert a <= b


@given(
    st.integers(1, aci.MAX_POPULATION),
    st.integers(1, aci.MAX_POPULATION),
    st.sampled_from(["as_worded", "lower_inclusive", "upper_inclusive"]),
    st.dates(datetime.date(2019, 8, 25), datetime.date(2040, 1, 1)),
)
def test_taille_monotone_in_population(p1: int, p2: int, boundary: str, on: datetime.date) -> None:
    lo, hi = sorted([p1, p2])
    assert aci.classify_taille(lo, boundary=boundary) <= aci.classify_taille(hi, boundary=boundary)  # type: ignore[arg-type]
    rules = aci.RuleBook.shipped()
    assert rules.taille(lo, on, boundary) <= rules.taille(hi, on, boundary)  # type: ignore[arg-type]
    # upper_inclusive never classifies above the as-worded default, nor that above lower_inclusive.
    assert aci.classify_taille(lo, boundary="upper_inclusive") <= aci.classify_taille(lo)
    assert aci.classify_taille(lo) <= aci.classify_taille(lo, boundary="lower_inclusive")


@given(st.decimals(min_value=-10**9, max_value=10**9, places=6, allow_nan=False, allow_infinity=False))
def test_rounding_equals_round_half_up(x: Decimal) -> None:
    ours, python = aci.round_to_cent(x), x.quantize(CENT, rounding=ROUND_HALF_UP)
    assert ours == python
    # Same text too (scale 2), except the sign of a zero: Python keeps "-0.00", Rust's Decimal
    # gives "0.00" (equal as numbers; the library never pays negative amounts).
    assert str(ours) == str(python).replace("-0.00", "0.00")


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_any_float_is_refused(x: float) -> None:
    try:
        aci.round_to_cent(x)  # type: ignore[arg-type]
    except aci.FloatAmountError:
        pass
    else:  # pragma: no cover
        raise AssertionError("a float was accepted")


@given(st.data())
def test_dict_and_object_inputs_agree(data: st.DataObject) -> None:
    spec = data.draw(contracts())
    results = data.draw(results_for(spec))
    a = aci.Engine().year(spec, 1, results)
    b = aci.Engine().year(aci.Contract(spec), 1, aci.YearResults(results), explain=False)
    assert a.amounts() == b.amounts()
    assert aci.Contract(aci.Contract(spec).to_dict()).to_dict() == aci.Contract(spec).to_dict()
