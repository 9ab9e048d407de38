#!/usr/bin/env bash
# The whole read's CPU time a line (both reading threads, the events built and handed out, the collector and
# the compiler) in jars side by side, warm, without the start-up: for a change to what an understood line
# costs from its fast parse to its event, which classify-ab.sh (the classify loop alone) does not see. Each
# round runs every jar in turn, each in a fresh JVM with the launcher's options that reads FILE RUNS times
# (src/test/java/io/downtime/trace/ReaderBenchmark.java, compiled here against each jar); the first two
# reads of a JVM are its warm-up and are left out. The process CPU time the JVM reports moves in steps of
# 10 ms, so a JVM's figure is the CPU time of its kept reads over their lines, not a median of reads. Prints
# per jar the median over the JVMs, the reader's thread's median, the median wall time of a read; then each
# jar against the first, round by round (the rounds are interleaved, so a ratio compares runs minutes apart
# at most), and the median of those ratios. This machine's CPU times vary by 10-30 % from round to round
# under the others' load: use 10 rounds or more for a change of a few per cent.
#
#   bench/reader-cpu-ab.sh ROUNDS RUNS FILE JAR...      e.g. bench/reader-cpu-ab.sh 16 8 dense-log.log a.jar b.jar
#
# BENCH_PRIORITY=1 runs each JVM first in line (bench/lib.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -lt 4 ]; then
  echo "usage: bench/reader-cpu-ab.sh ROUNDS RUNS FILE JAR..." >&2
  exit 2
fi
rounds=$1
runs=$2
file=$3
shift 3
dir="$(mktemp -d "${TMPDIR:-/tmp}/reader-cpu-ab.XXXXXX")"
trap 'rm -rf "$dir"' EXIT
# shellcheck source=bench/lib.sh
source "$here/bench/lib.sh"

jar_classes src/test/java/io/downtime/trace/ReaderBenchmark.java "$@"
for round in $(seq "$rounds"); do
  for i in $(seq $#); do
    # "FILE run N: W s wall, C s cpu (R s on the reader's thread, T ns a line), L lines ..." -> round W C T L
    prioritised java "${jvm[@]}" -cp "$dir/classes-$i:${!i}" \
      io.downtime.trace.ReaderBenchmark "$runs" "$file" \
      | sed -n 's/.* run \([0-9]*\): \([0-9.]*\) s wall, \([0-9.]*\) s cpu ([0-9.]* s on the reader.s thread, \([0-9.]*\) ns a line), \([0-9]*\) lines.*/\1 \2 \3 \4 \5/p' \
      | awk -v r="$round" '$1 > 2 { print r, $2, $3, $4, $5 }' >>"$dir/jar-$i"
  done
done
machine
# median of the numbers on stdin, one a line
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# per round: the CPU time of its kept reads over their lines, in ns
per_round() { awk '{ c[$1] += $3; n[$1] += $5 } END { for (r in c) printf "%d %.2f\n", r, 1e9 * c[r] / n[r] }' "$dir/jar-$1" | sort -n; }
for i in $(seq $#); do
  printf '%s: CPU %.1f ns a line (median of %d JVMs), reader'"'"'s thread %.1f ns a line, wall %.3f s a read (medians of %d reads)\n' \
    "${!i}" "$(per_round "$i" | cut -d' ' -f2 | median)" "$(per_round "$i" | wc -l)" \
    "$(cut -d' ' -f4 "$dir/jar-$i" | median)" "$(cut -d' ' -f2 "$dir/jar-$i" | median)" "$(wc -l <"$dir/jar-$i")"
done
for i in $(seq 2 $#); do
  paste -d' ' <(per_round 1) <(per_round "$i") | awk '$1 == $3 { printf "%.3f\n", $4 / $2 }' >"$dir/ratios"
  printf 'jar %d / jar 1, round by round: %s; median %.3f\n' "$i" "$(tr '\n' ' ' <"$dir/ratios")" "$(median <"$dir/ratios")"
done
