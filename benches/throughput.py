"""Batch throughput (issue #15): pairs per second on one core, Python's side, and the tables.

    python3 benches/throughput.py pairs DIR           # DIR/corpus.jsonl and DIR/press.jsonl
    PY measure SET.jsonl OUT.json [--methods a,b] [--reps 5] [--cap-s 120] [--slow-s 120]
    python3 benches/throughput.py cli BIN SET.jsonl OUT.json --jobs N [--cpu C] [--reps 5]
    python3 benches/throughput.py report DIR          # the Markdown tables from DIR/results-*.json

Run by benches/throughput.sh (see benches/README.md), which pins the one-thread runs to one CPU.
``measure`` needs the statement_diff wheel for its compare methods (PY = target/py-venv/bin/python);
``pairs``, ``cli``, ``report`` and the difflib methods need only the standard library.

Every method: one untimed warm-up pass over the set, then ``--reps`` timed passes; a pass's time
is the sum of its calls' times (one thread) or the wall time of the whole pass (two threads).
No time budget anywhere (``timeout_ms=0``). A call longer than ``--cap-s`` is stopped (difflib:
by a timer signal; it has no time limit of its own) and that pair is left out of the timed passes,
reported as not finished. When the warm-up pass alone took over ``--slow-s``, it is the one
measured pass (pure Python has no JIT to warm up) and the table says "1 run".
"""

import json
import math
import os
import re
import signal
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
WINDOW = 1000  # words in a press-release-like pair
PRESS_PAIRS = 200
WORD = re.compile(r"\w+|[^\w\s]")


# ---- the two sets of pairs -------------------------------------------------------------------


def corpus_pairs():
    """[(name, old, new)] of every corpus pair, sorted by name (as tests/python/conftest.py)."""
    return [(d.name, (d / "a.txt").read_text("utf-8"), (d / "b.txt").read_text("utf-8")) for d in sorted(CORPUS.iterdir()) if (d / "a.txt").exists()]


def word_spans(text):
    return [m.span() for m in re.finditer(r"\S+", text)]


def press_pairs(pairs, n=PRESS_PAIRS, width=WINDOW):
    """n pairs of `width` whitespace-separated words: the same stretch of both versions of a
    document with at least `width` words a side, old from a.txt and new from b.txt, the new
    window's start placed proportionally (as tests/python/test_dask.py cuts lines)."""
    docs = []
    for name, a, b in pairs:
        sa, sb = word_spans(a), word_spans(b)
        if len(sa) >= width and len(sb) >= width:
            docs.append((name, a, b, sa, sb))
    out = []
    for k in range(n):
        name, a, b, sa, sb = docs[k % len(docs)]
        i = (k * 7919) % (len(sa) - width + 1)
        j = min(len(sb) - width, round(i * len(sb) / len(sa)))
        old = a[sa[i][0] : sa[i + width - 1][1]]
        new = b[sb[j][0] : sb[j + width - 1][1]]
        out.append((f"{name}@{i}:{j}", old, new))
    return out


def write_jsonl(path, pairs):
    with open(path, "w", encoding="utf-8") as f:
        for pid, old, new in pairs:
            f.write(json.dumps({"id": pid, "old": old, "new": new}, ensure_ascii=False) + "\n")


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [(r["id"], r["old"], r["new"]) for r in map(json.loads, filter(str.strip, f))]


# ---- measuring -------------------------------------------------------------------------------


class Capped(Exception):
    pass


def _alarm(signum, frame):
    raise Capped()


def difflib_opcodes(autojunk):
    def run(old, new):
        a, b = WORD.findall(old), WORD.findall(new)
        return SequenceMatcher(None, a, b, autojunk=autojunk).get_opcodes()

    return run


