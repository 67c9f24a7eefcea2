"""The ledger store: DuckDB by default (one file), PostgreSQL for teams; schema, migrations, fact files."""

from thesisledger.store.fact_files import FactLine, read_fact_file, read_fact_lines
from thesisledger.store.ledger import ImportReport, Ledger, RecordedFact, default_location
from thesisledger.store.schema import current_version

__all__ = [
    "FactLine",
    "ImportReport",
    "Ledger",
    "RecordedFact",
    "current_version",
    "default_location",
    "read_fact_file",
    "read_fact_lines",
]
