#!/usr/bin/env bash
# Issue 18's benchmark (docs/performance.md): the reader on traces where every line is an understood
# event, against the parser of the thread that started this project, and on the noisy trace against
# grep, interleaved in one run so that both ratios are measured on the same machine at the same time:
#
#   1. dense: a SystemTap trace of 1,000,000 vmstate_downtime_* lines made from the samples
#      (analyzer synth-trace --mix downtime-only --form systemtap --lines 1000000), read by
#      `python3 PARSER FILE` and by `analyzer events --summary FILE`;
#   2. noisy: the 600 MB trace of read-speed.sh (analyzer synth-trace --mix migration), read by
#      `LC_ALL=C grep -c -F vmstate_downtime FILE` and by `analyzer events --summary FILE`;
#   3. understood lines per second on a 100 MB dense trace in each line form (log backend up to QEMU
#      10.0, ISO from 10.1, unstamped, SystemTap), with start-up (the median wall time of
#      `analyzer events --summary` on an empty file) included and taken out, and warm: the reader alone
#      in one JVM that has read the file twice before (src/test/java/io/downtime/trace/ReaderBenchmark.java,
#      compiled here against the jar), the median of 5 more reads: what is left once the start-up and
#      the JIT's warm-up are taken out;
#   4. the JVM's floor on the noisy trace: a Java program run with the launcher's options that only counts
#      the file's lines, read as the analyzer reads it (1 MiB blocks, two threads), nothing parsed
#      (src/test/java/io/downtime/trace/LineCountFloor.java, compiled here): what the JVM's start, C1's code
#      for a byte loop and the kernel's copy cost before any parsing, beside grep and the analyzer.
#
#   bench/dense-speed.sh PARSER [RUNS] [NOISY_SIZE]     RUNS: 5 (default); NOISY_SIZE: 600M (default)
#
# PARSER is Peter Xu's downtime-parser.py (github.com/xzpeter/small-stuffs), which this script does not
# fetch and the repository does not hold: get it yourself and give its path. Needs GNU time and python3.
# The traces are written under ${TMPDIR:-/tmp} and removed at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
parser="${1:-}"
runs="${2:-5}"
size="${3:-600M}"
if [ -z "$parser" ] || [ ! -f "$parser" ]; then
  echo "dense-speed.sh: give the path of downtime-parser.py (xzpeter/small-stuffs on GitHub), which is not part of this repository" >&2
  exit 2
fi
dir="$(mktemp -d "${TMPDIR:-/tmp}/dense-speed.XXXXXX")"
trap 'rm -rf "$dir"' EXIT
# shellcheck source=bench/lib.sh
source "$here/bench/lib.sh"

analyzer="$here/analyzer"
"$analyzer" --version >/dev/null   # builds the jar and the class archive first, outside the timings
synth() { "$analyzer" synth-trace --from "$here/sample-traces" "$@" 2>>"$dir/synth.log"; }

stap="$dir/systemtap-1m.log"
noisy="$dir/noisy.log"
empty="$dir/empty.log"
synth --mix downtime-only --form systemtap --lines 1000000 -o "$stap"
synth --mix migration --size "$size" -o "$noisy"
: >"$empty"
forms=(log iso unstamped systemtap)
for form in "${forms[@]}"; do
  synth --mix downtime-only --form "$form" --size 100M -o "$dir/dense-$form.log"
done
javac -nowarn -d "$dir/classes" -cp "$here/target/analyzer.jar" "$here/src/test/java/io/downtime/trace/ReaderBenchmark.java" \
  "$here/src/test/java/io/downtime/trace/LineCountFloor.java"
