#!/usr/bin/env bash
# Runs the whole test suite (Swift Testing, release mode).
# Usage: bash scripts/test.sh [extra swift test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
export OPENBLAS_CORETYPE="${OPENBLAS_CORETYPE:-Haswell}"
if [[ -z "${LAB_DATA_DIR:-}" && -d ../shared/datasets ]]; then
    export LAB_DATA_DIR="$(cd ../shared/datasets && pwd)"
fi
swift test -c release "$@"
