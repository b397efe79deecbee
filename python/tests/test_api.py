"""The Python surface: rules with provenance, taille, contracts, options, yearly funding,
results objects, errors."""

from __future__ import annotations

import datetime
import doctest
import io
import json
from decimal import Decimal

import pytest

import aci
import aci._aci
import aci.errors

D = Decimal
d = datetime.date


# ---- rule data and provenance -----------------------------------------------------------


def test_shipped_versions_and_provenance() -> None:
    rules = aci.RuleBook.shipped()
    ids = [v.id for v in rules.versions]
    assert ids == ["aci-2019", "avenant-2"]
    av2 = rules.version("avenant-2")
    assert av2 is not None and av2.inherits == "aci-2019"
    assert av2.in_force_from == d(2022, 3, 31)
    p = rules.lookup("avenant-2", "fonctionnement.montant_annuel", 3)
    assert p is not None
    assert p.value == D("75000.00") and isinstance(p.value, Decimal)
    assert p.kind == "money" and p.taille == 3
    assert p.defined_in == "aci-2019"  # inherited
    assert p.provenance.status == "secondary" and p.provenance.status_tag == "S"
    assert p.provenance.article == "art. 8"
    assert "Concours" in str(p.provenance)
    assert p.to_dict()["provenance"]["source"] == p.provenance.source
    cutoff = av2.get("fonctionnement.majoration_signature_au_plus_tard")
    assert cutoff is not None and cutoff.value == d(2021, 12, 31)
    flag = av2.get("mission.crises_sanitaires.obligatoire")
    assert flag is not None and flag.value is True
    assert "crises_sanitaires" in av2.missions
    assert "crises_sanitaires" not in rules.version("aci-2019").missions  # type: ignore[union-attr]
    assert all(isinstance(s.title, str) for s in rules.sources)
    assert rules.version_at(d(2023, 1, 1)).id == "avenant-2"
    assert rules.version_at("2020-01-01").id == "aci-2019"
    assert len(av2.parameters) > 20
    assert repr(p).startswith("Parameter(key='fonctionnement.montant_annuel', taille=3")


def test_before_first_version() -> None:
    with pytest.raises(aci.InvalidInputError, match="before the first agreement version") as e:
        aci.RuleBook.shipped().version_at(d(2019, 1, 1))
    assert e.value.kind == "before_first_version"


def test_rule_file_roundtrip_and_errors() -> None:
    text = aci.RuleBook.shipped_toml()
    assert aci.RuleBook.from_toml(text).versions[1].id == "avenant-2"
    with pytest.raises(aci.RuleFileError) as e:
        aci.RuleBook.from_toml(text.replace('format = "aci-rules/1"', 'format = "x"'))
    assert isinstance(e.value, ValueError) and e.value.field == "format"
    with pytest.raises(aci.RuleFileError):
        aci.RuleBook.from_toml("this is not toml = = ")


def test_custom_rule_file_changes_amount(rives: aci.Contract) -> None:
    text = aci.RuleBook.shipped_toml()
    old = 'taille = 3\nvalue = "75000.00"'
    assert old in text
    rules = aci.RuleBook.from_toml(text.replace(old, 'taille = 3\nvalue = "76000.00"', 1))
    y = aci.Engine(rules).year(rives, 1)
    assert y.amount("fonctionnement") == D("76000.00")


# ---- taille -----------------------------------------------------------------------------


def test_taille_classification() -> None:
    assert aci.classify_taille(39_999) == 1
    assert aci.classify_taille(40_000) == 2
    assert aci.classify_taille(40_000, boundary="upper_inclusive") == 1
    # The default reads the brackets as worded (issue #15): 40 000 / 80 000 / 175 000 give
    # tailles 2 / 2 / 3; the earlier default is kept as "lower_inclusive".
    assert aci.classify_taille(80_000) == 2
    assert aci.classify_taille(175_000) == 3
    assert aci.classify_taille(175_001) == 4
    assert aci.classify_taille(175_000, boundary="lower_inclusive") == 4
    assert aci.classify_taille(100, thresholds=(10, 20, 30)) == 4
    rules = aci.RuleBook.shipped()
    assert rules.thresholds(d(2023, 1, 1)) == (40_000, 80_000, 175_000)
    assert rules.taille(80_000, d(2023, 1, 1)) == 2
    assert rules.taille(80_000, d(2023, 1, 1), "lower_inclusive") == 3
    with pytest.raises(aci.InvalidInputError, match="population = 0 is out of range"):
        aci.classify_taille(0)
    with pytest.raises(aci.InvalidInputError, match="boundary"):
        aci.classify_taille(10, boundary="sideways")  # type: ignore[arg-type]


# ---- contracts, results, options ----------------------------------------------------------


