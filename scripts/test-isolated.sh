#!/usr/bin/env bash
# Runs the README's test command in a copy of this checkout that has no
# sibling folders, the way an adopter's fresh clone sits on disk:
#   bash scripts/test-isolated.sh [test.sh arguments]
#
# The copy holds what `git clone` would give (tracked files) plus files not
# yet committed and not ignored, in <tmp>/specstage-isolated.XXXXXX/specstage:
# its parent holds nothing else, so a test that reads ../shared or any other
# path outside the repository fails here. To save the 2-4 minutes of a full
# `yarn install`, the installed node_modules folders and the fetched Node.js
# are hard-linked into the copy, and Yarn's install state is copied; the
# copy's bootstrap.sh still runs `yarn install --immutable`, which checks them
# against yarn.lock (and writes nothing when they match).
# The copy is removed afterwards unless ISOLATED_KEEP=1.
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

for dir in node_modules packages/*/node_modules plugins/*/node_modules .toolchain/node; do
  if [ -d "$dir" ]; then
    mkdir -p "$COPY/$(dirname "$dir")"
    cp -al "$dir" "$COPY/$dir"
  fi
done
if [ -f .yarn/install-state.gz ]; then
  cp .yarn/install-state.gz "$COPY/.yarn/install-state.gz"
fi

cd "$COPY"
bash scripts/test.sh "$@"
