#!/usr/bin/env bash
# Regenerates the directive reference in README.md from `lab directives`.
# Usage: bash scripts/update-readme.sh [path/to/lab]
set -euo pipefail
cd "$(dirname "$0")/.."
LAB="${1:-$(swift build -c release --show-bin-path)/lab}"
python3 - "$LAB" <<'PY'
import subprocess, sys
lab = sys.argv[1]
ref = subprocess.run([lab, "directives"], check=True, capture_output=True, text=True).stdout
text = open("README.md", encoding="utf-8").read()
begin, end = "<!-- directives:begin -->\n", "<!-- directives:end -->"
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
open("README.md", "w", encoding="utf-8").write(head + begin + "\n" + ref + end + tail)
PY
