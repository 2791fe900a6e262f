#!/usr/bin/env bash
# Export timings and memory: a synthetic corpus (pia generate, seed 1), the API over it, then CSV and XLSX exports of
# two broad searches, with the time to the first byte, the total time, the rows and the process's resident memory.
# usage: bench/export/run.sh [municipalities=100] [rows-per-log=1000]
set -euo pipefail
cd "$(dirname "$0")/../.."
municipalities=${1:-100}
rows=${2:-1000}
work=$(mktemp -d /tmp/pia-export-bench-XXXXXX)
port=5189
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

dotnet build -c Release src/PiaSearch.Api -v q -nologo >/dev/null
dotnet build -c Release src/PiaSearch.Cli -v q -nologo >/dev/null
dotnet src/PiaSearch.Cli/bin/Release/net10.0/pia.dll generate --municipalities "$municipalities" --rows "$rows" --seed 1 --out "$work/corpus"
(cd src/PiaSearch.Api && exec dotnet bin/Release/net10.0/PiaSearch.Api.dll --Urls=http://localhost:$port \
  --Index:Path="$work/index" --Index:CorpusPath="$work/corpus" --Export:Burst=100 --Logging:LogLevel:Default=Warning) >"$work/api.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' localhost:$port/health)" = 200 ] && break
  sleep 2
done
curl -s -G localhost:$port/api/search --data-urlencode q=委託 -o /dev/null
echo "rows in the index: $((municipalities * rows)); RSS before: $(awk '/VmRSS/ {print $2}' /proc/$pid/status) kB"
for format in csv xlsx; do
  for q in 委託 ファイル; do
    timing=$(curl -s -G localhost:$port/api/search/export -d format=$format --data-urlencode q=$q -o "$work/out.$format" -D "$work/headers" \
      -w 'bytes=%{size_download} first-byte=%{time_starttransfer}s total=%{time_total}s')
    exported=$(awk 'tolower($1) == "pia-export-rows:" {print $2}' "$work/headers" | tr -d '\r')
    echo "$format q=$q rows=$exported $timing RSS=$(awk '/VmRSS/ {print $2}' /proc/$pid/status) kB"
  done
done
echo "peak RSS: $(awk '/VmHWM/ {print $2}' /proc/$pid/status) kB; managed heap now: $(curl -s localhost:$port/metrics | awk '/^dotnet_total_memory_bytes/ {printf "%.0f MB", $2 / 1048576}')"
