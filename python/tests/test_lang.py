"""The language of the texts: French by default (from the environment), English on request."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import aci

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture
def french():
    aci.set_lang("fr")
    yield
    aci.set_lang("en")


def test_warnings_follow_the_language(french: None) -> None:
    sim = aci.Engine().simulate(FIXTURES / "terminated-early.toml")
    assert aci.get_lang() == "fr"
    fr = [w for w in sim.warnings if "résilié" in w]
    assert fr == [
        "contrat résilié le 01/09/2025 : avances conservées au prorata temporis "
        f"({fr[0].split('(')[1].split(chr(0xA0))[0]}\u00a0€ à reverser), "
        "soldes et parts variables de l'année non versés"
    ]
    aci.set_lang("en")
    assert any(w.startswith("contract terminated on 2025-09-01") for w in sim.warnings)


def test_an_unknown_language_names_the_field_and_what_is_allowed() -> None:
    with pytest.raises(aci.InvalidInputError, match='lang = "de" is not a language of aci: use "fr" or "en"') as e:
        aci.set_lang("de")
    assert e.value.field == "lang"
    assert aci.get_lang() == "en"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [(None, "fr"), ("C.UTF-8", "fr"), ("fr_FR.UTF-8", "fr"), ("en_US.UTF-8", "en"), ("en_GB", "en")],
)
def test_the_default_comes_from_the_environment(locale: str | None, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    if locale is not None:
        env["LANG"] = locale
    out = subprocess.run(
        [sys.executable, "-c", "import aci; print(aci.get_lang())"],
        env=env, capture_output=True, text=True, check=True,
    )
    assert out.stdout.strip() == expected
