"""ACI CPTS funding with exact decimals: the Python face of the ``aci-core`` Rust library.

Computes the funding French CPTS receive under the ACI CPTS agreement (2019, amended by
avenant 2): operating amount, each mission's fixed and variable part, and the total, every line
explained with the rule applied and the sources of the values read.

Money goes in and out as :class:`decimal.Decimal` (a float is refused with
:class:`FloatAmountError`), dates as :class:`datetime.date`.

>>> from datetime import date
>>> from decimal import Decimal
>>> import aci
>>> contract = aci.Contract(
...     name="CPTS Rives de Loire", signed=date(2023, 3, 1), population=120000,
...     missions=[{"id": "acces_aux_soins", "start": date(2023, 9, 1)}])
>>> y1 = aci.Engine().year(contract, 1)
>>> y1.amount("fonctionnement"), y1.amount("acces_aux_soins.fixe")
(Decimal('75000.00'), Decimal('44754.10'))
>>> y1.total
Decimal('119754.10')

Many contract-years at once, from a pandas / polars DataFrame or a pyarrow Table: see
:meth:`Engine.batch`.

A CPTS over its whole contract, payment by payment: :meth:`Engine.simulate` takes a scenario
file (the same TOML or JSON as the ``aci`` command) or a mapping, and returns a
:class:`Simulation` (funding per contract year and per calendar year, dated payments with
cumulative cash, warnings).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, Literal, NamedTuple

from . import _aci
from ._aci import (
    MAX_AMOUNT,
    MAX_POPULATION,
    MISSIONS,
    RULES_FORMAT,
    SCENARIO_FORMAT,
    Contract,
    Explanation,
    Line,
    Options,
    Parameter,
    ParameterUse,
    Provenance,
    RuleBook,
    Simulation,
    Source,
    Version,
    YearFunding,
    YearResults,
    classify_taille,
    envelope_template,
    round_to_cent,
    set_lang,
    get_lang,
)
from .errors import (
    AciError,
    AmountOverflowError,
    FloatAmountError,
    InvalidInputError,
    MissingAmountError,
    MissingFileError,
    RuleFileError,
)

__version__: str = _aci.__version__

__all__ = [
    "MAX_AMOUNT",
    "MAX_POPULATION",
    "MISSIONS",
    "RULES_FORMAT",
    "SCENARIO_FORMAT",
    "AciError",
    "AmountOverflowError",
    "BatchResult",
    "Contract",
    "Engine",
    "Explanation",
    "FloatAmountError",
    "InvalidInputError",
    "Line",
    "Simulation",
    "MissingAmountError",
    "MissingFileError",
    "Options",
    "Parameter",
    "ParameterUse",
    "Provenance",
    "RuleBook",
    "RuleFileError",
    "Source",
    "Version",
    "YearFunding",
    "YearResults",
    "classify_taille",
    "envelope_template",
    "round_to_cent",
    "set_lang",
    "get_lang",
    "year",
]

Output = Literal["pyarrow", "pandas", "pandas_arrow", "polars"]
ExtraColumns = Literal["error", "ignore"] | Sequence[str]

# Suffixes of the batch's money and rate columns (besides ``operating_amount``).
_DECIMAL_SUFFIXES = ("_fixed", "_fixed_first_year", "_variable", "_achievement")


class BatchResult(NamedTuple):
    """The result of a batch: ``lines`` (one row per input row and line; ``None`` with
    ``lines=False``) and ``totals`` (one row per input row), as DataFrames of the input's kind
    or pyarrow Tables."""

    lines: Any
    totals: Any


def _family(data: Any) -> Output:
    module = type(data).__module__ or ""
    if module.startswith("pandas"):
        return "pandas"
    if module.startswith("polars"):
        return "polars"
    return "pyarrow"


def _is_decimal_column(name: Any) -> bool:
    return isinstance(name, str) and (
        name == "operating_amount"
        or (name.endswith(_DECIMAL_SUFFIXES) and any(name.startswith(f"{m}_") for m in MISSIONS))
    )


def _column_error(cls: type[AciError], column: str, kind: str, message: str) -> AciError:
    error = cls(f"column '{column}': {message}")
    error.kind, error.field = kind, column
    return error


def _decimal_text(value: Any, column: str) -> str | None:
    """A cell of a pandas money or rate column as exact text (``NaN`` and infinities kept, so
    the batch refuses their row); other missing values (None, pd.NA, NaT) stay missing."""
    if isinstance(value, bool):
        raise _column_error(InvalidInputError, column, "wrong_type", f"{value!r} is not a decimal")
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        if math.isfinite(value):
            raise _column_error(
                FloatAmountError, column, "float_amount",
                f"holds a float ({value!r}); floats lose cents, so money and shares must be exact: "
                "use decimal.Decimal objects, decimal128 columns, or strings",
            )
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, (int, str)):
        return str(value)
    return None  # None, pd.NA, NaT


def _nan_as_text(data: Any) -> Any:
    """pyarrow reads ``NaN`` (float or Decimal) in a pandas object column as null, i.e. "not
    reported" (0 €), and fails on infinities: such a money or rate column goes to the batch
    as text instead, where a non-finite value is an error for its row."""
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]

    changed = {}
    for name in data.columns:
        column = data[name]
        if not _is_decimal_column(name) or column.dtype != object:
            continue
        values = column.to_numpy(dtype=object)
        # A plain loop: pd.isna raises on a signalling Decimal('sNaN').
        if any(_not_finite(v) for v in values):
            changed[name] = pd.array([_decimal_text(v, name) for v in values], dtype=object)
    return data.assign(**changed) if changed else data


def _not_finite(value: Any) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value)
    return isinstance(value, Decimal) and not value.is_finite()


def _to_arrow_stream(data: Any) -> Any:
    """Anything tabular → an object with ``__arrow_c_stream__`` (exact types are kept)."""
    family = _family(data)
    if family == "pandas":
        import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]

        return pa.Table.from_pandas(_nan_as_text(data), preserve_index=False)
    if family == "polars":
        if hasattr(data, "collect") and not hasattr(data, "to_arrow"):  # LazyFrame
            data = data.collect()
        return data.to_arrow()
    if hasattr(data, "__arrow_c_stream__"):
        return data
    if hasattr(data, "__arrow_c_array__"):  # a pyarrow RecordBatch without stream export
        import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]

        return pa.Table.from_batches([data])
    raise InvalidInputError(
        "batch: expected a pandas or polars DataFrame, or a pyarrow Table / RecordBatch "
        f"(anything with __arrow_c_stream__), got {type(data).__name__}; "
        "for a list of contract mappings use Engine.batch_contracts"
    )


def _as_table(stream: Any) -> Any:
    """An Arrow stream as a pyarrow Table (read once; a Table stays itself)."""
    import pyarrow as pa

    if isinstance(stream, pa.Table):
        return stream
    if isinstance(stream, pa.RecordBatch):
        return pa.Table.from_batches([stream])
    return pa.table(stream)


def _with_keys(tables: tuple[Any, Any], keys: Any) -> tuple[Any, Any]:
    """Adds the key columns (one value per input row) to both outputs, after ``row``."""
    if keys.num_columns == 0:
        return tables

    def add(table: Any) -> Any:
        taken = keys.take(table.column("row"))
        for k, name in enumerate(keys.column_names):
            table = table.add_column(1 + k, keys.schema.field(name), taken.column(name))
        return table

    lines, totals = tables
    return (None if lines is None else add(lines), add(totals))


def _convert_table(table: Any, output: Output) -> Any:
    if output == "pandas":
        return table.to_pandas()
    if output == "pandas_arrow":
        import pandas as pd  # type: ignore[import-untyped,unused-ignore]

        return table.to_pandas(types_mapper=pd.ArrowDtype)
    if output == "polars":
        import polars as pl

        return pl.from_arrow(table)
    return table


def _convert(tables: tuple[Any, Any], output: Output) -> BatchResult:
    if output not in ("pyarrow", "pandas", "pandas_arrow", "polars"):
        raise InvalidInputError(
            f"output = {output!r} is not allowed: use 'pyarrow', 'pandas', 'pandas_arrow' or 'polars'"
        )
    lines, totals = tables
    return BatchResult(
        None if lines is None else _convert_table(lines, output), _convert_table(totals, output)
    )


class Engine(_aci.Engine):
    """Computes funding under a rule book and options.

    ``Engine(rules=None, options=None, *, envelopes=None, **option_kwargs)``: ``rules``
    defaults to the shipped :class:`RuleBook`; options are an :class:`Options` object, a
    mapping, or keywords (``boundary``, ``proration``, ``uplift``, ``version_date``,
    ``prorate_variable``, ``missing_observation``, ``envelopes``).

    ``envelopes``: the path of a filled national envelope table (``.csv`` or ``.xlsx``, from
    ``aci envelopes --template``), read over the rules, each value cited as "national table
    supplied by the user" with its file and cell; or ``"estimate"`` for the indicative
    estimate of the national mission amounts nobody has sourced (docs/estimate.md): labelled
    (status ``estimate``) and warned in every result that uses it, never the default.

    >>> from datetime import date
    >>> engine = Engine(proration="months")
    >>> c = Contract(name="CPTS exemple", signed=date(2023, 1, 1), population=100000,
    ...              missions=[{"id": "prevention", "start": date(2023, 1, 1)}])
    >>> engine.year(c, 2).total
    Decimal('92500.00')
    """

    def batch(
        self,
        data: Any,
        indicators: Any = None,
        *,
        on_error: Literal["raise", "collect"] = "raise",
        output: Output | None = None,
        threads: int | None = None,
        lines: bool = True,
        extra_columns: ExtraColumns = "error",
    ) -> BatchResult:
        """Computes many contract-years in one call; the work runs in Rust without the GIL.

        ``data`` is a pandas or polars DataFrame, or a pyarrow Table / RecordBatch (anything
        with ``__arrow_c_stream__``), with **one row per contract-year**:

        ============================== ========================= ==============================
        column                         type                      meaning
        ============================== ========================= ==============================
        ``contract``                   str                       contract id (its name)
        ``signed``                     date                      signature date
        ``population``                 int                       population covered
        ``year``                       int                       contract year, 1-based
        ``years`` (optional)           int                       contract length (default 5)
        ``operating_amount`` (opt.)    decimal                   the contract's own operating amount
        ``crisis_recognised`` (opt.)   bool                      ARS recognised a crisis (null = no)
        ``<mission>_start``            date                      mission start; null = not engaged
        ``<mission>_end`` (opt.)       date                      mission end (exclusive)
        ``<mission>_fixed`` (opt.)     decimal                   the contract's yearly fixed part
        ``<mission>_fixed_first_year`` decimal                   fixed part of the mission's first year
        ``<mission>_variable`` (opt.)  decimal                   variable part at full achievement
        ``<mission>_achievement``      decimal 0..1              achievement share of the year
        ============================== ========================= ==============================

        ``<mission>`` is one of :data:`MISSIONS` (``acces_aux_soins``, ``parcours``,
        ``prevention``, ``crises_sanitaires``, ``qualite_pertinence``,
        ``accompagnement_professionnels``). When ``<mission>_start`` is null the mission is not
        engaged in that row and its other columns are ignored. Decimals are pyarrow
        ``decimal128``, polars ``pl.Decimal``, pandas columns of :class:`decimal.Decimal`,
        integers, or strings; **float columns are refused** (:class:`FloatAmountError`). Dates
        are ``date32``, timestamps, ``datetime.date`` objects or ``"YYYY-MM-DD"`` strings.
        For contracts with indicators, give ``indicators``: a second table (pandas, polars or
        pyarrow) in long form, one row per contract-year × indicator (``contract``, ``year``,
        ``mission``, ``indicator``, ``kind``, ``direction``, ``unit``, ``between``, ``amount``,
        ``baseline``, ``target``, ``tier<k>_threshold``, ``tier<k>_amount``, ``done``,
        ``value``), joined to ``data`` on ``(contract, year)`` in Rust: see docs/batch.md. Each
        row is then checked as a contract file is; no explanation text is rendered. An error
        also names the indicator row and its column. (:meth:`batch_contracts` takes full
        contracts as Python objects, one per row: much slower.)

        **Columns are checked before any row is computed.** A column the batch does not read
        (``acces_aux_soins_fixd``) is an :class:`InvalidInputError` naming it and the nearest
        known column, unless ``extra_columns`` says otherwise: ``"ignore"`` ignores unknown
        columns (except one named like a mission's column, always an error), and a list of
        column names (``["region", "cpam"]``) carries those key columns unchanged into both
        outputs, right after ``row``, in the order given (any other unknown column is still an
        error).

        **A value that cannot be read fails its row, not the batch**: a text that is not a
        date or a decimal, ``NaN`` or an infinity in a money or rate column (a ``Decimal``, a
        float ``nan`` in a pandas object column, or text), a number beyond range. A mission's
        cells count only in rows that engage it. Null is the only "not known".

        Returns ``BatchResult(lines, totals)``:

        - ``lines``: ``row`` (0-based input row), ``contract``, ``year``, ``item``
          (``fonctionnement``, ``<mission>.fixe``, ``<mission>.variable``, …), ``amount``
          (decimal128(20, 2); null when the line does not apply), ``not_applicable`` (reason).
          ``contract``, ``item`` and ``not_applicable`` are dictionary-encoded text (pandas
          and polars categoricals);
        - ``totals``: ``row``, ``contract``, ``year``, ``year_start``, ``year_end``,
          ``version``, ``population``, ``taille``, ``total`` (decimal128(20, 2)),
          ``missing_inputs``, ``warnings`` (``"; "``-joined text, null when none), and with
          ``on_error="collect"`` an ``error`` column.

        ``lines=False`` computes only each row's total (the core's allocation-free
        ``year_total``, the same amount as the sum of the lines): ``lines`` is ``None`` and
        ``totals`` holds ``row``, ``contract``, ``year`` and ``total`` (and ``error``).

        ``output`` picks the result type (default: the input's kind: pandas → pandas,
        polars → polars, otherwise pyarrow). ``"pandas"`` holds amounts as
        :class:`decimal.Decimal` objects; ``"pandas_arrow"`` keeps them as
        ``pd.ArrowDtype(decimal128(20, 2))`` columns, several times faster for large batches. With ``on_error="raise"`` (default) the first
        failing row raises its :class:`AciError` subclass, the message starting with
        ``row N (contract 'X', year Y):`` and ``e.row == N``; with ``"collect"`` failed rows get
        a null total, no lines, and their message in ``totals.error``. ``threads`` defaults to
        every core.

        >>> import pyarrow as pa, datetime, decimal
        >>> table = pa.table({
        ...     "contract": ["A", "A"], "signed": [datetime.date(2023, 1, 1)] * 2,
        ...     "population": [100000, 100000], "year": [1, 2],
        ...     "prevention_start": [datetime.date(2023, 1, 1)] * 2,
        ...     "prevention_achievement": pa.array([None, decimal.Decimal("0.5")],
        ...                                        pa.decimal128(3, 2)),
        ... })
        >>> lines, totals = Engine().batch(table)
        >>> [str(t) for t in totals.column("total").to_pylist()]
        ['92500.00', '101250.00']
        """
        stream = _to_arrow_stream(data)
        keys = None if isinstance(extra_columns, str) else list(extra_columns)
        if keys:
            stream = _as_table(stream)
        tables = self._batch_arrow(
            stream,
            indicators=None if indicators is None else _to_arrow_stream(indicators),
            on_error=on_error,
            threads=threads,
            lines=lines,
            extra_columns=extra_columns if keys is None else keys,
        )
        if keys:
            tables = _with_keys(tables, stream.select(keys))
        return _convert(tables, output or _family(data))

    def batch_contracts(
        self,
        items: Iterable[Any],
        *,
        on_error: Literal["raise", "collect"] = "raise",
        output: Output = "pyarrow",
        threads: int | None = None,
        lines: bool = True,
    ) -> BatchResult:
        """Computes many contract-years given as full contracts (with indicators, population
        series, clauses): each item is ``(contract, year)``, ``(contract, year, results)`` or a
        mapping ``{"contract": ..., "year": ..., "results": ...}``, where ``contract`` is a
        :class:`Contract` or a mapping of the same shape, and ``results`` a
        :class:`YearResults`, a mapping or ``None``.

        Returns the same ``BatchResult(lines, totals)`` as :meth:`batch` (pyarrow by default;
        ``lines=False`` for totals only). Reading the items needs the GIL; computing them does
        not.
        """
        return _convert(
            self._batch_items(list(items), on_error=on_error, threads=threads, lines=lines), output
        )


def year(
    contract: Contract | dict[str, Any],
    year: int,
    results: YearResults | dict[str, Any] | None = None,
    *,
    rules: RuleBook | None = None,
    explain: bool = True,
    **options: Any,
) -> YearFunding:
    """Shorthand for ``Engine(rules, **options).year(contract, year, results, explain=explain)``.

    >>> from datetime import date
    >>> year({"name": "X", "signed": date(2023, 1, 1), "population": 100000}, 1).total
    Decimal('75000.00')
    """
    return Engine(rules, **options).year(contract, year, results, explain=explain)
