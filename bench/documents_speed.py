"""Throughput of documents/: load + sentence split + structure, single core, on the texts in ../shared/.

Two measurements:
- files: every .txt in ../shared/ (ECTSum transcripts, press releases, the seed note), cycled until the
  corpus reaches --mb, each one loaded from disk with `load_document`, split, and given its structure
  (speaker turns for transcripts, one `speaker_at` per sentence for notes and press releases);
- one text: the same files concatenated into one string, split with `split_sentences`, next to the
  naive baseline `re.split(r"(?<=[.!?])\\s+", text)` in the same run.

Usage: python bench/documents_speed.py [--mb 20] [--repeat 3] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from _shared import find_shared  # bench/_shared.py (scripts run with bench/ on sys.path)
from thesisledger.documents.document import DocumentKind
from thesisledger.documents.load import load_document
from thesisledger.documents.sentences import split_sentences
from thesisledger.documents.structure import speaker_at, speaker_turns

REPO = Path(__file__).resolve().parents[1]
NAIVE = re.compile(r"(?<=[.!?])\s+")


def corpus_files(shared: Path, mb: float) -> list[Path]:
    files = sorted(shared.glob("seed/*.txt")) + sorted(shared.glob("data/press_releases/*.txt"))
    files += sorted(shared.glob("data/ectsum_train/transcripts/*.txt"))
    if not files:
        raise SystemExit(f"no .txt files under {shared}; pass --shared")
    chosen: list[Path] = []
    size = 0
    while size < mb * 1e6:
        for f in files:
            chosen.append(f)
            size += f.stat().st_size
            if size >= mb * 1e6:
                break
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--mb", type=float, default=20.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--shared", type=Path, default=find_shared())
    args = parser.parse_args()
    files = corpus_files(args.shared, args.mb)

    # best of `--repeat` runs per stage: the machine is shared, the minimum is the cost of the code
    best = [float("inf")] * 3
    n_bytes = n_sentences = n_turns = 0
    for _ in range(args.repeat):
        times = [0.0, 0.0, 0.0]
        n_bytes = n_sentences = n_turns = 0
        for path in files:
            t0 = time.perf_counter()
            doc = load_document(path)
            t1 = time.perf_counter()
            spans = split_sentences(doc.text)
            t2 = time.perf_counter()
            if doc.kind is DocumentKind.TRANSCRIPT:
                n_turns += len(speaker_turns(doc.text))
            else:
                for start, _ in spans:
                    speaker_at(doc, start)
            t3 = time.perf_counter()
            times[0] += t1 - t0
            times[1] += t2 - t1
            times[2] += t3 - t2
            n_bytes += len(doc.text.encode("utf-8"))
            n_sentences += len(spans)
        best = [min(b, t) for b, t in zip(best, times, strict=True)]
    t_load, t_split, t_struct = best
    mb = n_bytes / 1e6
    total = t_load + t_split + t_struct
    print(f"corpus: {len(files)} files, {mb:.1f} MB, {n_sentences:,} sentences, {n_turns} speaker turns")
    print(f"  load_document     {mb / t_load:8.1f} MB/s")
    print(f"  split_sentences   {mb / t_split:8.1f} MB/s")
    print(f"  structure         {mb / t_struct:8.1f} MB/s   (turns; speaker_at on every sentence of notes)")
    print(f"  end to end        {mb / total:8.1f} MB/s   ({total:.2f} s, single core, best of {args.repeat})")

    text = "\n\n".join(p.read_text(encoding="utf-8", errors="replace") for p in files)
    mb = len(text.encode("utf-8")) / 1e6
    t_ours = t_naive = float("inf")
    ours: list[tuple[int, int]] = []
    naive: list[str] = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        ours = split_sentences(text)
        t1 = time.perf_counter()
        naive = NAIVE.split(text)
        t2 = time.perf_counter()
        t_ours, t_naive = min(t_ours, t1 - t0), min(t_naive, t2 - t1)
    print(f"one {mb:.1f} MB text:")
    print(f"  split_sentences   {mb / t_ours:8.1f} MB/s   {len(ours):,} sentences")
    print(f"  baseline re.split {mb / t_naive:8.1f} MB/s   {len(naive):,} pieces (naive: no abbreviations)")


if __name__ == "__main__":
    main()
