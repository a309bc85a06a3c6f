#!/usr/bin/env bash
# Installs Graphviz's C library and headers (Debian's libgraphviz-dev) when they are missing,
# and Graphviz's own programs (Debian's graphviz: `dot`), which a test uses to check that other
# tools read our DOT and `make bench` compares against.
#
# The check is `pkg-config --exists libgvc` (the same lookup SwiftPM's CGraphviz system-library
# target makes) and `command -v dot`. Runs apt-get non-interactively, as root directly or through sudo otherwise.
# `apt-get update` runs first: a fresh Debian image has no package lists.
set -euo pipefail

if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgvc && command -v dot >/dev/null 2>&1; then
    exit 0
fi

echo "ensure-graphviz: libgvc or dot not found; installing libgraphviz-dev and graphviz with apt-get" >&2

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-graphviz: apt-get is not available; install Graphviz's development files" \
         "(libgvc and its pkg-config file) by hand" >&2
    exit 1
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        echo "ensure-graphviz: not root and sudo is missing; run as root:" \
             "apt-get update && apt-get install -y libgraphviz-dev graphviz pkg-config" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update
"${SUDO[@]}" apt-get install -y libgraphviz-dev graphviz pkg-config

if ! pkg-config --exists libgvc; then
    echo "ensure-graphviz: libgraphviz-dev was installed but pkg-config still cannot find libgvc" >&2
    exit 1
fi
if ! command -v dot >/dev/null 2>&1; then
    echo "ensure-graphviz: graphviz was installed but dot is not on PATH" >&2
    exit 1
fi
