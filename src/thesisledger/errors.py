"""One exception tree for Thesis Ledger; every message says what failed, where, and what to do.

ThesisLedgerError
 +-- InputError            bad user input (a phrase, a file, a field)
 |    +-- QuantityParseError   text that is not a quantity
 |    +-- UnknownCurrencyError a currency code or symbol we do not know
 |    +-- PeriodError          a period that cannot exist or cannot be resolved
 |    +-- DataFileError        a CSV/XLSX/YAML/text file that is malformed (names file and line)
 |    |    +-- ThesisFileError   a thesis file (YAML) that does not validate; carries file and line
 |    +-- ExpressionError      a formula or trigger that cannot be read or mixes units
 |    +-- UnknownCompanyError  a ticker or name not in the profiles or the ledger
 |    +-- QuantityArithmeticError  arithmetic outside its domain (CAGR from a loss, an unbounded result)
 |    |    +-- UnitMismatchError     quantities in different units or currencies
 |    +-- ConnectorSetupError  a connector not set up (no SEC User-Agent, unreadable config file)
 +-- FxRateError           no FX rate for a currency pair and date
 +-- StoreError            the ledger database
 |    +-- StoreLockedError     the file is held by another process
 |    +-- SchemaVersionError   the file was written by a newer Thesis Ledger
 |    +-- StoreUnavailableError  the ledger server cannot be reached, or its URL is malformed
 +-- ConnectorError        a remote data source failed (names the URL)

This module imports only the standard library.
"""

from __future__ import annotations


class ThesisLedgerError(Exception):
    """Root of every error Thesis Ledger raises on purpose."""


class InputError(ThesisLedgerError, ValueError):
    """The user gave something we cannot use."""


class QuantityParseError(InputError):
    """Text that does not read as a quantity."""


class UnknownCurrencyError(InputError):
    """A currency code, symbol or word we do not know."""


class PeriodError(InputError):
    """A period that cannot exist (FY26Q5) or cannot be resolved."""


class DataFileError(InputError):
    """A malformed input file; the message names the file and, where known, the line and field."""


class ThesisFileError(DataFileError):
    """A thesis file that does not validate: `file` and `line` say where, `detail` says what."""

    def __init__(self, detail: str, *, file: str, line: int | None = None) -> None:
        self.detail = detail
        self.file = file
        self.line = line
        where = f"{file} line {line}" if line is not None else file
        super().__init__(f"{where}: {detail}")

    def __reduce__(self) -> tuple[object, ...]:
        # keyword-only arguments: tell pickle how to rebuild (errors cross process boundaries in Dask)
        return (_rebuild_thesis_file_error, (self.detail, self.file, self.line))


def _rebuild_thesis_file_error(detail: str, file: str, line: int | None) -> ThesisFileError:
    return ThesisFileError(detail, file=file, line=line)


class ExpressionError(InputError):
    """A formula in a thesis (derived input, check, trigger) that cannot be read or mixes units."""


class UnknownCompanyError(InputError):
    """A ticker or company name that is neither a shipped profile nor in the ledger."""


class QuantityArithmeticError(InputError):
    """Arithmetic on quantities outside its domain: a CAGR from a negative start, an unbounded result."""


class UnitMismatchError(QuantityArithmeticError):
    """Quantities in different units or currencies combined without converting first."""


class FxRateError(ThesisLedgerError):
    """No FX rate is known for a currency pair at a date."""


class StoreError(ThesisLedgerError):
    """The ledger database failed or refused a write."""


class StoreLockedError(StoreError):
    """The ledger file is open for writing in another process."""


class SchemaVersionError(StoreError):
    """The ledger file was written by a newer version of Thesis Ledger."""


class StoreUnavailableError(StoreError):
    """A PostgreSQL ledger cannot be reached or its URL is malformed; the message names host and database."""


class ConnectorError(ThesisLedgerError):
    """A remote data source (SEC EDGAR, ...) failed; the message names the URL."""


class ConnectorSetupError(InputError):
    """A connector is not set up to be used (no User-Agent, an unreadable config file): the user's
    input to fix, not a remote failure; nothing was fetched."""