def test_contract_shapes(rives: aci.Contract) -> None:
    assert rives.name == "CPTS Rives de Loire"
    assert rives.signed == d(2023, 3, 1)
    assert rives.missions == ["acces_aux_soins"]
    assert rives.population == [(d(2023, 3, 1), 120000)]
    as_dict = rives.to_dict()
    assert as_dict["signed"] == d(2023, 3, 1)
    assert as_dict["missions"][0]["start"] == d(2023, 9, 1)
    assert aci.Contract(as_dict).to_dict() == as_dict
    assert aci.Contract.from_json(rives.to_json()).to_dict() == as_dict
    toml_text = """
        name = "CPTS du Val"
        signed = "2022-06-15"
        population = [{ population = 95000 }, { from = "2024-01-01", population = 180000 }]
        [[missions]]
        id = "prevention"
        start = "2022-12-15"
        fixed = "17500.00"
    """
    c = aci.Contract.from_toml(toml_text)
    assert c.population_on(d(2024, 6, 1)) == 180000
    assert c.to_dict()["missions"][0]["fixed"] == D("17500.00")
    assert "Contract(name='CPTS du Val'" in repr(c)


def test_contract_errors_name_the_field() -> None:
    base = {"name": "X", "signed": d(2023, 1, 1), "population": 100000}
    with pytest.raises(aci.InvalidInputError, match="unknown mission 'prevension'") as e:
        aci.Contract(base, missions=[{"id": "prevension", "start": d(2023, 1, 1)}])
    assert e.value.kind == "unknown_mission"
    with pytest.raises(aci.InvalidInputError, match="before the contract signature"):
        aci.Contract(base, missions=[{"id": "prevention", "start": d(2022, 1, 1)}])
    with pytest.raises(aci.InvalidInputError, match="fixd"):
        aci.Contract(base, missions=[{"id": "prevention", "start": d(2023, 1, 1), "fixd": 1}])
    with pytest.raises(aci.InvalidInputError, match="out of range") as e:
        aci.Contract(base, operating_amount=D("-1"))
    assert e.value.field == "operating_amount"
    with pytest.raises(aci.InvalidInputError, match=r"datetime"):
        aci.Contract(base | {"signed": datetime.datetime(2023, 1, 1)})


@pytest.mark.parametrize(
    "where",
    ["operating_amount", "fixed", "variable", "share", "observation", "round"],
)
def test_floats_are_refused(where: str) -> None:
    base = {"name": "X", "signed": d(2023, 1, 1), "population": 100000}
    mission = {"id": "prevention", "start": d(2023, 1, 1)}
    with pytest.raises(aci.FloatAmountError, match="floats lose cents") as e:
        if where == "operating_amount":
            aci.Contract(base, operating_amount=75000.5)
        elif where in ("fixed", "variable"):
            aci.Contract(base, missions=[mission | {where: 0.1}])
        elif where == "share":
            aci.YearResults(missions={"prevention": 0.5})
        elif where == "observation":
            aci.YearResults(indicators={"x": 0.62})
        else:
            aci.round_to_cent(2.345)  # type: ignore[arg-type]
    assert isinstance(e.value, TypeError) and isinstance(e.value, ValueError)
    assert isinstance(e.value, aci.AciError)


def test_exact_inputs_accepted() -> None:
    c = aci.Contract(
        name="X",
        signed="2023-01-01",
        population=100000,
        operating_amount="75000.5",
        missions=[{"id": "prevention", "start": d(2023, 1, 1), "fixed": 17500, "variable": D("1E+4")}],
    )
    m = c.to_dict()["missions"][0]
    assert m["fixed"] == D(17500) and m["variable"] == D(10000)
    r = aci.YearResults({"missions": {"prevention": D("0.5")}}, crisis_recognised=True)
    assert r.missions == {"prevention": D("0.5")} and r.crisis_recognised
    assert "YearResults(" in repr(r)


def test_options() -> None:
    o = aci.Options(proration="months", uplift="annual")
    assert (o.proration, o.uplift, o.boundary) == ("months", "annual", "as_worded")
    assert o.replace(boundary="upper_inclusive").boundary == "upper_inclusive"
    assert o == aci.Options(uplift="annual", proration="months")
    assert "proration='months'" in repr(o)
    assert o.to_dict()["prorate_variable"] is False
    with pytest.raises(aci.InvalidInputError, match="unknown variant"):
        aci.Options(proration="weeks")  # type: ignore[arg-type]
    with pytest.raises(aci.InvalidInputError, match="unknown option 'prorate'"):
        aci.Engine(prorate=True)
    assert aci.Engine(options={"uplift": "annual"}).options.uplift == "annual"
    assert aci.Engine(aci.RuleBook.shipped(), o, boundary="upper_inclusive").options.boundary == "upper_inclusive"


