#!/usr/bin/env bash
# Fault injection: kill -9 during ingest, rebuild and backup; two writers; a dictionary change with uploaded
# documents present. After each, 'pia check' verifies that every committed document is whole (its stored bytes
# hash to their name) and searchable (all its rows are in the index), and prints the counts.
#
#   bench/faults/run.sh                     # about two minutes on two cores
#   ROWS=1000 bench/faults/run.sh           # smaller logs (the kills must still land mid-run)
#
# Needs: the .NET SDK, curl, flock (util-linux). Everything goes under $FAULT_WORK.
set -uo pipefail
cd "$(dirname "$0")/../.."

WORK=${FAULT_WORK:-/tmp/pia-faults}
ROWS=${ROWS:-3000}
PORT=${PIA_PORT:-5177}
KEY=fault-test-key
FAILURES=0
rm -rf "$WORK"; mkdir -p "$WORK"

echo "== build (Release)"
dotnet build src/PiaSearch.Cli -c Release -o "$WORK/cli" --nologo -v q >/dev/null || exit 2
dotnet build src/PiaSearch.Api -c Release -o "$WORK/api" --nologo -v q >/dev/null || exit 2
PIA=(dotnet "$WORK/cli/pia.dll")
NODICT=(--user-dictionary "")

"${PIA[@]}" generate --municipalities 4 --rows 500 --seed 1 --out "$WORK/base" >/dev/null
"${PIA[@]}" generate --municipalities 30 --rows "$ROWS" --seed 2 --out "$WORK/big" >/dev/null

API_PID=
cleanup() { [ -n "$API_PID" ] && kill -9 "$API_PID" 2>/dev/null; true; }
trap cleanup EXIT

# check NAME ROOT [ARGS…]: runs 'pia check' and prints its counts line; a failed check is counted.
# DICT names the user dictionary the index is analysed with (none by default).
check() {
  local name=$1 root=$2; shift 2
  local out
  out=$("${PIA[@]}" check --index "$root/index" --user-dictionary "${DICT:-}" "$@" 2>&1); local rc=$?
  printf '  %-34s %s\n' "$name" "$(grep -E '^(repair|committed)=?' <<<"$out" | tr '\n' ' ')"
  grep -E '^  (committed|stored) ' <<<"$out" | head -5
  grep -E 'error' <<<"$out" | head -3
  if [ $rc -ne 0 ]; then echo "  !! check failed (exit $rc)"; FAILURES=$((FAILURES + 1)); fi
}

# kill_when FILE PATTERN PID: SIGKILL PID as soon as FILE contains PATTERN; says whether it was still running.
kill_when() {
  local file=$1 pattern=$2 pid=$3
  for _ in $(seq 600); do
    if grep -q "$pattern" "$file" 2>/dev/null; then
      if kill -9 "$pid" 2>/dev/null; then wait "$pid" 2>/dev/null; echo "  killed -9 at: $(grep "$pattern" "$file" | tail -1)"; return 0; fi
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  wait "$pid" 2>/dev/null; echo "  !! finished before the kill"; FAILURES=$((FAILURES + 1)); return 1
}

start_api() { # ROOT [extra settings…]
  local root=$1; shift
  dotnet "$WORK/api/PiaSearch.Api.dll" --Index:Path="$root/index" --Index:CorpusPath="$root/corpus" \
    --Admin:ApiKey=$KEY --Urls=http://127.0.0.1:$PORT "$@" >"$root/api.log" 2>&1 &
  API_PID=$!
  for _ in $(seq 600); do
    curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && return 0
    kill -0 "$API_PID" 2>/dev/null || { echo "  !! the API exited: $(tail -3 "$root/api.log")"; FAILURES=$((FAILURES + 1)); API_PID=; return 1; }
    sleep 0.1
  done
}

stop_api() { [ -n "$API_PID" ] && kill "$API_PID" && wait "$API_PID" 2>/dev/null; API_PID=; }

