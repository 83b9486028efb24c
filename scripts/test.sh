#!/usr/bin/env bash
# The whole test suite, from a fresh clone with only Node + npm installed:
#   bash scripts/test.sh
# Bootstraps the toolchain, then runs every package's tests (unit, integration
# on SQLite and PostgreSQL, the backend start-up smoke test) and a production
# build of the app. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

. scripts/bootstrap.sh

# Database-backed tests run on SQLite and on the PostgreSQL server at
# 127.0.0.1:5432 (TestDatabases picks it up from this variable). Override it to
# point at another server.
export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}"

# Tests: each package in its own Jest project, no watch mode.
CI=true yarn backstage-cli repo test --maxWorkers=2

# A production build of the app must succeed.
yarn workspace app build
