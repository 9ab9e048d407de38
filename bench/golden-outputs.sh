#!/usr/bin/env bash
# Golden outputs: runs every sample in sample-traces/ through every command (report, replay, events,
# runs, sweep, compare, gate, baseline) in every format it offers (text, JSON, CSV, HTML), with the
# jar of a reference commit and with the jar of the working tree, and compares what they wrote byte
# for byte: stdout, stderr, exit code and every file written with -o, --json or --junit.
#
#   bench/golden-outputs.sh [REF]
#
# REF defaults to the merge base of HEAD and main: a refactoring branch is compared with where it
# started, not with a main that others change meanwhile. The reference is built in a temporary
# worktree (its outputs are kept in $TMPDIR/golden-outputs/COMMIT for the next run); the working tree
# is built with mvn package. Exit 0 when every output is the same, 1 with the differences otherwise.
# The commands are listed in bench/golden/commands (made by golden_commands below) and run in one JVM
# per jar by bench/golden/GoldenDriver.java (docs/architecture.md).
# With GOLDEN_KEEP=DIR set, both sets of outputs are left for another check to read: DIR/expected (a link to
# the reference's, in the cache) and DIR/actual (the working tree's); bench/chart-figures.sh uses them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
ref=$(git rev-parse --verify "${1:-$(git merge-base HEAD main)}^{commit}")
cache="${TMPDIR:-/tmp}/golden-outputs"
mkdir -p "$cache"
work=$(mktemp -d "$cache/run.XXXXXX")
trap 'rm -rf "$work"' EXIT

