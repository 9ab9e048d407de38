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
# and removed at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -x /usr/bin/time ]; then
  echo "read-speed.sh: needs GNU time at /usr/bin/time for wall time and peak memory (Debian: apt-get install time)" >&2
  exit 2
fi
size="${1:-600M}"
runs="${2:-5}"
dir="$(mktemp -d "${TMPDIR:-/tmp}/read-speed.XXXXXX")"
trap 'rm -rf "$dir"' EXIT

analyzer="$here/analyzer"
"$analyzer" --version >/dev/null   # builds the jar and the class archive first, outside the timings

mix="$dir/migration-mix.log"
only="$dir/downtime-only.log"
"$analyzer" synth-trace --from "$here/sample-traces" --size "$size" --mix migration -o "$mix"
"$analyzer" synth-trace --from "$here/sample-traces" --size 100M --mix downtime-only -o "$only"
cat "$mix" "$only" >/dev/null   # both read from the page cache, as grep's first run would otherwise not be

# Runs "$@" once; prints "seconds peak_kib"; stdout of the command goes to $dir/out (never /dev/null:
# GNU grep stops at the first match when its output is /dev/null).
timed() {
  /usr/bin/time -f "%e %M" -o "$dir/time" "$@" >"$dir/out" 2>"$dir/err" || {
    echo "failed: $*" >&2; cat "$dir/err" >&2; exit 1; }
  cat "$dir/time"
}

# Prints "best median peak_kib" of RUNS runs of "$@".
series() {
  local times=() peak=0
  for _ in $(seq "$runs"); do
    read -r seconds kib < <(timed "$@")
    times+=("$seconds")
    (( kib > peak )) && peak=$kib
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v peak="$peak" '
    { t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.3f %.3f %d\n", t[1], m, peak }'
}

bytes=$(stat -c %s "$mix")
lines=$(wc -l <"$mix")
echo "trace: $mix, $bytes bytes, $lines lines, $(LC_ALL=C grep -c -F vmstate_downtime "$mix") vmstate_downtime lines"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo

# Interleaved, so that both see the same machine: grep, analyzer, grep, analyzer...
read -r grep_best grep_median grep_peak < <(series env LC_ALL=C grep -c -F vmstate_downtime "$mix")
read -r ana_best ana_median ana_peak < <(series "$analyzer" events --summary "$mix")
read -r grep_best2 grep_median2 _ < <(series env LC_ALL=C grep -c -F vmstate_downtime "$mix")
grep_median=$(awk -v a="$grep_median" -v b="$grep_median2" 'BEGIN { printf "%.3f", (a + b) / 2 }')
grep_best=$(awk -v a="$grep_best" -v b="$grep_best2" 'BEGIN { printf "%.3f", (a < b) ? a : b }')

printf '%-44s %8s %8s %10s\n' "command ($runs runs each)" "best s" "median s" "peak RSS"
printf '%-44s %8s %8s %7d MB\n' "LC_ALL=C grep -c -F vmstate_downtime" "$grep_best" "$grep_median" $((grep_peak / 1024))
printf '%-44s %8s %8s %7d MB\n' "analyzer events --summary" "$ana_best" "$ana_median" $((ana_peak / 1024))
awk -v a="$ana_median" -v g="$grep_median" 'BEGIN { printf "ratio of the medians: %.2f x grep (target: at most 3 on a 600 MB trace; start-up weighs more on smaller ones)\n", a / g }'
echo

only_lines=$(wc -l <"$only")
read -r only_best only_median only_peak < <(series "$analyzer" events --summary "$only")
awk -v n="$only_lines" -v t="$only_median" -v p="$only_peak" 'BEGIN {
  printf "downtime-only trace: %d lines, every one a vmstate_downtime event: median %.3f s, %.0f events/s (start-up included), peak RSS %d MB\n", n, t, n / t, p / 1024 }'
