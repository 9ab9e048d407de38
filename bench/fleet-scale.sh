#!/usr/bin/env bash
# The fleet job's benchmark (issue 15, point 8; docs/performance.md): generates N synthetic migration pairs with
# `analyzer synth-runs` (real sample lines, perturbed), writes a manifest of them, runs `analyzer-fleet run` on
# the embedded Spark (local[CORES]) with a sweep grid and one verdicts pair, and prints migrations per second
# per core, CPU time, peak memory (the one JVM: driver and executors) and the size of the output tables.
#
#   bench/fleet-scale.sh [N] [CORES]      N: 10000 (default); CORES: every core (default)
#
# Needs GNU time (/usr/bin/time). The corpus and the output are written under ${TMPDIR:-/tmp} (about 10 KB of
# logs and 1 KB of tables per pair: check `df -h /tmp` before 100000) and removed at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -x /usr/bin/time ]; then
  echo "fleet-scale.sh: needs GNU time at /usr/bin/time (Debian: apt-get install time)" >&2
  exit 2
fi
pairs="${1:-10000}"
cores="${2:-$(nproc)}"
dir="$(mktemp -d "${TMPDIR:-/tmp}/fleet-scale.XXXXXX")"
trap 'rm -rf "$dir"' EXIT

"$here/analyzer" --version >/dev/null          # builds the CLI's jar outside the timings
"$here/analyzer-fleet" --help >/dev/null       # and the job jar

/usr/bin/time -f "%e s wall" -o "$dir/synth.time" \
  "$here/analyzer" synth-runs --from "$here/sample-traces" --count "$pairs" --seed 1 -o "$dir/corpus" >/dev/null
{
  echo "id,source,destination,firmware"
  n=0
  for case in "$dir"/corpus/*/; do
    name="${case%/}"; name="${name##*/}"     # no basename process per pair: 100,000 forks took minutes
    echo "$name,${case}src.log,${case}dst.log,fw-$(( n % 4 ))"
    n=$(( n + 1 ))
  done
} >"$dir/manifest.csv"
echo "corpus: $pairs pairs, $(du -sm "$dir/corpus" | cut -f1) MB of logs, written in $(cat "$dir/synth.time")"
echo "machine: $(nproc) cores (local[$cores]), $(java -version 2>&1 | head -1), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

/usr/bin/time -f "%e %U %S %M" -o "$dir/run.time" \
  "$here/analyzer-fleet" run --manifest "$dir/manifest.csv" --out "$dir/out" --master "local[$cores]" \
    --downtime-limit 100:500:50 --switchover-limit 0:100:10 --verdicts-at 300:10 >"$dir/run.out" 2>"$dir/run.err" || {
  cat "$dir/run.err" >&2; exit 1; }
read -r wall user sys peak <"$dir/run.time"
migrations=$(sed -n 's/^  migrations: \([0-9]*\) rows$/\1/p' "$dir/run.out")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
awk -v m="$migrations" -v w="$wall" -v u="$user" -v s="$sys" -v k="$peak" -v c="$cores" 'BEGIN {
  printf "migrations: %d in %.1f s wall, %.1f s CPU (user + sys)\n", m, w, u + s
  printf "migrations per second: %.0f; per core: %.0f\n", m / w, m / w / c
  printf "CPU per migration: %.2f ms\n", (u + s) * 1000 / m
  printf "peak memory (RSS of the JVM): %d MB\n", k / 1024 }'
echo "output: $(du -sm "$dir/out" | cut -f1) MB"
for table in migrations devices phases blackout_parts verdicts sweep problems; do
  printf "  %-14s %6s MB, %s\n" "$table" "$(du -sm "$dir/out/$table" | cut -f1)" "$(grep "^  $table:" "$dir/run.out" | sed 's/^ *[a-z_]*: //')"
done
