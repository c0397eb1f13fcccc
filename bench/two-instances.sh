#!/usr/bin/env bash
# Two instances of the packaged application behind nginx, on this machine only (loopback): every address of the
# sitemap, the JSON API and its description is fetched through nginx and from each instance directly, and the
# bodies and ETags must be identical everywhere (the instances are interchangeable). Exits 0 when they are, 1 with
# the differing addresses when not. Bounded: each instance gets 240 s to become ready, each round of requests
# 600 s.
# Usage: bench/two-instances.sh   (ports: KB_PORT_A, KB_PORT_B, KB_NGINX_PORT; default 18481, 18482, 18480)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT_A="${KB_PORT_A:-18481}"
PORT_B="${KB_PORT_B:-18482}"
NGINX_PORT="${KB_NGINX_PORT:-18480}"
SITE="http://127.0.0.1:$NGINX_PORT"
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
	rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v nginx >/dev/null 2>&1; then
	echo "nginx is missing: install the Debian package nginx (.ci/run does)" >&2
	exit 2
fi

# The packaged jar, built again when the code or the build is newer.
JAR="$(ls target/magnesium-sleep-evidence-*.jar 2>/dev/null | grep -v plain | head -1 || true)"
if [ -z "$JAR" ] || [ pom.xml -nt "$JAR" ] || [ -n "$(find src/main -newer "$JAR" -print -quit)" ]; then
	./mvnw -q -B -DskipTests package
	JAR="$(ls target/magnesium-sleep-evidence-*.jar | grep -v plain | head -1)"
fi

# Each instance builds its own snapshot (its own in-memory database and search index) from the same content,
# and is told the address readers use, nginx's.
for port in "$PORT_A" "$PORT_B"; do
	java -Xmx384m -jar "$JAR" --server.port="$port" --site.url="$SITE" >"$WORK/app-$port.log" 2>&1 &
	PIDS+=($!)
done

await_ready() {
	local port=$1 pid=$2
	for _ in $(seq 1 1200); do
		if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ]; then
			return 0
		fi
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "the instance on port $port stopped; its log:" >&2
			tail -30 "$WORK/app-$port.log" >&2
			exit 1
		fi
		sleep 0.2
	done
	echo "the instance on port $port was not ready within 240 s; its log:" >&2
	tail -30 "$WORK/app-$port.log" >&2
	exit 1
}
await_ready "$PORT_A" "${PIDS[0]}"
await_ready "$PORT_B" "${PIDS[1]}"

# nginx as a foreground process of this user, with everything under the temporary prefix. Responses are
# relayed without temporary files, so that worker processes need no folder of their own.
mkdir -p "$WORK/nginx/logs"
cat >"$WORK/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 128; }
http {
	access_log off;
	upstream kb {
		server 127.0.0.1:$PORT_A;
		server 127.0.0.1:$PORT_B;
		keepalive 8;
	}
	server {
		listen 127.0.0.1:$NGINX_PORT;
		location / {
			proxy_pass http://kb;
			proxy_http_version 1.1;
			proxy_set_header Connection "";
			proxy_max_temp_file_size 0;
		}
	}
}
CONF
nginx -p "$WORK/nginx" -e "$WORK/nginx/logs/error.log" -c "$WORK/nginx/nginx.conf" &
PIDS+=($!)
for _ in $(seq 1 100); do
	curl -s -o /dev/null "$SITE/robots.txt" && break
	sleep 0.1
done

# Every page of the sitemap, plus what the sitemap does not list: the JSON API and its description.
PATHS="$(curl -sf --max-time 20 "$SITE/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -e 's|<loc>||' -e 's|</loc>||' \
	-e "s|^$SITE||")"
PATHS="$PATHS
/api/claims
/api/citations
/api/dosages
/api/disagreements
/api/topics
/api/forms
/api/articles
/v3/api-docs"

# One line per address: status, ETag and SHA-256 of the body, for every address in one curl (one connection).
# fetch NAME BASE ENCODING writes $WORK/NAME.txt
fetch() {
	local name=$1 base=$2 encoding=$3 n=0
	mkdir -p "$WORK/$name"
	: >"$WORK/$name.cfg"
	while IFS= read -r path; do
		n=$((n + 1))
		printf 'url = "%s%s"\noutput = "%s/%s/%05d"\n' "$base" "$path" "$WORK" "$name" "$n" >>"$WORK/$name.cfg"
	done <<<"$PATHS"
	curl -s --max-time 600 -H "Accept-Encoding: $encoding" -w '%{http_code} %header{etag}\n' -K "$WORK/$name.cfg" \
		>"$WORK/$name.status"
	paste -d' ' "$WORK/$name.status" <(cd "$WORK/$name" && sha256sum * | cut -c1-64) >"$WORK/$name.txt"
}

PATHS="$(grep -v '^$' <<<"$PATHS")"
count="$(wc -l <<<"$PATHS")"
failures=0
for encoding in identity gzip; do
	fetch "a-$encoding" "http://127.0.0.1:$PORT_A" "$encoding"
	fetch "b-$encoding" "http://127.0.0.1:$PORT_B" "$encoding"
	# twice through nginx, which sends the requests to the two instances in turn
	fetch "nginx1-$encoding" "$SITE" "$encoding"
	fetch "nginx2-$encoding" "$SITE" "$encoding"
	line=0
	while IFS= read -r path; do
		line=$((line + 1))
		a="$(sed -n "${line}p" "$WORK/a-$encoding.txt")"
		b="$(sed -n "${line}p" "$WORK/b-$encoding.txt")"
		n1="$(sed -n "${line}p" "$WORK/nginx1-$encoding.txt")"
		n2="$(sed -n "${line}p" "$WORK/nginx2-$encoding.txt")"
		if [ "${a%% *}" != 200 ] || [ "$(cut -d' ' -f2 <<<"$a")" = "" ] || [ "$a" != "$b" ] || [ "$a" != "$n1" ] \
			|| [ "$a" != "$n2" ]; then
			failures=$((failures + 1))
			printf 'DIFFERENT %s (%s)\n  instance A: %s\n  instance B: %s\n  nginx:      %s\n  nginx:      %s\n' \
				"$path" "$encoding" "$a" "$b" "$n1" "$n2" >&2
		fi
	done <<<"$PATHS"
done

if [ "$failures" -gt 0 ]; then
	echo "Two instances behind nginx: $failures of $((count * 2)) answers differ (status, ETag or body)" >&2
	exit 1
fi
echo "Two instances behind nginx: $count addresses, plain and gzip, identical status, ETag and body on both" \
	"instances and through nginx"