def methods():
    """name -> (label, threads, fn(old, new)) ; the wheel is imported only when needed."""
    out = {
        "difflib": ("difflib SequenceMatcher (autojunk=False)", 1, difflib_opcodes(False)),
        "difflib-autojunk": ("difflib SequenceMatcher (autojunk=True)", 1, difflib_opcodes(True)),
    }
    try:
        import statement_diff
    except ImportError:
        return out

    def compare(old, new):
        return statement_diff.compare(old, new, timeout_ms=0)

    def compare_json(old, new):
        return statement_diff.compare_json(old, new, timeout_ms=0)

    out.update(
        {
            "py-compare": ("Python statement_diff.compare (dicts)", 1, compare),
            "py-compare-json": ("Python statement_diff.compare_json (JSON text)", 1, compare_json),
            "py-compare-2t": ("Python statement_diff.compare (dicts), 2 threads", 2, compare),
            "py-compare-json-2t": ("Python statement_diff.compare_json, 2 threads", 2, compare_json),
        }
    )
    return out


def timed_pass(fn, pairs, cap_s, keep=None):
    """Per-pair ms of one pass on this thread (None: stopped at `cap_s`, when given). Each
    result is let go after its clock stops; `keep(result)` is what is kept of it."""
    times, kept = [], []
    for _, old, new in pairs:
        if cap_s:
            signal.setitimer(signal.ITIMER_REAL, cap_s)
        t = time.perf_counter_ns()
        try:
            r = fn(old, new)
            ms = (time.perf_counter_ns() - t) / 1e6
        except Capped:
            r, ms = None, None
        finally:
            if cap_s:
                signal.setitimer(signal.ITIMER_REAL, 0)
        times.append(ms)
        kept.append(keep(r) if keep and r is not None else None)
        del r
    return times, kept


def summary(r):
    """What each result was, to check the methods did the work: change count or opcode count."""
    if isinstance(r, str):
        r = json.loads(r)
    if isinstance(r, dict):
        return {"changes": r["stats"]["changes"], "similarity": r["stats"]["similarity"]}
    if isinstance(r, list):
        return {"opcodes": sum(1 for op in r if op[0] != "equal")}
    return None


def measure_one(name, pairs, reps, cap_s, slow_s):
    label, threads, fn = methods()[name]
    rec = {"method": name, "label": label, "threads": threads, "n": len(pairs)}
    if threads > 1:
        with ThreadPoolExecutor(max_workers=threads) as ex:
            list(ex.map(lambda p: fn(p[1], p[2]), pairs))  # warm-up: threads started
            passes = []
            for _ in range(reps):
                t = time.perf_counter_ns()
                list(ex.map(lambda p: fn(p[1], p[2]), pairs))
                passes.append((time.perf_counter_ns() - t) / 1e6)
        rec.update(runs=reps, pass_ms=passes, dnf=[])
        return rec
    signal.signal(signal.SIGALRM, _alarm)
    t0 = time.perf_counter()
    cap = cap_s if name.startswith("difflib") else None  # the core's calls are never stopped
    warm, rec["results"] = timed_pass(fn, pairs, cap, keep=summary)
    warm_s = time.perf_counter() - t0
    dnf = [i for i, ms in enumerate(warm) if ms is None]
    keep = [p for i, p in enumerate(pairs) if i not in dnf]
    if warm_s > slow_s:
        per_pair = [[ms] for ms in warm if ms is not None]
        rec.update(runs=1, warm_is_run=True)
    else:
        runs = [timed_pass(fn, keep, cap)[0] for _ in range(reps)]
        per_pair = [list(x) for x in zip(*runs, strict=True)]
        rec.update(runs=reps)
    rec["pass_ms"] = [sum(col) for col in zip(*per_pair, strict=True)] if per_pair else []
    # Per-pair times indexed like the set (None: not finished).
    it = iter(per_pair)
    rec["pair_ms"] = [None if i in dnf else next(it) for i in range(len(pairs))]
    rec["dnf"] = dnf
    rec["cap_s"] = cap_s
    return rec


