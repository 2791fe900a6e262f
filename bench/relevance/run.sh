#!/usr/bin/env bash
# Search quality on blind relevance judgements (issue 11): every query of
# tests/PiaSearch.Search.Tests/Data/Relevance/queries.tsv is searched in each mode, over its own log indexed alone, and
# scored against judgements.tsv (nDCG@10 graded, recall, precision over all hits returned, recall of the rows that do
# not contain the query literally). Coders: run it, do not read the data folder.
#
#   bench/relevance/run.sh                               # all four modes
#   MODES="hybrid expand" bench/relevance/run.sh         # some of them
#
# Modes: bigrams  pia search --analysis bigrams (character bigrams only, the words as typed)
#        hybrid   pia search (words and bigrams, the words as typed; today's default of the CLI)
#        expand   pia search --expand --synonyms index-data/synonyms.txt (other spellings, names, numbers, synonyms)
#        groonga  Groonga TokenBigram + NormalizerAuto over the same rows (bench/groonga-schema.grn)
# Each search takes every hit, 100 a page, up to MAX_HITS (1000). Writes $OUT (bench/relevance/results-DATE.md) and
# prints its tables. Needs: the .NET SDK, python3, and groonga-bin for the groonga mode.
set -euo pipefail
cd "$(dirname "$0")/../.."

MODES=${MODES:-"bigrams hybrid expand groonga"}
MAX_HITS=${MAX_HITS:-1000}
WORK=${BENCH_WORK:-/tmp/pia-relevance}
DATA=tests/PiaSearch.Search.Tests/Data/Relevance
OUT=${OUT:-bench/relevance/results-$(date +%F).md}

for mode in $MODES; do
  case "$mode" in
    bigrams|hybrid|expand) ;;
    groonga) command -v groonga >/dev/null || { echo "relevance: groonga is missing (apt-get install groonga-bin)" >&2; exit 2; } ;;
    *) echo "relevance: unknown mode $mode (bigrams hybrid expand groonga)" >&2; exit 2 ;;
  esac
done
command -v python3 >/dev/null || { echo "relevance: python3 is missing" >&2; exit 2; }

rm -rf "$WORK" && mkdir -p "$WORK/runs"
echo "== build (Release)"
dotnet build src/PiaSearch.Cli -c Release -o "$WORK/cli" --nologo -v q >/dev/null
PIA="dotnet $WORK/cli/pia.dll"

LOG_ROWS=""
declare -A LOG_FILE=(
  [meguro]=index-data/corpus/meguro-juki-changes
  [sakuragaoka]=$DATA/sakuragaoka-kokuho-changes
  [wakaba]=$DATA/wakaba-zeimu-changes
)
for log in "${!LOG_FILE[@]}"; do
  src=${LOG_FILE[$log]}
  mkdir -p "$WORK/$log/in"
  cp "$src.tsv" "$WORK/$log/in/"
  [ -f "$src.meta.json" ] && cp "$src.meta.json" "$WORK/$log/in/"
  echo "== index $log"
  $PIA index "$WORK/$log/in" --index "$WORK/$log/index" --documents "$WORK/$log/documents" | grep -E '^合計|total' || true
  $PIA export "$WORK/$log/in" --out "$WORK/$log/rows.jsonl" >/dev/null
  LOG_ROWS="${LOG_ROWS:-}${LOG_ROWS:+ }$log=$(wc -l < "$WORK/$log/rows.jsonl")"
  if [[ " $MODES " == *" groonga "* ]]; then
    mkdir -p "$WORK/$log/groonga"
    groonga -n "$WORK/$log/groonga/db" < bench/groonga-schema.grn > /dev/null
    { echo "load --table Changes"; echo "["; sed -e 's/^{"id":/{"_key":/' -e '$!s/$/,/' "$WORK/$log/rows.jsonl"; echo "]"; } \
      | groonga "$WORK/$log/groonga/db" > /dev/null
    groonga "$WORK/$log/groonga/db" < bench/groonga-index.grn > /dev/null
  fi
done

for mode in $MODES; do
  echo "== search: $mode"
  PIA="$PIA" python3 bench/relevance/relevance.py search --mode "$mode" --queries "$DATA/queries.tsv" --work "$WORK" \
    --max-hits "$MAX_HITS" --out "$WORK/runs/$mode.tsv"
done

COMMIT=$(git rev-parse --short HEAD)
python3 bench/relevance/relevance.py score --queries "$DATA/queries.tsv" --judgements "$DATA/judgements.tsv" --runs "$WORK/runs" \
  --modes "$MODES" --log-rows "$LOG_ROWS" --commit "$COMMIT" --command "MODES=\"$MODES\" bench/relevance/run.sh" --out "$OUT"
echo "== written: $OUT"
