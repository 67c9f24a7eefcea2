"""Versioned schema: numbered SQL migrations (`migrations/NNNN_name.sql`) applied in order on open."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from thesisledger.errors import SchemaVersionError, StoreError
from thesisledger.store.backend import Backend

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


@cache
def migrations() -> tuple[Migration, ...]:
    """The shipped migrations, ordered by version; versions must run 1, 2, 3 ... without gaps."""
    folder = resources.files("thesisledger.store").joinpath("migrations")
    found: list[Migration] = []
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda mig: mig.version)
    for expected, mig in enumerate(found, start=1):
        if mig.version != expected:
            raise StoreError(f"migration {mig.name} is out of sequence: expected version {expected}")
    return tuple(found)


def current_version() -> int:
    """The schema version this code writes."""
    return len(migrations())


def migrate(backend: Backend) -> int:
    """Bring the database to `current_version()` in one transaction; return the version it was at.

    A database from a newer Thesis Ledger is refused untouched: old code must not write to it.
    """
    code = current_version()
    with backend.transaction():
        found = backend.schema_version()
        if found > code:
            raise SchemaVersionError(
                f"ledger {backend.location} was written by a newer thesisledger "
                f"(schema {found} > {code}); upgrade thesisledger"
            )
        for mig in migrations()[found:]:
            backend.apply_migration(mig.version, mig.sql)
    return found
