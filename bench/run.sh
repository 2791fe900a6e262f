#!/usr/bin/env bash
# PiaSearch vs Groonga on one machine: ingest throughput, index size, cold start, memory, search latency.
#
#   bench/run.sh                      # 1,000,000 rows (1,000 logs x 1,000 rows), 30 s per latency run
#   MUNICIPALITIES=100 ROWS=1000 DURATION=10 INGEST_RUNS=1 bench/run.sh    # a quicker, smaller run
#
# Needs: the .NET SDK, and Debian's groonga-bin, wrk and time (apt-get install groonga-bin wrk time).
# Prints a table: our figure, Groonga's, and the ratio. Everything it builds goes under $BENCH_WORK.
set -euo pipefail
cd "$(dirname "$0")/.."

MUNICIPALITIES=${MUNICIPALITIES:-1000}
ROWS=${ROWS:-1000}
SEED=${SEED:-1}
DURATION=${DURATION:-30}
INGEST_RUNS=${INGEST_RUNS:-3}
# -g2: corpora of the generator with one national company registry (2026-12-03); those cached before are not reused.
WORK=${BENCH_WORK:-/tmp/pia-bench-g2}
PIA_PORT=${PIA_PORT:-5099}
GROONGA_PORT=${GROONGA_PORT:-10041}
TOTAL_ROWS=$((MUNICIPALITIES * ROWS))

for tool in groonga wrk /usr/bin/time curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install groonga-bin wrk time curl)" >&2; exit 2; }
done

mkdir -p "$WORK"
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
max() { awk -v a="$1" -v b="$2" 'BEGIN { print (a > b) ? a : b }'; }
hwm_mib() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
cleanup() { [ -n "${API_PID:-}" ] && kill "$API_PID" 2>/dev/null; [ -n "${GROONGA_PID:-}" ] && kill "$GROONGA_PID" 2>/dev/null; true; }
trap cleanup EXIT

echo "== build (Release)"
dotnet build src/PiaSearch.Cli -c Release -o "$WORK/cli" --nologo -v q >/dev/null
dotnet build src/PiaSearch.Api -c Release -o "$WORK/api" --nologo -v q >/dev/null
PIA="dotnet $WORK/cli/pia.dll"

CORPUS="$WORK/corpus-$MUNICIPALITIES-$ROWS-$SEED"
if [ ! -f "$CORPUS/.complete" ]; then
  echo "== generate $TOTAL_ROWS rows"
  rm -rf "$CORPUS"
  $PIA generate --municipalities "$MUNICIPALITIES" --rows "$ROWS" --seed "$SEED" --out "$CORPUS"
  touch "$CORPUS/.complete"
fi
CORPUS_MIB=$(du -sm --exclude='*.meta.json' "$CORPUS" | cut -f1)

echo "== Groonga's input: the rows as JSON (pia export), timed apart"
start=$(now)
$PIA export "$CORPUS" --out "$WORK/rows.jsonl" >/dev/null
EXPORT_S=$(elapsed "$start" "$(now)")
{ echo "load --table Changes"; echo "["; sed -e 's/^{"id":/{"_key":/' -e '$!s/$/,/' "$WORK/rows.jsonl"; echo "]"; } > "$WORK/groonga-load.grn"

