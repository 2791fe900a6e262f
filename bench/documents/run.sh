#!/usr/bin/env bash
# Measures the document readers on documents made by real software (needs libreoffice-calc and fonts-ipafont):
#  1. generated change logs -> the form's XLSX (pia workbook) -> PDF (LibreOffice headless); rows read back from
#     XLSX and PDF compared with the generator's (pia readback); 1b. the same printed without cell borders;
#  2. the default corpus TSV -> XLSX -> PDF: entries and cross-reference successions compared with the TSV's;
#  3. PDF reading speed on one core, and a 100-page 評価書 indexed with `pia index`.
# Usage: bench/documents/run.sh [workbooks (24)] [rows per workbook (100)]
set -euo pipefail
cd "$(dirname "$0")/../.."
workbooks=${1:-24}
rows=${2:-100}
work=$(mktemp -d /tmp/pia-documents-XXXXXX)
trap 'rm -rf "$work"' EXIT
command -v soffice >/dev/null || { echo "LibreOffice (soffice) is needed: apt-get install libreoffice-calc fonts-ipafont" >&2; exit 2; }

dotnet build -c Release src/PiaSearch.Cli -v quiet -nologo >/dev/null
pia() { dotnet src/PiaSearch.Cli/bin/Release/net10.0/pia.dll "$@"; }
print() { soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to pdf --outdir "$2" "$1"/*.xlsx >/dev/null 2>&1; }
one_core() { if command -v taskset >/dev/null; then taskset -c 0 "$@"; else "$@"; fi; }

echo "== 1. generated: $workbooks workbooks x $rows rows =="
pia generate --municipalities "$workbooks" --rows "$rows" --seed 16 --out "$work/tsv" >/dev/null
pia workbook "$work/tsv" --out "$work/xlsx" >/dev/null
start=$(date +%s.%N); print "$work/xlsx" "$work/pdf"; end=$(date +%s.%N)
echo "LibreOffice printed $workbooks workbooks to PDF in $(echo "$end - $start" | bc) s"
echo "-- XLSX"; pia readback "$work/tsv" "$work/xlsx" | tail -1
echo "-- PDF (one core)"; one_core dotnet src/PiaSearch.Cli/bin/Release/net10.0/pia.dll readback "$work/tsv" "$work/pdf" --verbose | grep -E "warning|missing|unexpected|total" || true

echo "== 1b. the same logs printed without cell borders, with a cover page =="
pia workbook "$work/tsv" --out "$work/xlsx-borderless" --borderless --cover >/dev/null
print "$work/xlsx-borderless" "$work/pdf-borderless"
echo "-- PDF without borders (one core)"; one_core dotnet src/PiaSearch.Cli/bin/Release/net10.0/pia.dll readback "$work/tsv" "$work/pdf-borderless" --verbose | grep -E "warning|missing|unexpected|total" || true

echo "== 2. the default corpus: TSV -> XLSX -> PDF =="
corpus=index-data/corpus/meguro-juki-changes.tsv
mkdir -p "$work/corpus"; cp "$corpus" index-data/corpus/meguro-juki-changes.meta.json "$work/corpus/"
pia workbook "$work/corpus/meguro-juki-changes.tsv" --out "$work/corpus-xlsx" >/dev/null
print "$work/corpus-xlsx" "$work/corpus-pdf"
for format in tsv xlsx pdf; do
  case $format in tsv) src="$work/corpus/meguro-juki-changes.tsv";; xlsx) src="$work/corpus-xlsx/meguro-juki-changes.xlsx";; pdf) src="$work/corpus-pdf/meguro-juki-changes.pdf";; esac
  cp index-data/corpus/meguro-juki-changes.meta.json "$(dirname "$src")/" 2>/dev/null || true
  pia export "$src" --out "$work/corpus.$format.jsonl" --successions "$work/successions.$format.txt" | sed "s|^|$format: |"
done
echo "-- rows equal to the TSV's"; pia readback "$work/corpus" "$work/corpus-xlsx" | tail -1; pia readback "$work/corpus" "$work/corpus-pdf" | tail -1
for format in xlsx pdf; do
  if diff -q "$work/successions.tsv.txt" "$work/successions.$format.txt" >/dev/null; then
    echo "successions from $format: identical to the TSV's ($(wc -l < "$work/successions.tsv.txt") successions)"
  else
    echo "successions from $format differ from the TSV's:"; diff "$work/successions.tsv.txt" "$work/successions.$format.txt" | head -20 || true
  fi
done

echo "== 3. a 100-page 評価書 =="
pia generate --municipalities 1 --rows 1250 --seed 1600 --out "$work/big" >/dev/null
pia workbook "$work/big" --out "$work/big-xlsx" >/dev/null
print "$work/big-xlsx" "$work/big-pdf"
big=$(ls "$work"/big-pdf/*.pdf)
start=$(date +%s.%N)
one_core dotnet src/PiaSearch.Cli/bin/Release/net10.0/pia.dll index "$big" --index "$work/big-index/index" --documents "$work/big-index/documents" --user-dictionary index-data/user-dictionary.csv | grep -E "entries"
end=$(date +%s.%N)
echo "pia index of that PDF on one core (process start, dictionary load, reading, analysis and commit): $(echo "$end - $start" | bc) s"
