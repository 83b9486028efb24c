#!/usr/bin/env bash
# Toolchain bootstrap for Specstage.
#
# Makes Node 22/24 and Yarn 4 available using nothing but an existing Node (>= 18)
# and npm, then installs the workspace. Idempotent: when everything is in place it
# only re-runs `yarn install --immutable`, which is a no-op on an installed tree.
#
# Source it (`. scripts/bootstrap.sh`) to get the toolchain on PATH in your shell,
# or run it (`bash scripts/bootstrap.sh`) just to install.
#
# Why a private Node: Backstage needs Node 22 or 24, many machines ship 20. The npm
# package `node-<platform>-<arch>@24` (what the `node@24` package installs) carries the
# full binary *and* `include/node` headers, so native addons (better-sqlite3, …)
# are built against the Node that will load them instead of the system headers.

set -euo pipefail

SPECSTAGE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLCHAIN_DIR="$SPECSTAGE_ROOT/.toolchain"
NODE_MAJOR="${SPECSTAGE_NODE_MAJOR:-24}"

log() { echo "[bootstrap] $*" >&2; }

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  local sys_node
  sys_node="$(command -v node || true)"
  if [ -n "$sys_node" ]; then
    local major
    major="$(node_major "$sys_node")"
    if [ "$major" = 22 ] || [ "$major" = 24 ]; then
      # Build addons against this Node's headers, not whatever a global npmrc says.
      local prefix
      prefix="$(cd "$(dirname "$(readlink -f "$sys_node")")/.." && pwd)"
      if [ -d "$prefix/include/node" ]; then
        export npm_config_nodedir="$prefix"
      else
        unset npm_config_nodedir
      fi
      log "using $(node --version) from $sys_node"
      return
    fi
  fi
  local node_dir="$TOOLCHAIN_DIR/node"
  if [ ! -x "$node_dir/bin/node" ] || [ "$(node_major "$node_dir/bin/node")" != "$NODE_MAJOR" ]; then
    command -v npm >/dev/null || { log "npm is required to fetch Node $NODE_MAJOR"; exit 1; }
    local platform
    platform="$(node -p 'process.platform + "-" + process.arch')"
    log "fetching node-$platform@$NODE_MAJOR from $(npm config get registry)"
    local tmp
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-$platform@$NODE_MAJOR" >/dev/null)
    rm -rf "$node_dir"
    mkdir -p "$node_dir"
    tar -xzf "$tmp"/node-*.tgz -C "$node_dir" --strip-components=1
    rm -rf "$tmp"
  fi
  export PATH="$node_dir/bin:$PATH"
  # Native addons must compile against the headers of the Node that loads them.
  export npm_config_nodedir="$node_dir"
  log "using $(node --version) from $node_dir"
}

ensure_yarn() {
  # Yarn itself is checked in (.yarn/releases + yarnPath); this shim just runs it.
  # The shim finds the release relative to itself, never by absolute path: the
  # checkout may be seen under another path (scripts/test-isolated.sh mounts it
  # elsewhere and bootstraps there), and the shim must keep working here after.
  local yarn_name
  yarn_name="$(basename "$(ls "$SPECSTAGE_ROOT"/.yarn/releases/yarn-*.cjs | tail -n 1)")"
  mkdir -p "$TOOLCHAIN_DIR/bin"
  cat >"$TOOLCHAIN_DIR/bin/yarn" <<SHIM
#!/usr/bin/env bash
exec node "\$(cd "\$(dirname "\${BASH_SOURCE[0]}")/../.." && pwd)/.yarn/releases/$yarn_name" "\$@"
SHIM
  chmod +x "$TOOLCHAIN_DIR/bin/yarn"
  export PATH="$TOOLCHAIN_DIR/bin:$PATH"
  # The registry is whatever npm is configured with on this machine; never hard-coded.
  local registry
  registry="$(npm config get registry 2>/dev/null || true)"
  if [ -n "$registry" ] && [ "$registry" != "undefined" ]; then
    export YARN_NPM_REGISTRY_SERVER="${registry%/}"
  fi
  export YARN_ENABLE_TELEMETRY=0
  log "using yarn $(yarn --version)"
}

ensure_node
ensure_yarn

if [ "${SPECSTAGE_SKIP_INSTALL:-}" != 1 ]; then
  (cd "$SPECSTAGE_ROOT" && yarn install --immutable)
fi
