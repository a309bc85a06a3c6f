#!/usr/bin/env bash
# Regenerates Graphs/ from Samples/: for every sample, Graphs/<name>.dot, .json and .svg
# (<name> is the sample's file name without its extension).
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

for output in Graphs/*.dot Graphs/*.json Graphs/*.svg; do
    file="${output#Graphs/}"
    if [ -z "${wanted[${file%.*}]:-}" ]; then
        echo "render-samples: removing $output (no such sample)"
        rm -f "$output"
    fi
done
