#!/usr/bin/env bash
# Time to first page: starts a command that serves the site on SERVER_PORT, and prints the
# milliseconds from launch until / answers 200. Usage: bench/first-page.sh PORT COMMAND...
set -euo pipefail
PORT="$1"
shift
begin=$(date +%s%N)
SERVER_PORT="$PORT" "$@" >/dev/null 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do
	if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" 2>/dev/null)" = 200 ]; then
		echo $((($(date +%s%N) - begin) / 1000000))
		exit 0
	fi
	sleep 0.05
done
echo "no answer from port $PORT within 60 s" >&2
exit 1
