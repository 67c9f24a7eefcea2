"""Throughput of claim extraction, single core, on a corpus cycled from the texts in ../shared/.

One run, three measurements on the same texts:
- ours: documents -> claims, end to end (load_document from disk, then extract_claims with every
  field filled). Until `thesisledger.extract.extract_claims` exists the pipeline is
  load_document + split_sentences + find_quantities, and the output says so.
  Files are streamed one at a time: nothing of the corpus is kept, so peak RSS must stay flat.
- quantulum3 (named baseline): `parser.parse` once per sentence (its fastest use) on the first
  ~--quantulum-kb KB of the same corpus (it runs ~0.1 MB/s; 20 MB would take minutes).
- plain `re`: one money pattern scanned over the whole corpus (the floor for any regex scanner).

Targets (issue 3): >= 5 MB/s end to end, >= 50x quantulum3.

Usage: python bench/extract_speed.py [--mb 20] [--quantulum-kb 200] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import resource
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

from thesisledger.documents import load_document, split_sentences
from thesisledger.documents.document import Document
from thesisledger.quantities import find_quantities

REPO = Path(__file__).resolve().parents[1]
MONEY = re.compile(r"(?:[$€£]|USD |RMB )\d[\d,]*(?:\.\d+)?(?: (?:thousand|million|billion))?")
TARGET_MBS = 5.0
TARGET_RATIO = 50.0


def find_shared() -> Path:
    if os.environ.get("THESIS_SHARED"):
        return Path(os.environ["THESIS_SHARED"])
    for base in (REPO, *REPO.parents):
        if (base.parent / "shared" / "seed").is_dir():
            return base.parent / "shared"
    return REPO.parent / "shared"


def source_files(shared: Path) -> list[Path]:
    files = sorted(shared.glob("seed/*.txt")) + sorted(shared.glob("data/press_releases/*.txt"))
    files += sorted(shared.glob("data/ectsum_train/transcripts/*.txt"))
    if not files:
        raise SystemExit(f"no .txt files under {shared}; pass --shared")
    return files


def corpus(files: list[Path], mb: float) -> Iterator[Path]:
    """Cycle through `files` until their sizes add up to `mb` megabytes (paths only: streamed)."""
    size = 0
    while True:
        for f in files:
            if size >= mb * 1e6:
                return
            size += f.stat().st_size
            yield f


def pipeline() -> tuple[str, Callable[[Document], int]]:
    """(description, function doc -> number of claims)."""
    extract_claims = getattr(importlib.import_module("thesisledger.extract"), "extract_claims", None)
    if extract_claims is not None:
        return "extract_claims (every field filled)", lambda doc: len(extract_claims(doc, None))

    def quantities_only(doc: Document) -> int:
        split_sentences(doc.text)
        return sum(1 for _ in find_quantities(doc.text))

    return (
        "load_document + split_sentences + find_quantities (extract_claims NOT available yet)",
        quantities_only,
    )


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def run_ours(
    files: list[Path], mb: float, fn: Callable[[Document], int]
) -> tuple[float, int, float, list[str]]:
    nbytes = claims = 0
    checkpoints: list[str] = []
    marks = [mb * 1e6 * f for f in (0.25, 0.5, 1.0)]
    t0 = time.perf_counter()
    for path in corpus(files, mb):
        doc = load_document(path)
        claims += fn(doc)
        nbytes += len(doc.text.encode("utf-8"))
        while marks and nbytes >= marks[0]:
            checkpoints.append(f"{nbytes / 1e6:5.1f} MB: peak RSS {peak_rss_mb():6.1f} MB")
            marks.pop(0)
    return time.perf_counter() - t0, claims, nbytes / 1e6, checkpoints


def sample_sentences(files: list[Path], kb: float) -> list[str]:
    out: list[str] = []
    size = 0
    for path in corpus(files, 1e9):
        text = path.read_text(encoding="utf-8", errors="replace")
        for a, b in split_sentences(text):
            out.append(text[a:b])
            size += len(out[-1].encode("utf-8"))
            if size >= kb * 1e3:
                return out
    return out


def run_quantulum(sentences: list[str]) -> tuple[float, int, float]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("warm up: 5 million dollars")
        n = 0
        t0 = time.perf_counter()
        for s in sentences:
            n += len(parser.parse(s))
        dt = time.perf_counter() - t0
    return dt, n, sum(len(s.encode("utf-8")) for s in sentences) / 1e6


def run_money_re(files: list[Path], mb: float) -> tuple[float, int, float]:
    n = nbytes = 0
    elapsed = 0.0
    for path in corpus(files, mb):
        text = path.read_text(encoding="utf-8", errors="replace")
        t0 = time.perf_counter()
        n += sum(1 for _ in MONEY.finditer(text))
        elapsed += time.perf_counter() - t0
        nbytes += len(text.encode("utf-8"))
    return elapsed, n, nbytes / 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    ap.add_argument("--quantulum-kb", type=float, default=200.0, help="quantulum3 sample in KB (default 200)")
    ap.add_argument("--shared", type=Path, default=None)
    args = ap.parse_args(argv)
    files = source_files(args.shared or find_shared())
    label, fn = pipeline()
    print(
        f"corpus: {args.mb:g} MB cycled from {len(files)} files in ../shared"
        " (streamed, one document at a time)"
    )
    print(f"pipeline: {label}")
    print(f"peak RSS before: {peak_rss_mb():.1f} MB")

    dt, claims, mb, checkpoints = run_ours(files, args.mb, fn)
    ours = mb / dt
    for c in checkpoints:
        print(f"  {c}")

    sents = sample_sentences(files, args.quantulum_kb)
    q_dt, q_n, q_mb = run_quantulum(sents)
    q_rate = q_mb / q_dt
    r_dt, r_n, r_mb = run_money_re(files, args.mb)

    ratio = ours / q_rate
    print(f"\n{'':<34} {'MB':>6} {'seconds':>8} {'MB/s':>8} {'items':>9} {'items/s':>10}")
    print(
        f"{'ours (' + ('extract_claims' if 'NOT' not in label else 'quantities') + ')':<34} "
        f"{mb:6.2f} {dt:8.2f} {ours:8.2f} {claims:9d} {claims / dt:10.0f}   target >= {TARGET_MBS:g} MB/s "
        f"{'ok' if ours >= TARGET_MBS else 'MISSED'}"
    )
    print(
        f"{'quantulum3 parser.parse/sentence':<34} {q_mb:6.2f} {q_dt:8.2f} {q_rate:8.3f}"
        f" {q_n:9d} {q_n / q_dt:10.0f}"
        f"   ({len(sents)} sentences)"
    )
    print(
        f"{'plain re money pattern':<34} {r_mb:6.2f} {r_dt:8.2f} {r_mb / r_dt:8.2f}"
        f" {r_n:9d} {r_n / r_dt:10.0f}"
    )
    print(
        f"\nours / quantulum3: {ratio:.0f}x   target >= {TARGET_RATIO:g}x"
        f" {'ok' if ratio >= TARGET_RATIO else 'MISSED'}"
    )
    print(f"peak RSS after: {peak_rss_mb():.1f} MB (quantulum3 loaded)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
