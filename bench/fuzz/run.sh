#!/usr/bin/env bash
# Starts the API on a spare port over a fresh copy of the default corpus, sends it malformed requests
# (bench/fuzz/fuzz.py), prints the tally and stops the API. Exit code 1 when any answer is 5xx or over 2 s.
#
#   bench/fuzz/run.sh                    # 3,000 requests, seed 1
#   COUNT=5000 SEED=7 bench/fuzz/run.sh
#
# Rate limits are raised for the run (the fuzzer is one client sending thousands of requests); their own
# behaviour is covered by the API tests.
set -euo pipefail
cd "$(dirname "$0")/../.."

COUNT=${COUNT:-3000}
SEED=${SEED:-1}
PORT=${PORT:-5098}
KEY=fuzz-admin-key
WORK=$(mktemp -d /tmp/pia-fuzz-XXXXXX)
mkdir -p "$WORK/corpus"
cp "${CORPUS:-../shared/corpus/meguro-juki-changes.tsv}" "$WORK/corpus/" 2>/dev/null || cp /work/shared/corpus/meguro-juki-changes.tsv "$WORK/corpus/"

dotnet build src/PiaSearch.Api -c Release -v q -nologo >/dev/null
Index__Path="$WORK/index" Index__CorpusPath="$WORK/corpus" Admin__ApiKey=$KEY \
Limits__SearchBurst=1000000 Limits__SearchPermitsPerSecond=1000000 \
Limits__ApiBurst=1000000 Limits__ApiPermitsPerSecond=1000000 Limits__FailedKeyAttempts=1000000 \
Fetch__MaxRetries=0 Fetch__AttemptTimeout=00:00:01 Fetch__TotalTimeout=00:00:01 \
Logging__LogLevel__Default=Warning \
  dotnet run --project src/PiaSearch.Api -c Release --no-build --no-launch-profile -- --urls "http://127.0.0.1:$PORT" >"$WORK/api.log" 2>&1 &
API=$!
trap 'pkill -TERM -P "$API" 2>/dev/null || true; kill "$API" 2>/dev/null || true; wait "$API" 2>/dev/null || true' EXIT

for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/health" >/dev/null || { echo "fuzz: the API did not start; see $WORK/api.log" >&2; exit 2; }

status=0
python3 bench/fuzz/fuzz.py --base "http://127.0.0.1:$PORT" --key $KEY --count "$COUNT" --seed "$SEED" || status=$?
echo "errors logged by the API: $(grep -c -E '^fail|Unhandled' "$WORK/api.log" || true)   (log: $WORK/api.log)"
exit $status
