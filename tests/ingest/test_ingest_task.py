"""What one worker task does with one file, in-process (no cluster): rows out, failures as results."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from thesisledger.companies import find_profile
from thesisledger.documents import has_speaker_turns, load_document
from thesisledger.errors import InputError
from thesisledger.extract import extract_claims
from thesisledger.ingest import FileJob, expand_paths, file_hash, process_file
from thesisledger.ingest.staging import SCHEMAS
from thesisledger.ingest.synthetic import synthetic_transcript, write_corpus
from thesisledger.store.rows import claim_row


def test_process_file_returns_the_claim_rows_of_the_document(tmp_path: Path) -> None:
    (path,) = write_corpus(tmp_path, 1, seed=3)
    result = process_file(FileJob(str(path), file_hash(path), find_profile("BABA")))
    doc = load_document(path, company="BABA")
    expected = [claim_row(c) for c in extract_claims(doc, find_profile("BABA"))]
    assert result.stage is None and result.document is not None
    assert result.document["id"] == doc.id and result.document["company"] == "BABA"
    assert list(result.claims) == SCHEMAS["claims"].names
    assert result.n_claims == len(expected) > 20
    assert result.claims["id"] == [r["id"] for r in expected]
    assert result.claims["span_text"] == [r["span_text"] for r in expected]


def test_process_file_reports_a_binary_file_instead_of_raising(tmp_path: Path) -> None:
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    result = process_file(FileJob(str(path), file_hash(path)))
    assert result.document is None and result.stage == "load"
    assert result.reason is not None and str(path) in result.reason


def test_synthetic_transcripts_look_like_calls() -> None:
    text = synthetic_transcript(random.Random(7))
    assert text == synthetic_transcript(random.Random(7))  # deterministic per seed
    assert 8_000 < len(text) < 16_000
    assert (
        "\nOperator\n" in text
        and " -- Chief Financial Officer\n" in text
        and "Questions and Answers:" in text
    )
    assert has_speaker_turns(text)


def test_expand_paths_directories_globs_and_files(tmp_path: Path) -> None:
    write_corpus(tmp_path / "calls", 3)
    (tmp_path / "calls" / "sub").mkdir()
    (tmp_path / "calls" / "sub" / "note.md").write_text("Margin was 9%.\n", encoding="utf-8")
    (tmp_path / "calls" / "data.csv").write_text("a,b\n", encoding="utf-8")
    from_dir = expand_paths(tmp_path / "calls")
    assert [p.name for p in from_dir] == ["call-00000.txt", "call-00001.txt", "call-00002.txt", "note.md"]
    assert [p.name for p in expand_paths(str(tmp_path / "calls" / "*.csv"))] == ["data.csv"]
    assert len(expand_paths(str(tmp_path / "**" / "*.txt"))) == 3
    both = expand_paths([tmp_path / "calls", tmp_path / "calls" / "call-00001.txt"])
    assert both == from_dir  # repeats are dropped


@pytest.mark.parametrize(
    ("arg", "message"),
    [
        ("missing", "no such file or directory"),
        ("*.nothing", "matches no file"),
        ("empty", "holds no document"),
    ],
)
def test_expand_paths_refuses_input_that_names_nothing(tmp_path: Path, arg: str, message: str) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=message):
        expand_paths(str(tmp_path / arg))
