#!/usr/bin/env bash
# Renders every SVG under a folder to PNG and checks that each is well-formed XML.
#
# Usage: scripts/render-svgs.sh [SVG_DIR] [PNG_DIR]
#   SVG_DIR  folder searched recursively for *.svg (default: Outputs)
#   PNG_DIR  where PNGs go, mirroring SVG_DIR's layout (default: a new temp folder)
# Needs rsvg-convert (Debian: librsvg2-bin) and xmllint (Debian: libxml2-utils).
# Exits non-zero if a tool is missing, SVG_DIR does not exist, or any file fails
# (not well-formed XML, or rsvg-convert cannot render it).
set -euo pipefail

src="${1:-Outputs}"
src="${src%/}"
dst="${2:-}"
for tool in rsvg-convert xmllint; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "error: $tool not found (apt-get install librsvg2-bin libxml2-utils)" >&2
    exit 2
  fi
done
if [ ! -d "$src" ]; then
  echo "error: no such folder: $src" >&2
  exit 2
fi
if [ -z "$dst" ]; then
  dst="$(mktemp -d "${TMPDIR:-/tmp}/render-svgs.XXXXXX")"
fi
mkdir -p "$dst"

count=0
failed=0
while IFS= read -r -d '' svg; do
  count=$((count + 1))
  rel="${svg#"$src"/}"
  png="$dst/${rel%.svg}.png"
  mkdir -p "$(dirname "$png")"
  if ! xmllint --noout "$svg"; then
    echo "FAIL xml: $svg" >&2
    failed=$((failed + 1))
    continue
  fi
  if ! rsvg-convert --format=png --output="$png" "$svg"; then
    echo "FAIL render: $svg" >&2
    failed=$((failed + 1))
    continue
  fi
  echo "ok $svg -> $png"
done < <(find "$src" -type f -name '*.svg' -print0 | sort -z)

if [ "$count" -eq 0 ]; then
  echo "warning: no .svg files under $src" >&2
  exit 0
fi
echo "$((count - failed)) of $count SVG files rendered to $dst"
[ "$failed" -eq 0 ]
