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
# Never signals the caller's own process group. TERM first, KILL after ten
# seconds.
stop_tree() {
  local root="$1" pids groups pid own
  own="$(ps -o pgid= -p $$ | tr -d ' ')"
  pids="$root $(descendants "$root")"
  groups="$(for pid in $pids; do ps -o pgid= -p "$pid" 2>/dev/null; done | tr -d ' ' | sort -u | grep -vx "$own" || true)"
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

# Fails, naming the first one, when a port is taken on 127.0.0.1.
ports_free() {
  local port
  for port; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "port $port is already in use" >&2
      return 1
    fi
  done
}

# wait_until_ready <what> <pid> <log file> <deadline> <command…>
# Runs the command every 2 s until it succeeds. Fails, with the last lines of
# the log, when process <pid> has exited or the deadline (epoch seconds) has
# passed.
wait_until_ready() {
  local what="$1" pid="$2" logfile="$3" deadline="$4"
  shift 4
  until "$@" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "exited while waiting for $what; last lines of $logfile:" >&2
      tail -n 40 "$logfile" >&2
      return 1
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      echo "timed out waiting for $what; last lines of $logfile:" >&2
      tail -n 40 "$logfile" >&2
      return 1
    fi
    sleep 2
  done
}
