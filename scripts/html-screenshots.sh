#!/usr/bin/env bash
# Renders notebooks with `lab html`, opens each page in headless Chromium, saves a
# full-width screenshot, and fails when the page logs an error (a script error, a
# blocked outside request, a resource that does not load).
#
# Usage: bash scripts/html-screenshots.sh [NOTEBOOK.md…]   (default: Notebooks/*.md)
# Output: .build/html-screenshots/NAME.html and NAME.png (not committed).
# Needs: Debian's chromium (apt-get install chromium). Environment: LAB (a built lab binary).
set -euo pipefail
cd "$(dirname "$0")/.."
export OPENBLAS_CORETYPE="${OPENBLAS_CORETYPE:-Haswell}"
if [[ -z "${LAB_DATA_DIR:-}" && -d ../shared/datasets ]]; then
    export LAB_DATA_DIR="$(cd ../shared/datasets && pwd)"
fi
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[[ -n "$browser" ]] || { echo "html-screenshots: chromium is not installed (apt-get install chromium)" >&2; exit 1; }
# LAB=path/to/lab uses a binary already built (e.g. the one `bash scripts/test.sh` builds).
if [[ -z "${LAB:-}" ]]; then
    swift build -c release --product lab 2>&1 | tail -n 1
fi
lab="${LAB:-$(swift build -c release --show-bin-path)/lab}"
shots=".build/html-screenshots"
mkdir -p "$shots"
notebooks=("$@")
((${#notebooks[@]})) || notebooks=(Notebooks/*.md)
failed=0
for nb in "${notebooks[@]}"; do
    name="$(basename "$nb" .md)"
    "$lab" html "$nb" --output-dir "$shots" --quiet >/dev/null
    page="$(pwd)/$shots/$name.html"
    log="$shots/$name.log"
    # A tall window: the screenshot covers the page from the top.
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --enable-logging=stderr --v=0 \
        --window-size=1100,"${HTML_SHOT_HEIGHT:-6000}" --screenshot="$shots/$name.png" "file://$page" >"$log" 2>&1 || true
    if [[ ! -s "$shots/$name.png" ]]; then
        echo "html-screenshots: $name: no screenshot (see $log)" >&2; failed=1; continue
    fi
    if grep -E "Uncaught|CONSOLE.*(Error|error)|Refused to|Failed to load|ERR_" "$log" | grep -v "dbus\|Fontconfig\|gpu\|GPU\|viz\|sandbox" >&2; then
        echo "html-screenshots: $name: the page logged an error (above)" >&2; failed=1; continue
    fi
    echo "$name: $shots/$name.png"
done
exit "$failed"
