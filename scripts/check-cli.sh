#!/usr/bin/env bash
# Checks the packed CLI the way other repositories' CI runs it, with none of
# this repository's toolchain:
#   bash scripts/check-cli.sh [dist-packages/@specstage-cli-<version>.tgz]
#
# 1. `npm exec --yes --package=<tarball> -- specstage lint …` under the
#    system's Node.js (the first `node` on PATH that is not .toolchain's):
#    annotations and exit 0 on examples/specs, exit 1 on the error fixture.
# 2. The same checks with every other Node.js major in CLI_NODE_MAJORS
#    (default "18 20 22 24"; missing ones are fetched like bootstrap.sh
#    fetches Node 24, into .toolchain/node-<major>), running the installed
#    package's bin: --format text|json|github, --max-warnings, and
#    `specstage parse … | head` exiting 0 without an EPIPE trace.
# 3. action.yml, run locally (scripts/install/runAction.cjs) with the tarball.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
TARBALL="${1:-$(ls dist-packages/@specstage-cli-*.tgz 2>/dev/null | tail -n 1)}"
[ -f "$TARBALL" ] || { echo "[cli] no CLI tarball (run scripts/pack-packages.sh first)" >&2; exit 1; }
TARBALL="$(cd "$(dirname "$TARBALL")" && pwd)/$(basename "$TARBALL")"
EXAMPLES=examples/specs
# Fixtures of the CLI and of specs-common, wherever those packages live.
workspace_dir() { node scripts/install/publicWorkspaces.cjs | awk -F '\t' -v n="$1" '$1 == n { print $2 }'; }
ERRORS="$(realpath --relative-to=. "$(workspace_dir @specstage/cli)/src/__fixtures__/lint-errors")"
CORPUS="$(realpath --relative-to=. "$(workspace_dir @specstage/plugin-specs-common)/src/__fixtures__/corpus")"

passed=0
failed=0
log() { echo "[cli] $*"; }
ok() { passed=$((passed + 1)); log "  ✓ $*"; }
fail() { failed=$((failed + 1)); log "  ✗ $*"; }

