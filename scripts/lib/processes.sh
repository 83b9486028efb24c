# Shell helpers for scripts that start a Backstage app in the background and
# must stop all of it again. Source it: `. scripts/lib/processes.sh`.

# Every process below $1, depth first.
descendants() {
  local child
  for child in $(pgrep -P "$1" 2>/dev/null); do
    echo "$child"
    descendants "$child"
  done
}

# Stops $1 and everything below it: yarn re-spawns itself in a process group
# (and session) of its own, so killing the first group alone is not enough.
# TERM first, KILL after ten seconds.
stop_tree() {
  local root="$1" pids groups pid
  pids="$root $(descendants "$root")"
  groups="$(for pid in $pids; do ps -o pgid= -p "$pid" 2>/dev/null; done | sort -u)"
  for pid in $groups; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in $pids; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 20); do
    local alive=0
    for pid in $pids; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && return 0
    sleep 0.5
  done
  for pid in $groups; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  for pid in $pids; do kill -KILL "$pid" 2>/dev/null || true; done
}
