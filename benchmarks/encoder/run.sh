#!/usr/bin/env bash
# Encoder benchmark: Swift BertEncoder (OpenBLAS sgemm) on the Rotten Tomatoes test
# split vs the machine's sgemm peak and a NumPy float32 forward pass, in one run.
# Needs: the model (bash scripts/fetch-model.sh), python3 with numpy and tokenizers.
# Usage: bash benchmarks/encoder/run.sh [repeats]   (DATA: $LAB_DATA_DIR or ../shared/datasets)
# ALSO_ONE_THREAD=1 adds a Swift pass with OPENBLAS_NUM_THREADS=1 (peak and encoder
# both single-threaded: steadier on a busy machine).
set -euo pipefail
export OPENBLAS_CORETYPE="${OPENBLAS_CORETYPE:-Haswell}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
REPEATS="${1:-3}"
MODEL_DIR="${LAB_MODELS_DIR:-$HOME/.cache/labbook/models}/minilm"
DATA_DIR="${LAB_DATA_DIR:-$ROOT/../shared/datasets}"
TEST_SPLIT="$DATA_DIR/rotten_tomatoes/test.jsonl"

[[ -f "$MODEL_DIR/model.safetensors" ]] || { echo "error: no model in $MODEL_DIR; run: bash scripts/fetch-model.sh" >&2; exit 1; }
[[ -f "$TEST_SPLIT" ]] || { echo "error: no $TEST_SPLIT (set LAB_DATA_DIR)" >&2; exit 1; }

# Link the real module sources (never committed: see .gitignore).
mkdir -p "$HERE/.links" "$HERE/.work"
for module in CBLAS LabCore Transformer; do ln -sfn "$ROOT/Sources/$module" "$HERE/.links/$module"; done

python3 "$HERE/tokenize_test_split.py" "$MODEL_DIR" "$TEST_SPLIT" "$HERE/.work/ids.json"
(cd "$HERE" && swift build -c release --product EncoderBench 2>&1 | tail -n 1)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), OPENBLAS_CORETYPE=$OPENBLAS_CORETYPE"
"$HERE/.build/release/EncoderBench" "$HERE/.work/ids.json" "$HERE/.work/swift_embeddings.bin" "$REPEATS" | tee "$HERE/.work/swift.txt"
if [[ "${ALSO_ONE_THREAD:-0}" == 1 ]]; then
    echo "-- single-threaded OpenBLAS:"
    OPENBLAS_NUM_THREADS=1 "$HERE/.build/release/EncoderBench" "$HERE/.work/ids.json" "$HERE/.work/swift_embeddings_1t.bin" "$REPEATS"
fi
python3 "$HERE/numpy_forward.py" "$MODEL_DIR" "$HERE/.work/ids.json" "$HERE/.work/swift_embeddings.bin" "$REPEATS" | tee "$HERE/.work/numpy.txt"
SWIFT_RATE="$(grep -o 'SWIFT_RATE=.*' "$HERE/.work/swift.txt" | cut -d= -f2)"
NUMPY_RATE="$(grep -o 'NUMPY_RATE=.*' "$HERE/.work/numpy.txt" | cut -d= -f2)"
python3 -c "print(f'swift / numpy speed-up: {$SWIFT_RATE / $NUMPY_RATE:.2f}x')"
