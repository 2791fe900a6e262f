#!/usr/bin/env bash
# Tokenizer benchmark, all in one run on the same text: PiaSearch's analyzer (pia tokenize), MeCab 0.996 + IPADIC
# (Debian mecab, mecab-ipadic-utf8) and, when Debian's liblucene8-java and a JDK are installed, Lucene's Kuromoji
# through a small driver (bench/KuromojiDriver.java, compiled with javac into a temporary folder). Each tool reads
# the same lines and writes the same wakati output.
#
#   bench/tokenizers.sh [COPIES]     the text is the default corpus's cell lines repeated COPIES times (default 40, ~5 MB)
#
# Throughput: bytes / (time for the whole text - time for one line), i.e. without process start and dictionary
# load; best of 3 runs, wall clock and CPU (user+sys). Cold start: dictionary load to first token inside the
# process (median of 5), and whole process for one line. Memory: managed memory held by our loaded dictionary.
# The machine's load average is printed before and after: other work on the machine slows every figure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
copies="${1:-40}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "cores: $(nproc)   load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build src/PiaSearch.Cli -c Release -v q -nologo >/dev/null
dotnet build src/PiaSearch.Morphology.Build -c Release -v q -nologo >/dev/null
dotnet build tests/PiaSearch.Benchmarks -c Release -v q -nologo >/dev/null
pia=(dotnet src/PiaSearch.Cli/bin/Release/net10.0/pia.dll tokenize)
bench=(dotnet tests/PiaSearch.Benchmarks/bin/Release/net10.0/PiaSearch.Benchmarks.dll)

dotnet src/PiaSearch.Morphology.Build/bin/Release/net10.0/pia-morph-build.dll cells index-data/corpus/meguro-juki-changes.tsv > "$work/lines.txt"
for _ in $(seq "$copies"); do cat "$work/lines.txt"; done > "$work/big.txt"
head -n 1 "$work/lines.txt" > "$work/one.txt"
bytes=$(wc -c < "$work/big.txt")
echo "text: $(wc -l < "$work/big.txt") lines, $bytes bytes ($copies copies of the corpus cells)"

# run INPUT OUTPUT CMD...: prints "wall_ms cpu_ms" (CPU = user + sys of the command)
run() {
  local input="$1" output="$2"; shift 2
  local TIMEFORMAT='%R %U %S' real user sys
  { time "$@" < "$input" > "$output" 2>/dev/null; } 2> "$work/time"
  read -r real user sys < "$work/time"
  awk -v r="$real" -v u="$user" -v s="$sys" 'BEGIN { printf "%d %d\n", r * 1000, (u + s) * 1000 }'
}

# best NAME CMD...: best of 3 on the big text and on one line; sets NAME_wall NAME_cpu (ms net of start-up) and NAME_one
best() {
  local name="$1"; shift
  local bw=999999999 bc=999999999 ow=999999999 oc=999999999 w c
  for _ in 1 2 3; do
    read -r w c < <(run "$work/big.txt" "$work/$name.out" "$@")
    (( w < bw )) && bw=$w; (( c < bc )) && bc=$c
    read -r w c < <(run "$work/one.txt" /dev/null "$@")
    (( w < ow )) && ow=$w; (( c < oc )) && oc=$c
  done
  printf -v "${name}_wall" '%s' "$(( bw - ow > 0 ? bw - ow : 1 ))"
  printf -v "${name}_cpu" '%s' "$(( bc - oc > 0 ? bc - oc : 1 ))"
  printf -v "${name}_one" '%s' "$ow"
}

best ours "${pia[@]}"
best mecab mecab -b 1048576 -Owakati
kuromoji=no
cp_java="/usr/share/java/lucene-core-8.7.0.jar:/usr/share/java/lucene-analyzers-common-8.7.0.jar:/usr/share/java/lucene-analyzers-kuromoji-8.7.0.jar"
if command -v javac >/dev/null && [ -f /usr/share/java/lucene-analyzers-kuromoji-8.7.0.jar ]; then
  javac -d "$work/java" -cp "$cp_java" bench/KuromojiDriver.java
  kuromoji_driver() { java -cp "$work/java:$cp_java" KuromojiDriver /dev/stdin; }
  export -f kuromoji_driver 2>/dev/null || true
  best kuromoji kuromoji_driver
  kuromoji=yes
