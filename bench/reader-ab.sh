#!/usr/bin/env bash
# The reader's figures of two builds side by side, for a change that must not slow it down on a shared
# machine: the same workloads as read-speed.sh and dense-speed.sh, each run with jar A then jar B,
# interleaved RUNS times, under /usr/bin/time; prints each one's median wall and CPU (user + sys) time,
# peak RSS, and the ratio B / A of the CPU medians. CPU time compares under load where wall time does
# not (docs/performance.md).
#
#   bench/reader-ab.sh JAR_A JAR_B [RUNS] [SIZE]     RUNS: 5 (default); SIZE: 600M (default)
#
# The workloads: the noisy migration trace of read-speed.sh (events --summary, the byte-level fast path
# takes most lines); the same at 100M with --other-events (every other trace event through the ANTLR
# grammar: the grammar's own cost); a 100M dense trace in the SystemTap form (events --summary). Both
# jars run with the launcher's JVM options, without its class archive. The traces are written under
# ${TMPDIR:-/tmp} (with JAR_B's synth-trace) and removed at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar_a="${1:?give two jars: bench/reader-ab.sh JAR_A JAR_B [RUNS] [SIZE]}"
jar_b="${2:?give two jars: bench/reader-ab.sh JAR_A JAR_B [RUNS] [SIZE]}"
runs="${3:-5}"
size="${4:-600M}"
dir="$(mktemp -d "${TMPDIR:-/tmp}/reader-ab.XXXXXX")"
trap 'rm -rf "$dir"' EXIT
# shellcheck source=bench/lib.sh
source "$here/bench/lib.sh"

opts=(-Xss4m -XX:+UseSerialGC -Xmx1g -Xmn32m -XX:TieredStopAtLevel=1)
synth() { java "${opts[@]}" -jar "$jar_b" synth-trace --from "$here/sample-traces" "$@" 2>>"$dir/synth.log"; }
noisy="$dir/noisy.log"
small="$dir/noisy-100M.log"
stap="$dir/systemtap-100M.log"
synth --size "$size" --mix migration -o "$noisy"
synth --size 100M --mix migration -o "$small"
synth --size 100M --mix downtime-only --form systemtap -o "$stap"
cat "$noisy" "$small" "$stap" >/dev/null
echo "jar A: $jar_a"
echo "jar B: $jar_b"
machine
echo

workloads=("noisy $size|events --summary $noisy" "noisy 100M, --other-events|events --summary --other-events $small"
  "dense SystemTap 100M|events --summary $stap")
for _ in $(seq "$runs"); do
  for i in "${!workloads[@]}"; do
    read -r -a args <<<"${workloads[$i]#*|}"
    record "a$i" java "${opts[@]}" -jar "$jar_a" "${args[@]}"
    record "b$i" java "${opts[@]}" -jar "$jar_b" "${args[@]}"
  done
done

printf '%-30s %-3s %9s %9s %9s\n' "workload ($runs runs each)" "jar" "wall s" "CPU s" "peak RSS"
for i in "${!workloads[@]}"; do
  read -r _ a_wall a_cpu a_peak < <(summary "a$i")
  read -r _ b_wall b_cpu b_peak < <(summary "b$i")
  printf '%-30s %-3s %9s %9s %6d MB\n' "${workloads[$i]%%|*}" A "$a_wall" "$a_cpu" $((a_peak / 1024))
  printf '%-30s %-3s %9s %9s %6d MB   CPU B/A %s\n' "" B "$b_wall" "$b_cpu" $((b_peak / 1024)) \
    "$(awk -v a="$a_cpu" -v b="$b_cpu" 'BEGIN { printf "%.3f", b / a }')"
done
