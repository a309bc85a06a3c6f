#!/usr/bin/env bash
# Installs Python's networkx (from PyPI, with pip) when python3 cannot import it. The GraphML
# test (Tests/DiploRenderingTests/GraphMLWriterTests.swift) reads our GraphML with it, as a
# tool builder's program would.
# Exit status: 0 when `python3 -c 'import networkx'` works afterwards, 1 otherwise.
set -euo pipefail

if ! command -v python3 >/dev/null 2>&1; then
    echo "ensure-networkx: python3 is missing; install it (apt-get install -y python3 python3-pip)" >&2
    exit 1
fi
if python3 -c 'import networkx' 2>/dev/null; then
    exit 0
fi
echo "ensure-networkx: networkx not found; installing it with pip" >&2
# A Python whose packages Debian manages refuses pip ("externally managed"): Debian's package then.
if ! python3 -m pip install --quiet --disable-pip-version-check networkx; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y python3-networkx
    fi
fi
python3 -c 'import networkx'