# Ingest is timed INGEST_RUNS times, the two engines taking turns, and the median is reported: on a shared
# machine one run can be a tenth faster or slower than the next.
PIA_TIMES=(); GROONGA_TIMES=(); PIA_INGEST_RSS=0; GROONGA_LOAD_RSS=0
for run in $(seq "$INGEST_RUNS"); do
  echo "== PiaSearch: ingest (run $run of $INGEST_RUNS)"
  rm -rf "$WORK/pia-index"
  start=$(now)
  /usr/bin/time -f "%M" -o "$WORK/pia-ingest.rss" $PIA index "$CORPUS" --index "$WORK/pia-index" --user-dictionary "$PWD/index-data/user-dictionary.csv" > "$WORK/pia-ingest.log" 2>&1
  PIA_TIMES+=("$(elapsed "$start" "$(now)")")
  PIA_INGEST_RSS=$(max "$PIA_INGEST_RSS" $(( $(tail -1 "$WORK/pia-ingest.rss") / 1024 )))
  tail -2 "$WORK/pia-ingest.log"

  echo "== Groonga: load (TokenBigram + NormalizerAuto) (run $run of $INGEST_RUNS)"
  rm -rf "$WORK/groonga" && mkdir -p "$WORK/groonga"
  groonga -n "$WORK/groonga/db" < bench/groonga-schema.grn > /dev/null
  start=$(now)
  /usr/bin/time -f "%M" -o "$WORK/groonga-load.rss" groonga "$WORK/groonga/db" < "$WORK/groonga-load.grn" > "$WORK/groonga-load.log"
  /usr/bin/time -f "%M" -o "$WORK/groonga-index.rss" groonga "$WORK/groonga/db" < bench/groonga-index.grn > "$WORK/groonga-index.log"
  GROONGA_TIMES+=("$(elapsed "$start" "$(now)")")
  GROONGA_LOAD_RSS=$(max "$GROONGA_LOAD_RSS" $(( $(sort -n "$WORK/groonga-load.rss" "$WORK/groonga-index.rss" | tail -1) / 1024 )))
  echo "PiaSearch ${PIA_TIMES[-1]} s, Groonga ${GROONGA_TIMES[-1]} s"
done
PIA_INGEST_S=$(median "${PIA_TIMES[@]}")
GROONGA_LOAD_S=$(median "${GROONGA_TIMES[@]}")
PIA_INDEX_BYTES=$(du -sb "$WORK/pia-index" | cut -f1)
GROONGA_INDEX_BYTES=$(du -sb "$WORK/groonga" | cut -f1)
GROONGA_ROWS=$(echo 'select Changes --limit 0' | groonga "$WORK/groonga/db" | grep -o '\[\[\[[0-9]*' | tr -d '[')

