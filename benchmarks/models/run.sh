#!/usr/bin/env bash
# Models benchmark: fit + predict of our Swift Models (release build) vs
# scikit-learn 1.9.1 on the same data and splits, median of 5 runs after 1 warm-up.
# Prints a table (ours ms, sklearn ms, ratio, accuracies) and writes RESULTS.md.
#
# Usage: benchmarks/models/run.sh [reps] [dataset|all] [model|all]
#        (environment: SKLEARN_BLAS_THREADS=1 (default) | N | default, see step 4)
#   datasets: digits_9_vs_rest breast_cancer synthetic_100k
#   models:   tree forest forest_2jobs logreg linear_svc
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
reps="${1:-5}"
dataset="${2:-all}"
model="${3:-all}"
export OPENBLAS_CORETYPE="${OPENBLAS_CORETYPE:-Haswell}"

# 1. Python venv with scikit-learn 1.9.1 + numpy (shared by the benchmarks).
venv="$repo/benchmarks/.venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
if ! "$venv/bin/python" -c 'import numpy, sklearn, sys; sys.exit(sklearn.__version__ != "1.9.1")' 2>/dev/null; then
    "$venv/bin/pip" install --quiet numpy scikit-learn==1.9.1
fi
py="$venv/bin/python"

# 2. Link LabCore + Models sources into a scratch folder (ignored by git) and build release.
src="$here/.build-src"
mkdir -p "$src"
ln -sfn "$repo/Sources/LabCore" "$src/LabCore"
ln -sfn "$repo/Sources/Models" "$src/Models"
trap 'rm -f "$src/LabCore" "$src/Models"' EXIT
mkdir -p "$here/.build-work"
# Other engineers edit Sources/ while this runs: retry when a file changed mid-build.
for attempt in 1 2 3 4; do
    if (cd "$here" && swift build -c release --product models-bench > "$here/.build-work/build.log" 2>&1); then
        break
    fi
    if [ "$attempt" = 4 ] || ! grep -q "was modified during the build" "$here/.build-work/build.log"; then
        grep -E "error" "$here/.build-work/build.log" | head -20 >&2; echo "swift build failed" >&2; exit 1
    fi
    echo "a source changed during the build; retrying ($attempt)" >&2; sleep 5
done
bench="$here/.build/release/models-bench"

# 3. Synthetic 100k data set and the splits, written once, read by both sides.
work="$here/.build-work"
[ -f "$work/synthetic_100k_split.json" ] && [ -f "$work/breast_cancer_split.json" ] \
    || "$py" "$here/sklearn_bench.py" make-data "$work"

# 4. Same work in Swift, then in scikit-learn.
load_before="$(uptime | sed 's/.*load average: //')"
"$bench" "$repo" "$work" "$reps" "$dataset" "$model" > "$work/swift.tsv" 2> "$work/swift.err" \
    || { cat "$work/swift.err" >&2; exit 1; }
# scikit-learn's BLAS / OpenMP threads: 1 unless SKLEARN_BLAS_THREADS says otherwise
# (`default` keeps scikit-learn's own, 2 here). On the shared, loaded 2-core machine
# the default spinning threads made LogisticRegression 5-20x slower than one thread,
# which would flatter our ratios; threadpoolctl's runtime limit did not help, the
# environment variables (read when the libraries load) do. Forest n_jobs uses joblib
# threads and is not affected.
blas="${SKLEARN_BLAS_THREADS:-1}"
if [ "$blas" = default ]; then
    "$py" "$here/sklearn_bench.py" bench "$repo" "$work" "$reps" "$dataset" "$model" > "$work/sklearn.tsv" \
        2> "$work/sklearn.err" || { cat "$work/sklearn.err" >&2; exit 1; }
else
    OMP_NUM_THREADS="$blas" OPENBLAS_NUM_THREADS="$blas" \
        "$py" "$here/sklearn_bench.py" bench "$repo" "$work" "$reps" "$dataset" "$model" > "$work/sklearn.tsv" \
        2> "$work/sklearn.err" || { cat "$work/sklearn.err" >&2; exit 1; }
fi
load_after="$(uptime | sed 's/.*load average: //')"

# 5. Table + RESULTS.md.
SKLEARN_BLAS_THREADS="$blas" LOAD_BEFORE="$load_before" LOAD_AFTER="$load_after" REPS="$reps" \
    "$py" "$here/report.py" "$work/swift.tsv" "$work/sklearn.tsv" "$here/RESULTS.md" \
    "$work/swift.err" "$work/sklearn.err"
echo "load average before: $load_before; after: $load_after"
