#!/usr/bin/env bash
# Makes the golden file of the MeCab agreement test: every cell line of the default corpus (項目, 変更前, 変更後 and
# 説明 cells as plain text, multi-line cells split, blank lines dropped, each distinct line once — see
# CorpusCellLines) and how MeCab 0.996 with IPADIC (Debian's mecab and mecab-ipadic-utf8) segments it:
#   <line> TAB <mecab -Owakati output>
# Usage: make-golden.sh [OUTPUT [LINES]]   LINES: use these lines instead of extracting them from the corpus.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="${1:-$here/meguro-cells.mecab.tsv}"
dic=/var/lib/mecab/dic/ipadic-utf8
if ! command -v mecab >/dev/null || [ ! -d "$dic" ]; then
  echo "make-golden: needs mecab and $dic (apt-get install mecab mecab-ipadic-utf8)" >&2
  exit 3
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -n "${2:-}" ]; then
  cp "$2" "$work/lines"
else
  dotnet build "$root/src/PiaSearch.Morphology.Build" -v q -nologo >/dev/null
  dotnet run --no-build --project "$root/src/PiaSearch.Morphology.Build" -- cells "$root/index-data/corpus/meguro-juki-changes.tsv" > "$work/lines"
fi

# -b: a line of the corpus must never be split by MeCab's input buffer (8 KiB by default).
mecab -d "$dic" -b 1048576 -Owakati "$work/lines" > "$work/wakati"
paste "$work/lines" "$work/wakati" > "$out"
echo "make-golden: $(wc -l < "$out") lines -> $out" >&2
