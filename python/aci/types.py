"""Types of the values :mod:`aci` returns as plain Python data (``to_dict()`` forms) and of
the values it accepts. For type checkers; at run time they are ordinary ``TypedDict`` classes
and aliases."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Literal, SupportsIndex, TypedDict

__all__ = [
    "BoundaryName",
    "ComponentDict",
    "DateLike",
    "ExplanationDict",
    "LineDict",
    "Money",
    "ParameterDict",
    "ParameterUseDict",
    "ProvenanceDict",
    "Status",
    "StepDict",
    "WarningDict",
    "WholeNumber",
    "YearFundingDict",
]

Money = Decimal | int | str
"""An exact amount: ``Decimal``, ``int`` or ``str`` (a ``float`` raises ``FloatAmountError``)."""
DateLike = datetime.date | str
"""A date: ``datetime.date`` or ``"YYYY-MM-DD"``; a pandas ``Timestamp`` or numpy ``datetime64``
without a time of day is accepted too (a ``datetime`` is refused)."""
WholeNumber = int | Decimal | SupportsIndex
"""A whole number (population, year): ``int``, a numpy integer, or a whole ``Decimal``."""
BoundaryName = Literal["as_worded", "lower_inclusive", "upper_inclusive"]
Status = Literal["primary", "secondary", "contract", "negotiation", "this_contract", "user_table", "estimate"]

class ProvenanceDict(TypedDict):
    source: str
    source_title: str
    url: str | None
    article: str | None
    status: Status
    note: str | None

class ParameterUseDict(TypedDict):
    version: str
    key: str
    taille: int | None
    value: str
    provenance: ProvenanceDict

class ComponentDict(TypedDict):
    indicator: str
    label: str | None
    rule: str
    observed: str | None
    amount: Decimal

class StepDict(TypedDict):
    """A step applied after an amount (the termination of the contract)."""

    rule: str
    text: str
    formula: str
    inputs: dict[str, str]

class ExplanationDict(TypedDict):
    rule: str
    text: str
    formula: str
    inputs: dict[str, str]
    parameters: list[ParameterUseDict]
    options: dict[str, str]
    components: list[ComponentDict]
    steps: list[StepDict]

class LineDict(TypedDict):
    item: str
    amount: Decimal | None
    not_applicable: str | None
    explanation: ExplanationDict | None

class WarningDict(TypedDict, total=False):
    kind: Literal["mission_not_in_version", "above_ceiling"]
    message: str
    mission: str
    version: str
    total: Decimal
    ceiling: Decimal
    taille: int

class YearFundingDict(TypedDict):
    contract: str
    year: int
    year_start: datetime.date
    year_end: datetime.date
    version: str
    population: int
    taille: int
    lines: list[LineDict]
    total: Decimal
    missing_inputs: list[str]
    warnings: list[WarningDict]
    options: dict[str, str | bool]

class ParameterDict(TypedDict):
    key: str
    taille: int | None
    value: Decimal | datetime.date | bool
    kind: Literal["money", "rate", "count", "date", "flag"]
    defined_in: str
    provenance: ProvenanceDict


class PaymentDict(TypedDict):
    """One dated payment of a simulation (``Simulation.flows``)."""

    date: datetime.date
    contract_year: int | None
    flow: str
    part: Literal["in_full", "advance", "balance", "repayment"]
    amount: Decimal
    cumulative: Decimal
    rule: str
    explanation: str
    computation: ExplanationDict


class CalendarYearDict(TypedDict):
    """Money of one calendar year (``Simulation.calendar_years``)."""

    year: int
    paid: Decimal
    accrued: Decimal
    cumulative_paid: Decimal


class SimulationDict(TypedDict):
    """``Simulation.to_dict()``."""

    format: str
    title: str | None
    contract: str
    signed: datetime.date
    terminated: datetime.date | None
    years: list[YearFundingDict]
    flows: list[PaymentDict]
    calendar_years: list[CalendarYearDict]
    total_funding: Decimal
    total_paid: Decimal
    warnings: list[str]
