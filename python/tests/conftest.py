"""Shared fixtures and hypothesis strategies for the aci Python tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import aci

REPO = Path(__file__).resolve().parents[2]

settings.register_profile(
    "default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("default")

# The tests read the English texts (French, the default, is tested in test_lang.py).
aci.set_lang("en")


@pytest.fixture(scope="session")
def engine() -> aci.Engine:
    return aci.Engine()


@pytest.fixture
def rives() -> aci.Contract:
    """The worked example of the core's documentation (lib.rs)."""
    return aci.Contract(
        name="CPTS Rives de Loire",
        signed=datetime.date(2023, 3, 1),
        population=120000,
        missions=[{"id": "acces_aux_soins", "start": datetime.date(2023, 9, 1)}],
    )
