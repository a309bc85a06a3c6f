#!/usr/bin/env bash
# Builds Examples/ModelOnly, a package that depends on this one for the `DiploGraph` product
# alone, runs it, and checks that it prints graph JSON and links no Graphviz library (ldd on
# Linux, otool -L on macOS): the model must stay usable without libgvc.
#
# Environment: SCRATCH_PATH (optional): the example builds in "$SCRATCH_PATH/model-only".
set -euo pipefail

cd "$(dirname "$0")/../Examples/ModelOnly"
FLAGS=()
if [ -n "${SCRATCH_PATH:-}" ]; then
    FLAGS+=(--scratch-path "$SCRATCH_PATH/model-only")
fi
swift build "${FLAGS[@]}" --product model-only
BIN="$(swift build "${FLAGS[@]}" --product model-only --show-bin-path)/model-only"

OUT="$("$BIN")"
if ! grep -q '"relation" : "met"' <<<"$OUT"; then
    echo "check-model-only: the example printed no graph JSON with its 'met' edge:" >&2
    echo "$OUT" >&2
    exit 1
fi

if command -v ldd >/dev/null; then
    LIBS="$(ldd "$BIN")"
else
    LIBS="$(otool -L "$BIN")"
fi
if grep -Eq 'lib(gvc|cgraph|cdt|pathplan)' <<<"$LIBS"; then
    echo "check-model-only: $BIN links Graphviz, but DiploGraph alone must not:" >&2
    echo "$LIBS" >&2
    exit 1
fi
echo "check-model-only: the model-only example prints graph JSON and links no Graphviz library"
