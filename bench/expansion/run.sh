#!/usr/bin/env bash
# What query expansion costs: the same realistic query mix (bench/querymix) searched with expand=true (the default)
# and expand=false on one index, uncached, one client, in alternating rounds so that the shared machine's drift hits
# both alike. Prints each round and the medians of the rounds' p50 and p99, and how many queries were expanded.
#
#   bench/expansion/run.sh                                  # 1,000,000 rows, 3 rounds of 20 s each way
#   SIZE=100000 DURATION=5 ROUNDS=2 bench/expansion/run.sh  # a quick run
#
# The corpus and index are cached under $BENCH_WORK with bench/querymix's names, so the two benches share them.
# Needs: the .NET SDK, wrk, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZE=${SIZE:-1000000}
ROWS_PER_LOG=${ROWS_PER_LOG:-2000}
SEED=${SEED:-1}
DURATION=${DURATION:-20}
ROUNDS=${ROUNDS:-3}
# -g2: corpora of the generator with one national company registry (2026-12-03); those cached before are not reused.
WORK=${BENCH_WORK:-/tmp/pia-querymix-g2}
OUT=${OUT:-bench/expansion/results-$(date +%F).md}
PIA_PORT=${PIA_PORT:-5098}

for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "expansion: $tool is missing (apt-get install wrk curl python3)" >&2; exit 2; }
done
mkdir -p "$WORK"
cleanup() { [ -n "${API_PID:-}" ] && kill "$API_PID" 2>/dev/null; true; }
trap cleanup EXIT
rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "== build (Release)"
dotnet build src/PiaSearch.Cli -c Release -o "$WORK/cli" --nologo -v q >/dev/null
dotnet build src/PiaSearch.Api -c Release -o "$WORK/api" --nologo -v q >/dev/null
PIA="dotnet $WORK/cli/pia.dll"

logs=$(( (SIZE + ROWS_PER_LOG - 1) / ROWS_PER_LOG ))
corpus="$WORK/corpus-$logs-$ROWS_PER_LOG-$SEED"
if [ ! -f "$corpus/.complete" ]; then
  echo "== generate $SIZE rows ($logs logs)"
  rm -rf "$corpus"
  $PIA generate --municipalities "$logs" --rows "$ROWS_PER_LOG" --seed "$SEED" --out "$corpus" >/dev/null
  touch "$corpus/.complete"
fi
queries="$WORK/queries-$SIZE"
python3 bench/querymix/make-queries.py "$corpus" "$queries" --seed "$SEED"
sed 's/$/\&expand=false/' "$queries/pia.txt" > "$queries/pia-literal.txt"
sed 's/$/\&expand=true/' "$queries/pia.txt" > "$queries/pia-expanded.txt"

index="$WORK/pia-index-$SIZE"
if [ ! -f "$index/.complete" ]; then
  echo "== index $SIZE rows"
  rm -rf "$index" "$index-documents"
  $PIA index "$corpus" --index "$index" --documents "$index-documents" --user-dictionary "$PWD/index-data/user-dictionary.csv" | tail -1
  touch "$index/.complete"
fi

echo "== start the API (uncached) and wait for the cross-reference model"
started=$(date +%s.%N)
Index__Path="$index" Index__DocumentsPath="$index-documents" Index__CorpusPath="$WORK/none" Urls="http://127.0.0.1:$PIA_PORT" \
  Morphology__UserDictionaryPath="$PWD/index-data/user-dictionary.csv" Search__ResultCacheEntries=0 \
  Search__SynonymsPath="$PWD/index-data/synonyms.txt" \
  Limits__SearchPermitsPerSecond=1000000 Limits__SearchBurst=1000000 Limits__ApiPermitsPerSecond=1000000 Limits__ApiBurst=1000000 \
  Logging__LogLevel__Default=Warning DOTNET_GCgen0size=${DOTNET_GCgen0size:-0x4000000} dotnet "$WORK/api/PiaSearch.Api.dll" --contentRoot "$WORK/api" > "$WORK/api-expansion.log" 2>&1 &
