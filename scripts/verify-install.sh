#!/usr/bin/env bash
# Installs Specstage into a brand-new Backstage app the way docs/install.md
# says, and checks that it works:
#   bash scripts/verify-install.sh [--packages <dir of packed tarballs>]
#
# 1. packs every public package (scripts/pack-packages.sh), unless --packages
#    names a directory that holds the tarballs already;
# 2. creates an app with @backstage/create-app at this repository's Backstage
#    release (CREATE_APP_VERSION; the app's backstage.json must equal ours)
#    and pins every `^x.y.z` @backstage/* range of the template: to the
#    versions this repository's packages are built against
#    (scripts/install/backstage-release.json), or with
#    VERIFY_BACKSTAGE=template to the template's own x.y.z;
# 3. serves the tarballs from a local registry for the @specstage scope (they
#    are not published yet); everything else comes from `npm config get
#    registry`, and nothing else is contacted;
# 4. runs docs/install.md, block by block (scripts/install/runGuide.cjs), then
#    adds an app-config.local.yaml: other ports, a spec source on examples/specs
#    and this repository's example components;
# 5. starts the app with the guide's start command and checks the catalog API,
#    /api/specs and, in Chromium, the /specs page, its sidebar item, a spec page
#    and a component's specs card (scripts/install/checkFreshApp.cjs).
#
# Output: the log names the tarballs, every guide step, every check and the
# time of each phase; the app's log and screenshots go to
# test-results/verify-install/.
#
# Environment: VERIFY_APP_PORT / VERIFY_BACKEND_PORT (default 3030 / 7037),
# VERIFY_READY_TIMEOUT (seconds to wait for the app, default 420),
# VERIFY_WORK_DIR (where the app is created; default a new temporary
# directory, removed afterwards unless VERIFY_KEEP=1), CREATE_APP_VERSION,
# VERIFY_BACKSTAGE (repo or template, see 2.), CHROMIUM_PATH (default
# /usr/bin/chromium).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
OUT="$ROOT/test-results/verify-install"
APP_PORT="${VERIFY_APP_PORT:-3030}"
BACKEND_PORT="${VERIFY_BACKEND_PORT:-7037}"
READY_TIMEOUT="${VERIFY_READY_TIMEOUT:-420}"
FRONTEND="http://localhost:$APP_PORT"
BACKEND="http://localhost:$BACKEND_PORT"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
# The @backstage/create-app release whose backstage.json is this repository's
# (1.55.0). Bump it together with backstage.json; the script checks.
CREATE_APP_VERSION="${CREATE_APP_VERSION:-0.9.2}"

PACKAGES=""
while [ $# -gt 0 ]; do
  case "$1" in
    --packages) PACKAGES="$(cd "$2" && pwd)"; shift 2 ;;
    *) echo "usage: $0 [--packages <dir>]" >&2; exit 2 ;;
  esac
done

if [ -d node_modules ]; then
  export SPECSTAGE_SKIP_INSTALL=1
fi
. scripts/bootstrap.sh
. scripts/lib/processes.sh

log() { echo "[verify-install] $*"; }
started=$(date +%s)
phase_started=$started
phase() {
  local now
  now=$(date +%s)
  log "--- $* (previous phase $((now - phase_started))s, total $((now - started))s)"
  phase_started=$now
}

ports_free "$APP_PORT" "$BACKEND_PORT" || { log "set VERIFY_APP_PORT / VERIFY_BACKEND_PORT"; exit 1; }
if [ ! -x "$CHROMIUM_PATH" ]; then
  log "no Chromium at $CHROMIUM_PATH (Debian: apt-get install chromium), or set CHROMIUM_PATH"
  exit 1
fi

