#!/usr/bin/env bash
# Builds and runs one libFuzzer target of diplograph for a given time.
#
#   scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags...]
#   scripts/fuzz.sh TARGET build                 # build only
#   scripts/fuzz.sh TARGET run FILE...           # run the fuzzer once on FILEs (reproduce a crash)
#
# TARGET is reader-extractor, dot-graphviz or render-graph (see Fuzz/README.md). The build is not
# part of `swift build`: the module sources are compiled with swiftc directly, instrumented with
# -sanitize=fuzzer,address, into .fuzz/build/TARGET (gitignored). The sources are copied to
# .fuzz/build/TARGET/src first, so a stack trace points at the code that was fuzzed even while
# Sources/ changes. FUZZ_REF=<git ref> builds from that commit instead of the working tree.
#
# The corpus is .fuzz/corpus/TARGET, seeded from the committed Fuzz/seeds/TARGET; crashes,
# timeouts and leaks go to .fuzz/artifacts/TARGET/. One process on one core (in-process fuzzing, the same
# as -jobs=1 -workers=1 without the extra supervisor process); extra flags are passed to libFuzzer.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET="${1:?usage: scripts/fuzz.sh TARGET SECONDS|build|run [args...]}"
MODE="${2:?usage: scripts/fuzz.sh TARGET SECONDS|build|run [args...]}"
shift 2

# The entry point, and the files it is compiled with: dot-graphviz and render-graph run the checks
# their regression tests run (Tests/DiploRenderingTests), from the same source files.
case "$TARGET" in
  reader-extractor) ENTRY=("$ROOT/Fuzz/reader-extractor/ReaderExtractorFuzz.swift") ;;
  dot-graphviz)     ENTRY=("$ROOT/Fuzz/dot-graphviz/DOTGraphvizFuzz.swift" "$ROOT/Fuzz/shared/FuzzFinding.swift"
                           "$ROOT/Tests/DiploRenderingTests/DOTGraphvizFuzzCheck.swift"
                           "$ROOT/Tests/TestSupport/SVG.swift" "$ROOT/Tests/TestSupport/XML.swift") ;;
  render-graph)     ENTRY=("$ROOT/Fuzz/render-graph/RenderGraphFuzz.swift" "$ROOT/Fuzz/shared/FuzzFinding.swift"
                           "$ROOT/Tests/DiploRenderingTests/RenderGraphFuzzCheck.swift"
                           "$ROOT/Tests/TestSupport/SVG.swift" "$ROOT/Tests/TestSupport/XML.swift") ;;
  *) echo "fuzz.sh: unknown target '$TARGET' (reader-extractor, dot-graphviz, render-graph)" >&2; exit 2 ;;
esac

BUILD="${FUZZ_BUILD_DIR:-$ROOT/.fuzz/build/$TARGET}"   # FUZZ_BUILD_DIR: build elsewhere (e.g. while a run uses the binary)
CORPUS="$ROOT/.fuzz/corpus/$TARGET"
ARTIFACTS="$ROOT/.fuzz/artifacts/$TARGET"
BIN="$BUILD/fuzz-$TARGET"
SWIFTC="${SWIFTC:-swiftc}"
# Fuzzer coverage and AddressSanitizer on every module, so libFuzzer sees the library code.
FLAGS=(-O -g -swift-version 6 -parse-as-library -sanitize=fuzzer,address)

build() {
  local snapshot="$ROOT/.fuzz/snapshot.$$"
  rm -rf "$snapshot"
  mkdir -p "$snapshot" "$BUILD"
  if [[ -n "${FUZZ_REF:-}" ]]; then
    git -C "$ROOT" archive "$FUZZ_REF" Sources | tar -x -C "$snapshot"
    echo "fuzz.sh: building $TARGET from $FUZZ_REF ($(git -C "$ROOT" rev-parse --short "$FUZZ_REF"))"
  else
    cp -R "$ROOT/Sources" "$snapshot/"
    echo "fuzz.sh: building $TARGET from the working tree (HEAD $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- Sources || echo ', with local changes'))"
  fi
  # The libraries are rebuilt only when the sources (or this script) changed.
  local stamp
  stamp="$( (cd "$snapshot" && find Sources -type f -print0 | sort -z | xargs -0 sha256sum; sha256sum < "$ROOT/scripts/fuzz.sh") | sha256sum | cut -d' ' -f1)"
  local src="$BUILD/src/Sources"
  if [[ -f "$BUILD/stamp" && "$(cat "$BUILD/stamp")" == "$stamp" && -f "$BUILD/libDiploRendering.a" ]]; then
    rm -rf "$snapshot"
    echo "fuzz.sh: libraries up to date"
  else
    rm -rf "$BUILD"
    mkdir -p "$BUILD/src"
    mv "$snapshot/Sources" "$BUILD/src/"
    rm -rf "$snapshot"
    build_libraries
    echo "$stamp" > "$BUILD/stamp"
  fi
  # ld.gold warns about every ASan helper symbol it cannot export: noise, filtered out.
  "$SWIFTC" "${FLAGS[@]}" -module-name "Fuzz_${TARGET//-/_}" \
    -I "$BUILD" -I "$src/CGraphviz" -Xcc -I/usr/include -L "$BUILD" \
    "${ENTRY[@]}" -lDiploRendering -lDiploExtraction -lDiploGraph -lgvc -lcgraph -lcdt \
    -o "$BIN" 2> >(grep -v "Cannot export local symbol" >&2)
  echo "fuzz.sh: built $BIN"
}

build_libraries() {
  local src="$BUILD/src/Sources"
  # module name, extra flags
  compile() {
    local module="$1"; shift
    local files=()
    while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$src/$module" -name '*.swift' -print0 | sort -z)
    "$SWIFTC" "${FLAGS[@]}" -module-name "$module" -whole-module-optimization \
      -emit-module -emit-module-path "$BUILD/$module.swiftmodule" \
      -emit-library -static -o "$BUILD/lib$module.a" \
      -I "$BUILD" "$@" "${files[@]}"
  }
  compile DiploGraph
  compile DiploExtraction
  # -enable-testing: the dot-graphviz target asks ElementIDs and DOTWriter (internal) what they wrote,
  # and render-graph runs the report's SVGSanitizer (internal).
  compile DiploRendering -enable-testing -I "$src/CGraphviz" -Xcc -I/usr/include
}

case "$MODE" in
  build)
    build
    ;;
  run)
    [[ -x "$BIN" ]] || build
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:symbolize=1}"
    export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
    exec "$BIN" -rss_limit_mb=4096 "$@"
    ;;
  *)
    [[ "$MODE" =~ ^[0-9]+$ ]] || { echo "fuzz.sh: SECONDS must be a number, or 'build' or 'run'" >&2; exit 2; }
    build
    mkdir -p "$CORPUS" "$ARTIFACTS"
    # ASan: leaks inside Graphviz's plugin loader and Foundation's caches are not findings of ours.
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:symbolize=1}"
    # libFuzzer reports crashes itself; Swift's backtracer would stall each crash for a minute.
    export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
    DICT=()
    [[ -f "$ROOT/Fuzz/dictionaries/$TARGET.dict" ]] && DICT=(-dict="$ROOT/Fuzz/dictionaries/$TARGET.dict")
    exec "$BIN" "$CORPUS" "$ROOT/Fuzz/seeds/$TARGET" "${DICT[@]}" \
      -max_total_time="$MODE" -timeout=10 -rss_limit_mb=4096 -max_len="${FUZZ_MAX_LEN:-16384}" \
      -print_final_stats=1 \
      -artifact_prefix="$ARTIFACTS/" "$@"
    ;;
esac
