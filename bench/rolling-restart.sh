#!/usr/bin/env bash
# The rolling-restart drill (issue 18): two Kernteam nodes on one PostgreSQL (kernteam.sessions=jdbc), nginx in
# front, a steady open-loop load through nginx (a page with a session made before the restarts, and an API read
# with a token), and the nodes restarted one after the other while the load runs. Counts failed requests; the goal
# is 0. Uses the machine's PostgreSQL (PGBIN) and nginx; everything lives under bench/work/rolling.
#
#   bench/rolling-restart.sh            # RATE=40 requests per second
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need nginx nginx-light

RR="$WORK_DIR/rolling"
EXT_DIR="$RR"
PG_PORT=55442
LB_PORT=18090
NODE_PORTS=(18091 18092)
RATE="${RATE:-40}"
LB="http://localhost:$LB_PORT"
[ -f "$JAR" ] || (cd "$ROOT_DIR" && ./mvnw -B -q -DskipTests package)
declare -a PIDS

cleanup() {
	for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
	[ -f "$RR/nginx.pid" ] && kill "$(cat "$RR/nginx.pid")" 2>/dev/null || true
	stop_external_pg pg
}
trap cleanup EXIT

start_node() { # start_node INDEX
	local port=${NODE_PORTS[$1]}
	kernteam_on $PG_PORT "$port" "$RR/node$1" "$RR/node$1.log" --kernteam.sessions=jdbc \
		--kernteam.demo-data=true --kernteam.demo-households=300 --server.shutdown=graceful
	PIDS[$1]=$KERNTEAM_PID
	wait_ready "$port" "$KERNTEAM_PID" "$RR/node$1.log"
}

stop_node() { # stop_node INDEX: SIGTERM, as a service manager stops it; Boot finishes what is in flight
	kill "${PIDS[$1]}"
	wait "${PIDS[$1]}" 2>/dev/null || true
	PIDS[$1]=
}

rm -rf "$RR" && mkdir -p "$RR"
echo "== PostgreSQL ($($PGBIN/postgres --version)) and two nodes"
external_pg pg $PG_PORT
start_node 0
start_node 1

cat > "$RR/nginx.conf" <<CONF
pid $RR/nginx.pid;
error_log $RR/nginx-error.log;
events { worker_connections 1024; }
http {
	access_log off;
	upstream kernteam {
		server 127.0.0.1:${NODE_PORTS[0]} max_fails=3 fail_timeout=5s;
		server 127.0.0.1:${NODE_PORTS[1]} max_fails=3 fail_timeout=5s;
		keepalive 32;
	}
	server {
		listen 127.0.0.1:$LB_PORT;
		location / {
			proxy_pass http://kernteam;
			proxy_http_version 1.1;
			proxy_set_header Connection "";
			proxy_set_header Host \$host:$LB_PORT;
			proxy_connect_timeout 1s;
			# a request the stopping node holds on to is tried on the other one after 5 s, within the client's 10 s
			proxy_read_timeout 5s;
			proxy_next_upstream error timeout http_502 http_503 http_504 non_idempotent;
			proxy_next_upstream_tries 2;
		}
	}
}
CONF
nginx -c "$RR/nginx.conf" -p "$RR"

echo "== a session and a token, through the balancer"
BASE=$LB
COOKIE=$(login anouk.dejong)
TOKEN=$(curl -fsS -X POST -u "anouk.dejong:$PASSWORD" "$LB/api/v1/tokens" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || die "no token"
curl -fsS -o /dev/null -H "Cookie: $COOKIE" "$LB/" || die "the page does not answer through the balancer"
curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$LB/api/v1/households?size=20" || die "the API does not answer"

echo "== load at $RATE/s while node 1 and then node 2 restart"
python3 "$BENCH_DIR/rolling-load.py" "$LB" "$RATE" 100000 "$COOKIE" "$TOKEN" > "$RR/load.out" 2>&1 &
LOAD=$!
sleep 10
for i in 0 1; do
	start=$(date +%s)
	stop_node $i
	echo "   node $((i + 1)) stopped"
	start_node $i
	echo "   node $((i + 1)) back after $(( $(date +%s) - start )) s"
	# warm it up (JIT, templates) with the same calls, straight to the node, before the other one stops: a cold
	# node's first answers can take seconds, and the balancer counts slow answers against it
	for _ in $(seq 30); do
		curl -s -o /dev/null -H "Cookie: $COOKIE" "http://localhost:${NODE_PORTS[$i]}/" || true
		curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "http://localhost:${NODE_PORTS[$i]}/api/v1/households?size=20" || true
	done
	sleep 10
done
kill -INT "$LOAD" 2>/dev/null || true
wait "$LOAD" || true
cat "$RR/load.out"