echo "== 1. kill -9 during ingest ('pia index' of 30 logs after 4 committed ones)"
R="$WORK/ingest"; mkdir -p "$R"
"${PIA[@]}" index "$WORK/base" --index "$R/index" "${NODICT[@]}" >/dev/null
"${PIA[@]}" index "$WORK/big" --index "$R/index" "${NODICT[@]}" >"$R/out" 2>"$R/err" &
kill_when "$R/err" "^staged 5/" $!
check "after the kill (no repair)" "$R"
check "next writer start (--repair)" "$R" --repair

echo "== 2. kill -9 during rebuild ('pia rebuild' from the document store)"
before=$(cat "$R/index/current")
"${PIA[@]}" rebuild --index "$R/index" "${NODICT[@]}" --corpus "$WORK/none" >"$R/out" 2>"$R/err" &
kill_when "$R/err" "^staged 8/" $!
after=$(cat "$R/index/current")
echo "  current before: $before, after the kill: $after, index folders: $(ls -d "$R"/index/gen-* | xargs -n1 basename | tr '\n' ' ')"
[ "$before" = "$after" ] || { echo "  !! the pointer moved"; FAILURES=$((FAILURES + 1)); }
check "after the kill (old index serves)" "$R"
"${PIA[@]}" rebuild --index "$R/index" "${NODICT[@]}" --corpus "$WORK/none" >/dev/null 2>&1
echo "  after a full rebuild: current $(cat "$R/index/current"), folders: $(ls -d "$R"/index/gen-* | xargs -n1 basename | tr '\n' ' ')"
check "after a full rebuild" "$R"

echo "== 3. kill -9 during backup"
"${PIA[@]}" backup "$WORK/backup-killed" --index "$R/index" "${NODICT[@]}" >"$R/out" 2>"$R/err" &
pid=$!
for _ in $(seq 400); do [ -d "$WORK/backup-killed/documents/meta" ] && break; sleep 0.01; done
if kill -9 $pid 2>/dev/null; then wait $pid 2>/dev/null; echo "  killed -9 with $(find "$WORK/backup-killed" -type f | wc -l) files copied"; else echo "  !! finished before the kill"; FAILURES=$((FAILURES + 1)); fi
"${PIA[@]}" restore "$WORK/backup-killed" --index "$WORK/restored-killed/index" >/dev/null 2>"$R/err"
echo "  restore of the interrupted backup: exit $? ($(grep -o 'is not a complete backup[^)]*)' "$R/err"))"
check "source after the kill" "$R"
"${PIA[@]}" backup "$WORK/backup-ok" --index "$R/index" "${NODICT[@]}" | sed 's/^/  /'
"${PIA[@]}" restore "$WORK/backup-ok" --index "$WORK/restored/index" | sed 's/^/  /'
check "restored copy" "$WORK/restored"

