"""Hypothesis strategies shared by the tests (imported via pytest's pythonpath)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

import aci

D = Decimal
MISSIONS = list(aci.MISSIONS)


def money(max_cents: int = 20_000_000) -> st.SearchStrategy[Decimal]:
    """Exact amounts with 0 to 2 decimals, up to 200 000 €."""
    return st.integers(0, max_cents).map(lambda c: D(c).scaleb(-2))


def share() -> st.SearchStrategy[Decimal]:
    """Achievement shares 0 to 1 with up to 4 decimals."""
    return st.integers(0, 10_000).map(lambda n: D(n).scaleb(-4))


dates = st.dates(datetime.date(2019, 8, 25), datetime.date(2030, 12, 31))


@st.composite
def contracts(draw: st.DrawFn) -> dict[str, Any]:
    """A valid contract spec (mapping) whose missions all carry their own envelopes, so it
    computes for every taille and version."""
    signed = draw(dates)
    missions = draw(st.lists(st.sampled_from(MISSIONS), unique=True, max_size=6))
    spec: dict[str, Any] = {
        "name": draw(st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=12)),
        "signed": signed,
        "population": draw(st.integers(1, aci.MAX_POPULATION)),
        "missions": [],
    }
    if draw(st.booleans()):
        spec["operating_amount"] = draw(money())
    for m in missions:
        start = signed + datetime.timedelta(days=draw(st.integers(0, 4 * 366)))
        mission: dict[str, Any] = {
            "id": m,
            "start": start,
            "fixed": draw(money()),
            "variable": draw(money()),
        }
        if draw(st.booleans()):
            mission["fixed_first_year"] = draw(money())
        if draw(st.integers(0, 4)) == 0:
            mission["end"] = start + datetime.timedelta(days=draw(st.integers(1, 3 * 366)))
        spec["missions"].append(mission)
    return spec


@st.composite
def results_for(draw: st.DrawFn, spec: dict[str, Any]) -> dict[str, Any]:
    """Results naming only engaged missions (an achievement share for some of them)."""
    return {
        "missions": {m["id"]: draw(share()) for m in spec["missions"] if draw(st.booleans())},
        "crisis_recognised": draw(st.booleans()),
    }