API_PID=$!
base="http://127.0.0.1:$PIA_PORT"
deadline=$((SECONDS + 1800))
# /api/ask answers (200) once the model and its name index, which query understanding shares, are built.
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/ask?q=%E5%A7%94%E8%A8%97%E5%85%88")" = 200 ]; do
  kill -0 "$API_PID" 2>/dev/null || { echo "expansion: the API exited; see $WORK/api-expansion.log" >&2; exit 1; }
  [ $SECONDS -lt $deadline ] || { echo "expansion: no model after 30 min" >&2; exit 1; }
  sleep 1
done
ready=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
echo "   model ready after ${ready} s, resident $(rss_mib "$API_PID") MiB"

echo "== every query once each way: status, and how many were expanded"
python3 - "$base" "$queries/pia-expanded.txt" "$queries/pia-literal.txt" > "$WORK/expansion-check.txt" 2> "$WORK/expansion-slowest.txt" <<'PY'
import json, sys, urllib.request
base, expanded, literal = sys.argv[1:4]
def get(path):
    with urllib.request.urlopen(base + path, timeout=30) as r:
        return r.status, json.load(r)
import time, urllib.parse
bad = used = more = 0
total = 0
timings = []
for e, l in zip(open(expanded, encoding="utf-8").read().split(), open(literal, encoding="utf-8").read().split()):
    total += 1
    try:
        started = time.monotonic()
        se, de = get(e)
        timings.append((time.monotonic() - started, urllib.parse.unquote(e)))
        sl, dl = get(l)
    except Exception:
        bad += 1
        continue
    if se != 200 or sl != 200:
        bad += 1
    if de.get("expansions"):
        used += 1
    if de.get("total", 0) > dl.get("total", 0):
        more += 1
print(f"{total}\t{bad}\t{used}\t{more}")
for seconds, path in sorted(timings, reverse=True)[:5]:
    print(f"   slowest expanded, first call: {seconds * 1000:.0f} ms {path}", file=sys.stderr)
PY
read -r total bad used more < "$WORK/expansion-check.txt"
echo "   $total queries: $bad not 200; expansions used by $used; more hits than literal for $more"
cat "$WORK/expansion-slowest.txt"
[ "$bad" = 0 ] || { echo "expansion: some queries failed" >&2; exit 1; }

run() { # label paths
  PATHS="$2" wrk -t1 -c1 -d"${DURATION}s" --timeout 5s -s bench/querymix/wrk-paths.lua "$base" | grep '^BENCH' | sed "s/^BENCH/$1/"
}
lit50=(); lit99=(); exp50=(); exp99=()
for round in $(seq "$ROUNDS"); do
  for mode in literal expanded; do
    line=$(run "$mode" "$queries/pia-$mode.txt")
    echo "   round $round: $line"
    p50=$(echo "$line" | sed -E 's/.*p50_ms=([0-9.]+).*/\1/'); p99=$(echo "$line" | sed -E 's/.*p99_ms=([0-9.]+).*/\1/')
    if [ "$mode" = literal ]; then lit50+=("$p50"); lit99+=("$p99"); else exp50+=("$p50"); exp99+=("$p99"); fi
  done
done
rss=$(rss_mib "$API_PID")
l50=$(median "${lit50[@]}"); l99=$(median "${lit99[@]}"); e50=$(median "${exp50[@]}"); e99=$(median "${exp99[@]}")
d50=$(awk -v a="$e50" -v b="$l50" 'BEGIN { printf "%+.2f", a - b }')
{
  echo "# Query expansion overhead, $SIZE rows ($(date -Iseconds), $(nproc) cores)"
  echo
  echo "\`SIZE=$SIZE DURATION=$DURATION ROUNDS=$ROUNDS bench/expansion/run.sh\`; uncached, 1 client, $total queries (bench/querymix mix, seed $SEED)."
  echo "Expansions used by $used queries; more hits than the literal search for $more. Model ready ${ready} s after start; resident $rss MiB."
  echo
  echo "| Mode | p50 ms (median of $ROUNDS) | p99 ms (median of $ROUNDS) |"
  echo "| --- | --- | --- |"
  echo "| expand=false | $l50 | $l99 |"
  echo "| expand=true | $e50 | $e99 |"
  echo "| difference | $d50 | $(awk -v a="$e99" -v b="$l99" 'BEGIN { printf "%+.2f", a - b }') |"
  echo
  echo "Rounds (p50/p99): literal ${lit50[*]} / ${lit99[*]}; expanded ${exp50[*]} / ${exp99[*]}"
} | tee "$OUT"
