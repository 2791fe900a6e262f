#!/usr/bin/env bash
# Searches while the cross-reference model is being built: starts the API on a cached bench index (bench/expansion or
# bench/querymix make it), searches the query mix one at a time every 0.5 s for DURATION seconds after Kestrel listens,
# and prints the median, p90 and maximum latency, then how long after start the model was ready.
#
#   SIZE=1000000 bench/startup/during-build.sh
#
# Needs: the .NET SDK, curl, python3, and the index and queries under $BENCH_WORK (run bench/expansion/run.sh first).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZE=${SIZE:-1000000}
DURATION=${DURATION:-90}
WORK=${BENCH_WORK:-/tmp/pia-querymix-g2}
PORT=${PIA_PORT:-5097}
index="$WORK/pia-index-$SIZE"
queries="$WORK/queries-$SIZE/pia.txt"
[ -f "$index/.complete" ] && [ -f "$queries" ] || { echo "during-build: no cached index or queries under $WORK (run bench/expansion/run.sh)" >&2; exit 2; }
dotnet build src/PiaSearch.Api -c Release -o "$WORK/api" --nologo -v q >/dev/null
cleanup() { [ -n "${API_PID:-}" ] && kill "$API_PID" 2>/dev/null; true; }
trap cleanup EXIT
started=$(date +%s.%N)
Index__Path="$index" Index__DocumentsPath="$index-documents" Index__CorpusPath="$WORK/none" Urls="http://127.0.0.1:$PORT" \
  Morphology__UserDictionaryPath="$PWD/index-data/user-dictionary.csv" Search__ResultCacheEntries=0 \
  Limits__SearchPermitsPerSecond=1000000 Limits__SearchBurst=1000000 Limits__ApiPermitsPerSecond=1000000 Limits__ApiBurst=1000000 \
  dotnet "$WORK/api/PiaSearch.Api.dll" > "$WORK/api-during-build.log" 2>&1 &
API_PID=$!
until curl -s -o /dev/null "http://127.0.0.1:$PORT/api/health"; do sleep 0.02; done
echo "listening after $(echo "$(date +%s.%N) - $started" | bc) s"
mapfile -t Q < <(shuf -n 1000 --random-source=<(yes) "$queries")
times=$(mktemp)
end=$(( $(date +%s) + DURATION )); i=0
while [ "$(date +%s)" -lt "$end" ]; do
  curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PORT${Q[$i]}&expand=false" >> "$times"; i=$(( (i + 1) % ${#Q[@]} )); sleep 0.5
done
python3 - "$times" <<'PY'
import sys
v = sorted(float(x) * 1000 for x in open(sys.argv[1]))
n = len(v)
print(f"{n} searches during the build: median {v[n // 2]:.0f} ms, p90 {v[int(n * 0.9)]:.0f} ms, max {v[-1]:.0f} ms")
PY
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/ask?q=%E5%A7%94%E8%A8%97%E5%85%88")" = 200 ]; do sleep 5; done
echo "model ready after $(echo "$(date +%s.%N) - $started" | bc) s"
