#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: every HTML page the analyzer writes (report, replay, sweep, compare,
# events), made from the sample traces and shot with headless Chromium, and a trace of
# `report --format perfetto` in speedscope, a trace viewer that runs offline (ui.perfetto.dev cannot be
# reached from the project's machines, and no Perfetto UI is packaged on npm, Maven Central or Debian).
#
# Usage: tools/screenshots.sh
# Needs: chromium (apt-get install chromium), npm (speedscope is fetched once with `npm pack` into
# target/speedscope), python3 (serves speedscope and the trace on 127.0.0.1 while it is shot).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/docs/screenshots"
speedscope_version=1.25.0
mkdir -p "$out"

chromium=""
for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$candidate" >/dev/null 2>&1; then chromium="$(command -v "$candidate")"; break; fi
done
if [ -z "$chromium" ]; then
  echo "screenshots: no Chromium found: apt-get install chromium" >&2
  exit 2
fi

work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# From the project's root, with relative paths: the pages name the inputs as a reader of the docs has them.
cd "$here"
analyzer=./analyzer
samples=sample-traces

# shot URL PNG HEIGHT [extra chromium options...]: a 1280-pixel-wide window, the page's scripts given
# 15 s of virtual time; no network (every request but loopback goes to a proxy that does not exist).
shot() {
  local url="$1" png="$2" height="$3"
  shift 3
  "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
    --no-first-run --disable-background-networking --disable-component-update --disable-sync \
    --proxy-server=http://127.0.0.1:9 --proxy-bypass-list='127.0.0.1' \
    --user-data-dir="$work/profile-$png" --window-size="1280,$height" --virtual-time-budget=15000 \
    "$@" --screenshot="$out/$png" "$url" >"$work/chromium-$png.log" 2>&1
  echo "screenshots: docs/screenshots/$png ($(( $(stat -c %s "$out/$png") / 1024 )) KB)" >&2
}

"$analyzer" report --format html -o "$work/report.html" "$samples/dst-stalled-400ms"
shot "file://$work/report.html" report-dst-stalled-400ms.png 1250

"$analyzer" replay --format html -o "$work/replay.html" --downtime-limit 5 --switchover-limit 1 \
  "$samples/strict-source-fires-first-5-1"
shot "file://$work/replay.html" replay-strict-source-fires-first-5-1.png 1400

# sweep exits 0 whatever it finds; the page states the what-if caveat it prints on stderr
"$analyzer" sweep --format html -o "$work/sweep.html" --downtime-limit 100:500:50 --switchover-limit 0:100:10 \
  "$samples" 2>/dev/null
shot "file://$work/sweep.html" sweep-sample-traces.png 1250

# Two sets of the sample traces (the same guest, 43 device sections), only to show the page: plain
# precopy runs against runs with a stalled destination or other limits. compare exits 1 on a regression.
mkdir -p "$work/sets/plain-precopy" "$work/sets/stalled-or-limited"
for name in precopy-q35-small precopy-return-path precopy-multifd-4ch precopy-skewed-clocks; do
  ln -s "$here/$samples/$name" "$work/sets/plain-precopy/$name"
done
for name in dst-stalled-400ms full-trace-dst-stalled-200 full-trace-precopy-limit100 strict-completed-300-10; do
  ln -s "$here/$samples/$name" "$work/sets/stalled-or-limited/$name"
done
(cd "$work/sets" && "$here/analyzer" compare --format html -o "$work/compare.html" plain-precopy stalled-or-limited) || true
shot "file://$work/compare.html" compare-plain-precopy-vs-stalled.png 1250

"$analyzer" events --format html -o "$work/events.html" "$samples/dst-stalled-400ms/src.log" \
  "$samples/dst-stalled-400ms/dst.log" 2>/dev/null
shot "file://$work/events.html" events-dst-stalled-400ms.png 1100

# The Perfetto file in speedscope. speedscope fetches the trace by URL, which a page opened from a file
# may not do: both are served on the loopback interface while the shot is taken. speedscope shows one
# track at a time; a script added to a copy of its page presses "n" (next track) to reach the source's
# device saves (the third track with slices: blackout, QEMU's downtime figure, device saves).
speedscope="$here/target/speedscope/package/dist/release"
if [ ! -f "$speedscope/index.html" ]; then
  mkdir -p "$here/target/speedscope"
  (cd "$here/target/speedscope" && npm pack --silent "speedscope@$speedscope_version" >/dev/null \
    && tar xzf "speedscope-$speedscope_version.tgz")
fi
mkdir -p "$work/www"
cp -r "$speedscope/." "$work/www/"
"$analyzer" report --format perfetto -o "$work/www/trace.json" "$samples/precopy-kvm-8vcpu-many-devices"
python3 - "$work/www/index.html" "$work/www/shot.html" <<'EOF'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
press = ("<script>[4000, 4600].forEach(function (at) { setTimeout(function () {"
         " window.dispatchEvent(new KeyboardEvent('keypress', {key: 'n', bubbles: true})); }, at); });</script>")
open(sys.argv[2], "w", encoding="utf-8").write(page.replace("</body>", press + "</body>"))
EOF
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/www" >"$work/http.log" 2>&1 &
server=$!
for _ in $(seq 50); do
  if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/trace.json')" 2>/dev/null; then break; fi
  sleep 0.2
done
shot "http://127.0.0.1:$port/shot.html#profileURL=trace.json&title=precopy-kvm-8vcpu-many-devices" \
  perfetto-trace-in-speedscope.png 700
