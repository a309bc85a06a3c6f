#!/usr/bin/env bash
# Builds the package and runs every test (unit tests and the end-to-end tests of the
# `diplograph` binary), installing libgraphviz-dev first when it is missing; then builds
# Examples/ModelOnly and checks that the model alone links no Graphviz library.
#
# Environment: SCRATCH_PATH (optional) is passed to `swift build`/`swift test --scratch-path`.
set -euo pipefail

cd "$(dirname "$0")/.."
scripts/ensure-graphviz.sh

FLAGS=()
if [ -n "${SCRATCH_PATH:-}" ]; then
    FLAGS+=(--scratch-path "$SCRATCH_PATH")
fi
swift build "${FLAGS[@]}"
swift test "${FLAGS[@]}"
scripts/check-model-only.sh
