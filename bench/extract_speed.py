"""Throughput of claim extraction, single core, on a corpus cycled from the texts in ../shared/.

What the speed relies on (each fast path is pinned to the code it replaces by
tests/extract/test_extract_speed_paths.py, and the labelled-set scores are unchanged):
- periods: find_periods tries the big IGNORECASE pattern only at start candidates found by a
  case-sensitive pattern over the lower-cased sentence (a preposition counts only when filler words lead
  to a number, label, unit or month), and resolves each (form, phrase) once per calendar and date. The
  candidates are found as "a character a start may follow, then a start" (a scan `re` skips through in C),
  every offset the start pattern matches at (tests/extract/test_extract_speed_paths.py). At a candidate
  it runs the big pattern less the forms whose matches cannot start with the candidate's character (read
  from re's parse of each form; same forms in the same order, so the same match: about half the matching
  time; tests/extract/test_sp11_speed_paths.py).
- extract: the period pre-filter is substring tests plus a literal-led regex; clause breaks use a
  literal-led copy of the clause pattern, found only when a distance needs them; case-sensitive lexicon
  phrases ("PE") are matched on the text as written, not checked hit by hit; counted-noun metrics cached.
- quantities: bare numbers ("in 2021") are dropped before their groups are read; unit/scale words cached;
  the number pattern tests one character before trying every glued currency code ("RMB9bn") and every
  currency word after a number; number-word anchors ("six months", "two percent") are found by one
  literal-led pattern per anchor holding `_number_word`'s first test
  (tests/quantities/test_scan_speed_paths.py).
- metrics: Metric.accepts compares the StrEnum unit kind itself, not its `.value` (a Python-level enum
  property, ~0.4 us, asked ~1.5 times per number).
- cues: direction words and comparison words use literal-led copies of their patterns; the kind cues
  (_CUES_FAST) group their words under their first letter (tests/extract/test_cues_speed_paths.py).
- rare patterns: a dozen extractor patterns that seldom match (maturities, "in a row", "same as", organic
  growth ...) run only when the sentence holds a word every match needs, and the words that rule a period
  phrase out are read once per sentence (tests/extract/test_period_speed_paths.py).
- period resolver: rules that read only some claim kinds (period_rules.KIND_ONLY) are not called for the
  others, nor note-only rules (NOTE_ONLY) for documents that are not notes; the share-object, market and goal
  word checks are made once per sentence, not per number (tests/extract/test_period_speed_paths.py).
- phrases: PhraseIndex.find sorts plain (start, -end, key) tuples and builds a Hit only for the hits it
  keeps (tests/extract/test_extract_speed_paths.py).
- objects: Quantity.__post_init__ and read_number test Enum members through module-level sets. (A
  generated __init__ that set the slots of Claim/Quantity directly saved ~1-2% and was dropped: not
  worth code generated with exec.)
- documents: transcript headers are found once for guess_kind and speaker_turns; attribution markers once
  per sentence or line, not per number (tests/documents/test_documents_speed_paths.py).
- output: bench/extract_identity.py hashes every claim from every text in ../shared; a speed change must
  leave that hash as it was.
- no pandas and no dateparser on the hot path (fiscal quarter bounds were already lru_cached).
- rates are per CPU second of this process (the machine is shared), wall clock shown alongside.

One run, three measurements on the same texts:
- ours: documents -> claims, end to end (load_document from disk, then extract_claims with every
  field filled). Until `thesisledger.extract.extract_claims` exists the pipeline is
  load_document + split_sentences + find_quantities, and the output says so.
  Files are streamed one at a time: nothing of the corpus is kept, so peak RSS must stay flat.
- quantulum3 (named baseline): `parser.parse` once per sentence (its fastest use) on the first
  ~--quantulum-kb KB of the same corpus (it runs ~0.1 MB/s; 20 MB would take minutes).
- plain `re`: one money pattern scanned over the whole corpus (the floor for any regex scanner).

Targets (issue 3): >= 5 MB/s end to end, >= 50x quantulum3.

Compiled modules (optional experiment): `python tools/build_speedups.py` compiles the hot modules with
mypyc into build/speedups/src (the checkout is not touched); run this script with
PYTHONPATH=build/speedups/src to use them. The header says which thesisledger modules were loaded
compiled. Measured: ~1.3x over pure Python, see tools/build_speedups.py.

Usage: python bench/extract_speed.py [--mb 20] [--quantulum-kb 200] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import importlib
import re
import resource
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

from _shared import find_shared  # bench/_shared.py (scripts run with bench/ on sys.path)
from thesisledger.documents import load_document, load_text, split_sentences
from thesisledger.documents.document import Document
from thesisledger.quantities import find_quantities

REPO = Path(__file__).resolve().parents[1]
MONEY = re.compile(r"(?:[$€£]|USD |RMB )\d[\d,]*(?:\.\d+)?(?: (?:thousand|million|billion))?")
WARM_UP = "Revenue grew 5% to $1.2 billion in the fourth quarter of 2021, and we expect 8-10% in FY22."
TARGET_MBS = 5.0
TARGET_RATIO = 50.0


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


def compiled_modules() -> list[str]:
    """thesisledger modules loaded from compiled extensions (.so/.pyd, e.g. mypyc), not from .py."""
    return sorted(
        name
        for name, mod in list(sys.modules.items())
        if name.startswith("thesisledger")
        and str(getattr(mod, "__file__", None) or "").endswith((".so", ".pyd"))
    )


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def clock() -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): on a shared machine CPU time is the single-core cost."""
    return time.perf_counter(), time.process_time()


