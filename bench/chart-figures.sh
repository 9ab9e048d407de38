#!/usr/bin/env bash
# Chart figures: for a change that alters the HTML pages' bytes but must not alter what they draw (how a
# chart's figure is built), checks that
#   1. every output of bench/golden-outputs.sh other than an HTML page (text, JSON, CSV, XML, stdout,
#      stderr, exit codes) is byte for byte the same as the reference's, and no output is new or missing;
#   2. every chart of every HTML page hands Plotly.newPlot the same figure (data, layout, config) as the
#      reference's page does, compared as JSON values (bench/golden/chart-figures.js says how and why).
#
#   bench/chart-figures.sh [REF]
#
# REF as for bench/golden-outputs.sh (default: the merge base of HEAD and main). Needs node (the build
# already does, to fetch Plotly.js). Exit 0 when both hold, 1 otherwise, 2 when a step could not run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
keep=$(mktemp -d "${TMPDIR:-/tmp}/chart-figures.XXXXXX")
trap 'rm -rf "$keep"' EXIT

rc=0
GOLDEN_KEEP="$keep" bench/golden-outputs.sh "$@" >"$keep/golden.diff" || rc=$?
if [ "$rc" -gt 1 ] || [ ! -d "$keep/actual" ]; then
  cat "$keep/golden.diff"
  echo "chart-figures: golden-outputs.sh could not run (exit $rc)" >&2
  exit 2
fi

# 1. Only HTML pages may differ.
status=0
(diff -rq "$keep/expected/" "$keep/actual/" || true) | sed "s|$keep/||g" >"$keep/differing"
changed=$(grep -c '^Files .* differ$' "$keep/differing" || true)
if grep -v '^Files expected/[^ ]*\.html and actual/[^ ]*\.html differ$' "$keep/differing"; then
  echo "chart-figures: outputs other than HTML pages differ, or are new or missing (above)" >&2
  status=1
fi
echo "chart-figures: $(ls "$keep/expected" | wc -l) outputs; $changed HTML pages differ in bytes, every other output identical" >&2
sed -n 's|^Files expected/\([^ ]*\) and .*|  \1|p' "$keep/differing" >&2

# 2. Every chart's figure is equal.
node bench/golden/chart-figures.js "$keep/expected" "$keep/actual" || status=$(( $? > status ? $? : status ))
exit "$status"
