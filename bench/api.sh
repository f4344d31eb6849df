#!/usr/bin/env bash
# Load on the JSON API as integrations call it: GET /api/v1/households/{id}, cycling through ids the user may
# see, first with HTTP Basic (every call checks the password with bcrypt, which dominates), then in the same run
# with a token bought once at POST /api/v1/tokens (Authorization: Bearer, one indexed lookup per call), and the
# ratio of the two. Needs a running bench/start.sh.
#   bench/api.sh [USERNAME] [CONNECTIONS] [SECONDS]      defaults: anouk.dejong 8 20
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk

USER_NAME=${1:-anouk.dejong}
CONNECTIONS=${2:-8}
SECONDS_EACH=${3:-20}
THREADS=$(( CONNECTIONS < 2 ? 1 : 2 ))
RESULTS="$WORK_DIR/results"; mkdir -p "$RESULTS"

sql -tA -c "select '/api/v1/households/' || v.household_id from household_visibility_at(now()) v join professional p on p.id = v.professional_id
            where lower(p.username) = lower('$USER_NAME') order by md5(v.household_id::text) limit 200" >"$WORK_DIR/paths-api.txt"
basic="Authorization: Basic $(printf '%s:%s' "$USER_NAME" "$PASSWORD" | base64 -w0)"
out="$RESULTS/api-$USER_NAME-c$CONNECTIONS.txt"

PATHS="$WORK_DIR/paths-api.txt" AUTH_HEADER="$basic" wrk -t1 -c2 -d"${BENCH_WARMUP:-10}s" -s "$BENCH_DIR/paths.lua" "$BASE" >/dev/null 2>&1
before=$(cpu_seconds)
PATHS="$WORK_DIR/paths-api.txt" AUTH_HEADER="$basic" \
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s --latency -s "$BENCH_DIR/paths.lua" "$BASE" >"$out" 2>&1

echo "cpu $before $(cpu_seconds)" >>"$out"

# The same reads with a token, bought once with the same password.
token=$(curl -fsS -X POST -H "$basic" "$BASE/api/v1/tokens" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || die "no token from POST /api/v1/tokens"
bearer="Authorization: Bearer $token"
out_token="$RESULTS/api-token-$USER_NAME-c$CONNECTIONS.txt"
PATHS="$WORK_DIR/paths-api.txt" AUTH_HEADER="$bearer" wrk -t1 -c2 -d"${BENCH_WARMUP:-10}s" -s "$BENCH_DIR/paths.lua" "$BASE" >/dev/null 2>&1
before=$(cpu_seconds)
PATHS="$WORK_DIR/paths-api.txt" AUTH_HEADER="$bearer" \
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s --latency -s "$BENCH_DIR/paths.lua" "$BASE" >"$out_token" 2>&1
echo "cpu $before $(cpu_seconds)" >>"$out_token"

row() { # row FILE LABEL
	local requests cpu
	requests=$(awk '/requests in/ {print $1}' "$1")
	cpu=$(awk -v n="$requests" '/^cpu / {printf "%.1f + %.1f", ($4 - $2) * 1000 / n, ($5 - $3) * 1000 / n}' "$1")
	printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$2" "$CONNECTIONS" \
		"$(awk '/Requests\/sec/ {print $2}' "$1")" "$(awk '$1 == "50%" {print $2}' "$1")" \
		"$(awk '$1 == "99%" {print $2}' "$1")" "$(awk '/Non-2xx/ {n += $NF} END {print n + 0}' "$1")" "$cpu"
}

# One call alone, to split the time: bcrypt is what a second call with the same password costs again.
one=$(curl -s -o /dev/null -w '%{time_total}' -H "$basic" "$BASE$(head -1 "$WORK_DIR/paths-api.txt")")
hash=$(sql -tA -c "select password_hash from professional where lower(username) = lower('$USER_NAME')")

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $USER_NAME; $(machine)"
echo "| endpoint | connections | requests/s | p50 | p99 | non-2xx | CPU ms/request (JVM + PostgreSQL) |"
echo "|---|---|---|---|---|---|---|"
row "$out" "GET /api/v1/households/{id} (HTTP Basic, 200 ids)"
row "$out_token" "GET /api/v1/households/{id} (token, 200 ids)"
echo
awk '/Requests\/sec/ {r[n++] = $2} END {printf "token / Basic: %.1f times the requests per second\n", r[1] / r[0]}' "$out" "$out_token"
echo "one call alone: ${one}s; password hash ${hash:0:11}… (bcrypt cost ${hash:12:2})"
