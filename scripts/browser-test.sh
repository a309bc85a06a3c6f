#!/usr/bin/env bash
# Loads an HTML report of diplograph in a real browser (headless Chromium) and checks it.
#
#   scripts/browser-test.sh REPORT.html [SCREENSHOT.png]
#
# 1. Installs Debian's chromium when missing (scripts/ensure-chromium.sh).
# 2. Dumps the DOM after the page's script ran and checks that it holds the inlined diagram
#    (<svg with node and edge groups), the entity table and the relation table.
# 3. Opens the page as REPORT.html#select=<the first drawn relation's element id>, which makes the
#    page's own script select that element as a click would, and checks in the dumped DOM that
#    the row was highlighted (class "selected") — the script ran under the page's CSP.
#    When the report has a timeline (dated documents), does the same with the first busiest
#    pair's line, and checks that the line and the rows of the pair's relations were selected.
# 4. With SCREENSHOT.png, takes a 1400×2000 screenshot of the page.
#
# Exit status: 0 when every check passed, 1 when one failed, 77 when Chromium cannot be
# installed or started (the caller may treat that as "skipped"). Messages go to stderr.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 REPORT.html [SCREENSHOT.png]" >&2
    exit 1
fi
here="$(cd "$(dirname "$0")" && pwd)"
report="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
screenshot="${2:-}"
if [ -n "$screenshot" ]; then
    screenshot="$(cd "$(dirname "$screenshot")" && pwd)/$(basename "$screenshot")"
fi
if [ ! -f "$report" ]; then
    echo "browser-test: no such report: $report" >&2
    exit 1
fi

if ! "$here/ensure-chromium.sh"; then
    echo "browser-test: SKIP: chromium is not available and could not be installed" >&2
    exit 77
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/diplograph-browser.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# A profile of our own (no clash with parallel runs), no first-run UI, no GPU, no sandbox (root).
chrome() {
    timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
        --no-first-run --no-default-browser-check --disable-extensions --hide-scrollbars \
        --user-data-dir="$work/profile" "$@" 2>"$work/chromium.log"
}

if ! chrome --dump-dom "file://$report" >"$work/dom.html" || [ ! -s "$work/dom.html" ]; then
    echo "browser-test: SKIP: chromium could not load the page: $(tail -n 3 "$work/chromium.log" | tr '\n' ' ')" >&2
    exit 77
fi

fail=0
check() {  # check DESCRIPTION PATTERN FILE
    if grep -q -E -- "$2" "$3"; then
        echo "browser-test: ok: $1" >&2
    else
        echo "browser-test: FAILED: $1 (no match for /$2/ in the DOM)" >&2
        fail=1
    fi
}
check "the diagram is inlined" '<svg[ >]' "$work/dom.html"
check "the diagram has node groups" '<g id="[^"]+" class="node' "$work/dom.html"
check "the entity table is there" '<table id="entities"' "$work/dom.html"
check "the relation table is there" '<table id="relations"' "$work/dom.html"
check "the tables have rows" '<tr id="row-[^"]+" data-ref=' "$work/dom.html"

# Opens the page as REPORT.html#select=ID, which makes the page's own script select element ID
# as a click would, and dumps the DOM to $work/NAME.html; fails (and says so) when Chromium
# cannot load it.
select_element() {  # select_element ID NAME
    local encoded
    encoded="$(printf '%s' "$1" | sed -e 's/%/%25/g' -e 's/:/%3A/g' -e 's/ /%20/g' -e 's/#/%23/g')"
    if ! chrome --dump-dom "file://$report#select=$encoded" >"$work/$2.html"; then
        echo "browser-test: FAILED: chromium could not load the page with #select=$1" >&2
        fail=1
        return 1
    fi
}
selected_row="<tr id=\"row-[^\"]+\" data-ref=\"[^\"]+\" data-source=\"[^\"]+\" data-target=\"[^\"]+\" class=\"[^\"]*selected"

# The first relation the diagram draws.
# (A diagram over the drawing budget draws some relations only; the tables list them all.)
# (sed reads to the end: `head` would close the pipe early and pipefail would end the script.)
edge="$(grep -o -E '<g id="[^"]+" class="edge' "$work/dom.html" | sed -n -E '1s/^<g id="([^"]+)".*/\1/p' || true)"
if [ -n "$edge" ] && select_element "$edge" selected; then
    check "the script selects a relation's row" "$selected_row" "$work/selected.html"
    check "the script highlights the edge in the diagram" '<g id="[^"]+" class="edge[^"]* selected"' "$work/selected.html"
fi

# The timeline's first pair of actors (a report of dated documents).
pair="$(grep -o -E '<g class="pair" id="[^"]+"' "$work/dom.html" | sed -n -E '1s/^<g class="pair" id="([^"]+)".*/\1/p' || true)"
if [ -n "$pair" ] && select_element "$pair" pair; then
    check "the script selects a timeline pair's line" '<g class="pair selected" id="' "$work/pair.html"
    check "the script selects the pair's relations' rows" "$selected_row" "$work/pair.html"
fi
if [ -n "$screenshot" ]; then
    if chrome --screenshot="$screenshot" --window-size=1400,2000 "file://$report" >/dev/null \
        && [ -s "$screenshot" ]; then
        echo "browser-test: ok: screenshot $screenshot" >&2
    else
        echo "browser-test: FAILED: no screenshot: $(tail -n 3 "$work/chromium.log" | tr '\n' ' ')" >&2
        fail=1
    fi
fi

exit "$fail"
