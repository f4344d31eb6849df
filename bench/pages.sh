#!/usr/bin/env bash
# Load on the pages with a logged-in session: the household list, a search, household pages (cycling
# through ids the user may see) and the start page. Needs a running bench/start.sh.
#   bench/pages.sh [USERNAME] [CONNECTIONS] [SECONDS]      defaults: anouk.dejong 8 20
# Prints one Markdown table row per endpoint; raw wrk output goes to bench/work/results/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk

USER_NAME=${1:-anouk.dejong}
CONNECTIONS=${2:-8}
SECONDS_EACH=${3:-20}
THREADS=$(( CONNECTIONS < 2 ? 1 : 2 ))
RESULTS="$WORK_DIR/results"; mkdir -p "$RESULTS"

cookie=$(login "$USER_NAME")
visible=$(sql -tA -c "select count(*) from household_visibility_at(now()) v join professional p on p.id = v.professional_id
                      where lower(p.username) = lower('$USER_NAME')")

# Household ids this user may see (up to 200, spread over the list), and searches that find something.
sql -tA -c "select '/households/' || v.household_id from household_visibility_at(now()) v join professional p on p.id = v.professional_id
            where lower(p.username) = lower('$USER_NAME') order by md5(v.household_id::text) limit 200" >"$WORK_DIR/paths-household.txt"
printf '/households?query=%s\n' jan bakker emma de%20vries noah smit >"$WORK_DIR/paths-search.txt"
echo /households >"$WORK_DIR/paths-list.txt"
echo / >"$WORK_DIR/paths-start.txt"

run() { # run NAME PATHFILE
	local out="$RESULTS/pages-$USER_NAME-c$CONNECTIONS-${2%.txt}.txt"
	PATHS="$WORK_DIR/$2" AUTH_HEADER="Cookie: $cookie" wrk -t1 -c2 -d"${BENCH_WARMUP:-10}s" -s "$BENCH_DIR/paths.lua" "$BASE" >/dev/null 2>&1 # warm up (JIT, caches)
	local before; before=$(cpu_seconds)
	PATHS="$WORK_DIR/$2" AUTH_HEADER="Cookie: $cookie" \
		wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s --latency -s "$BENCH_DIR/paths.lua" "$BASE" >"$out" 2>&1
	echo "cpu $before $(cpu_seconds)" >>"$out"
	report "$1" "$out"
}

report() { # report NAME WRK-OUTPUT: | endpoint | conns | req/s | p50 | p99 | errors | CPU ms per request |
	local rps p50 p99 errors requests cpu
	rps=$(awk '/Requests\/sec/ {print $2}' "$2")
	p50=$(awk '$1 == "50%" {print $2}' "$2")
	p99=$(awk '$1 == "99%" {print $2}' "$2")
	errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {n += 1} END {print n + 0}' "$2")
	requests=$(awk '/requests in/ {print $1}' "$2")
	cpu=$(awk -v n="$requests" '/^cpu / {printf "%.1f + %.1f", ($4 - $2) * 1000 / n, ($5 - $3) * 1000 / n}' "$2")
	printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$CONNECTIONS" "$rps" "$p50" "$p99" "$errors" "$cpu"
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $USER_NAME sees $visible households; $(machine)"
echo "| endpoint | connections | requests/s | p50 | p99 | non-2xx | CPU ms/request (JVM + PostgreSQL) |"
echo "|---|---|---|---|---|---|---|"
run "GET /households (list, page 1)" paths-list.txt
run "GET /households?query=… (6 searches)" paths-search.txt
run "GET /households/{id} (200 ids)" paths-household.txt
run "GET / (start page)" paths-start.txt
