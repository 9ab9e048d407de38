#!/usr/bin/env bash
# The reader's benchmark (issue 2, docs/performance.md): writes a trace of real QEMU trace lines
# (analyzer synth-trace), then times, side by side, `LC_ALL=C grep -c -F vmstate_downtime` on it and
# `analyzer events --summary` on it, JVM start-up included, each run RUNS times, and prints the best
# and median wall times, the ratio of the medians, the analyzer's peak memory, and the events per
# second on a second trace where every line is a downtime event.
#
#   bench/read-speed.sh [SIZE] [RUNS]      SIZE: 600M (default), 100M, 2G...; RUNS: 5 (default)
#
# Needs GNU time (/usr/bin/time) for peak memory. The traces are written under ${TMPDIR:-/tmp}
# and removed at the end. bench/dense-speed.sh measures the dense traces and both of issue 18's ratios.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size="${1:-600M}"
runs="${2:-5}"
dir="$(mktemp -d "${TMPDIR:-/tmp}/read-speed.XXXXXX")"
trap 'rm -rf "$dir"' EXIT
# shellcheck source=bench/lib.sh
source "$here/bench/lib.sh"

analyzer="$here/analyzer"
"$analyzer" --version >/dev/null   # builds the jar and the class archive first, outside the timings

mix="$dir/migration-mix.log"
only="$dir/downtime-only.log"
"$analyzer" synth-trace --from "$here/sample-traces" --size "$size" --mix migration -o "$mix"
"$analyzer" synth-trace --from "$here/sample-traces" --size 100M --mix downtime-only -o "$only"
cat "$mix" "$only" >/dev/null   # both read from the page cache, as grep's first run would otherwise not be

bytes=$(stat -c %s "$mix")
lines=$(wc -l <"$mix")
echo "trace: $mix, $bytes bytes, $lines lines, $(LC_ALL=C grep -c -F vmstate_downtime "$mix") vmstate_downtime lines"
machine
echo

# grep's runs before and after the analyzer's, so that both see the same machine
series grep env LC_ALL=C grep -c -F vmstate_downtime "$mix"
series analyzer "$analyzer" events --summary "$mix"
series grep env LC_ALL=C grep -c -F vmstate_downtime "$mix"
read -r grep_best grep_median grep_cpu grep_peak < <(summary grep)
read -r ana_best ana_median ana_cpu ana_peak < <(summary analyzer)

printf '%-44s %8s %8s %8s %10s\n' "command ($runs runs each)" "best s" "median s" "cpu s" "peak RSS"
printf '%-44s %8s %8s %8s %7d MB\n' "LC_ALL=C grep -c -F vmstate_downtime" "$grep_best" "$grep_median" "$grep_cpu" $((grep_peak / 1024))
printf '%-44s %8s %8s %8s %7d MB\n' "analyzer events --summary" "$ana_best" "$ana_median" "$ana_cpu" $((ana_peak / 1024))
awk -v a="$ana_median" -v g="$grep_median" 'BEGIN { printf "ratio of the medians: %.2f x grep (target: at most 3 on a 600 MB trace, issue 2; at most 2, issue 18; start-up weighs more on smaller ones)\n", a / g }'
# CPU time (user + system, all threads) changes less with the load than wall time, but says less about a
# quiet machine's wall time: the analyzer reads a large file on two threads.
awk -v a="$ana_cpu" -v g="$grep_cpu" -v p="$ana_peak" 'BEGIN { printf "the same in CPU time: %.2f x grep; the analyzer'"'"'s peak RSS %d MB (target: at most 128 MB, issue 18)\n", a / g, p / 1024 }'
echo

only_lines=$(wc -l <"$only")
series only "$analyzer" events --summary "$only"
read -r only_best only_median _ only_peak < <(summary only)
awk -v n="$only_lines" -v t="$only_median" -v p="$only_peak" 'BEGIN {
  printf "downtime-only trace: %d lines, every one a vmstate_downtime event: median %.3f s, %.0f events/s (start-up included), peak RSS %d MB\n", n, t, n / t, p / 1024 }'
echo
machine | sed 's/^machine:/machine after the runs:/'
