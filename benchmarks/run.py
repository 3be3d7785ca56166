"""natobrief's benchmark: every figure of the performance issue, in one run.

Run from the repository root after installing natobrief:

    python benchmarks/run.py [--corpus DIR] [--stream N] [--quick]

It prints, with the spread of repeated runs (min, median, max):

* microseconds per ``parse()`` of the seed and of each brief in ``--corpus`` (by
  default ``../shared/corpus/dev`` when it exists, else briefs built from the seed),
  against a baseline pass of ``re.findall(r"\\w+", text)`` over the same text, and the
  ratio between them (each parse timed right beside a baseline timing, since the
  machine's speed drifts);
* briefs per second, peak traced memory and the traced memory still held (after
  ``gc.collect()``) of a stream of ``--stream`` briefs
  (10,000 by default) read lazily from a file through ``iter_briefings``, with the
  peak after the first tenth, to show whether memory stays flat;
* ``to_json``/``from_json`` round trips per second;
* the time of each hostile input of about 1 MB (``tests/hostile.py``), three runs each,
  and its ratio to a ``\\w+`` pass over the same input (a figure the machine's drift
  does not move).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import re
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import natobrief

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "2024-07-06-washington-summit-preview.txt"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
WORD = re.compile(r"\w+")


def spread(fn: Callable[[], object], *, number: int, repeat: int) -> tuple[float, float, float]:
    """Seconds per call: (min, median, max) over ``repeat`` timings of ``number`` calls."""
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - t0) / number)
    return min(times), statistics.median(times), max(times)


def us(triple: tuple[float, float, float]) -> str:
    return "–".join(f"{t * 1e6:,.0f}" for t in triple) + " µs"


def parse_vs_baseline(name: str, text: str, repeat: int) -> float:
    """Time parse() and the baseline in turn, ``repeat`` times: the machine's speed drifts,
    so each ratio compares timings taken moments apart.  Returns the median ratio."""
    parses, bases, ratios = [], [], []
    for _ in range(repeat):
        parse = spread(lambda: natobrief.parse(text), number=5, repeat=1)[0]
        base = spread(lambda: WORD.findall(text), number=200, repeat=1)[0]
        parses.append(parse)
        bases.append(base)
        ratios.append(parse / base)
    ratio = statistics.median(ratios)
    print(
        f"  {name:34} {len(text):6} chars  parse {us(_triple(parses)):>24}  \\w+ {us(_triple(bases)):>18}"
        f"  ratio {min(ratios):5.1f}–{ratio:5.1f}–{max(ratios):5.1f}x"
    )
    return ratio


def _triple(values: list[float]) -> tuple[float, float, float]:
    return min(values), statistics.median(values), max(values)


def _stream_file(n: int) -> Path:
    seed = SEED.read_text(encoding="utf-8").lstrip()
    day = dt.date(2024, 1, 1)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fp:
        for i in range(n):
            fp.write(
                seed.replace("date 2024-07-06", f"date {(day + dt.timedelta(days=i % 365)).isoformat()}", 1)
            )
    return Path(fp.name)


def stream(n: int) -> None:
    """Speed and resident memory of one pass; traced (Python-level) memory of another.

    ``tracemalloc`` slows Python several times over, so the speed is taken without it.
    """
    path = _stream_file(n)
    size = path.stat().st_size
    t0 = time.perf_counter()
    count = 0
    rss_early = 0
    with path.open(encoding="utf-8") as fp:
        for _ in natobrief.iter_briefings(fp):
            count += 1
            if count == n // 10:
                rss_early = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    elapsed = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"  {count:,} briefs ({size / 1e6:.1f} MB) in {elapsed:.1f} s: {count / elapsed:,.0f} briefs/s")
    print(
        f"  peak resident memory: {rss_early / 1024:.1f} MB after {n // 10:,} briefs, {rss / 1024:.1f} MB after {count:,}"
    )
    traced = min(n, 1_000)
    tracemalloc.start()
    peaks, held = [], []
    with path.open(encoding="utf-8") as fp:
        for i, _ in enumerate(natobrief.iter_briefings(fp), start=1):
            if i in (traced // 10, traced):
                peaks.append(tracemalloc.get_traced_memory()[1])
                # What stays allocated once the briefing is gone.  gc.collect() also
                # empties CPython's free lists of tuples, lists and dicts, which fill up
                # over the first few thousand briefs and make the peak creep up to a bound.
                gc.collect()
                held.append(tracemalloc.get_traced_memory()[0])
            if i == traced:
                break
    tracemalloc.stop()
    path.unlink()
    print(
        f"  peak traced memory: {peaks[0] / 1e6:.2f} MB after {traced // 10:,} briefs, {peaks[-1] / 1e6:.2f} MB after {traced:,}"
    )
    print(
        f"  traced memory held: {held[0] / 1e6:.3f} MB after {traced // 10:,} briefs, {held[-1] / 1e6:.3f} MB after {traced:,}"
    )


def round_trips(repeat: int) -> None:
    b = natobrief.parse_file(SEED)
    data = natobrief.to_json(b)
    t = spread(lambda: natobrief.from_json(natobrief.to_json(b)), number=50, repeat=repeat)
    print(
        f"  to_json + from_json of the seed: {1 / t[1]:,.0f} round trips/s ({us(t)} each, {len(data):,} chars)"
    )


def hostile(repeat: int) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from hostile import HOSTILE

    for name, build in HOSTILE.items():
        text = build()
        times = []
        for _ in range(repeat):
            gc.collect()
            t0 = time.perf_counter()
            try:
                count = len(natobrief.parse(text).commitments)  # the briefing is freed at once
                outcome = f"parsed ({count:,} commitments)"
            except natobrief.BriefParseError as exc:
                outcome = f"refused: {exc.msg}"
            times.append(time.perf_counter() - t0)
        low, mid, high = _triple(times)
        base = spread(functools.partial(WORD.findall, text), number=1, repeat=3)[1]
        flag = "" if mid < 2 else "   over 2 s"
        print(
            f"  {name:32} {len(text) / 1e6:4.1f} MB  {low:5.2f}–{mid:5.2f}–{high:5.2f} s"
            f"  ({mid / base:4.0f}x \\w+)  {outcome}{flag}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEV if DEV.is_dir() else None)
    ap.add_argument("--stream", type=int, default=10_000)
    ap.add_argument(
        "--quick", action="store_true", help="fewer repeats, a 1,000-brief stream, no hostile inputs"
    )
    args = ap.parse_args()
    repeat = 3 if args.quick else 7

    print(f"natobrief {natobrief.__version__} on Python {sys.version.split()[0]}")
    print("parse() against a \\w+ pass (min–median–max):")
    seed_ratio = parse_vs_baseline("seed", SEED.read_text(encoding="utf-8"), repeat)
    texts = sorted(args.corpus.glob("*.txt")) if args.corpus else []
    ratios = [parse_vs_baseline(p.name, p.read_text(encoding="utf-8"), repeat) for p in texts]
    if ratios:
        print(f"  corpus median ratio {statistics.median(ratios):.1f}x over {len(ratios)} briefs")
    print(f"  seed ratio {seed_ratio:.1f}x (target: at most 10x)")
    print("stream through iter_briefings:")
    stream(1_000 if args.quick else args.stream)
    print("serialization:")
    round_trips(repeat)
    if not args.quick:
        print("hostile inputs, min–median–max of 3 runs (target: under 2 s each):")
        hostile(3)


if __name__ == "__main__":
    main()
