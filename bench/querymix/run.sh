#!/usr/bin/env bash
# Search latency on a realistic query mix, PiaSearch and Groonga on the same rows and queries in one run, at several
# corpus sizes: uncached and cached, 1 and 8 clients.
#
#   bench/querymix/run.sh                                   # 250,000 / 1,000,000 / 4,000,000 rows, 30 s a run
#   SIZES="100000" DURATION=10 bench/querymix/run.sh        # a quick run
#
# The queries (>= 300 distinct, seeded) come from each corpus's own vocabulary: bench/querymix/make-queries.py.
# Writes $OUT/results.tsv (one line per engine, size, cache and clients), $OUT/results.md (the table) and, when
# gnuplot is there, $OUT/latency.png (p50 and p99 against corpus size). OUT defaults to bench/querymix/results-DATE.
# Needs: the .NET SDK, groonga-bin, wrk, curl, python3 (gnuplot-nox for the plot).
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZES=${SIZES:-"250000 1000000 4000000"}
ROWS_PER_LOG=${ROWS_PER_LOG:-2000}
SEED=${SEED:-1}
DURATION=${DURATION:-30}
# -g2: corpora of the generator with one national company registry (2026-12-03); those cached before are not reused.
WORK=${BENCH_WORK:-/tmp/pia-querymix-g2}
OUT=${OUT:-bench/querymix/results-$(date +%F)}
PIA_PORT=${PIA_PORT:-5097}
GROONGA_PORT=${GROONGA_PORT:-10043}

for tool in groonga wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "querymix: $tool is missing (apt-get install groonga-bin wrk curl python3)" >&2; exit 2; }
done
mkdir -p "$WORK" "$OUT"
rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
cleanup() { [ -n "${API_PID:-}" ] && kill "$API_PID" 2>/dev/null; [ -n "${GROONGA_PID:-}" ] && kill "$GROONGA_PID" 2>/dev/null; true; }
trap cleanup EXIT
wait_for() { # url pid
  local deadline=$((SECONDS + 1800))
  until curl -sf "$1" -o /dev/null; do
    kill -0 "$2" 2>/dev/null || { echo "querymix: the server exited" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "querymix: no answer from $1" >&2; exit 1; }
    sleep 0.05
  done
}
check_all() { # base paths-file: every query once; prints how many did not answer 200
  local bad=0
  while read -r path; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$1$path") || code=000
    [ "$code" = 200 ] || bad=$((bad + 1))
  done < "$2"
  echo "$bad"
}
run_wrk() { # engine size cache clients base paths-file rss-pid
  local threads=$(( $4 > 1 ? 2 : 1 ))
  local line
  line=$(PATHS="$6" wrk -t"$threads" -c"$4" -d"${DURATION}s" --timeout 5s -s bench/querymix/wrk-paths.lua "$5" | grep '^BENCH')
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$(rss_mib "$7")" "$(echo "$line" | sed 's/^BENCH //')" | tee -a "$OUT/results.tsv"
}

echo "== build (Release)"
dotnet build src/PiaSearch.Cli -c Release -o "$WORK/cli" --nologo -v q >/dev/null
dotnet build src/PiaSearch.Api -c Release -o "$WORK/api" --nologo -v q >/dev/null
PIA="dotnet $WORK/cli/pia.dll"
: > "$OUT/results.tsv"

