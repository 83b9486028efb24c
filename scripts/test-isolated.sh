#!/usr/bin/env bash
# Runs the README's test command in a copy of this checkout that has no
# sibling folders, the way an adopter's fresh clone sits on disk:
#   bash scripts/test-isolated.sh [test.sh arguments]
#
# The copy holds what `git clone` would give (tracked files) plus files not
# yet committed and not ignored, in <tmp>/specstage-isolated.XXXXXX/specstage:
# its parent holds nothing else, so a test that reads ../shared or any other
# path outside the repository fails here. The copy installs its own
# node_modules from yarn.lock (`yarn install --immutable`, from the warm yarn
# cache); only the Node.js that bootstrap.sh fetched is hard-linked in, to
# save the download. The copy is removed afterwards unless ISOLATED_KEEP=1.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"

PARENT="$(mktemp -d "${TMPDIR:-/tmp}/specstage-isolated.XXXXXX")"
COPY="$PARENT/specstage"
cleanup() {
  if [ "${ISOLATED_KEEP:-}" = 1 ]; then
    echo "[isolated] copy kept in $COPY"
  else
    rm -rf "$PARENT"
  fi
}
trap cleanup EXIT

mkdir -p "$COPY"
git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do
    [ -e "$file" ] && printf '%s\0' "$file"
  done |
  tar --null -T - -cf - | tar -xf - -C "$COPY"
echo "[isolated] copied $(git ls-files --cached --others --exclude-standard | wc -l) files to $COPY (parent: $(ls -A "$PARENT" | tr '\n' ' '))"

if [ -x .toolchain/node/bin/node ]; then
  mkdir -p "$COPY/.toolchain"
  cp -al .toolchain/node "$COPY/.toolchain/node"
fi

cd "$COPY"
bash scripts/test.sh "$@"
