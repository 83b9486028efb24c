#!/usr/bin/env bash
# Start the portal from a fresh clone with only Node + npm installed:
#   bash scripts/start.sh
# Frontend on http://localhost:3000, backend on http://localhost:7007, embedded
# SQLite, the example components and specs from examples/ loaded.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

. scripts/bootstrap.sh

exec yarn start "$@"
