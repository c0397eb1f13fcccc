#!/usr/bin/env bash
# Side-by-side benchmark: the application against nginx serving the identical bytes, on this machine only
# (loopback). Prints requests/s, p50 and p99 and the app/nginx ratio for a claim page, the home page, a citation
# page and /claims; time to first page over cold starts; and search latency at 1 and 32 connections.
# Not a test: it measures, it does not assert. Usage: bench/compare.sh [seconds-per-run] [cold-starts]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-10}"
STARTS="${2:-5}"
APP_PORT=18080
NGINX_PORT=18081
WORK="$(mktemp -d)"
trap 'kill "${APP_PID:-0}" 2>/dev/null || true; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; rm -rf "$WORK"' EXIT

need() {
	if ! command -v "$1" >/dev/null 2>&1; then
		if [ "$(id -u)" -eq 0 ]; then
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
		else
			echo "$1 is missing: install the Debian package $2" >&2
			exit 2
		fi
	fi
}
need wrk wrk
need nginx nginx

JAR="$(ls target/magnesium-sleep-evidence-*.jar 2>/dev/null | grep -v plain | head -1 || true)"
if [ -z "$JAR" ]; then
	./mvnw -q -DskipTests package
	JAR="$(ls target/magnesium-sleep-evidence-*.jar | grep -v plain | head -1)"
fi

# The documented production launch when -Pfast-start has prepared it, else the jar with the same heap.
if [ -x target/launch/run ]; then
	LAUNCH=(target/launch/run)
else
	LAUNCH=(java -Xmx160m -XX:+ExitOnOutOfMemoryError -jar "$JAR")
fi

# Starts the app; STARTED_MS is the time until its home page answered.
start_app() {
	local begin end
	begin=$(date +%s%N)
	SERVER_PORT=$APP_PORT "${LAUNCH[@]}" >"$WORK/app.log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 600); do
		if curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/" 2>/dev/null | grep -q 200; then
			end=$(date +%s%N)
			STARTED_MS=$(((end - begin) / 1000000))
			return 0
		fi
		sleep 0.05
	done
	echo "the application did not answer within 30 s; see its log:" >&2
	tail -20 "$WORK/app.log" >&2
	exit 1
}

stop_app() {
	kill "$APP_PID" 2>/dev/null || true
	wait "$APP_PID" 2>/dev/null || true
}

echo "Time to first page, $STARTS cold starts of ${LAUNCH[*]}:"
TIMES=()
for _ in $(seq 1 "$STARTS"); do
	start_app
	TIMES+=("$STARTED_MS")
	stop_app
done
MEDIAN=$(printf '%s\n' "${TIMES[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "  ${TIMES[*]} ms; median $MEDIAN ms"

start_app
PAGES=(/claims/magnesium-shortens-time-to-fall-asleep / /citations/mah-pitre-2021 /claims)
mkdir -p "$WORK/site"
for page in "${PAGES[@]}"; do
	name=$(echo "$page" | tr '/' '_')
	curl -s "http://127.0.0.1:$APP_PORT$page" >"$WORK/site/$name.html"
done

cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
	access_log off;
	sendfile on;
	keepalive_timeout 65;
	keepalive_requests 1000000;
	default_type text/html;
	server {
		listen 127.0.0.1:$NGINX_PORT;
		root $WORK/site;
	}
}
CONF
nginx -c "$WORK/nginx.conf"

# wrk prints fixed percentiles; this report gives p50, p95 and p99 in milliseconds.
cat >"$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
	io.write(string.format("RESULT %.0f %.2f %.2f %.2f\n", summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA

# Prints "requests/s p50 p95 p99" of one wrk run.
measure() {
	wrk -t"$(($2 < 2 ? $2 : 2))" -c"$2" -d"${DURATION}s" -s "$WORK/report.lua" "$1" 2>/dev/null | awk '/^RESULT/ {print $2, $3, $4, $5}'
}

# A warm JVM: every page and query, three rounds at 8 connections, so that the JIT compiler has a core
# to work on (under full load it starves, and the first page measured would pay for the warm-up).
for _ in 1 2 3; do
	for url in "${PAGES[@]}" "/api/search?q=glycinate%20dose" "/api/search?q=magnesium%20sleep" "/api/search?q=melatonn"; do
		wrk -t2 -c8 -d2s "http://127.0.0.1:$APP_PORT$url" >/dev/null 2>&1
	done
done

printf '\n%-46s %10s %7s %7s %12s %7s %7s %6s\n' "page, 32 connections, ${DURATION} s each" "app req/s" "p50 ms" "p99 ms" \
	"nginx req/s" "p50 ms" "p99 ms" "ratio"
for page in "${PAGES[@]}"; do
	name=$(echo "$page" | tr '/' '_')
	read -r app_rps app_p50 _ app_p99 <<<"$(measure "http://127.0.0.1:$APP_PORT$page" 32)"
	read -r ngx_rps ngx_p50 _ ngx_p99 <<<"$(measure "http://127.0.0.1:$NGINX_PORT/$name.html" 32)"
	ratio=$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN {printf "%.0f%%", 100 * a / n}')
	printf '%-46s %10s %7s %7s %12s %7s %7s %6s\n' "$page" "$app_rps" "$app_p50" "$app_p99" "$ngx_rps" "$ngx_p50" \
		"$ngx_p99" "$ratio"
done

printf '\n%-46s %10s %7s %7s %7s\n' "search" "req/s" "p50 ms" "p95 ms" "p99 ms"
for connections in 1 32; do
	for query in "q=glycinate%20dose" "q=magnesium%20sleep" "q=melatonn"; do
		read -r rps p50 p95 p99 <<<"$(measure "http://127.0.0.1:$APP_PORT/api/search?$query" "$connections")"
		printf '%-46s %10s %7s %7s %7s\n' "/api/search?$query, $connections conn." "$rps" "$p50" "$p95" "$p99"
	done
done
echo
echo "Resident memory of the application after the runs: $(($(awk '/VmRSS/ {print $2}' /proc/$APP_PID/status) / 1024)) MB"
