#!/usr/bin/env bash
# Scores the extraction with ../shared/eval/score.py on both development sets: the articles of
# ../shared/eval/dev (states, leaders, agreements, interactions) and PLOVER's hand-coded news
# sentences (../shared/eval/plover/plover_gsr.jsonl: states and state pairs).
# Skips with a message when the evaluation data is not next to the package.
#
# Environment: SCRATCH_PATH (optional) is passed to `swift build --scratch-path`;
# EVAL_ARGS (optional) is appended to score.py's arguments (e.g. EVAL_ARGS=--show).
set -euo pipefail

cd "$(dirname "$0")/.."
EVAL_DIR=../shared/eval
if [ ! -f "$EVAL_DIR/score.py" ] || [ ! -d "$EVAL_DIR/dev" ]; then
    echo "eval: $EVAL_DIR is absent; skipping the extraction score"
    exit 0
fi
scripts/ensure-graphviz.sh

BUILD_FLAGS=(-c release --product diplograph)
if [ -n "${SCRATCH_PATH:-}" ]; then
    BUILD_FLAGS+=(--scratch-path "$SCRATCH_PATH")
fi
swift build "${BUILD_FLAGS[@]}"
BIN="$(swift build "${BUILD_FLAGS[@]}" --show-bin-path)/diplograph"

echo "== development articles ($EVAL_DIR/dev)"
# shellcheck disable=SC2086
python3 "$EVAL_DIR/score.py" --gold "$EVAL_DIR/dev" --cmd "$BIN extract {input} --format json" ${EVAL_ARGS:-}
PLOVER="$EVAL_DIR/plover/plover_gsr.jsonl"
if [ -f "$PLOVER" ]; then
    echo
    echo "== PLOVER news sentences ($PLOVER)"
    # shellcheck disable=SC2086
    python3 "$EVAL_DIR/score.py" --plover "$PLOVER" --cmd "$BIN extract {input} --format json" ${EVAL_ARGS:-}
fi