start_api() { # cache entries
  Index__Path="$WORK/pia-index" Index__CorpusPath="$WORK/none" Urls="http://127.0.0.1:$PIA_PORT" Admin__ApiKey="$ADMIN_KEY" \
    Morphology__UserDictionaryPath="$PWD/index-data/user-dictionary.csv" Search__ResultCacheEntries="$1" \
    Limits__SearchPermitsPerSecond=1000000 Limits__SearchBurst=1000000 Logging__LogLevel__Default=Warning \
    DOTNET_GCgen0size=${DOTNET_GCgen0size:-0x4000000} dotnet "$WORK/api/PiaSearch.Api.dll" --contentRoot "$WORK/api" > "$WORK/api.log" 2>&1 &
  API_PID=$!
}
wait_for() { # url pid
  local deadline=$((SECONDS + 300))
  until curl -sf "$1" -o /dev/null; do
    kill -0 "$2" 2>/dev/null || { echo "bench: the server exited; see $WORK/api.log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "bench: no answer from $1 after 300 s" >&2; exit 1; }
    sleep 0.01
  done
}
warm_up() { # url parameter: every query of the mix once, so JIT (and, where enabled, caches) are warm
  while read -r q; do
    [ -n "$q" ] && curl -s -o /dev/null -G "$1" --data-urlencode "$2=$q" || true
  done < bench/queries.txt
}
latency() { # name port prefix connections threads
  PREFIX="$3" QUERIES=bench/queries.txt wrk -t"$5" -c"$4" -d"${DURATION}s" --timeout 5s -s bench/wrk-mix.lua "http://127.0.0.1:$2" | grep '^BENCH' | sed "s/^BENCH/$1/"
}

ADMIN_KEY=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
PIA_PREFIX="/api/search?size=20&q="
G_PREFIX="/d/select?table=Changes&match_columns=item||before||after||explanation&limit=20&output_columns=_key,document,line,date,item,snippet_html(after)&drilldown=year,file,chapter,timing&query="

echo "== PiaSearch: cold start to first answer (result cache on, the default)"
start=$(now)
start_api 1000
wait_for "http://127.0.0.1:$PIA_PORT/api/search?q=%E5%A7%94%E8%A8%97" "$API_PID"
PIA_COLD_S=$(elapsed "$start" "$(now)")
echo "== PiaSearch latency with its result cache: ${DURATION}s per run, 1 and 8 clients, after one warm-up pass"
warm_up "http://127.0.0.1:$PIA_PORT/api/search?size=20" q
latency pia1 "$PIA_PORT" "$PIA_PREFIX" 1 1 | tee "$WORK/lat-pia-1"
latency pia8 "$PIA_PORT" "$PIA_PREFIX" 8 2 | tee "$WORK/lat-pia-8"
PIA_RSS=$(rss_mib "$API_PID"); PIA_HWM=$(hwm_mib "$API_PID")
kill "$API_PID"; wait "$API_PID" 2>/dev/null || true

echo "== PiaSearch latency without a result cache (every request searched)"
start_api 0
wait_for "http://127.0.0.1:$PIA_PORT/api/search?q=%E5%A7%94%E8%A8%97" "$API_PID"
warm_up "http://127.0.0.1:$PIA_PORT/api/search?size=20" q
latency piaN1 "$PIA_PORT" "$PIA_PREFIX" 1 1 | tee "$WORK/lat-pian-1"
latency piaN8 "$PIA_PORT" "$PIA_PREFIX" 8 2 | tee "$WORK/lat-pian-8"

echo "== Groonga: cold start to first answer"
start=$(now)
groonga -s --protocol http --port "$GROONGA_PORT" --bind-address 127.0.0.1 "$WORK/groonga/db" &
GROONGA_PID=$!
wait_for "http://127.0.0.1:$GROONGA_PORT${G_PREFIX}%E5%A7%94%E8%A8%97" "$GROONGA_PID"
GROONGA_COLD_S=$(elapsed "$start" "$(now)")
echo "== Groonga latency with its query cache (the default), then with the cache off (cache_limit 0)"
warm_up "http://127.0.0.1:$GROONGA_PORT${G_PREFIX%&query=}" query
latency gr1 "$GROONGA_PORT" "$G_PREFIX" 1 1 | tee "$WORK/lat-gr-1"
latency gr8 "$GROONGA_PORT" "$G_PREFIX" 8 2 | tee "$WORK/lat-gr-8"
# cache=no only stops storing (a stored answer is still served); a limit of 0 empties and disables the cache.
curl -sf "http://127.0.0.1:$GROONGA_PORT/d/cache_limit?max=0" -o /dev/null
warm_up "http://127.0.0.1:$GROONGA_PORT${G_PREFIX%&query=}" query
latency grN1 "$GROONGA_PORT" "$G_PREFIX" 1 1 | tee "$WORK/lat-grn-1"
latency grN8 "$GROONGA_PORT" "$G_PREFIX" 8 2 | tee "$WORK/lat-grn-8"
GROONGA_RSS=$(rss_mib "$GROONGA_PID")

echo "== ingest a new change log while 8 clients search"
rm -rf "$WORK/new"
$PIA generate --municipalities 1 --rows 2000 --seed 777 --out "$WORK/new" >/dev/null
EXPECTED=$($PIA export "$WORK/new" --out "$WORK/new.jsonl" | awk '{ gsub(",", "", $1); print $1 }')
(PREFIX="$PIA_PREFIX" QUERIES=bench/queries.txt wrk -t2 -c8 -d10s --timeout 5s -s bench/wrk-mix.lua "http://127.0.0.1:$PIA_PORT" > "$WORK/load-during-ingest.txt") &
WRK_PID=$!
sleep 2
INGEST_STATUS=$(curl -s -o "$WORK/new-ingest.json" -w '%{http_code}' -X POST -H "X-Api-Key: $ADMIN_KEY" -H 'Content-Type: text/plain' \
  --data-binary @"$WORK/new/synthetic-777-00000.tsv" "http://127.0.0.1:$PIA_PORT/api/documents?id=bench-new")
wait "$WRK_PID"
INDEXED=$(curl -s "http://127.0.0.1:$PIA_PORT/api/documents/bench-new" | grep -o '"entries":[0-9]*' | cut -d: -f2)
DURING_ERRORS=$(sed -n 's/.*errors_status=\([0-9]*\).*/\1/p' "$WORK/load-during-ingest.txt")
DURING_P99=$(sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p' "$WORK/load-during-ingest.txt")
echo "ingest HTTP $INGEST_STATUS: $INDEXED of $EXPECTED rows indexed; searches during ingest: $DURING_ERRORS non-2xx, p99 $DURING_P99 ms"

get() { sed -n "s/.*$2=\([0-9.]*\).*/\1/p" "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.2f", a / b }'; }

PIA_RATE=$(awk -v r="$TOTAL_ROWS" -v s="$PIA_INGEST_S" 'BEGIN { printf "%.0f", r / s }')
GR_RATE=$(awk -v r="$GROONGA_ROWS" -v s="$GROONGA_LOAD_S" 'BEGIN { printf "%.0f", r / s }')
PIA_BPR=$(awk -v b="$PIA_INDEX_BYTES" -v r="$TOTAL_ROWS" 'BEGIN { printf "%.0f", b / r }')
GR_BPR=$(awk -v b="$GROONGA_INDEX_BYTES" -v r="$GROONGA_ROWS" 'BEGIN { printf "%.0f", b / r }')

echo
echo "PiaSearch vs Groonga — $TOTAL_ROWS rows (${CORPUS_MIB} MiB of TSV), $(nproc) cores, $(date -Iseconds)"
printf '%-38s %14s %14s %8s\n' "metric" "PiaSearch" "Groonga" "ratio"
printf '%-38s %14s %14s %8s\n' "ingest time (s), median of $INGEST_RUNS" "$PIA_INGEST_S" "$GROONGA_LOAD_S" "$(ratio "$PIA_INGEST_S" "$GROONGA_LOAD_S")"
printf '%-38s %14s %14s\n' "  every run (s)" "$(IFS=/; echo "${PIA_TIMES[*]}")" "$(IFS=/; echo "${GROONGA_TIMES[*]}")"
GROONGA_TOTAL_S=$(awk -v a="$EXPORT_S" -v b="$GROONGA_LOAD_S" 'BEGIN { printf "%.2f", a + b }')
printf '%-38s %14s %14s %8s\n' "  Groonga incl. TSV parsing (pia export)" "$PIA_INGEST_S" "$GROONGA_TOTAL_S" "$(ratio "$PIA_INGEST_S" "$GROONGA_TOTAL_S")"
printf '%-38s %14s %14s %8s\n' "ingest throughput (rows/s)" "$PIA_RATE" "$GR_RATE" "$(ratio "$PIA_RATE" "$GR_RATE")"
printf '%-38s %14s %14s %8s\n' "rows indexed" "$TOTAL_ROWS" "$GROONGA_ROWS" ""
printf '%-38s %14s %14s %8s\n' "index size (bytes/row)" "$PIA_BPR" "$GR_BPR" "$(ratio "$PIA_BPR" "$GR_BPR")"
printf '%-38s %14s %14s %8s\n' "ingest peak memory (MiB)" "$PIA_INGEST_RSS" "$GROONGA_LOAD_RSS" "$(ratio "$PIA_INGEST_RSS" "$GROONGA_LOAD_RSS")"
printf '%-38s %14s %14s %8s\n' "cold start to first answer (s)" "$PIA_COLD_S" "$GROONGA_COLD_S" "$(ratio "$PIA_COLD_S" "$GROONGA_COLD_S")"
for pair in "cached:pia:gr" "uncached:pian:grn"; do
  IFS=: read -r label ours theirs <<< "$pair"
  for c in 1 8; do
    for m in p50_ms p99_ms rps; do
      a=$(get "$WORK/lat-$ours-$c" "$m"); b=$(get "$WORK/lat-$theirs-$c" "$m")
      printf '%-38s %14s %14s %8s\n' "search $m, $c client(s), $label" "$a" "$b" "$(ratio "$a" "$b")"
    done
    printf '%-38s %14s %14s %8s\n' "  non-2xx/timeouts, $c client(s), $label" \
      "$(get "$WORK/lat-$ours-$c" errors_status)/$(get "$WORK/lat-$ours-$c" errors_timeout)" \
      "$(get "$WORK/lat-$theirs-$c" errors_status)/$(get "$WORK/lat-$theirs-$c" errors_timeout)" ""
  done
done
printf '%-38s %14s %14s %8s\n' "resident memory after load (MiB)" "$PIA_RSS" "$GROONGA_RSS" "$(ratio "$PIA_RSS" "$GROONGA_RSS")"
printf '%-38s %14s %14s %8s\n' "API peak resident memory (MiB)" "$PIA_HWM" "" ""
printf '%-38s %14s %14s %8s\n' "ingest during 8-client load: rows" "$INDEXED/$EXPECTED" "" ""
printf '%-38s %14s %14s %8s\n' "  searches non-2xx during that ingest" "$DURING_ERRORS" "" ""
