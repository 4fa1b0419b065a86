#!/usr/bin/env bash
# Builds one libFuzzer target (Fuzz/ package, address sanitizer) and runs it.
# Usage: bash scripts/fuzz.sh TARGET SECONDS [libFuzzer options, e.g. -runs=10000000]
#   TARGET: notebook | labscript | csv | jsonl | safetensors | wordpiece
# The corpus (Fuzz/.corpus/TARGET, not committed) is seeded from the test fixtures and
# notebooks; crashes land in Fuzz/.artifacts/. Kept crash inputs live in
# Fuzz/Regressions/TARGET and are replayed by the test suite.
set -euo pipefail
target="${1:?usage: bash scripts/fuzz.sh TARGET SECONDS [libFuzzer options]}"
seconds="${2:-60}"
shift $(( $# >= 2 ? 2 : 1 ))
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/Fuzz/.corpus/$target"
regressions="$root/Fuzz/Regressions/$target"
mkdir -p "$corpus" "$regressions" "$root/Fuzz/.artifacts"

seed() { # seed NAME < bytes
    cat > "$corpus/seed-$1"
}
case "$target" in
    notebook)
        for f in "$root"/Tests/Fixtures/Notebook/*.md "$root"/Tests/Fixtures/Notebook/errors/*.md "$root"/Notebooks/*.md; do
            seed "$(basename "$f")" < "$f"
        done ;;
    labscript)
        for f in "$root"/Notebooks/*.md "$root"/Tests/Fixtures/Notebook/*.md; do
            awk '/^```lab/{on=1; next} /^```/{on=0} on' "$f" | seed "$(basename "$f" .md).lab"
        done ;;
    csv)
        for f in "$root"/Sources/LabCore/Resources/datasets/*.csv; do head -n 40 "$f" | seed "$(basename "$f")"; done
        printf 'text\tlabel\n"a ""quoted"" one"\t1\nplain\t0\n' | seed quoted.tsv ;;
    jsonl)
        printf '{"text": "good", "label": 1}\n{"text": "bad", "label": 0}\n' | seed small.jsonl
        printf '{"a": 1.5, "b": null, "c": "x\\u00e9"}\r\n{"a": -2e3, "b": true, "c": ""}\n' | seed mixed.jsonl
        if [[ -f /work/shared/datasets/rotten_tomatoes_hf_latin1_diff.jsonl ]]; then
            head -n 20 /work/shared/datasets/rotten_tomatoes_hf_latin1_diff.jsonl | seed rotten.jsonl
        fi ;;
    safetensors)
        python3 - "$corpus" <<'PY'
import json, struct, sys
def write(name, tensors, data, metadata=None):
    header = dict(tensors)
    if metadata: header["__metadata__"] = metadata
    h = json.dumps(header).encode()
    open(f"{sys.argv[1]}/seed-{name}", "wb").write(struct.pack("<Q", len(h)) + h + data)
write("f32", {"w": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, 16]}}, struct.pack("<4f", 1, 2, 3, 4))
write("mixed", {"a": {"dtype": "F16", "shape": [2], "data_offsets": [0, 4]},
                "b": {"dtype": "I64", "shape": [1], "data_offsets": [4, 12]},
                "c": {"dtype": "BF16", "shape": [1], "data_offsets": [12, 14]}},
      struct.pack("<2e", 1.5, -2) + struct.pack("<q", 7) + b"\x80\x3f", {"format": "pt"})
PY
        ;;
    wordpiece)
        printf '\x00Hello, world! unaffable' | seed hello
        printf '\x05The café costs 3.50€ — naïve résumé\x00second sentence' | seed pair
        printf '\x11中文字符 and emoji 👩‍🔬 [CLS] [SEP] [UNK]' | seed unicode ;;
    *) echo "unknown target '$target' (notebook, labscript, csv, jsonl, safetensors, wordpiece)" >&2; exit 2 ;;
esac

cd "$root/Fuzz"
# lld: gold crashes (internal error in dwarf_reader) while linking the sanitized binaries.
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld \
    --product "fuzz-$target" >&2
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" exec "$root/Fuzz/.build/release/fuzz-$target" "$corpus" "$regressions" \
    -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=4096 \
    -detect_leaks=0 -artifact_prefix="$root/Fuzz/.artifacts/$target-" "$@"