def since(t0: tuple[float, float]) -> tuple[float, float]:
    w, c = clock()
    return w - t0[0], c - t0[1]


def run_ours(
    files: list[Path], mb: float, fn: Callable[[Document], int]
) -> tuple[tuple[float, float], int, float, list[str]]:
    nbytes = claims = 0
    checkpoints: list[str] = []
    marks = [mb * 1e6 * f for f in (0.25, 0.5, 1.0)]
    fn(load_text(WARM_UP))  # build the patterns and lexicons first, as quantulum3 gets a warm-up call too
    t0 = clock()
    for path in corpus(files, mb):
        doc = load_document(path)
        claims += fn(doc)
        nbytes += len(doc.text.encode("utf-8"))
        while marks and nbytes >= marks[0]:
            checkpoints.append(f"{nbytes / 1e6:5.1f} MB: peak RSS {peak_rss_mb():6.1f} MB")
            marks.pop(0)
    return since(t0), claims, nbytes / 1e6, checkpoints


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


def run_quantulum(sentences: list[str]) -> tuple[tuple[float, float], int, float]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("warm up: 5 million dollars")
        n = 0
        t0 = clock()
        for s in sentences:
            n += len(parser.parse(s))
        dt = since(t0)
    return dt, n, sum(len(s.encode("utf-8")) for s in sentences) / 1e6


def run_money_re(files: list[Path], mb: float) -> tuple[tuple[float, float], int, float]:
    n = nbytes = 0
    wall = cpu = 0.0
    for path in corpus(files, mb):
        text = path.read_text(encoding="utf-8", errors="replace")
        t0 = clock()
        n += sum(1 for _ in MONEY.finditer(text))
        w, c = since(t0)
        wall, cpu = wall + w, cpu + c
        nbytes += len(text.encode("utf-8"))
    return (wall, cpu), n, nbytes / 1e6


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

    (wall, dt), claims, mb, checkpoints = run_ours(files, args.mb, fn)
    ours = mb / dt
    compiled = compiled_modules()  # after the run: extract imports its pipeline lazily
    print(
        f"compiled modules: {len(compiled)} ({', '.join(m.removeprefix('thesisledger.') for m in compiled)})"
        if compiled
        else "compiled modules: none (pure Python)"
    )
    for c in checkpoints:
        print(f"  {c}")

    sents = sample_sentences(files, args.quantulum_kb)
    (q_wall, q_dt), q_n, q_mb = run_quantulum(sents)
    q_rate = q_mb / q_dt
    (r_wall, r_dt), r_n, r_mb = run_money_re(files, args.mb)

    ratio = ours / q_rate
    print("\nrates per CPU second of this process (single core); wall-clock MB/s in the last column")
    print(f"{'':<34} {'MB':>6} {'cpu s':>8} {'MB/s':>8} {'items':>9} {'items/s':>10} {'wall MB/s':>10}")
    print(
        f"{'ours (' + ('extract_claims' if 'NOT' not in label else 'quantities') + ')':<34} "
        f"{mb:6.2f} {dt:8.2f} {ours:8.2f} {claims:9d} {claims / dt:10.0f} {mb / wall:10.2f}"
        f"   target >= {TARGET_MBS:g} MB/s {'ok' if ours >= TARGET_MBS else 'MISSED'}"
    )
    print(
        f"{'quantulum3 parser.parse/sentence':<34} {q_mb:6.2f} {q_dt:8.2f} {q_rate:8.3f}"
        f" {q_n:9d} {q_n / q_dt:10.0f} {q_mb / q_wall:10.3f}"
        f"   ({len(sents)} sentences)"
    )
    print(
        f"{'plain re money pattern':<34} {r_mb:6.2f} {r_dt:8.2f} {r_mb / r_dt:8.2f}"
        f" {r_n:9d} {r_n / r_dt:10.0f} {r_mb / r_wall:10.2f}"
    )
    print(
        f"\nours / quantulum3: {ratio:.0f}x (wall clock: {(mb / wall) / (q_mb / q_wall):.0f}x)"
        f"   target >= {TARGET_RATIO:g}x {'ok' if ratio >= TARGET_RATIO else 'MISSED'}"
    )
    print(f"peak RSS after: {peak_rss_mb():.1f} MB (quantulum3 loaded)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