# ---- yearly funding ---------------------------------------------------------------------


def test_worked_example(engine: aci.Engine, rives: aci.Contract) -> None:
    y1 = engine.year(rives, 1)
    assert y1.amount("fonctionnement") == D("75000.00")
    assert y1.amount("acces_aux_soins.fixe") == D("44754.10")
    assert y1.total == sum(l.amount for l in y1.lines if l.amount is not None)
    assert (y1.year, y1.year_start, y1.year_end) == (1, d(2023, 3, 1), d(2024, 3, 1))
    assert (y1.version, y1.taille, y1.population) == ("avenant-2", 3, 120000)
    assert y1.missing_inputs == ["missions.acces_aux_soins"]
    line = y1.line("acces_aux_soins.fixe")
    assert line is not None and line.part == "fixed" and line.mission == "acces_aux_soins"
    assert line.explanation is not None
    assert "182/366" in line.explanation.formula
    assert line.explanation.rule == "mission.part_fixe"
    assert line.explanation.parameters[0].provenance.status == "contract"
    assert line.explanation.weakest_status == "contract"
    assert [p.status for p in line.explanation.sources()] == ["contract"]
    na = y1.line("parcours.fixe")
    assert na is not None and na.amount is None and na.not_applicable == "mission_not_engaged"
    assert repr(line) == "Line('acces_aux_soins.fixe', Decimal('44754.10'))"
    assert repr(y1).startswith("YearFunding(contract='CPTS Rives de Loire', year=1")
    assert y1.amounts()["fonctionnement"] == D("75000.00")
    assert y1.options == aci.Options()


def test_to_dict_is_plain_and_exact(engine: aci.Engine, rives: aci.Contract) -> None:
    dct = engine.year(rives, 1).to_dict()
    assert dct["total"] == D("119754.10")
    assert dct["year_start"] == d(2023, 3, 1)
    assert dct["lines"][0]["item"] == "fonctionnement"
    expl = dct["lines"][0]["explanation"]
    assert expl["parameters"][0]["provenance"]["status"] == "secondary"
    # Only plain types: JSON-serialisable once decimals and dates are strings.
    json.dumps(dct, default=str)


def test_explain_prints_sources(engine: aci.Engine, rives: aci.Contract, capsys: pytest.CaptureFixture[str]) -> None:
    y = engine.year(rives, 1)
    y.explain()
    out = capsys.readouterr().out
    assert "fonctionnement: 75000.00 €" in out
    assert "[S] Le Concours Médical" in out  # the source of the operating amount
    assert "[C] Two real signed taille-3 CPTS contracts" in out
    assert "total: 119754.10 €" in out
    buf = io.StringIO()
    y.explain(file=buf)
    assert buf.getvalue() == y.explanation() == out
    quiet = engine.year(rives, 1, explain=False)
    assert quiet.total == y.total
    assert all(l.explanation is None for l in quiet.lines)
    assert "explain=True" in quiet.explanation()


def test_uplift_difference_and_options(engine: aci.Engine) -> None:
    # Signed before the avenant: one-off difference in the first year it governs.
    c = aci.Contract(name="Old", signed=d(2020, 6, 1), population=50000)
    y3 = engine.year(c, 3)  # 2022-06-01: governed by avenant-2
    assert y3.version == "avenant-2"
    diff = y3.amount("fonctionnement.difference_majoration")
    assert diff == D("105000.00") - D("60000.00")
    annual = aci.Engine(uplift="annual").year(c, 3)
    assert annual.amount("fonctionnement") == D("105000.00")
    assert annual.amount("fonctionnement.difference_majoration") is None


def test_variable_part_with_indicators(engine: aci.Engine) -> None:
    c = aci.Contract(
        name="Indic",
        signed=d(2023, 1, 1),
        population=100000,
        missions=[
            {
                "id": "prevention",
                "start": d(2023, 1, 1),
                "variable": D("10000"),
                "indicators": [
                    {"id": "depistage", "kind": "tiered", "direction": "rising", "unit": "rate",
                     "tiers": [{"threshold": D("0.50"), "amount": D("2000")},
                               {"threshold": D("0.60"), "amount": D("5000")}]},
                    {"id": "charte", "kind": "binary", "amount": D("1000")},
                ],
            }
        ],
    )
    assert c.indicators == ["charte", "depistage"]
    y = engine.year(c, 1, {"indicators": {"depistage": D("0.55"), "charte": True}})
    assert y.amount("prevention.variable") == D("3000.00")
    line = y.line("prevention.variable")
    assert line is not None and line.explanation is not None
    comps = line.explanation.components
    assert {c["indicator"]: c["amount"] for c in comps} == {"depistage": D("2000.00"), "charte": D("1000.00")}
    with pytest.raises(aci.InvalidInputError, match="unknown indicator 'nope'"):
        engine.year(c, 1, {"indicators": {"nope": True}})
    with pytest.raises(aci.InvalidInputError, match="expected"):
        engine.year(c, 1, {"indicators": {"charte": D("1")}})


