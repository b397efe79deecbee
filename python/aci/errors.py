"""The exception hierarchy of :mod:`aci`.

Every error the library raises is an :class:`AciError`. Errors caused by the input (a contract,
results, a rule file, a DataFrame) are also :class:`ValueError` subclasses, so code that already
handles ``ValueError`` keeps working::

    AciError(Exception)
    ├── InvalidInputError(AciError, ValueError)     the input breaks a rule of the format
    │   ├── FloatAmountError(InvalidInputError, TypeError)   a float where an exact value is needed
    │   ├── RuleFileError(InvalidInputError)        a rule file is malformed
    │   ├── MissingAmountError(InvalidInputError)   the rules need an amount nobody supplied
    │   └── MissingFileError(InvalidInputError, FileNotFoundError)   a file that does not exist
    └── AmountOverflowError(AciError, ArithmeticError)

Each exception carries the core's message (which names the field and what is allowed) and
three attributes:

- ``kind``: a stable identifier of the cause (``"out_of_range"``, ``"missing_mission_amount"``,
  ``"float_amount"``, …);
- ``field``: the field or column at fault, when known (``"missions.prevention.fixed"``);
- ``row``: in a batch, the 0-based position of the failing row (``None`` otherwise); the
  message then starts with ``"row N (contract 'X', year Y): "``.

>>> import aci
>>> try:
...     aci.classify_taille(0)
... except aci.InvalidInputError as e:
...     print(e.kind, e.field)
out_of_range population
"""

from __future__ import annotations

__all__ = [
    "AciError",
    "InvalidInputError",
    "FloatAmountError",
    "RuleFileError",
    "MissingAmountError",
    "MissingFileError",
    "AmountOverflowError",
]


class AciError(Exception):
    """Base class of every error raised by :mod:`aci`."""

    kind: str | None = None
    field: str | None = None
    row: int | None = None


class InvalidInputError(AciError, ValueError):
    """The input (contract, results, options, batch row) is invalid; the message names the field."""


class FloatAmountError(InvalidInputError, TypeError):
    """A float was given where an exact amount or share is required (floats lose cents).

    Pass a :class:`decimal.Decimal`, an ``int`` or a string instead; in a DataFrame, use a
    decimal column (pyarrow ``decimal128``, polars ``pl.Decimal``, or pandas ``Decimal`` objects).
    """


class RuleFileError(InvalidInputError):
    """A rule file is malformed or breaks a rule of the ``aci-rules/1`` format."""


class MissingAmountError(InvalidInputError):
    """The rules need an amount that neither the rule data nor the contract supplies.

    The message names the parameter, the taille, the version and the contract field to fill
    (e.g. ``missions.parcours.fixed``).
    """


class MissingFileError(InvalidInputError, FileNotFoundError):
    """A file named by the caller (scenario, forecast spec, rule file) does not exist.

    Also a :class:`FileNotFoundError`, so ``except FileNotFoundError`` catches it; ``filename``
    holds the path as given.
    """

    def __str__(self) -> str:
        # The message, not OSError's "[Errno 2] ...: 'path'" form.
        return str(self.args[0]) if self.args else ""


class AmountOverflowError(AciError, ArithmeticError):
    """An amount went beyond what the library accepts (100 000 000 €)."""