WORK="${VERIFY_WORK_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/specstage-verify-install.XXXXXX")}"
mkdir -p "$WORK" "$OUT"
APP="$WORK/app"
REGISTRY_PID=""
APP_PID=""
cleanup() {
  local status=$?
  if [ -n "$APP_PID" ]; then
    log "stopping the app"
    stop_tree "$APP_PID"
  fi
  if [ -n "$REGISTRY_PID" ]; then
    kill "$REGISTRY_PID" 2>/dev/null || true
  fi
  if [ "${VERIFY_KEEP:-}" = 1 ] || [ -n "${VERIFY_WORK_DIR:-}" ]; then
    log "app kept in $APP"
  else
    rm -rf "$WORK"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Only the npm registry: yarn's TypeScript plugin would ask a search service
# for @types/* of every added package, and better-sqlite3 would try to
# download a prebuilt binary from GitHub; it is built from source instead
# (bootstrap.sh points node-gyp at the headers of the Node.js that runs it).
# Packages that ship their prebuilt binaries in the npm tarball keep them.
export YARN_TS_ENABLE_AUTO_TYPES=false
export npm_config_build_from_source=better-sqlite3
export YARN_ENABLE_TELEMETRY=0

phase "1. packages"
if [ -z "$PACKAGES" ]; then
  PACKAGES="$WORK/packages"
  bash scripts/pack-packages.sh "$PACKAGES" # checks the tarballs too
else
  node scripts/install/checkTarballs.cjs "$PACKAGES"
fi
for tarball in "$PACKAGES"/*.tgz; do
  log "tarball $(basename "$tarball")"
done

phase "2. create-app $CREATE_APP_VERSION"
# create-app fetches a yarn.lock seed from GitHub; that is neither the npm
# registry nor needed (it only warns without one), so its fetch is disabled.
npm install --silent --no-save --no-audit --no-fund --prefix "$WORK/create-app" \
  "@backstage/create-app@$CREATE_APP_VERSION" >/dev/null
(
  cd "$WORK"
  BACKSTAGE_APP_NAME=specstage-verify \
    node --require "$ROOT/scripts/install/noFetch.cjs" \
    create-app/node_modules/@backstage/create-app/bin/backstage-create-app \
    --path app --skip-install
) >"$OUT/create-app.log" 2>&1 || { tail -n 30 "$OUT/create-app.log"; exit 1; }
release="$(node -p "require('$ROOT/backstage.json').version")"
app_release="$(node -p "require('$APP/backstage.json').version")"
if [ "$release" != "$app_release" ]; then
  log "create-app $CREATE_APP_VERSION makes a $app_release app, this repository is on $release: set CREATE_APP_VERSION"
  exit 1
fi
log "app at Backstage $app_release in $APP"
if [ "${VERIFY_BACKSTAGE:-repo}" = template ]; then
  node scripts/install/pinBackstageRanges.cjs "$APP"
else
  node scripts/install/pinBackstageRanges.cjs "$APP" scripts/install/backstage-release.json
fi

phase "3. local registry for @specstage"
node scripts/install/localRegistry.cjs "$PACKAGES" "$WORK/registry.port" >"$OUT/registry.log" 2>&1 &
REGISTRY_PID=$!
for _ in $(seq 1 50); do [ -s "$WORK/registry.port" ] && break; sleep 0.2; done
REGISTRY="http://127.0.0.1:$(cat "$WORK/registry.port")"
cat >>"$APP/.yarnrc.yml" <<YAML

# scripts/verify-install.sh: the @specstage packages are not published yet;
# a local registry serves the packed tarballs.
npmScopes:
  specstage:
    npmRegistryServer: "$REGISTRY"
unsafeHttpWhitelist:
  - 127.0.0.1
YAML
node -e '
  const fs = require("fs"), YAML = require("yaml");
  const file = process.argv[1];
  const doc = YAML.parseDocument(fs.readFileSync(file, "utf8"));
  const approved = doc.get("npmPreapprovedPackages") ?? doc.createNode([]);
  approved.add("@specstage/*");
  doc.set("npmPreapprovedPackages", approved);
  fs.writeFileSync(file, doc.toString());
' "$APP/.yarnrc.yml"
log "registry $REGISTRY serves $(ls "$PACKAGES" | tr '\n' ' ')"
# Yarn reuses a cached archive of the same name and version without
# downloading it again, so an earlier run's @specstage 0.1.0 (built from other
# sources) would be installed instead of these tarballs: drop those archives
# from the caches the app's Yarn reads.
for cache in "$(cd "$APP" && yarn config get cacheFolder 2>/dev/null)" \
  "$(cd "$APP" && yarn config get globalFolder 2>/dev/null)/cache"; do
  if [ -d "$cache" ]; then
    find "$cache" -maxdepth 1 -name '@specstage-*' -delete
  fi
done

phase "4. docs/install.md, step by step"
node scripts/install/runGuide.cjs docs/install.md "$APP" "$WORK/start-command"

cat >"$APP/app-config.local.yaml" <<YAML
# scripts/verify-install.sh: other ports, and this repository's examples.
app:
  baseUrl: $FRONTEND
backend:
  baseUrl: $BACKEND
  listen:
    port: $BACKEND_PORT
  cors:
    origin: $FRONTEND
catalog:
  locations:
    - type: file
      target: $ROOT/examples/entities.yaml
    - type: file
      target: $ROOT/examples/org.yaml
      rules:
        - allow: [User, Group]
  providers:
    specs:
      sources:
        - target: $ROOT/examples/specs
          owner: group:default/platform-team
      schedule:
        frequency: { seconds: 30 }
        timeout: { minutes: 2 }
        initialDelay: { seconds: 1 }
YAML
log "app-config.local.yaml: ports $APP_PORT/$BACKEND_PORT, spec source $ROOT/examples/specs"
(
  cd "$APP"
  node -e '
    const fs = require("fs");
    const lock = fs.readFileSync("yarn.lock", "utf8");
    const versions = {};
    for (const m of lock.matchAll(/^"?(@(?:backstage|specstage)\/[^@"]+)@npm:([^"\n]+?)"?:?\n  version: "?([^"\n]+)"?/gm)) {
      (versions[m[1]] ??= new Set()).add(m[3]);
    }
    const specstage = Object.entries(versions).filter(([n]) => n.startsWith("@specstage/"));
    console.log("[verify-install] installed: " + specstage.map(([n, v]) => `${n}@${[...v].join(",")}`).join(", "));
    const dup = Object.entries(versions).filter(([n, v]) => n.startsWith("@backstage/") && v.size > 1);
    console.log(`[verify-install] @backstage packages in more than one version: ${dup.length}` +
      (dup.length ? " (" + dup.map(([n, v]) => `${n} ${[...v].join(" ")}`).join("; ") + ")" : ""));
  '
)

phase "5. start ($(cat "$WORK/start-command")) on $FRONTEND and $BACKEND"
# A session of its own (stop_tree stops all of it), like scripts/e2e.sh.
setsid bash -c "cd '$APP' && $(cat "$WORK/start-command")" >"$OUT/app.log" 2>&1 </dev/null &
APP_PID=$!
deadline=$(($(date +%s) + READY_TIMEOUT))
wait_for() {
  local what="$1"
  shift
  wait_until_ready "$what" "$APP_PID" "$OUT/app.log" "$deadline" "$@" || exit 1
  log "$what ready after $(($(date +%s) - phase_started))s"
}
wait_for "backend" curl -fsS -o /dev/null "$BACKEND/.backstage/health/v1/readiness"
wait_for "frontend" curl -fsS -o /dev/null "$FRONTEND"

phase "6. checks"
set +e
node scripts/install/checkFreshApp.cjs "$FRONTEND" "$BACKEND" "$OUT"
status=$?
set -e
if grep -E "Plugin '[^']+' startup failed" "$OUT/app.log"; then
  log "a plugin failed to start"
  status=1
fi

phase "done"
log "screenshots and the app log in ${OUT#$ROOT/}/"
exit "$status"