def test_missing_amount_error() -> None:
    c = aci.Contract(name="T1", signed=d(2023, 1, 1), population=20000,
                     missions=[{"id": "parcours", "start": d(2023, 1, 1)}])
    with pytest.raises(aci.MissingAmountError, match="missions.parcours.fixed") as e:
        aci.Engine().year(c, 1)
    assert isinstance(e.value, ValueError) and e.value.kind == "missing_mission_amount"
    assert e.value.field == "missions.parcours.fixed"


def test_year_out_of_range_and_all_years(engine: aci.Engine, rives: aci.Contract) -> None:
    with pytest.raises(aci.InvalidInputError, match="year = 6 is out of range"):
        engine.year(rives, 6)
    years = engine.all_years(rives, {2: {"missions": {"acces_aux_soins": D("1")}}})
    assert [y.year for y in years] == [1, 2, 3, 4, 5]
    assert years[1].amount("acces_aux_soins.variable") == D("35000.00")
    assert engine.contract_years(rives) == 5


def test_module_level_shorthand(rives: aci.Contract) -> None:
    assert aci.year(rives, 1, explain=False).total == D("119754.10")
    assert aci.year(rives.to_dict(), 2, proration="months").version == "avenant-2"


def test_error_hierarchy() -> None:
    assert issubclass(aci.InvalidInputError, aci.AciError)
    assert issubclass(aci.InvalidInputError, ValueError)
    for cls in (aci.RuleFileError, aci.MissingAmountError, aci.FloatAmountError):
        assert issubclass(cls, aci.InvalidInputError) and issubclass(cls, ValueError)
    assert issubclass(aci.FloatAmountError, TypeError)
    assert issubclass(aci.AmountOverflowError, ArithmeticError)
    assert aci.errors.AciError is aci.AciError


def test_rounding_examples() -> None:
    assert aci.round_to_cent(D("2.345")) == D("2.35")
    assert aci.round_to_cent(D("-2.345")) == D("-2.35")
    assert str(aci.round_to_cent(12)) == "12.00"
    with pytest.raises(aci.InvalidInputError):
        aci.round_to_cent(D("NaN"))


def test_constants() -> None:
    assert aci.MISSIONS[0] == "acces_aux_soins" and len(aci.MISSIONS) == 6
    assert aci.MAX_AMOUNT == D("100000000")
    assert aci.__version__ == aci._aci.__version__


def test_docstring_examples() -> None:
    """Every example in the docstrings runs (the Rust classes' docstrings included)."""
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    globs = {name: getattr(aci, name) for name in aci.__all__} | {"aci": aci}
    compiled = [getattr(aci._aci, n) for n in dir(aci._aci) if not n.startswith("_")]
    seen = 0
    for obj in [aci, aci.errors, *compiled]:
        name = getattr(obj, "__name__", repr(obj))
        try:
            tests = finder.find(obj, name, globs=dict(globs))
        except ValueError:
            continue
        for t in tests:
            seen += len(t.examples)
            runner.run(t)
        # Methods of compiled classes are not found by DocTestFinder: check them too.
        for attr in vars(obj) if isinstance(obj, type) and obj in compiled else []:
            doc = getattr(getattr(obj, attr, None), "__doc__", None)
            if attr.startswith("__") or not doc or ">>>" not in doc:
                continue
            t = doctest.DocTestParser().get_doctest(doc, dict(globs), f"{name}.{attr}", None, 0)
            seen += len(t.examples)
            runner.run(t)
    assert runner.failures == 0, f"{runner.failures} docstring examples failed (see output)"
    assert seen >= 10


def test_stubs_match_runtime() -> None:
    """`mypy.stubtest` agrees with the compiled module (skipped when mypy is not installed)."""
    pytest.importorskip("mypy")
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "aci._aci", "aci.errors"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_numpy_scalars() -> None:
    """numpy integers are exact and accepted; numpy floats are refused like floats."""
    np = pytest.importorskip("numpy")
    c = aci.Contract(name="N", signed=d(2023, 1, 1), population=np.int64(100000),
                     operating_amount=np.int32(75000))
    assert c.population == [(d(2023, 1, 1), 100000)]
    assert aci.round_to_cent(np.int64(3)) == D("3.00")
    for f in (np.float64(1.5), np.float32(1.5)):
        with pytest.raises(aci.FloatAmountError):
            aci.round_to_cent(f)
