#!/usr/bin/env bash
# JVM and PostgreSQL CPU per request of the household page and the assessment page (issue 19's rendering
# part): CPU time (utime + stime from /proc) of the JVM and of PostgreSQL's backends before and after a fixed
# number of requests, divided by the number of requests. CPU time per request barely depends on what else runs
# on the machine, unlike requests per second; the load average is printed anyway.
# Runs its own small region on its own data directory and port (never bench/work/data, which bench/start.sh uses):
#   bench/page-cpu.sh [REQUESTS] [USERNAME]       defaults: 2000 esther.vandijk (after BENCH_WARMUP=1500 unmeasured)
#   BENCH_JAR=other.jar bench/page-cpu.sh          measures another build (e.g. the one before a change)
# Environment: BENCH_HOUSEHOLDS (default 2000), BENCH_PORT (default 18119), BENCH_DATA_DIR (default
# bench/work/page-cpu), BENCH_KEEP=1 keeps the instance running afterwards.
set -euo pipefail
export BENCH_HOUSEHOLDS="${BENCH_HOUSEHOLDS:-2000}" BENCH_PORT="${BENCH_PORT:-18119}"
export BENCH_DATA_DIR="${BENCH_DATA_DIR:-$(cd "$(dirname "$0")" && pwd)/work/page-cpu}"
source "$(dirname "$0")/lib.sh"
need wrk wrk

REQUESTS=${1:-2000}
USER_NAME=${2:-esther.vandijk}
RESULTS="$WORK_DIR/results"; mkdir -p "$RESULTS"
# bench/start.sh keeps its pid in WORK_DIR/app.pid; this script's instance keeps its own.
APP_PID_FILE="$BENCH_DATA_DIR.pid"

started=no
if ! { [ -f "$APP_PID_FILE" ] && kill -0 "$(cat "$APP_PID_FILE")" 2>/dev/null; }; then
	[ -f "$JAR" ] || (cd "$ROOT_DIR" && ./mvnw -B -q -o -DskipTests package)
	mkdir -p "$BENCH_DATA_DIR"
	cp "$JAR" "$BENCH_DATA_DIR.jar" # a copy, so that a rebuild cannot pull classes from under it
	(exec java ${BENCH_JAVA_OPTS:-} -jar "$BENCH_DATA_DIR.jar" --server.port="$PORT" --kernteam.data-dir="$BENCH_DATA_DIR" \
		--kernteam.demo-households="$HOUSEHOLDS" >"$BENCH_DATA_DIR.out" 2>&1) &
	echo $! >"$APP_PID_FILE"
	started=yes
	for _ in $(seq 1 600); do
		kill -0 "$(cat "$APP_PID_FILE")" 2>/dev/null || die "Kernteam stopped; see $BENCH_DATA_DIR.out"
		curl -fsS "$BASE/actuator/health" >/dev/null 2>&1 && [ "$(sql -tA -c 'select count(*) > 0 from household' 2>/dev/null)" = "t" ] && break
		sleep 1
	done
fi
stop() { [ "$started" = yes ] && [ -z "${BENCH_KEEP:-}" ] && kill "$(cat "$APP_PID_FILE")" && rm -f "$APP_PID_FILE" || true; }
trap stop EXIT

# cpu_seconds (lib.sh) reads the JVM's pid from WORK_DIR/app.pid; this instance's pid is elsewhere.
page_cpu() { WORK_DIR="$BENCH_DATA_DIR.cpu" ; mkdir -p "$WORK_DIR"; cp "$APP_PID_FILE" "$WORK_DIR/app.pid"; cpu_seconds; }

cookie=$(login "$USER_NAME")
# The household with the most assessments items and the fullest household page this user sees, so the figures
# are of a full page rather than an empty one; the same page on every run.
household=$(sql -tA -c "select v.household_id from household_visibility_at(now()) v join professional p on p.id = v.professional_id
                        join assessment a on a.household_id = v.household_id
                        where lower(p.username) = lower('$USER_NAME') group by v.household_id order by count(*) desc, v.household_id limit 1")
assessment=$(sql -tA -c "select id from assessment where household_id = '$household' order by id limit 1")
[ -n "$household" ] && [ -n "$assessment" ] || die "$USER_NAME sees no household with an assessment"

requests() { # requests COUNT PATH: COUNT requests, two at a time over keep-alive connections (curl's URL list)
	local list; list=$(mktemp)
	for _ in $(seq 1 "$1"); do echo "url = \"$BASE$2\""; echo "output = /dev/null"; done >"$list"
	curl -fsS --no-progress-meter -H "Cookie: $cookie" --parallel --parallel-max 2 -K "$list" || die "a request to $2 failed"
	rm -f "$list"
}

measure() { # measure NAME PATH
	local status; status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE$2")
	[ "$status" = 200 ] || die "$2 answers $status"
	# Warm up by count, not by time: on a busy machine a fresh JVM is still compiling after many seconds, and the
	# compiler's CPU time would be charged to the measured requests.
	requests "${BENCH_WARMUP:-1500}" "$2"
	local before after
	before=$(page_cpu)
	requests "$REQUESTS" "$2"
	after=$(page_cpu)
	echo "$before $after" | awk -v n="$REQUESTS" -v name="$1" \
		'{printf "| %s | %d | %.2f | %.2f | %.2f |\n", name, n, ($3 - $1) * 1000 / n, ($4 - $2) * 1000 / n, ($3 - $1 + $4 - $2) * 1000 / n}'
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(basename "$JAR"), $HOUSEHOLDS households, $USER_NAME; $(machine)"
echo "| page | requests | JVM CPU ms/request | PostgreSQL CPU ms/request | together |"
echo "|---|---|---|---|---|"
measure "household page" "/households/$household"
measure "assessment page" "/households/$household/assessments/$assessment"
echo "# load average afterwards: $(cut -d' ' -f1-3 /proc/loadavg)"
