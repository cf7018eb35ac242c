#!/usr/bin/env bash
# Batch throughput (issue #15): pairs per second per core, natively (Rust in-process and the
# command line), in Python (statement_diff, and difflib for comparison) and in Node (jsdiff, and
# the wasm build), on the 13 corpus pairs and on 200 press-release-like 1,000-word pairs.
#
#   bash benches/throughput.sh            # or: npm run bench:throughput
#   REPS=3 CPU=0 bash benches/throughput.sh
#   SKIP_BUILD=1 bash benches/throughput.sh   # use what is built
#
# Builds what it needs (the release binaries, the Python wheel and its venv; www/pkg/ if missing),
# writes target/throughput/ (the pairs, results-*.json, env.json) and prints one Markdown table
# per set (also in target/throughput/tables.md). One measurement at a time: run it on a quiet
# machine. The one-thread runs are pinned to CPU $CPU (default 1); the two-thread runs are not.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
cd "$ROOT"
OUT="$ROOT/target/throughput"
REPS="${REPS:-5}"
CPU="${CPU:-1}"
PY="$ROOT/target/py-venv/bin/python"
PIN=(taskset -c "$CPU")

if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --quiet --release --features cli --example throughput --bin statement-diff
  bash scripts/python.sh build >/dev/null
  bash scripts/python.sh venv
  [ -f www/pkg/statement_diff_bg.wasm ] || bash scripts/build.sh
fi

mkdir -p "$OUT"
rm -f "$OUT"/results-*.json
python3 benches/throughput.py pairs "$OUT"

# What the tables were measured on.
model="$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
"$PY" - "$OUT/env.json" "$model" "$CPU" "$REPS" <<'EOF'
import json, os, platform, subprocess, sys, time
import statement_diff
out, model, cpu, reps = sys.argv[1:]
run = lambda *c: subprocess.run(c, capture_output=True, text=True).stdout.strip()
json.dump({
    "date": time.strftime("%Y-%m-%d %H:%M %Z"),
    "machine": f"{model}, {os.cpu_count()} cores, Linux {platform.release()}",
    "Python": f"{platform.python_implementation()} {platform.python_version()}, statement_diff {statement_diff.__version__}",
    "Node": run("node", "--version") + ", diff " + json.load(open("node_modules/diff/package.json"))["version"],
    "Rust": run("rustc", "--version"),
    "runs": f"one untimed warm-up pass, then {reps} timed passes; medians; one-thread runs pinned to CPU {cpu}",
    "load average before": " ".join(open("/proc/loadavg").read().split()[:3]),
}, open(out, "w"), indent=1)
EOF

for set in corpus press; do
  pairs="$OUT/$set.jsonl"
  echo "== $set ($(wc -l <"$pairs") pairs)" >&2
  "${PIN[@]}" target/release/examples/throughput "$pairs" "$REPS" >"$OUT/results-$set-rust.json"
  python3 benches/throughput.py cli target/release/statement-diff "$pairs" "$OUT/results-$set-cli1.json" --jobs 1 --cpu "$CPU" --reps "$REPS"
  python3 benches/throughput.py cli target/release/statement-diff "$pairs" "$OUT/results-$set-cli2.json" --jobs 2 --reps "$REPS"
  "${PIN[@]}" "$PY" benches/throughput.py measure "$pairs" "$OUT/results-$set-py.json" --reps "$REPS" --methods py-compare,py-compare-json
  "$PY" benches/throughput.py measure "$pairs" "$OUT/results-$set-py2.json" --reps "$REPS" --methods py-compare-2t,py-compare-json-2t
  "${PIN[@]}" node benches/throughput.mjs "$pairs" "$OUT/results-$set-node.json" --reps "$REPS"
  "${PIN[@]}" "$PY" benches/throughput.py measure "$pairs" "$OUT/results-$set-difflib.json" --reps "$REPS" --methods difflib,difflib-autojunk
done
"$PY" benches/throughput.py report "$OUT"
