#!/usr/bin/env bash
# Runs the README's test command in a checkout that has no sibling folders,
# the way an adopter's fresh clone sits on disk:
#   bash scripts/test-isolated.sh [test.sh arguments]
#
# The tests run in <tmp>/specstage-isolated.XXXXXX/specstage, whose parent
# holds nothing else, so a test that reads a sibling folder (or anything else
# outside the repository) fails here even when this checkout has siblings.
#
# - mount (default where possible): this checkout is bind-mounted there in a
#   private mount namespace (`unshare --mount`, as root or in a user
#   namespace), and test.sh runs on the installed node_modules: nothing is
#   copied or installed again, and the mount vanishes with the namespace.
# - copy (ISOLATED_MODE=copy, or when no mount namespace can be made): what
#   `git clone` would give (tracked files) plus files not yet committed and
#   not ignored are copied there, and test.sh installs its own node_modules
#   from yarn.lock; the copy is removed afterwards unless ISOLATED_KEEP=1.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"

PARENT="$(mktemp -d "${TMPDIR:-/tmp}/specstage-isolated.XXXXXX")"
VIEW="$PARENT/specstage"
mkdir "$VIEW"

mode="${ISOLATED_MODE:-mount}"
unshare_args=()
if [ "$mode" = mount ]; then
  if unshare --mount --propagation private true 2>/dev/null; then
    unshare_args=(--mount --propagation private)
  elif unshare --mount --map-root-user --propagation private true 2>/dev/null; then
    unshare_args=(--mount --map-root-user --propagation private)
  else
    echo "[isolated] no mount namespace here; copying the checkout instead"
    mode=copy
  fi
fi

if [ "$mode" = mount ]; then
  # Only ever rmdir: should the mount outlive the namespace, the folder is
  # not empty and nothing of the checkout is deleted.
  trap 'rmdir "$VIEW" "$PARENT"' EXIT
  skip_install=""
  [ -d node_modules ] && skip_install=1
  echo "[isolated] $ROOT mounted at $VIEW (parent holds: $(ls -A "$PARENT" | tr '\n' ' '))"
  unshare "${unshare_args[@]}" bash -c '
    set -euo pipefail
    mount --bind "$1" "$2"
    cd "$2"
    SPECSTAGE_SKIP_INSTALL="$3" bash scripts/test.sh "${@:4}"
  ' isolated "$ROOT" "$VIEW" "$skip_install" "$@"
  exit
fi

cleanup() {
  if [ "${ISOLATED_KEEP:-}" = 1 ]; then
    echo "[isolated] copy kept in $VIEW"
  else
    rm -rf "$PARENT"
  fi
}
trap cleanup EXIT

git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do
    [ -e "$file" ] && printf '%s\0' "$file"
  done |
  tar --null -T - -cf - | tar -xf - -C "$VIEW"
echo "[isolated] copied $(git ls-files --cached --others --exclude-standard | wc -l) files to $VIEW (parent holds: $(ls -A "$PARENT" | tr '\n' ' '))"
# Only the Node.js that bootstrap.sh fetched is shared, to save the download.
if [ -x .toolchain/node/bin/node ]; then
  mkdir -p "$VIEW/.toolchain"
  cp -al .toolchain/node "$VIEW/.toolchain/node"
fi
cd "$VIEW"
bash scripts/test.sh "$@"
