# Shared by the reader's benchmarks (read-speed.sh, dense-speed.sh): timing with GNU time, medians.
# The caller sets $dir (a scratch directory) and $runs, and sources this file.

if [ ! -x /usr/bin/time ]; then
  echo "$(basename "$0"): needs GNU time at /usr/bin/time for wall time, CPU time and peak memory (Debian: apt-get install time)" >&2
  exit 2
fi

# BENCH_PRIORITY=1: on a machine shared with others' builds, run each timed command in a session of its
# own whose scheduling group has nice -19 (needs root). Linux groups the processes of a session
# (autogroup) and shares the CPUs between the groups, so a nice value alone counts only inside its own
# session: without this, a command measured among several busy sessions gets a fraction of the two cores
# and its wall time says more about the others than about it. With it, the command gets the cores
# nearly as on a quiet machine (docs/performance.md); the others wait for the seconds it runs.
prioritised() {
  if [ "${BENCH_PRIORITY:-0}" = 1 ]; then
    setsid -w bash -c 'echo -19 >/proc/self/autogroup && exec nice -n -19 "$@"' prioritised "$@"
  else
    "$@"
  fi
}

# The launcher's JVM options (./analyzer), for the benchmark programs the scripts run on their own.
jvm=(-XX:-UsePerfData -Xss4m -XX:+UseSerialGC -Xmx1g -Xmn32m -XX:TieredStopAtLevel=1)

# jar_classes SOURCE JAR...: compiles the benchmark SOURCE (a path under the repository) against each JAR, into
# $dir/classes-N, N the jar's place among the arguments (1 for the first): each jar measured with its own build of it.
jar_classes() {
  local source=$1 i=1 jar
  shift
  for jar in "$@"; do
    javac -nowarn -d "$dir/classes-$i" -cp "$jar" "$here/$source"
    i=$((i + 1))
  done
}

# Runs "$@" once; prints "wall_seconds cpu_seconds peak_kib"; stdout of the command goes to $dir/out
# (never /dev/null: GNU grep stops at the first match when its output is /dev/null).
timed() {
  prioritised /usr/bin/time -f "%e %U %S %M" -o "$dir/time" "$@" >"$dir/out" 2>"$dir/err" || {
    echo "failed: $*" >&2; cat "$dir/err" >&2; exit 1; }
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$dir/time"
}

# record LABEL COMMAND...: runs the command once and appends its figures to $dir/LABEL.times.
record() {
  local label=$1
  shift
  timed "$@" >>"$dir/$label.times"
}

# series LABEL COMMAND...: runs the command $runs times in a row, recording each.
series() {
  local label=$1
  shift
  for _ in $(seq "$runs"); do
    record "$label" "$@"
  done
}

# summary LABEL: "best_wall median_wall median_cpu peak_kib" of what was recorded under LABEL.
summary() {
  awk '{ print $1 }' "$dir/$1.times" | sort -n >"$dir/walls"
  awk '{ print $2 }' "$dir/$1.times" | sort -n >"$dir/cpus"
  local peak
  peak=$(awk '{ print $3 }' "$dir/$1.times" | sort -n | tail -1)
  paste "$dir/walls" "$dir/cpus" | awk -v peak="$peak" '
    { w[NR] = $1; c[NR] = $2 }
    END { mw = (NR % 2) ? w[(NR + 1) / 2] : (w[NR / 2] + w[NR / 2 + 1]) / 2
          mc = (NR % 2) ? c[(NR + 1) / 2] : (c[NR / 2] + c[NR / 2 + 1]) / 2
          printf "%.3f %.3f %.3f %d\n", w[1], mw, mc, peak }'
}

# The machine's state, to print with the figures: figures taken on a loaded machine are not comparable.
machine() {
  echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)$(
    [ "${BENCH_PRIORITY:-0}" = 1 ] && echo ", each command run first in line (BENCH_PRIORITY=1)")"
}