# A PATH without this repository's toolchain: what a foreign CI job has.
SYSTEM_PATH="$(tr ':' '\n' <<<"$PATH" | grep -v "^$ROOT/.toolchain" | paste -sd: -)"
SYSTEM_NODE="$(PATH="$SYSTEM_PATH" command -v node || true)"
[ -n "$SYSTEM_NODE" ] || { echo "[cli] no system node on PATH" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A private npm cache: nothing from earlier runs (an older tarball) is reused.
export npm_config_cache="$WORK/npm-cache"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

log "tarball $(basename "$TARBALL"); system Node.js $("$SYSTEM_NODE" --version) at $SYSTEM_NODE"

# expect <description> <expected exit> <stdout pattern or ''> -- command...
expect() {
  local what="$1" want="$2" pattern="$3"
  shift 4
  local out="$WORK/out" err="$WORK/err" code=0
  "$@" >"$out" 2>"$err" || code=$?
  if [ "$code" != "$want" ]; then
    fail "$what: exit $code, expected $want"
    sed 's/^/      /' "$err" | tail -n 5
    return
  fi
  if [ -n "$pattern" ] && ! grep -Eq "$pattern" "$out"; then
    fail "$what: no line matches /$pattern/"
    sed 's/^/      /' "$out" | head -n 5
    return
  fi
  local said
  said="$(tail -n 1 "$err")"
  [ -n "$said" ] || said="$(head -n 1 "$out" | cut -c 1-100)"
  ok "$what (exit $code; $said)"
}

# 1. The acceptance command, verbatim, under the system Node.js.
log "npm exec under the system Node.js $("$SYSTEM_NODE" --version)"
npm_exec() {
  PATH="$SYSTEM_PATH" npm exec --yes --package="$TARBALL" -- specstage "$@"
}
expect "npm exec … specstage lint $EXAMPLES --format github" 0 '^::(warning|notice) file=examples/specs/' -- npm_exec lint "$EXAMPLES" --format github
expect "npm exec … specstage lint $ERRORS --format github" 1 "^::error file=$ERRORS/001-meeting-notes/spec.md," -- npm_exec lint "$ERRORS" --format github

# 2. Every Node.js major, from an installed copy of the tarball.
node_for() {
  local major="$1" sys_major
  sys_major="$("$SYSTEM_NODE" -p 'process.versions.node.split(".")[0]')"
  if [ "$major" = "$sys_major" ]; then
    echo "$SYSTEM_NODE"
    return
  fi
  local dir="$ROOT/.toolchain/node-$major"
  if [ "$major" = "${SPECSTAGE_NODE_MAJOR:-24}" ] && [ -x "$ROOT/.toolchain/node/bin/node" ]; then
    dir="$ROOT/.toolchain/node"
  fi
  if [ ! -x "$dir/bin/node" ]; then
    local platform tmp
    platform="$("$SYSTEM_NODE" -p 'process.platform + "-" + process.arch')"
    tmp="$(mktemp -d)"
    (cd "$tmp" && PATH="$SYSTEM_PATH" npm pack --silent "node-$platform@$major" >/dev/null)
    mkdir -p "$dir"
    tar -xzf "$tmp"/node-*.tgz -C "$dir" --strip-components=1
    rm -rf "$tmp"
  fi
  echo "$dir/bin/node"
}

PATH="$SYSTEM_PATH" npm install --silent --no-save --prefix "$WORK/install" "$TARBALL" >/dev/null
BIN="$WORK/install/node_modules/@specstage/cli/bin/specstage"
for major in ${CLI_NODE_MAJORS:-18 20 22 24}; do
  node="$(node_for "$major")"
  log "Node.js $("$node" --version)"
  run() { "$node" "$BIN" "$@"; }
  expect "lint $EXAMPLES (text)" 0 '^examples/specs/[^:]+(:[0-9]+)?: (warning|info): ' -- run lint "$EXAMPLES"
  expect "lint $EXAMPLES --format json" 0 '^\[' -- run lint "$EXAMPLES" --format json
  expect "lint $EXAMPLES --format github" 0 '^::(warning|notice) file=' -- run lint "$EXAMPLES" --format github
  expect "lint $EXAMPLES --max-warnings 0" 1 '' -- run lint "$EXAMPLES" --max-warnings 0
  expect "lint $ERRORS --format github" 1 '^::error file=' -- run lint "$ERRORS" --format github
  pipe_head() {
    local status
    set +o pipefail
    run parse "$CORPUS" --pretty | head -n 1
    status="${PIPESTATUS[0]}"
    set -o pipefail
    return "$status"
  }
  expect "parse $CORPUS --pretty | head -n 1" 0 '^\[' -- pipe_head
  if grep -q 'EPIPE' "$WORK/err"; then
    fail "parse | head printed an EPIPE error"
  fi
done

# 3. The GitHub Action, with the tarball instead of the registry package.
log "action.yml (run locally)"
run_action() { PATH="$SYSTEM_PATH" "$SYSTEM_NODE" scripts/install/runAction.cjs "$@"; }
expect "action path=$EXAMPLES" 0 '^::warning file=examples/specs/' -- run_action path="$EXAMPLES" package="$TARBALL"
expect "action path=$ERRORS" 1 '^::error file=' -- run_action path="$ERRORS" package="$TARBALL"
expect "action path=$EXAMPLES max-warnings=0 format=text" 1 '^examples/specs/' -- run_action path="$EXAMPLES" package="$TARBALL" max-warnings=0 format=text
# Without `package`, the action runs the CLI version of its own checkout from
# the registry; an npm that only prints its arguments shows which.
mkdir -p "$WORK/fake-npm"
printf '#!/bin/sh\necho "npm $*"\n' >"$WORK/fake-npm/npm"
chmod +x "$WORK/fake-npm/npm"
cli_version="$(tar -xzOf "$TARBALL" package/package.json | "$SYSTEM_NODE" -p 'JSON.parse(require("fs").readFileSync(0)).version')"
run_action_default() { PATH="$WORK/fake-npm:$SYSTEM_PATH" "$SYSTEM_NODE" scripts/install/runAction.cjs "$@"; }
expect "action without package runs @specstage/cli@$cli_version" 0 "^npm exec --yes --package=@specstage/cli@$cli_version -- specstage lint docs/specs --format github\$" -- run_action_default path=docs/specs
expect "action version=0.0.9" 0 '^npm exec --yes --package=@specstage/cli@0.0.9 -- ' -- run_action_default path=. version=0.0.9

log "$passed passed, $failed failed"
[ "$failed" = 0 ]
