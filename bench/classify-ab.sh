#!/usr/bin/env bash
# The per-line cost of the loop both reading threads run (LineClassifier) in jars side by side: for a change to
# the reader's per-line path, where end-to-end timings (reader-ab.sh) mix in the start-up, the JIT's warm-up and
# the load. Each round runs every jar in turn, each in a fresh JVM with the launcher's options that reads FILE
# (held in memory) RUNS times (src/test/java/io/downtime/trace/ClassifyBenchmark.java, compiled here against
# each jar); the first two reads of a JVM are its warm-up and are left out. Prints, per jar, the median and the
# best CPU time a line of the reads kept. This machine's times vary by about 30 % between identical runs: use
# 5 rounds or more.
#
#   bench/classify-ab.sh ROUNDS RUNS FILE JAR...        e.g. bench/classify-ab.sh 5 6 noisy-100M.log a.jar b.jar
#
# Files used in docs/performance.md (made from the samples by the analyzer's hidden synth-trace):
#   noisy:     analyzer synth-trace --from sample-traces --mix migration --size 100M -o noisy-100M.log
#   other:     grep -v -E ':(migrate_pending_estimate|migrate_pending_exact|migrate_transferred|savevm_state_iterate|savevm_section_start|savevm_section_end|migrate_set_state|qemu_loadvm_state_section|qemu_loadvm_state_section_partend|vmstate_downtime_[a-z]*|migration_thread_low_pending) ' noisy-100M.log
#   decision:  grep -E ':(migrate_pending_estimate|migrate_pending_exact|migrate_transferred|savevm_state_iterate|savevm_section_start|savevm_section_end) ' noisy-100M.log
#   dense:     analyzer synth-trace --from sample-traces --mix downtime-only --form log|iso|unstamped|systemtap --size 100M -o F
# BENCH_PRIORITY=1 runs each JVM first in line (bench/lib.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -lt 4 ]; then
  echo "usage: bench/classify-ab.sh ROUNDS RUNS FILE JAR..." >&2
  exit 2
fi
rounds=$1
runs=$2
file=$3
shift 3
dir="$(mktemp -d "${TMPDIR:-/tmp}/classify-ab.XXXXXX")"
trap 'rm -rf "$dir"' EXIT
# shellcheck source=bench/lib.sh
source "$here/bench/lib.sh"

jar_classes src/test/java/io/downtime/trace/ClassifyBenchmark.java "$@"
for _ in $(seq "$rounds"); do
  for i in $(seq $#); do
    prioritised java "${jvm[@]}" -Xmx2g -cp "$dir/classes-$i:${!i}" \
      io.downtime.trace.ClassifyBenchmark "$runs" "$file" | sed -n 's/^ns\/line: *//p' | tr ' ' '\n' | tail -n +3 >>"$dir/jar-$i"
  done
done
machine
for i in $(seq $#); do
  sort -n "$dir/jar-$i" | awk -v j="${!i}" '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%s: median %.1f ns a line, best %.1f, %d warm reads\n", j, m, v[1], NR }'
done