# golden_commands: one line per command, NAME TAB ARG TAB ARG ...; paths relative to the repository.
golden_commands() {
  local s name
  for s in sample-traces/*/; do
    s=${s%/}
    name=$(basename "$s")
    local logs=("$s")
    if [ "$name" = libvirt-one-migration ]; then
      logs=("$s/src-host-guest-a.log" "$s/dst-host-guest-a.log")
    fi
    local args
    args=$(printf '\t%s' "${logs[@]}")
    for f in text json csv; do
      printf 'report-%s-%s\treport\t--format\t%s%s\n' "$name" "$f" "$f" "$args"
      printf 'events-%s-%s\tevents\t--format\t%s%s\n' "$name" "$f" "$f" "$args"
    done
    printf 'report-%s-html\treport\t--format\thtml\t-o\t@OUT@/report-%s.html%s\n' "$name" "$name" "$args"
    printf 'report-%s-limit\treport\t--downtime-limit\t300%s\n' "$name" "$args"
    printf 'events-%s-html\tevents\t--format\thtml\t-o\t@OUT@/events-%s.html%s\n' "$name" "$name" "$args"
    printf 'events-%s-other\tevents\t--other-events%s\n' "$name" "$args"
    for f in text json; do
      printf 'replay-%s-%s\treplay\t--downtime-limit\t300\t--switchover-limit\t10\t--format\t%s%s\n' "$name" "$f" "$f" "$args"
    done
    printf 'replay-%s-tight\treplay\t--downtime-limit\t5\t--switchover-limit\t1%s\n' "$name" "$args"
    printf 'replay-%s-html\treplay\t--downtime-limit\t300\t--switchover-limit\t10\t--format\thtml\t-o\t@OUT@/replay-%s.html%s\n' "$name" "$name" "$args"
  done
  if [ -d sample-traces/libvirt-one-migration ]; then
    printf 'report-libvirt-domjobinfo\treport\t--domjobinfo\tsample-traces/libvirt-one-migration/src-domjobinfo.txt\tsample-traces/libvirt-one-migration/src-host-guest-a.log\tsample-traces/libvirt-one-migration/dst-host-guest-a.log\n'
  fi
  for f in text json csv; do
    printf 'runs-%s\truns\t--format\t%s\tsample-traces\n' "$f" "$f"
    printf 'runs-limit-%s\truns\t--downtime-limit\t300\t--format\t%s\tsample-traces\n' "$f" "$f"
    # the run-set summary: the one command that runs Tablesaw (group-by, percentiles), whose classes the jar minimizes
    printf 'runs-summary-%s\truns\t--summary\t--format\t%s\tsample-traces\n' "$f" "$f"
  done
  for f in text json csv; do
    printf 'sweep-%s\tsweep\t--downtime-limit\t0:500:50\t--switchover-limit\t0:20:5\t--format\t%s\tsample-traces\n' "$f" "$f"
    printf 'compare-%s\tcompare\t--format\t%s\tsample-traces/precopy-kvm-8vcpu-many-devices\tsample-traces/full-trace-kvm-8vcpu-many-devices\n' "$f" "$f"
    printf 'compare-all-%s\tcompare\t--top\t0\t--format\t%s\tsample-traces\tsample-traces\n' "$f" "$f"
  done
  printf 'sweep-html\tsweep\t--downtime-limit\t0:500:50\t--switchover-limit\t0:20:5\t--format\thtml\t-o\t@OUT@/sweep.html\tsample-traces\n'
  printf 'compare-html\tcompare\t--format\thtml\t-o\t@OUT@/compare.html\tsample-traces/precopy-kvm-8vcpu-many-devices\tsample-traces/full-trace-kvm-8vcpu-many-devices\n'
  printf 'baseline\tbaseline\t-o\t@OUT@/baseline.json\tsample-traces\n'
  printf 'gate\tgate\t--rules\tbench/golden/rules.yaml\t--junit\t@OUT@/gate.xml\t--json\t@OUT@/gate.json\tsample-traces\n'
  printf 'gate-baseline\tgate\t--rules\tbench/golden/rules-baseline.yaml\t--baseline\t@OUT@/baseline.json\t--junit\t@OUT@/gate-baseline.xml\t--json\t@OUT@/gate-baseline.json\tsample-traces\n'
}

# outputs_of DIR TREE JAR: runs the command list in TREE (its sample-traces/ and rules) with JAR.
outputs_of() {
  local dir=$1 tree=$2 jar=$3
  (cd "$tree" && java -Xss4m -Xmx1g -XX:+UseSerialGC -cp "$jar" "$here/bench/golden/GoldenDriver.java" \
      "$work/commands" "$dir")
}

golden_commands >"$work/commands"
echo "golden-outputs: $(wc -l <"$work/commands") commands; reference $(git log -1 --format='%h %s' "$ref" | cut -c1-70)" >&2

key=$(cat "$work/commands" bench/golden/GoldenDriver.java bench/golden/rules*.yaml | sha1sum | cut -c1-12)
expected="$cache/$ref-$key"
if [ ! -d "$expected" ]; then
  tree="$work/reference"
  git worktree add -q --detach "$tree" "$ref"
  trap 'git worktree remove --force "$tree" 2>/dev/null; rm -rf "$work"' EXIT
  echo "golden-outputs: building the reference in $tree" >&2
  (cd "$tree" && mvn -B -q -o -DskipTests package >"$work/reference-build.log" 2>&1) \
    || (cd "$tree" && mvn -B -q -DskipTests package >"$work/reference-build.log" 2>&1) \
    || { cat "$work/reference-build.log" >&2; exit 2; }
  # the reference reads the same inputs: the working tree's samples and rules
  outputs_of "$work/expected" "$here" "$tree/target/analyzer.jar"
  # another run of the same reference may have filled the cache meanwhile (helpers share $TMPDIR): a plain
  # mv would then nest this copy inside it, and the comparison would report the nested copy as a difference
  mv -T "$work/expected" "$expected" 2>/dev/null || rm -rf "$work/expected"
fi

echo "golden-outputs: building the working tree" >&2
mvn -B -q -o -DskipTests package >"$work/build.log" 2>&1 || mvn -B -q -DskipTests package >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 2; }
outputs_of "$work/actual" "$here" "$here/target/analyzer.jar"
if [ -n "${GOLDEN_KEEP:-}" ]; then
  mkdir -p "$GOLDEN_KEEP"
  rm -rf "$GOLDEN_KEEP/expected" "$GOLDEN_KEEP/actual"
  ln -s "$expected" "$GOLDEN_KEEP/expected"
  cp -r "$work/actual" "$GOLDEN_KEEP/actual"
fi

if diff -r "$expected" "$work/actual" >"$work/diff"; then
  echo "golden-outputs: $(ls "$expected" | wc -l) outputs, all identical to $(git rev-parse --short "$ref")'s" >&2
else
  cat "$work/diff"
  echo "golden-outputs: outputs differ from $(git rev-parse --short "$ref")'s (above: < reference, > working tree)" >&2
  exit 1
fi
