"""Uploaded documents: a size limit, a safe file name, and the file read through `load_document`."""

from __future__ import annotations

import re
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path, PurePosixPath, PureWindowsPath

from thesisledger.documents import Document, load_document
from thesisledger.errors import InputError

ALLOWED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
DEFAULT_MAX_UPLOAD = 10 * 1024 * 1024


class UploadTooLargeError(InputError):
    """The uploaded file is over the size limit."""


def safe_filename(name: str | None) -> str:
    """The last component of `name` with only letters, digits, '.', '-' and '_'; never a path.

    "../../etc/passwd" -> "passwd", "C:\\x\\note.txt" -> "note.txt"; an empty or dot-only name is refused.
    """
    raw = name or ""
    base = PureWindowsPath(PurePosixPath(raw).name).name  # both separators: a/b\\c -> c
    clean = re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("._")[:120]
    if not clean:
        raise InputError(
            f"the upload's file name {raw!r} is empty or not usable; name the file, e.g. note.txt"
        )
    suffix = Path(clean).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise InputError(
            f"{clean}: only {', '.join(ALLOWED_SUFFIXES)} files can be uploaded; save it as one of those"
        )
    return clean


def load_upload(
    data: bytes,
    filename: str | None,
    *,
    company: str | None = None,
    doc_date: date | None = None,
    max_bytes: int = DEFAULT_MAX_UPLOAD,
) -> Document:
    """A `Document` from uploaded bytes (read in a private temporary folder, then deleted)."""
    name = safe_filename(filename)
    if len(data) > max_bytes:
        raise UploadTooLargeError(f"{name} is {len(data):,} bytes; the upload limit is {max_bytes:,} bytes")
    if not data.strip():
        raise InputError(f"{name} is empty; upload a document with text in it")
    with tempfile.TemporaryDirectory(prefix="thesis-upload-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            doc = load_document(path, company=company, date=doc_date, max_bytes=max_bytes)
        except InputError as exc:  # name the upload, not the private temporary path
            raise type(exc)(str(exc).replace(str(path), name)) from None
    return replace(doc, source=f"upload:{name}")
