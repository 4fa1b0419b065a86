#!/usr/bin/env bash
# End-to-end regenerate benchmark, one run (see benchmarks/README.md, "Regenerate"):
#  1. Notebooks/sentiment-transformers.md: cold run (empty cache), cached rerun
#     (median of 5), rerun after editing only its last lab block (median of 3
#     different edits); outputs of cold and cached runs compared byte for byte.
#  2. Notebooks/evaluation-metrics.md: `lab run` (no cache, median of 5) against the
#     equivalent Jupyter notebook executed with `jupyter nbconvert --execute`
#     (scikit-learn 1.9.1 + matplotlib, median of 3; a venv this script makes).
# Prints the ratios and the goals (cached <= 1% of cold and < 500 ms; last-block
# edit <= 5% of cold).
# Usage: benchmarks/regenerate/run.sh [--skip-sentiment] [--skip-jupyter]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export OPENBLAS_CORETYPE="${OPENBLAS_CORETYPE:-Haswell}"
if [[ -z "${LAB_DATA_DIR:-}" && -d "$repo/../shared/datasets" ]]; then
    export LAB_DATA_DIR="$(cd "$repo/../shared/datasets" && pwd)"
fi
skip_sentiment=0; skip_jupyter=0
for arg in "$@"; do
    case "$arg" in
        --skip-sentiment) skip_sentiment=1 ;;
        --skip-jupyter) skip_jupyter=1 ;;
        *) echo "usage: $0 [--skip-sentiment] [--skip-jupyter]" >&2; exit 2 ;;
    esac
done

# LAB=path/to/lab uses a release binary already built (e.g. the one `bash scripts/test.sh` builds).
if [[ -z "${LAB:-}" ]]; then
    (cd "$repo" && swift build -c release --product lab 2>&1 | tail -n 1)
