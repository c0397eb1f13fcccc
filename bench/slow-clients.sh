#!/usr/bin/env bash
# Slow clients against the packaged application on a small heap, as production launches it: starts the jar with
# -Xmx256m and -XX:+ExitOnOutOfMemoryError, opens a few thousand connections that each send one header byte per
# second (bench/SlowClients.java), checks that a normal request keeps being answered during the flood and that the
# server answers again after it, then sends SIGTERM and checks that the server stops. Exits 0 when all of that
# held, 1 otherwise. Runs in about a minute; .ci/run runs it.
# Usage: bench/slow-clients.sh [connections] [flood-seconds] [-- extra application arguments]
# Extra arguments go to the application, e.g. to try other limits:
#   bench/slow-clients.sh 3000 30 -- --server.max-http-request-header-size=64KB --server.tomcat.max-connections=8192
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS="${1:-3000}"
FLOOD_SECONDS="${2:-30}"
shift $(($# > 2 ? 2 : $#))
[ "${1:-}" = "--" ] && shift
PORT="${SLOW_CLIENTS_PORT:-18190}"
HEAP="${SLOW_CLIENTS_HEAP:--Xmx256m}"
WORK="$(mktemp -d)"
trap 'kill -9 "${APP_PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

# both ends hold a descriptor per connection
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

JAR="$(ls target/magnesium-sleep-evidence-*.jar 2>/dev/null | grep -v plain | head -1 || true)"
if [ -z "$JAR" ]; then
	./mvnw -q -DskipTests package
	JAR="$(ls target/magnesium-sleep-evidence-*.jar | grep -v plain | head -1)"
fi

FAILED=0
java "$HEAP" -XX:+ExitOnOutOfMemoryError -jar "$JAR" --server.port="$PORT" "$@" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 360); do
	if curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q 200; then
		break
	fi
	if ! kill -0 "$APP_PID" 2>/dev/null; then
		break
	fi
	sleep 0.5
done
if ! curl -s -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; then
	echo "FAIL: the application did not start within 180 s; its log ends:" >&2
	tail -20 "$WORK/app.log" >&2
	exit 1
fi
echo "Started the jar ($HEAP) on port $PORT; $CONNECTIONS slow connections for $FLOOD_SECONDS s"

java bench/SlowClients.java "$PORT" "$CONNECTIONS" "$FLOOD_SECONDS" /claims || FAILED=1

if ! kill -0 "$APP_PID" 2>/dev/null; then
	wait "$APP_PID" && STATUS=0 || STATUS=$?
	echo "FAIL: the application exited during the flood with status $STATUS; its log ends:"
	grep -m3 -i "OutOfMemoryError\|Terminating" "$WORK/app.log" || tail -5 "$WORK/app.log"
	exit 1
fi

# SIGTERM must stop it, and quickly: a supervisor waits, then kills
kill -TERM "$APP_PID"
STOPPED=0
for _ in $(seq 1 40); do
	if ! kill -0 "$APP_PID" 2>/dev/null; then
		STOPPED=1
		break
	fi
	sleep 0.5
done
if [ "$STOPPED" -eq 1 ]; then
	wait "$APP_PID" && STATUS=0 || STATUS=$?
	echo "SIGTERM stopped the application (exit status $STATUS)"
else
	echo "FAIL: the application was still running 20 s after SIGTERM"
	FAILED=1
fi
if grep -q "OutOfMemoryError" "$WORK/app.log"; then
	echo "FAIL: the application ran out of memory:"
	grep -m3 "OutOfMemoryError" "$WORK/app.log"
	FAILED=1
fi
if [ "$FAILED" -eq 0 ]; then
	echo "PASS"
fi
exit "$FAILED"