# warm FILE: understood lines a second of reads 3 to 7 of FILE in one JVM with the launcher's options, the median
warm() {
  prioritised java "${jvm[@]}" -cp "$dir/classes:$here/target/analyzer.jar" \
    io.downtime.trace.ReaderBenchmark 7 "$1" | sed -n 's/.* events (\([0-9.]*\) M\/s).*/\1/p' | tail -5 | sort -n | sed -n 3p
}
cat "$dir"/*.log >/dev/null   # everything read from the page cache

machine
echo "dense:  $stap, $(wc -l <"$stap") lines, $(stat -c %s "$stap") bytes"
echo "noisy:  $noisy, $(wc -l <"$noisy") lines, $(stat -c %s "$noisy") bytes"
echo

# Every command once per round, in turn, so that a change of load touches all of them alike.
for _ in $(seq "$runs"); do
  record python python3 "$parser" "$stap"
  record dense "$analyzer" events --summary "$stap"
  record grep env LC_ALL=C grep -c -F vmstate_downtime "$noisy"
  record noisy "$analyzer" events --summary "$noisy"
  record floor java "${jvm[@]}" -cp "$dir/classes" io.downtime.trace.LineCountFloor "$noisy"
  record start "$analyzer" events --summary "$empty"
  for form in "${forms[@]}"; do
    record "form-$form" "$analyzer" events --summary "$dir/dense-$form.log"
  done
done

row() { # LABEL TEXT
  read -r best median cpu peak < <(summary "$1")
  printf '%-58s %8s %8s %8s %7d MB\n' "$2" "$best" "$median" "$cpu" $((peak / 1024))
}
printf '%-58s %8s %8s %8s %10s\n' "command ($runs runs each, interleaved)" "best s" "median s" "cpu s" "peak RSS"
row python "python3 downtime-parser.py, 1M SystemTap lines"
row dense "analyzer events --summary, 1M SystemTap lines"
row grep "LC_ALL=C grep -c -F vmstate_downtime, noisy trace"
row noisy "analyzer events --summary, noisy trace"
row floor "JVM floor: lines counted, nothing parsed, noisy trace"
row start "analyzer events --summary, empty file (start-up)"
echo

read -r _ python_median python_cpu _ < <(summary python)
read -r _ dense_median dense_cpu _ < <(summary dense)
read -r _ grep_median grep_cpu _ < <(summary grep)
read -r _ noisy_median noisy_cpu noisy_peak < <(summary noisy)
read -r _ start_median _ _ < <(summary start)
read -r _ floor_median floor_cpu _ < <(summary floor)
awk -v p="$python_median" -v d="$dense_median" -v g="$grep_median" -v n="$noisy_median" -v peak="$noisy_peak" 'BEGIN {
  printf "dense: %.1f x faster than downtime-parser.py (goal: at least 10)   noisy: %.2f x grep (goal: at most 2), peak RSS %d MB (goal: at most 128)\n",
    p / d, n / g, peak / 1024 }'
# On a loaded machine the wall times say more about the load than about the programs; CPU times
# (user + system, all threads) say less about a quiet machine's wall time (the analyzer reads a large
# file on two threads) but change less with the load.
awk -v p="$python_cpu" -v d="$dense_cpu" -v g="$grep_cpu" -v n="$noisy_cpu" 'BEGIN {
  printf "the same in CPU time: dense %.1f x less than downtime-parser.py   noisy: %.2f x grep\n", p / d, n / g }'
awk -v g="$grep_median" -v n="$noisy_median" -v f="$floor_median" -v gc="$grep_cpu" -v nc="$noisy_cpu" -v fc="$floor_cpu" 'BEGIN {
  printf "noisy, the JVM floor: %.2f x grep (CPU %.2f x); the analyzer %.2f x the floor (CPU %.2f x)\n", f / g, fc / gc, n / f, nc / fc }'
echo

printf '%-10s %10s %8s %9s %8s %8s %14s %16s %14s\n' "form" "lines" "MB" "median s" "cpu s" "peak MB" "lines/s" "lines/s - start" "warm lines/s"
for form in "${forms[@]}"; do
  file="$dir/dense-$form.log"
  read -r _ median cpu peak < <(summary "form-$form")
  awk -v f="$form" -v n="$(wc -l <"$file")" -v b="$(stat -c %s "$file")" -v t="$median" -v c="$cpu" -v p="$peak" -v s="$start_median" -v w="$(warm "$file")" 'BEGIN {
    printf "%-10s %10d %8.1f %9.3f %8.2f %8d %14.0f %16s %14.0f\n", f, n, b / 1048576, t, c, p / 1024, n / t, (t > s) ? sprintf("%.0f", n / (t - s)) : "-", w * 1e6 }'
done
echo "(goal: at least 5,000,000 understood lines a second in every form; \"- start\" takes out the start-up, \"warm\" the JIT's warm-up too)"
echo
machine | sed 's/^machine:/machine after the runs:/'