fi
lab="${LAB:-$(cd "$repo" && swift build -c release --show-bin-path)/lab}"
work="$(mktemp -d /tmp/lab-regenerate-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
now() { python3 -c 'import time; print(time.monotonic())'; }
median() { python3 -c 'import sys, statistics; print(statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }
timed() { local t0 t1; t0=$(now); "$@" >/dev/null; t1=$(now); python3 -c "print($t1 - $t0)"; }
# CPU seconds (user + system) of a command: on the shared, loaded machine wall time
# counts the waits for a core too.
cpu() { python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(u.ru_utime + u.ru_stime)' "$@"; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"

if [[ $skip_sentiment == 0 ]]; then
    nb="$work/sentiment/sentiment-transformers.md"
    mkdir -p "$work/sentiment"
    cp "$repo/Notebooks/sentiment-transformers.md" "$nb"
    [[ -d "$repo/Notebooks/data" ]] && cp -r "$repo/Notebooks/data" "$work/sentiment/"
    export LAB_CACHE_DIR="$work/sentiment-cache"
    run() { "$lab" run "$nb" --quiet --output-dir "$1"; }
    cold=$(timed run "$work/out-cold")
    cached_runs=()
    for k in 1 2 3 4 5; do cached_runs+=("$(timed run "$work/out-cached")"); done
    cached=$(median "${cached_runs[@]}")
    cached_cpu=$(cpu "$lab" run "$nb" --quiet --output-dir "$work/out-cached")
    if diff -r "$work/out-cold" "$work/out-cached" >/dev/null; then same="byte-identical"; else same="DIFFERENT"; fi
    # Edit only the last lab block: its last directive gets another metric list each time.
    edit_runs=()
    for metrics in "accuracy,f1" "accuracy,precision" "accuracy,recall"; do
        python3 - "$nb" "$metrics" <<'PY'
import re, sys
path, metrics = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
start = text.rindex("```lab")
end = text.index("\n```", start + 6)
block = text[start:end]
lines = block.split("\n")
edited = re.sub(r"metrics=\S+", "metrics=" + metrics, lines[-1])
if edited == lines[-1]:
    sys.exit("run.sh: the last lab block's last directive has no metrics= to edit")
lines[-1] = edited
open(path, "w", encoding="utf-8").write(text[:start] + "\n".join(lines) + text[end:])
PY
        edit_runs+=("$(timed run "$work/out-edit")")
    done
    edited=$(median "${edit_runs[@]}")
    unset LAB_CACHE_DIR
    python3 - "$cold" "$cached" "$edited" "$same" "$cached_cpu" <<'PY'
import sys
cold, cached, edited, same, cached_cpu = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], float(sys.argv[5])
print("sentiment-transformers.md")
print("  %-34s %9.3f s" % ("cold (empty cache)", cold))
print("  %-34s %9.3f s   %6.2f%% of cold   goal <= 1%% and < 0.5 s: %s" % (
    "cached rerun (median of 5)", cached, 100 * cached / cold, "met" if cached <= 0.01 * cold and cached < 0.5 else "NOT met"))
print("  %-34s %9.3f s   %6.2f%% of cold   goal <= 5%%: %s" % (
    "last block edited (median of 3)", edited, 100 * edited / cold, "met" if edited <= 0.05 * cold else "NOT met"))
print("  %-34s %9.3f s" % ("cached rerun, CPU time (user+sys)", cached_cpu))
print("  outputs cold vs cached: %s" % same)
PY
fi

if [[ $skip_jupyter == 0 ]]; then
    venv="$repo/benchmarks/.venv-regenerate"
    [[ -x "$venv/bin/python" ]] || python3 -m venv "$venv"
    if ! "$venv/bin/python" -c 'import sklearn, matplotlib, nbconvert, ipykernel, sys; sys.exit(sklearn.__version__ != "1.9.1")' 2>/dev/null; then
        "$venv/bin/pip" install --quiet scikit-learn==1.9.1 matplotlib nbconvert nbformat ipykernel
    fi
    "$venv/bin/python" -m ipykernel install --prefix "$venv" --name python3 >/dev/null 2>&1 || true
    mkdir -p "$work/metrics"
    cp "$repo/Notebooks/evaluation-metrics.md" "$work/metrics/"
    "$venv/bin/python" "$here/make_ipynb.py" "$work/metrics/evaluation-metrics.ipynb"
    # One untimed execution first: a failing notebook stops the benchmark here.
    env PATH="$venv/bin:$PATH" JUPYTER_PATH="$venv/share/jupyter" MPLBACKEND=Agg "$venv/bin/jupyter" nbconvert \
        --to notebook --execute --output "$work/metrics/executed.ipynb" "$work/metrics/evaluation-metrics.ipynb" >/dev/null 2>&1 \
        || { echo "run.sh: the Jupyter notebook fails to execute" >&2; exit 1; }
    lab_runs=(); nbc_runs=()
    for k in 1 2 3 4 5; do lab_runs+=("$(timed "$lab" run "$work/metrics/evaluation-metrics.md" --no-cache --quiet --output-dir "$work/metrics/out")"); done
    for k in 1 2 3; do
        nbc_runs+=("$(timed env PATH="$venv/bin:$PATH" JUPYTER_PATH="$venv/share/jupyter" MPLBACKEND=Agg \
            "$venv/bin/jupyter" nbconvert --to notebook --execute --output "$work/metrics/executed.ipynb" "$work/metrics/evaluation-metrics.ipynb" 2>/dev/null)")
    done
    python3 - "$(median "${lab_runs[@]}")" "$(median "${nbc_runs[@]}")" <<'PY'
import sys
lab, nbc = float(sys.argv[1]), float(sys.argv[2])
print("evaluation-metrics.md")
print("  %-34s %9.3f s" % ("lab run --no-cache (median of 5)", lab))
print("  %-34s %9.3f s" % ("jupyter nbconvert --execute (3)", nbc))
print("  lab / nbconvert: %.3fx" % (lab / nbc))
PY
fi