fi

identical=no
cmp -s "$work/ours.out" "$work/mecab.out" && identical=yes
kuromoji_same="-"
if [ "$kuromoji" = yes ]; then
  kuromoji_same=$(paste -d '\n' "$work/mecab.out" "$work/kuromoji.out" | awk 'NR % 2 == 1 { m = $0 } NR % 2 == 0 { n++; if (m == $0) s++ } END { printf "%.1f %%", 100 * s / n }')
fi

cold=()
for _ in 1 2 3 4 5; do cold+=("$("${bench[@]}" --cold-start | cut -d' ' -f1)"); done
ours_cold=$(printf '%s\n' "${cold[@]}" | sort -n | sed -n 3p)
ours_memory=$("${bench[@]}" --memory | cut -d' ' -f1)
kuromoji_cold="-"
if [ "$kuromoji" = yes ]; then
  kc=()
  for _ in 1 2 3 4 5; do kc+=("$(java -cp "$work/java:$cp_java" KuromojiDriver --stats "$work/one.txt" | cut -d' ' -f2)"); done
  kuromoji_cold=$(printf '%s\n' "${kc[@]}" | sort -n | sed -n 3p)
fi

mbps() { awk -v b="$bytes" -v ms="$1" 'BEGIN { printf "%.2f", b / 1048576 / (ms / 1000) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0 || a == "-" || b == "-") print "-"; else printf "%.2f", a / b }'; }

ours_mbps=$(mbps "$ours_wall"); mecab_mbps=$(mbps "$mecab_wall")
ours_cpu_mbps=$(mbps "$ours_cpu"); mecab_cpu_mbps=$(mbps "$mecab_cpu")
kuromoji_mbps="-"; kuromoji_cpu_mbps="-"
if [ "$kuromoji" = yes ]; then kuromoji_mbps=$(mbps "$kuromoji_wall"); kuromoji_cpu_mbps=$(mbps "$kuromoji_cpu"); else kuromoji_one="-"; fi

echo
printf '%-44s %10s %10s %10s %12s %14s   %s\n' "metric" "ours" "mecab" "kuromoji" "ours/mecab" "ours/kuromoji" "target"
printf '%-44s %10s %10s %10s %12s %14s   %s\n' "throughput, wall (MB/s)" "$ours_mbps" "$mecab_mbps" "$kuromoji_mbps" "$(ratio "$ours_mbps" "$mecab_mbps")" "$(ratio "$ours_mbps" "$kuromoji_mbps")" "ours/mecab >= 0.33, ours/kuromoji >= 1"
printf '%-44s %10s %10s %10s %12s %14s   %s\n' "throughput, CPU time (MB/s)" "$ours_cpu_mbps" "$mecab_cpu_mbps" "$kuromoji_cpu_mbps" "$(ratio "$ours_cpu_mbps" "$mecab_cpu_mbps")" "$(ratio "$ours_cpu_mbps" "$kuromoji_cpu_mbps")" ""
printf '%-44s %10s %10s %10s %12s %14s   %s\n' "cold start: load to first token (ms)" "$ours_cold" "-" "$kuromoji_cold" "-" "$(ratio "$ours_cold" "$kuromoji_cold")" "ours <= 300"
printf '%-44s %10s %10s %10s %12s %14s   %s\n' "one line, whole process (ms)" "$ours_one" "$mecab_one" "$kuromoji_one" "$(ratio "$ours_one" "$mecab_one")" "$(ratio "$ours_one" "$kuromoji_one")" ""
printf '%-44s %10s %10s %10s %12s %14s   %s\n' "loaded dictionary, managed memory (MB)" "$ours_memory" "-" "-" "-" "-" "ours <= 150"
echo
echo "wakati output identical to mecab -Owakati on the whole text: ours $identical; kuromoji lines identical: $kuromoji_same"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
