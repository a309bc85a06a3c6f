#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium (and a font for it) when it is missing, for the
# browser test of the HTML report (scripts/browser-test.sh).
#
# Checks `apt-cache policy chromium` first, so that a machine whose package lists have no
# chromium says so instead of failing half-way. Runs apt-get non-interactively, as root directly
# or through sudo otherwise; `apt-get update` runs first (a fresh Debian image has no lists).
# Exit status: 0 when chromium is there afterwards, 1 otherwise.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: chromium is missing and apt-get is not available; install Chromium by hand" >&2
    exit 1
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO=(sudo -n)
    else
        echo "ensure-chromium: chromium is missing; as root run: apt-get update && apt-get install -y chromium fonts-dejavu-core" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "ensure-chromium: chromium not found; installing it with apt-get" >&2
"${SUDO[@]}" apt-get update
# Read the whole answer before matching it: `apt-cache … | grep -q` under pipefail fails
# whenever grep stops at its first match and apt-cache dies of SIGPIPE.
policy="$(apt-cache policy chromium 2>/dev/null || true)"
if ! grep -q 'Candidate: [0-9]' <<<"$policy"; then
    echo "ensure-chromium: the package lists offer no 'chromium' package (apt-cache policy chromium)" >&2
    exit 1
fi
"${SUDO[@]}" apt-get install -y --no-install-recommends chromium fonts-dejavu-core

if ! command -v chromium >/dev/null 2>&1; then
    echo "ensure-chromium: chromium was installed but is not on PATH" >&2
    exit 1
fi