echo "== 4. two writers"
T="$WORK/writers"; mkdir -p "$T/corpus"; cp "$WORK"/base/* "$T/corpus/"
start_api "$T" --Morphology:UserDictionaryPath=
rows_before=$(curl -sf "http://127.0.0.1:$PORT/api/search?q=%E5%A7%94%E8%A8%97" | grep -o '"total":[0-9]*')
"${PIA[@]}" index "$WORK/big" --index "$T/index" "${NODICT[@]}" >/dev/null 2>"$T/err"; rc=$?
echo "  pia index while the API runs: exit $rc: $(grep -o 'locked by another process[^.]*' "$T/err" | head -1)"
[ $rc -eq 3 ] || FAILURES=$((FAILURES + 1))
"${PIA[@]}" rebuild --index "$T/index" "${NODICT[@]}" >/dev/null 2>&1; echo "  pia rebuild while the API runs: exit $?"
"${PIA[@]}" backup "$T/backup-online" --index "$T/index" "${NODICT[@]}" 2>&1 | tail -1 | sed 's/^/  pia backup while the API runs: /'
"${PIA[@]}" restore "$T/backup-online" --index "$T/restored/index" >/dev/null && check "restored online backup" "$T/restored"
dotnet "$WORK/api/PiaSearch.Api.dll" --Index:Path="$T/index" --Urls=http://127.0.0.1:$((PORT + 1)) --Morphology:UserDictionaryPath= >"$T/api2.log" 2>&1
echo "  a second API on the same index: exit $? ($(grep -c '   at ' "$T/api2.log") stack-trace lines): $(grep -o 'Not starting[^(]*' "$T/api2.log" | head -1)"
rows_after=$(curl -sf "http://127.0.0.1:$PORT/api/search?q=%E5%A7%94%E8%A8%97" | grep -o '"total":[0-9]*')
echo "  the first API still answers: $rows_before before, $rows_after after"
stop_api
"${PIA[@]}" index "$WORK/big/synthetic-2-00000.tsv" --index "$T/index" "${NODICT[@]}" >/dev/null 2>"$T/err.a" & a=$!
"${PIA[@]}" index "$WORK/big/synthetic-2-00001.tsv" --index "$T/index" "${NODICT[@]}" >/dev/null 2>"$T/err.b" & b=$!
wait $a; ra=$?; wait $b; rb=$?
echo "  two 'pia index' at once: exits $ra and $rb (3 = refused; 0 after waiting for the lock)"
check "after the writers" "$T"

echo "== 5. dictionary change with uploaded documents present"
D="$WORK/dictionary"; mkdir -p "$D/corpus"; cp "$WORK"/base/* "$D/corpus/"
start_api "$D" --Morphology:UserDictionaryPath="$PWD/index-data/user-dictionary.csv"
uploads=0
for f in "$WORK"/big/synthetic-2-0000[0-4].tsv; do
  id="uploaded-$(basename "$f" .tsv)"
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Api-Key: $KEY" -H 'Content-Type: text/tab-separated-values' --data-binary "@$f" "http://127.0.0.1:$PORT/api/documents?id=$id")
  [ "$code" = 201 ] && uploads=$((uploads + 1))
done
docs_before=$(curl -sf "http://127.0.0.1:$PORT/api/documents" | grep -o '"id":' | wc -l)
echo "  uploaded $uploads documents; the API lists $docs_before"
stop_api
printf '委託先名称,委託先 名称,イタクサキ メイショウ,カスタム名詞\n' >"$D/other-dictionary.csv"
start_api "$D" --Morphology:UserDictionaryPath="$D/other-dictionary.csv"
# The old index answers while the new one is built beside it; wait for the switch.
for _ in $(seq 600); do grep -q 'Rebuilt the index from the document store' "$D/api.log" && break; sleep 0.1; done
docs_after=$(curl -sf "http://127.0.0.1:$PORT/api/documents" | grep -o '"id":' | wc -l)
echo "  restarted with another user dictionary: $docs_after documents ($(grep -o 'Rebuilding the index[^:]*' "$D/api.log" | head -1))"
[ "$docs_after" = "$docs_before" ] || { echo "  !! documents lost"; FAILURES=$((FAILURES + 1)); }
stop_api
DICT="$D/other-dictionary.csv" check "after the dictionary change" "$D"

echo "== 6. kill -9 of the API during an upload (a slow client), then a restart"
U="$WORK/upload"; mkdir -p "$U/corpus"; cp "$WORK"/base/* "$U/corpus/"
start_api "$U" --Morphology:UserDictionaryPath=
curl -s -o /dev/null --limit-rate 100k -H "X-Api-Key: $KEY" -H 'Content-Type: text/tab-separated-values' \
  --data-binary "@$WORK/big/synthetic-2-00005.tsv" "http://127.0.0.1:$PORT/api/documents?id=interrupted" & curl_pid=$!
sleep 2
echo "  temporary files while uploading: $(ls "$U/documents/tmp" | wc -l)"
kill -9 "$API_PID"; wait "$API_PID" 2>/dev/null; API_PID=; wait $curl_pid 2>/dev/null
echo "  after kill -9: $(ls "$U/documents/tmp" | wc -l) temporary files left"
start_api "$U" --Morphology:UserDictionaryPath=
echo "  after the restart: $(ls "$U/documents/tmp" | wc -l) temporary files ($(grep -o 'Removed [0-9]* temporary files' "$U/api.log"))"
stop_api
check "after the restart" "$U"

echo "== done: $FAILURES failures"
exit $((FAILURES > 0))
