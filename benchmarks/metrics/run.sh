#!/usr/bin/env bash
# Metrics benchmark: ROC AUC + average precision on 10 million scores, our Swift
# Metrics module (release build) vs scikit-learn 1.9.1, median of 3 each.
# Usage: benchmarks/metrics/run.sh [count]   (default 10000000)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
count="${1:-10000000}"

# Link the module sources for the benchmark package; remove the link on exit.
mkdir -p "$here/.links"
ln -sfn "$repo/Sources/Metrics" "$here/.links/Metrics"
trap 'rm -rf "$here/.links"' EXIT

(cd "$here" && swift build -c release --product metrics-bench >/dev/null)
swift_out="$("$here/.build/release/metrics-bench" "$count")"

venv="$repo/benchmarks/.venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
if ! "$venv/bin/python" -c 'import sklearn, sys; sys.exit(sklearn.__version__ != "1.9.1")' 2>/dev/null; then
    "$venv/bin/pip" install --quiet scikit-learn==1.9.1
fi
py_out="$("$venv/bin/python" "$here/sklearn_bench.py" "$count")"

printf '%s\n%s\n' "$swift_out" "$py_out" | COUNT="$count" python3 -c '
import os, sys
rows = [line.split() for line in sys.stdin if line.strip()]
sk = float([r for r in rows if r[0] == "sklearn"][0][1])
print("ROC AUC + average precision, n = %s (median of 3)" % os.environ["COUNT"])
print("%-16s %8s %12s %20s %20s" % ("variant", "seconds", "ours/sklearn", "roc_auc", "avg_precision"))
for name, secs, auc, ap in rows:
    print("%-16s %8.3f %12.3f %20.15f %20.15f" % (name, float(secs), float(secs) / sk, float(auc), float(ap)))
'
