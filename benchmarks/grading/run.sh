#!/usr/bin/env bash
# Grading benchmark: `lab grade` of N generated submissions of the evaluation-metrics
# lecture against executing the equivalent Jupyter notebooks with
# `jupyter nbconvert --execute` (a sample of S, scaled to N), in the same run;
# then re-grading after changing one threshold of the key.
#
# Usage: benchmarks/grading/run.sh [N=200] [S=20] [JOBS=core count]
# Goals (issue #10): lab's submissions/s >= 50x Jupyter's; re-grade <= 5% of the first grading.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
n="${1:-200}"; s="${2:-20}"; jobs="${3:-$(nproc)}"
export OPENBLAS_CORETYPE="${OPENBLAS_CORETYPE:-Haswell}"
work="$here/.work"
rm -rf "$work"; mkdir -p "$work"

# 1. The class and the Jupyter equivalents.
python3 "$here/generate.py" "$repo" "$work" "$n" "$s"

# 2. lab (release).
(cd "$repo" && swift build -c release --product lab 2>&1 | tail -n 1)
lab="$(cd "$repo" && swift build -c release --show-bin-path)/lab"

# 3. Jupyter venv (nbconvert + kernel + scikit-learn + matplotlib), made once.
venv="$here/.venv"
if [ ! -x "$venv/bin/jupyter" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet nbconvert nbclient ipykernel scikit-learn matplotlib
fi

now() { date +%s.%N; }
cd "$work"
# 4. First grading (empty run cache), then one threshold changed.
t0=$(now)
"$lab" grade --key key.md submissions/*.md --data-dir "$repo/Notebooks" --jobs "$jobs" --out grades 2> grade.log
t1=$(now)
sed -i 's/accuracy(tree on digits.test) >= 0.93/accuracy(tree on digits.test) >= 0.95/' key.md
"$lab" grade --key key.md submissions/*.md --data-dir "$repo/Notebooks" --jobs "$jobs" --out grades 2> regrade.log
t2=$(now)
cached=$(grep -c "(cached)" regrade.log || true)

# 5. Jupyter sample, sequential as nbconvert runs them, scaled to N.
t3=$(now)
for nb in jupyter/*.ipynb; do
    "$venv/bin/jupyter" nbconvert --execute --to notebook --output-dir jupyter-out "$nb" > /dev/null 2>&1
done
t4=$(now)

python3 - "$n" "$s" "$t0" "$t1" "$t2" "$t3" "$t4" "$cached" "$jobs" <<'PY'
import sys
n, s = int(sys.argv[1]), int(sys.argv[2])
t0, t1, t2, t3, t4 = map(float, sys.argv[3:8])
cached, jobs = int(sys.argv[8]), int(sys.argv[9])
first, regrade, jupyter = t1 - t0, t2 - t1, (t4 - t3) * n / s
print(f"submissions: {n}  (lab jobs: {jobs}; Jupyter sample: {s}, scaled)")
print(f"lab grade, first grading:   {first:8.1f} s  {n / first:8.2f} submissions/s")
print(f"lab grade, threshold change:{regrade:8.2f} s  ({cached}/{n} runs reused) = {100 * regrade / first:.1f}% of the first grading (goal <= 5%)")
print(f"jupyter nbconvert --execute:{jupyter:8.1f} s  {n / jupyter:8.3f} submissions/s  ({(t4 - t3) / s:.2f} s per notebook)")
print(f"throughput ratio lab/Jupyter: {jupyter / first:.1f}x (goal >= 50x)")
PY
