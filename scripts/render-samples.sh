#!/usr/bin/env bash
# Regenerates Graphs/ from Samples/: for every sample, Graphs/<name>.dot, .json and .svg
# (<name> is the sample's file name without its extension); then the examples:
#   Graphs/000_1d76d1aae684a6c5.clustered.svg   the user's article, leaders inside their states
#   Graphs/diff-001-vs-004.svg                  `diplograph diff` of two samples
#   Graphs/corpus.svg                           the default drawing of Samples/corpus (30 reports):
#                                               an overview
#   Graphs/report.html                          `diplograph report Samples/corpus`
#   Graphs/report.png                           a screenshot of the report in headless Chromium
#                                               (scripts/browser-test.sh; installs chromium when
#                                               missing, and keeps the old picture if it cannot)
#
# Installs libgraphviz-dev when missing, builds the release binary, and runs it from the package
# root with the path `Samples/<file>`, so the evidence in the outputs names `Samples/<file>` —
# the end-to-end tests run the binary the same way and compare their output with Graphs/.
# Outputs whose sample no longer exists are removed.
#
# Environment: SCRATCH_PATH (optional) is passed to `swift build --scratch-path`.
set -euo pipefail

cd "$(dirname "$0")/.."
scripts/ensure-graphviz.sh

BUILD_FLAGS=(-c release --product diplograph)
if [ -n "${SCRATCH_PATH:-}" ]; then
    BUILD_FLAGS+=(--scratch-path "$SCRATCH_PATH")
fi
swift build "${BUILD_FLAGS[@]}"
BIN="$(swift build "${BUILD_FLAGS[@]}" --show-bin-path)/diplograph"

export LC_ALL=C
mkdir -p Graphs
shopt -s nullglob

declare -A wanted=()
for sample in Samples/*; do
    [ -f "$sample" ] || continue
    file="${sample#Samples/}"
    name="${file%.*}"
    if [ -n "${wanted[$name]:-}" ]; then
        echo "render-samples: two samples share the name '$name' ($file and ${wanted[$name]})" >&2
        exit 1
    fi
    wanted[$name]="$file"
    for format in dot json svg; do
        "$BIN" extract "$sample" --format "$format" --output "Graphs/$name.$format"
    done
    echo "Graphs/$name.{dot,json,svg} <- $sample"
done

# The examples. Keep this list in step with Tests/DiplographCLITests/GraphsUpToDateTests.swift.
"$BIN" extract Samples/000_1d76d1aae684a6c5.txt --cluster-by state --format svg \
    --output Graphs/000_1d76d1aae684a6c5.clustered.svg
echo "Graphs/000_1d76d1aae684a6c5.clustered.svg <- --cluster-by state"
"$BIN" diff Samples/001_state_visit_mexico_canada.txt Samples/004_unnamed_leaders_kenya_france.txt \
    --format svg --output Graphs/diff-001-vs-004.svg
echo "Graphs/diff-001-vs-004.svg <- diff 001 004"
"$BIN" extract Samples/corpus --format svg --output Graphs/corpus.svg
echo "Graphs/corpus.svg <- extract Samples/corpus"
"$BIN" report Samples/corpus --output Graphs/report.html
echo "Graphs/report.html <- report Samples/corpus"
status=0
scripts/browser-test.sh Graphs/report.html Graphs/report.png || status=$?
if [ "$status" -eq 0 ]; then
    echo "Graphs/report.png <- headless Chromium"
elif [ "$status" -eq 77 ]; then
    echo "render-samples: Chromium is not available; Graphs/report.png was not updated" >&2
else
    echo "render-samples: the browser test of Graphs/report.html failed" >&2
    exit 1
fi
declare -A examples=(
    [000_1d76d1aae684a6c5.clustered.svg]=1 [diff-001-vs-004.svg]=1 [corpus.svg]=1 [report.html]=1 [report.png]=1
)

for output in Graphs/*; do
    file="${output#Graphs/}"
    [ -n "${examples[$file]:-}" ] && continue
    if [ -z "${wanted[${file%.*}]:-}" ]; then
        echo "render-samples: removing $output (no such sample)"
        rm -f "$output"
    fi
done
