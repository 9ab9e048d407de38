#!/usr/bin/env bash
# Builds analyzer's man pages: analyzer gen-manpage writes them in AsciiDoc (picocli's ManPageGenerator,
# from the same annotations as the usage), asciidoctor's manpage backend turns them into man(7) pages.
# Usage: tools/man-pages.sh [DIR]   (default DIR: target/man; the pages go to DIR/man1)
# Then: man -l DIR/man1/analyzer-report.1, or MANPATH=DIR: man analyzer-report
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$here/target/man}"
if ! command -v asciidoctor >/dev/null 2>&1; then
  echo "man-pages: asciidoctor is needed to turn the AsciiDoc pages into man pages: apt-get install asciidoctor" >&2
  exit 2
fi
rm -rf "$out/adoc" "$out/man1"
mkdir -p "$out/adoc" "$out/man1"
"$here/analyzer" gen-manpage --outdir "$out/adoc"
asciidoctor --backend=manpage --destination-dir="$out/man1" "$out/adoc"/*.adoc
echo "man-pages: $(ls "$out/man1" | wc -l) pages in $out/man1 (man -l $out/man1/analyzer.1)" >&2
