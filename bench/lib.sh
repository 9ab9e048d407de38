# Shared by the reader's benchmarks (read-speed.sh, dense-speed.sh): timing with GNU time, medians.
# The caller sets $dir (a scratch directory) and $runs, and sources this file.

if [ ! -x /usr/bin/time ]; then
  echo "$(basename "$0"): needs GNU time at /usr/bin/time for wall time, CPU time and peak memory (Debian: apt-get install time)" >&2
  exit 2
fi

# Runs "$@" once; prints "wall_seconds cpu_seconds peak_kib"; stdout of the command goes to $dir/out
# (never /dev/null: GNU grep stops at the first match when its output is /dev/null).
timed() {
  /usr/bin/time -f "%e %U %S %M" -o "$dir/time" "$@" >"$dir/out" 2>"$dir/err" || {
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
  echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
