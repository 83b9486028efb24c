#!/usr/bin/env bash
# End-to-end test of the Specs plugin in a real Chromium:
#   yarn test:e2e        (or: bash scripts/e2e.sh)
# Starts the portal like the README does (`yarn start`, example data), waits
# until the frontend, the backend and the Spec entities are there, runs
# packages/app/e2e/run.ts with playwright-core against /usr/bin/chromium and
# stops the portal again. Screenshots and the portal log go to test-results/e2e/.
#
# With --docs (yarn docs:screenshots) the portal shows the example data only,
# as `yarn start` does (no hostile test spec), the checks that need the
# hostile spec or change the examples are left out, and after a green run the
# screenshots that docs/screenshots/ holds are replaced by the new ones.
#
# Environment: CHROMIUM_PATH (default /usr/bin/chromium), E2E_READY_TIMEOUT
# (seconds to wait for the portal, default 180), E2E_APP_PORT and
# E2E_BACKEND_PORT (defaults 3000 and 7007; other ports let two checkouts run
# their e2e side by side: the portal gets them through APP_CONFIG_* overrides).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
DOCS=0
if [ "${1:-}" = --docs ]; then
  DOCS=1
elif [ -n "${1:-}" ]; then
  echo "usage: bash scripts/e2e.sh [--docs]" >&2
  exit 2
fi
OUT="$ROOT/test-results/e2e"
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
READY_TIMEOUT="${E2E_READY_TIMEOUT:-180}"
APP_PORT="${E2E_APP_PORT:-3000}"
BACKEND_PORT="${E2E_BACKEND_PORT:-7007}"
FRONTEND="http://localhost:$APP_PORT"
BACKEND="http://localhost:$BACKEND_PORT"
if [ "$APP_PORT" != 3000 ] || [ "$BACKEND_PORT" != 7007 ]; then
  export APP_CONFIG_app_baseUrl="$FRONTEND"
  export APP_CONFIG_backend_baseUrl="$BACKEND"
  export APP_CONFIG_backend_listen_port="$BACKEND_PORT"
  export APP_CONFIG_backend_cors_origin="$FRONTEND"
fi

if [ -d node_modules ]; then
  export SPECSTAGE_SKIP_INSTALL=1
fi
. scripts/bootstrap.sh

# After bootstrap.sh, which defines a log() of its own.
log() { echo "[e2e] $*" >&2; }
. scripts/lib/processes.sh

if [ ! -x "$CHROMIUM_PATH" ]; then
  if [ "$CHROMIUM_PATH" = /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing chromium with apt-get"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  else
    log "no Chromium at $CHROMIUM_PATH, and not installing one: this script only runs"
    log "apt-get for /usr/bin/chromium, as root, on a system with apt-get."
    log "Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH."
    exit 1
  fi
fi

ports_free "$APP_PORT" "$BACKEND_PORT" || { log "stop the running portal first"; exit 1; }

mkdir -p "$OUT"
started=$(date +%s)
log "starting the portal (yarn start), log in ${OUT#$ROOT/}/portal.log"
# Own process group; stop_portal also finds yarn's re-spawned children.
# app-config.e2e.yaml adds the hostile spec of packages/app/e2e/fixtures,
# which the demo portal never shows (absolute paths: the frontend and the
# backend resolve --config from different directories).
CONFIGS=(--config "$ROOT/app-config.yaml")
if [ "$DOCS" = 0 ]; then
  CONFIGS+=(--config "$ROOT/packages/app/e2e/app-config.e2e.yaml")
fi
setsid yarn start "${CONFIGS[@]}" >"$OUT/portal.log" 2>&1 </dev/null &
PORTAL_PID=$!

stop_portal() {
  log "stopping the portal (process tree of $PORTAL_PID)"
  stop_tree "$PORTAL_PID"
}
trap stop_portal EXIT
trap 'exit 130' INT TERM

deadline=$((started + READY_TIMEOUT))
wait_for() {
  local what="$1"
  shift
  wait_until_ready "$what" "$PORTAL_PID" "$OUT/portal.log" "$deadline" "$@" || exit 1
  log "$what ready after $(($(date +%s) - started))s"
}

specs_listed() {
  node - "$BACKEND" <<'JS'
const base = process.argv[2];
(async () => {
  const refresh = await fetch(`${base}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!refresh.ok) process.exit(1);
  const token = (await refresh.json()).backstageIdentity.token;
  const res = await fetch(`${base}/api/catalog/entities?filter=kind=spec&fields=spec.specId`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!res.ok) process.exit(1);
  const ids = (await res.json()).map(e => e.spec?.specId);
  const want = ['SPEC-0042', 'SPEC-0043', 'SPEC-0044', 'SPEC-0045'];
  process.exit(want.every(id => ids.includes(id)) ? 0 : 1);
})().catch(() => process.exit(1));
JS
}

wait_for "frontend $FRONTEND" curl -fsS -o /dev/null "$FRONTEND"
wait_for "backend readiness" curl -fsS -o /dev/null "$BACKEND/.backstage/health/v1/readiness"
wait_for "Spec entities in the catalog" specs_listed

set +e
SUITE=all
[ "$DOCS" = 1 ] && SUITE=docs
CHROMIUM_PATH="$CHROMIUM_PATH" E2E_OUTPUT_DIR="$OUT" E2E_BASE_URL="$FRONTEND" E2E_BACKEND_URL="$BACKEND" \
  E2E_SUITE="$SUITE" node scripts/run-ts.cjs packages/app/e2e/run.ts
status=$?
set -e
log "finished in $(($(date +%s) - started))s (exit $status); screenshots in ${OUT#$ROOT/}/"
if [ "$DOCS" = 1 ] && [ "$status" = 0 ]; then
  # Only the pictures the docs already use: the others are the checks' own.
  updated=0
  for shot in docs/screenshots/*.png; do
    if [ -f "$OUT/$(basename "$shot")" ]; then
      cp "$OUT/$(basename "$shot")" "$shot"
      updated=$((updated + 1))
    else
      log "no new $(basename "$shot") (kept the old one)"
    fi
  done
  log "updated $updated screenshots in docs/screenshots/"
fi
exit "$status"
