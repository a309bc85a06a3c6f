#!/bin/sh
# Runs extraction as a map step and a reduce step on one machine, the way a distributed engine
# would, and checks that the result is the graph a single `diplograph extract` gives.
#
#   scripts/map-reduce.sh [DIR]        (default: Samples)
#
# Map: every document is extracted on its own, two at a time (`xargs -P 2`), each job writing
# its fragment lines to its own file (parallel writers on one pipe may interleave lines longer
# than the pipe's atomic size, 4 KiB). The fragments are shuffled together with `sort`, as the
# engine's shuffle would. Reduce: `diplograph merge` in two groups (`--jsonl`, a fragment each),
# then the merge of the two partial results; and once in one step. Both must equal
# `diplograph extract DIR -f json`, byte for byte.
#
# DIPLOGRAPH=/path/to/diplograph picks the binary (default: `diplograph` on PATH, else the
# debug build in .build).
set -eu

dir=${1:-Samples}
bin=${DIPLOGRAPH:-}
if [ -z "$bin" ]; then
    if command -v diplograph >/dev/null 2>&1; then bin=diplograph; else bin=.build/debug/diplograph; fi
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/diplograph-map-reduce.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
mkdir "$work/map"

# Map: one job per document, two at a time, each writing its own fragment file.
find "$dir" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) ! -name '.*' | LC_ALL=C sort > "$work/documents"
xargs -P 2 -I {} sh -c 'exec "$1" extract --jsonl "$0" -o "$2/$(basename "$0").jsonl"' {} "$bin" "$work/map" < "$work/documents"

# Shuffle: all fragment lines, in the order `sort` gives.
cat "$work/map/"*.jsonl | LC_ALL=C sort > "$work/fragments.jsonl"
echo "map: $(wc -l < "$work/documents") documents -> $(wc -l < "$work/fragments.jsonl") fragment lines"

# Reduce in one step, and as a tree: two halves merged apart, then together.
"$bin" merge - -f json < "$work/fragments.jsonl" > "$work/merged.json"
total=$(wc -l < "$work/fragments.jsonl")
head -n $((total / 2)) "$work/fragments.jsonl" | "$bin" merge --jsonl - > "$work/part-1.jsonl"
tail -n +$((total / 2 + 1)) "$work/fragments.jsonl" | "$bin" merge --jsonl - > "$work/part-2.jsonl"
"$bin" merge "$work/part-2.jsonl" "$work/part-1.jsonl" -f json > "$work/tree.json"

# The reference: one process reads everything.
"$bin" extract "$dir" -f json > "$work/extract.json"

cmp "$work/merged.json" "$work/extract.json"
cmp "$work/tree.json" "$work/extract.json"
echo "reduce: merge (one step and as a tree) = extract $dir, byte for byte"
