#!/usr/bin/env bash
# Fine-tuning benchmark: labbook's BertClassifier (OpenBLAS sgemm) fine-tuning all-MiniLM-L6-v2
# on the Rotten Tomatoes train split, full and LoRA (r 8 on query/value), against the sgemm peak
# measured in the same run; optionally the JAX/Flax anchor (../shared/anchors/finetune_flax.py)
# on the same number of steps.
#
# Usage: bash benchmarks/finetune/run.sh [STEPS]      (default 50 steps per mode)
#   STEPS steps of batch 16 are timed and the epoch (534 steps) extrapolated by FLOPs: the
#   printed epoch seconds are an EXTRAPOLATION unless STEPS >= 534.
#   JAX_PYTHON=/path/to/venv/bin/python also runs the anchor with --max_steps STEPS --epochs 1
#   (venv: jax 0.4.30, jaxlib 0.4.30, flax 0.8.5, optax 0.2.5, transformers 4.46.3, tokenizers 0.20.3;
#   its timing includes XLA compiles of each new batch shape and its per-epoch evaluation).
# Needs the model (bash scripts/fetch-model.sh). DATA: $LAB_DATA_DIR or ../shared/datasets.
set -euo pipefail
export OPENBLAS_CORETYPE="${OPENBLAS_CORETYPE:-Haswell}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
STEPS="${1:-50}"
MODEL_DIR="${LAB_MODELS_DIR:-$HOME/.cache/labbook/models}/minilm"
DATA_DIR="${LAB_DATA_DIR:-$ROOT/../shared/datasets}/rotten_tomatoes"
ANCHOR="${ANCHOR:-$ROOT/../shared/anchors/finetune_flax.py}"

[[ -f "$MODEL_DIR/model.safetensors" ]] || { echo "error: no model in $MODEL_DIR; run: bash scripts/fetch-model.sh" >&2; exit 1; }
[[ -f "$DATA_DIR/train.jsonl" ]] || { echo "error: no $DATA_DIR/train.jsonl (set LAB_DATA_DIR)" >&2; exit 1; }

mkdir -p "$HERE/.links" "$HERE/.work"
for module in CBLAS LabCore TextFeatures Transformer; do ln -sfn "$ROOT/Sources/$module" "$HERE/.links/$module"; done
(cd "$HERE" && swift build -c release --product FinetuneBench 2>&1 | tail -n 1)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg), OPENBLAS_CORETYPE=$OPENBLAS_CORETYPE"
for mode in full lora; do
    "$HERE/.build/release/FinetuneBench" "$MODEL_DIR" "$DATA_DIR" "$mode" "$STEPS" | tee "$HERE/.work/swift_$mode.txt"
done
if [[ -n "${JAX_PYTHON:-}" ]]; then
    for mode in full lora; do
        lr=2e-5; [[ "$mode" == lora ]] && lr=5e-4
        rm -f "$HERE/.work/jax_$mode.jsonl"
        MODEL_DIR="$MODEL_DIR" RT_DIR="$DATA_DIR" "$JAX_PYTHON" "$ANCHOR" --mode "$mode" --lr "$lr" --epochs 1 \
            --max_steps "$STEPS" --out "$HERE/.work/jax_$mode.jsonl" > "$HERE/.work/jax_$mode.log" 2>&1
        python3 - "$HERE/.work/jax_$mode.jsonl" "$HERE/.work/swift_$mode.txt" "$STEPS" "$mode" <<'PY'
import json, re, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
ep = [r for r in recs if r.get('event') == 'epoch'][0]
steps = int(sys.argv[3])
jax_step = (ep['train_s'] - ep['first_shape_steps_s']) / max(steps, 1)
swift = dict(kv.split('=') for kv in re.search(r'RESULT (.*)', open(sys.argv[2]).read()).group(1).split())
ratio = float(swift['step_s']) / jax_step
print(f"{sys.argv[4]}: JAX {jax_step:.3f} s/step after compiles (train {ep['train_s']} s incl. {ep['first_shape_steps_s']} s of first-shape steps), "
      f"maxrss {ep['maxrss_mb']:.0f} MB; labbook {float(swift['step_s']):.3f} s/step -> time ratio labbook/JAX {ratio:.2f} (goal <= 0.5)")
PY
    done
fi