def measure(argv):
    path, out = argv[0], argv[1]
    opts = dict(zip(argv[2::2], argv[3::2], strict=True))
    names = opts.get("--methods", "py-compare,py-compare-json,difflib,difflib-autojunk").split(",")
    reps, cap_s, slow_s = int(opts.get("--reps", 5)), float(opts.get("--cap-s", 120)), float(opts.get("--slow-s", 120))
    pairs = read_jsonl(path)
    known = methods()
    missing = [n for n in names if n not in known]
    if missing:
        sys.exit(f"unknown (or statement_diff not installed): {', '.join(missing)}")
    recs = []
    for name in names:
        rec = measure_one(name, pairs, reps, cap_s, slow_s)
        rec["set"] = Path(path).stem
        rec["ids"] = [p[0] for p in pairs]
        rec["cpus"] = sorted(os.sched_getaffinity(0))
        recs.append(rec)
        med = statistics.median(rec["pass_ms"]) if rec["pass_ms"] else float("nan")
        print(f"  {rec['set']}: {name}: median pass {med:,.1f} ms, {rec['runs']} runs, {len(rec['dnf'])} not finished", file=sys.stderr)
    Path(out).write_text(json.dumps(recs, indent=1))


def cli(argv):
    """Whole-process wall time of `BIN --jsonl --jobs N --timeout-ms 0 < SET.jsonl > /dev/null`."""
    binary, path, out = argv[0], argv[1], argv[2]
    opts = dict(zip(argv[3::2], argv[4::2], strict=True))
    jobs, reps = int(opts["--jobs"]), int(opts.get("--reps", 5))
    cpu = opts.get("--cpu")
    n = len(read_jsonl(path))
    cmd = [binary, "--jsonl", "--jobs", str(jobs), "--timeout-ms", "0"]
    if cpu is not None:
        os.sched_setaffinity(0, {int(cpu)})  # and so the command, which inherits it

    def run(stdout):
        with open(path, "rb") as f:
            t = time.perf_counter_ns()
            p = subprocess.run(cmd, stdin=f, stdout=stdout, check=False)
            ms = (time.perf_counter_ns() - t) / 1e6
        if p.returncode != 0:
            sys.exit(f"{' '.join(cmd)} < {path}: exit {p.returncode}")
        return ms, p

    # Warm-up (also the check that every line was answered with a result).
    with open(path, "rb") as f:
        answers = subprocess.run(cmd, stdin=f, capture_output=True, check=True).stdout.decode().splitlines()
    assert len(answers) == n and all('"result":' in a[:200] for a in answers), "every line answered"
    passes = [run(subprocess.DEVNULL)[0] for _ in range(reps)]
    rec = {
        "method": f"cli-jobs{jobs}",
        "label": f"`statement-diff --jsonl --jobs {jobs}` (whole process)",
        "threads": jobs,
        "n": n,
        "runs": reps,
        "pass_ms": passes,
        "dnf": [],
        "set": Path(path).stem,
        "cpus": [int(cpu)] if cpu is not None else sorted(os.sched_getaffinity(0)),
    }
    Path(out).write_text(json.dumps([rec], indent=1))
    print(f"  {rec['set']}: {rec['method']}: median {statistics.median(passes):,.1f} ms", file=sys.stderr)


# ---- the tables ------------------------------------------------------------------------------

ORDER = [
    "rust-compare",
    "rust-compare-json",
    "cli-jobs1",
    "cli-jobs2",
    "py-compare",
    "py-compare-json",
    "py-compare-2t",
    "py-compare-json-2t",
    "wasm",
    "jsdiff",
    "difflib",
    "difflib-autojunk",
]
ALIGN_ONLY = {"difflib", "difflib-autojunk", "jsdiff"}


def fmt(x):
    """Three significant figures, thousands separated."""
    if x >= 100:
        return f"{x:,.0f}"
    return f"{x:.{max(0, 2 - math.floor(math.log10(abs(x))))}f}" if x else "0"


def load(dirpath):
    recs = {}
    for f in sorted(Path(dirpath).glob("results-*.json")):
        for r in json.loads(f.read_text()):
            r.setdefault("set", f.stem.split("-")[1])  # results-<set>-<tool>.json
            recs[(r["set"], r["method"])] = r
    return recs


def stats_of(r):
    done = r["n"] - len(r["dnf"])
    med = statistics.median(r["pass_ms"])
    return done, med, done / med * 1000, med / done


