#!/usr/bin/env bash
# Tokenizer benchmark: Swift WordPieceTokenizer.encodeBatch vs Hugging Face encode_batch
# on the 10,662 Rotten Tomatoes sentences (train + validation + test), same run, median of 5.
#
# Needs: the MiniLM tokenizer in ${LAB_MODELS_DIR:-~/.cache/labbook/models}/minilm and the
# dataset in ${LAB_DATA_DIR:-<repo>/../shared/datasets}/rotten_tomatoes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
models="${LAB_MODELS_DIR:-$HOME/.cache/labbook/models}"
tokenizer="$models/minilm/tokenizer.json"
data="${LAB_DATA_DIR:-$repo/../shared/datasets}/rotten_tomatoes"
files=("$data/train.jsonl" "$data/validation.jsonl" "$data/test.jsonl")
[ -f "$tokenizer" ] || { echo "missing $tokenizer (run scripts/fetch-model.sh)" >&2; exit 1; }
for f in "${files[@]}"; do [ -f "$f" ] || { echo "missing $f" >&2; exit 1; }; done

# Link the module sources for the benchmark package; remove the links on exit.
mkdir -p "$here/.links"
ln -sfn "$repo/Sources/LabCore" "$here/.links/LabCore"
ln -sfn "$repo/Sources/TextFeatures" "$here/.links/TextFeatures"
trap 'rm -rf "$here/.links"' EXIT

(cd "$here" && swift build -c release --product tokenizer-bench >/dev/null)
swift_out="$("$here/.build/release/tokenizer-bench" "$tokenizer" "${files[@]}")"

venv="$repo/benchmarks/.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet tokenizers
fi
hf_out="$("$venv/bin/python" "$here/hf_bench.py" "$tokenizer" "${files[@]}")"

echo "$swift_out"
echo "$hf_out"
swift_rate="$(echo "$swift_out" | head -1 | sed -E 's/.* ([0-9]+) sentences\/s/\1/')"
hf_rate="$(echo "$hf_out" | sed -E 's/.* ([0-9]+) sentences\/s/\1/')"
python3 -c "print(f'ratio swift/hf: {$swift_rate / $hf_rate:.2f}x')"