for size in $SIZES; do
  logs=$(( (size + ROWS_PER_LOG - 1) / ROWS_PER_LOG ))
  corpus="$WORK/corpus-$logs-$ROWS_PER_LOG-$SEED"
  if [ ! -f "$corpus/.complete" ]; then
    echo "== generate $size rows ($logs logs)"
    rm -rf "$corpus"
    $PIA generate --municipalities "$logs" --rows "$ROWS_PER_LOG" --seed "$SEED" --out "$corpus" >/dev/null
    touch "$corpus/.complete"
  fi
  queries="$WORK/queries-$size"
  python3 bench/querymix/make-queries.py "$corpus" "$queries" --seed "$SEED"
  cp "$queries/queries.tsv" "$OUT/queries-$size.tsv"

  index="$WORK/pia-index-$size"
  if [ ! -f "$index/.complete" ]; then
    echo "== PiaSearch: index $size rows"
    rm -rf "$index"
    rm -rf "$index-documents"
    $PIA index "$corpus" --index "$index" --documents "$index-documents" --user-dictionary "$PWD/index-data/user-dictionary.csv" | tail -1
    touch "$index/.complete"
  fi
  groonga_db="$WORK/groonga-$size"
  if [ ! -f "$groonga_db/.complete" ]; then
    echo "== Groonga: load $size rows (TokenBigram + NormalizerAuto)"
    rm -rf "$groonga_db" && mkdir -p "$groonga_db"
    $PIA export "$corpus" --out "$WORK/rows.jsonl" >/dev/null
    groonga -n "$groonga_db/db" < bench/groonga-schema.grn > /dev/null
    { echo "load --table Changes"; echo "["; sed -e 's/^{"id":/{"_key":/' -e '$!s/$/,/' "$WORK/rows.jsonl"; echo "]"; } | groonga "$groonga_db/db" > /dev/null
    groonga "$groonga_db/db" < bench/groonga-index.grn > /dev/null
    rm -f "$WORK/rows.jsonl"
    touch "$groonga_db/.complete"
  fi

  for cache in 0 1000; do
    label=$([ "$cache" = 0 ] && echo uncached || echo cached)
    echo "== PiaSearch, $size rows, $label"
    Index__Path="$index" Index__DocumentsPath="$index-documents" Index__CorpusPath="$WORK/none" Urls="http://127.0.0.1:$PIA_PORT" \
      Morphology__UserDictionaryPath="$PWD/index-data/user-dictionary.csv" Search__ResultCacheEntries="$cache" \
      Limits__SearchPermitsPerSecond=1000000 Limits__SearchBurst=1000000 Limits__ApiPermitsPerSecond=1000000 Limits__ApiBurst=1000000 Logging__LogLevel__Default=Warning \
      DOTNET_GCgen0size=${DOTNET_GCgen0size:-0x4000000} dotnet "$WORK/api/PiaSearch.Api.dll" --contentRoot "$WORK/api" > "$WORK/api.log" 2>&1 &
    API_PID=$!
    wait_for "http://127.0.0.1:$PIA_PORT/api/search?q=%E5%A7%94%E8%A8%97" "$API_PID"
    # Expansion needs the cross-reference model: measure once it is there (built, or loaded from its saved parts).
    wait_for "http://127.0.0.1:$PIA_PORT/api/ask?q=%E5%A7%94%E8%A8%97%E5%85%88" "$API_PID"
    served=$(curl -s "http://127.0.0.1:$PIA_PORT/api/filters" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["documents"]))')
    [ "$served" = "$logs" ] || { echo "querymix: the API serves $served change logs, not $logs; see $WORK/api.log" >&2; exit 1; }
    echo "   queries not answered 200: $(check_all "http://127.0.0.1:$PIA_PORT" "$queries/pia.txt") of $(wc -l < "$queries/pia.txt")"
    run_wrk piasearch "$size" "$label" 1 "http://127.0.0.1:$PIA_PORT" "$queries/pia.txt" "$API_PID"
    run_wrk piasearch "$size" "$label" 8 "http://127.0.0.1:$PIA_PORT" "$queries/pia.txt" "$API_PID"
    kill "$API_PID"; wait "$API_PID" 2>/dev/null || true; API_PID=
  done

  echo "== Groonga, $size rows"
  groonga -s --protocol http --port "$GROONGA_PORT" --bind-address 127.0.0.1 "$groonga_db/db" &
  GROONGA_PID=$!
  wait_for "http://127.0.0.1:$GROONGA_PORT/d/status" "$GROONGA_PID"
  curl -sf "http://127.0.0.1:$GROONGA_PORT/d/cache_limit?max=0" -o /dev/null   # uncached first: a limit of 0 disables the cache
  echo "   queries not answered 200: $(check_all "http://127.0.0.1:$GROONGA_PORT" "$queries/groonga.txt") of $(wc -l < "$queries/groonga.txt")"
  run_wrk groonga "$size" uncached 1 "http://127.0.0.1:$GROONGA_PORT" "$queries/groonga.txt" "$GROONGA_PID"
  run_wrk groonga "$size" uncached 8 "http://127.0.0.1:$GROONGA_PORT" "$queries/groonga.txt" "$GROONGA_PID"
  curl -sf "http://127.0.0.1:$GROONGA_PORT/d/cache_limit?max=1000" -o /dev/null
  check_all "http://127.0.0.1:$GROONGA_PORT" "$queries/groonga.txt" > /dev/null
  run_wrk groonga "$size" cached 1 "http://127.0.0.1:$GROONGA_PORT" "$queries/groonga.txt" "$GROONGA_PID"
  run_wrk groonga "$size" cached 8 "http://127.0.0.1:$GROONGA_PORT" "$queries/groonga.txt" "$GROONGA_PID"
  kill "$GROONGA_PID"; wait "$GROONGA_PID" 2>/dev/null || true; GROONGA_PID=
done

python3 bench/querymix/report.py "$OUT" "$(nproc) cores, $(date -Iseconds), ${DURATION} s a run"