def set_table(recs, name):
    rows = [recs[(name, m)] for m in ORDER if (name, m) in recs]
    base = recs.get((name, "rust-compare"))
    base_ms = stats_of(base)[3] if base else None
    lines = [
        "| method | threads | pairs/s | pairs/s per core | ms/pair (wall) | ms/pair, fastest pass | × Rust `compare` time | runs | notes |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        done, med, pps, ms = stats_of(r)
        notes = []
        if r["method"] in ALIGN_ONLY:
            notes.append("alignment only")
        if r["dnf"]:
            notes.append(f"{len(r['dnf'])} of {r['n']} pairs not finished in {r['cap_s']:g} s (left out: rate over {done} pairs)")
        if r.get("warm_is_run"):
            notes.append("one pass, no warm-up (it took over the slow limit)")
        if r["threads"] > 1:
            one = recs.get((name, r["method"].replace("-2t", "").replace("jobs2", "jobs1")))
            if one:
                notes.append(f"{stats_of(one)[3] / ms:.2f}× one thread")
        ratio = "" if base_ms is None or r["dnf"] else f"{ms / base_ms:.2f}×"
        cells = [r["label"], str(r["threads"]), fmt(pps), fmt(pps / r["threads"]), fmt(ms), fmt(min(r["pass_ms"]) / done), ratio, str(r["runs"]), "; ".join(notes)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def pair_table(recs, name):
    """Per pair: each one-thread method's median ms (the corpus set)."""
    rows = [recs[(name, m)] for m in ORDER if (name, m) in recs and recs[(name, m)].get("pair_ms")]
    ids = rows[0]["ids"] if rows else []
    head = "| pair | " + " | ".join(r["method"] for r in rows) + " |"
    lines = [head, "|---|" + "---:|" * len(rows)]
    for i, pid in enumerate(ids):
        cells = []
        for r in rows:
            v = r["pair_ms"][i]
            cells.append(f"> {r['cap_s']:g} s" if v is None else fmt(statistics.median(v)))
        lines.append(f"| {pid} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def check(recs, name):
    """The three builds of the core give the same change counts on every pair."""
    seen = {m: recs[(name, m)]["results"] for m in ("rust-compare", "py-compare", "py-compare-json", "wasm") if (name, m) in recs and recs[(name, m)].get("results")}
    counts = {m: [x["changes"] for x in res] for m, res in seen.items()}
    same = len({tuple(c) for c in counts.values()}) <= 1
    return counts, same


def report(argv):
    d = Path(argv[0])
    recs = load(d)
    env = json.loads((d / "env.json").read_text()) if (d / "env.json").exists() else {}
    out = []
    if env:
        out.append("| fact | value |\n|---|---|")
        out.extend(f"| {k} | {v} |" for k, v in env.items())
        out.append("")
    for name, title in (("corpus", "the 13 corpus pairs"), ("press", f"{PRESS_PAIRS} pairs of {WINDOW:,} words")):
        if not any(s == name for s, _ in recs):
            continue
        out.append(f"### Set {name}: {title}\n")
        res = recs.get((name, "py-compare"), {}).get("results")
        if res:
            sims = [x["similarity"] for x in res]
            same = sum(1 for x in res if x["changes"] == 0)
            out.append(
                f"{len(res)} pairs; statement-diff's similarity median {statistics.median(sims):.1%} "
                f"(min {min(sims):.1%}, max {max(sims):.1%}); {same} with no change.\n"
            )
        out.append(set_table(recs, name))
        counts, same = check(recs, name)
        if counts:
            out.append(f"\nChange counts equal across {', '.join(counts)} on every pair: {'yes' if same else 'NO'}.")
        if name == "corpus":
            out.append("\nPer pair, median ms of the timed runs (one thread):\n")
            out.append(pair_table(recs, name))
        out.append("")
    text = "\n".join(out)
    (d / "tables.md").write_text(text + "\n")
    print(text)


def main():
    cmd, argv = sys.argv[1], sys.argv[2:]
    if cmd == "pairs":
        d = Path(argv[0])
        d.mkdir(parents=True, exist_ok=True)
        corpus = corpus_pairs()
        write_jsonl(d / "corpus.jsonl", corpus)
        write_jsonl(d / "press.jsonl", press_pairs(corpus))
    elif cmd == "measure":
        measure(argv)
    elif cmd == "cli":
        cli(argv)
    elif cmd == "report":
        report(argv)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
