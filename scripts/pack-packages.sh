#!/usr/bin/env bash
# Builds every publishable package of this repository and packs it the way
# `npm publish` would, then checks each tarball:
#   bash scripts/pack-packages.sh [out-dir]      (default: dist-packages/)
#
# "Publishable" is every workspace that is not private, so a new package is
# packed and checked without touching this script. Each package is built with
# its own `build` script (`backstage-cli package build`; the CLI also bundles
# itself) and packed with `yarn pack`, which runs its prepack/postpack
# (`backstage-cli package prepack`: dist entry points, `workspace:` ranges
# replaced by versions, config.d.ts compiled into config.schema.json).
# The tarball names are printed, one per line, on stdout's last lines.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
OUT="$(mkdir -p "${1:-dist-packages}" && cd "${1:-dist-packages}" && pwd)"

if [ -d node_modules ]; then
  export SPECSTAGE_SKIP_INSTALL=1
fi
. scripts/bootstrap.sh

log() { echo "[pack] $*" >&2; }

rm -f "$OUT"/*.tgz

log "type declarations (yarn tsc)"
yarn tsc

log "building every public package"
yarn workspaces foreach --all --no-private --topological run build >&2

# name<TAB>directory of every public workspace
workspaces="$(node scripts/install/publicWorkspaces.cjs)"
while IFS=$'\t' read -r name dir; do
  log "packing $name"
  (cd "$dir" && yarn pack --out "$OUT/%s-%v.tgz" >/dev/null)
done <<<"$workspaces"

node scripts/install/checkTarballs.cjs "$OUT"
