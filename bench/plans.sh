#!/usr/bin/env bash
# Which statements PostgreSQL plans anew on (nearly) every call, and what each costs, over a crawl of the
# professional's pages: restarts start.sh's instance with pg_stat_statements loaded (track_planning on), opens 129
# pages (the start page, lists, search, notifications, signals, team, learning, and 15 pages for each of 10 households
# the user sees) ROUNDS times for each user, prints the statements planned on more than half of their calls and the
# dearest statements by time per call, then restarts without the library.
#   bench/plans.sh [ROUNDS] [USER...]     defaults: 20 rounds; esther.vandijk and anouk.dejong
# Why: PostgreSQL keeps a prepared statement's generic plan only while it costs no more than the plans made for the
# values at hand; the region's statistics decide that, so the tests' small database does not show it
# (docs/BENCHMARKS.md, seventh and ninth rounds: 1.2 ms of planning a page for 0.1 ms of work).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ROUNDS=${1:-20}
shift || true
USERS=("$@")
[ ${#USERS[@]} -gt 0 ] || USERS=(esther.vandijk anouk.dejong)

restart() {
	"$BENCH_DIR/stop.sh" >/dev/null 2>&1 || true
	"$BENCH_DIR/start.sh" | tail -1
}

[ -d "$DATA_DIR/pg" ] || "$BENCH_DIR/start.sh" | tail -1
if [ ! -f "$WORK_DIR/app.pid" ] || ! kill -0 "$(cat "$WORK_DIR/app.pid")" 2>/dev/null; then
	"$BENCH_DIR/start.sh" | tail -1
fi
sql -c "alter system set shared_preload_libraries = 'pg_stat_statements'" \
	-c "alter system set pg_stat_statements.track_planning = on" >/dev/null
trap 'sql -c "alter system reset shared_preload_libraries" -c "alter system reset pg_stat_statements.track_planning" >/dev/null; restart' EXIT
restart
sql -c "create extension if not exists pg_stat_statements" >/dev/null

paths_of() { # paths_of USER -> the crawl's paths on stdout
	local ids
	ids=$(sql -tA -c "select v.household_id from household_visibility_at(now()) v
	                   join professional p on p.id = v.professional_id where lower(p.username) = lower('$1')
	                  order by md5(v.household_id::text) limit 10")
	printf '%s\n' / /households "/households?query=jan" "/households?query=de" /households/closed /notifications \
		/signals /signals/organisation /team /team/expertise-requests /expertise-requests /learning/measures \
		/learning/rhythm /learning/startfoto
	for id in $ids; do
		for part in "" /plan /network /timeline /family-system /life-domains /access-log /court-orders /helpers \
			/reflections /case-reviews /assessments /withholdings /drafts /meldcode; do
			echo "/households/$id$part"
		done
	done
}

crawl() { # crawl USER ROUNDS
	local cookie paths
	cookie=$(login "$1")
	paths=$(mktemp)
	paths_of "$1" >"$paths"
	for _ in $(seq 1 "$2"); do
		while read -r path; do curl -s -o /dev/null -w '%{http_code}\n' -H "Cookie: $cookie" "$BASE$path"; done <"$paths"
	done | sort | uniq -c | awk -v u="$1" '{printf "%s: %s answered %s\n", u, $1, $2}'
	rm -f "$paths"
}

# once to warm the JIT and the connections' prepared statements, then counted
for user in "${USERS[@]}"; do crawl "$user" 3 >/dev/null; done
sql -c "select pg_stat_statements_reset()" >/dev/null
for user in "${USERS[@]}"; do crawl "$user" "$ROUNDS"; done

echo
echo "# $(date -u +%FT%H:%MZ), ${USERS[*]}, $ROUNDS rounds; $(machine)"
echo "Planned on more than half of their calls:"
sql -c "select calls, plans, round((total_plan_time / calls)::numeric, 3) as plan_ms,
               round((total_exec_time / calls)::numeric, 3) as exec_ms,
               left(regexp_replace(query, '\s+', ' ', 'g'), 110) as statement
          from pg_stat_statements
         where calls >= $ROUNDS and plans > calls / 2 and query !~* '^\s*(begin|commit|rollback|set )'
         order by total_plan_time desc limit 20"
echo "Dearest by time per call:"
sql -c "select calls, round((total_exec_time / calls)::numeric, 2) as exec_ms, round(max_exec_time::numeric, 1) as max_ms,
               round((total_plan_time / calls)::numeric, 3) as plan_ms,
               left(regexp_replace(query, '\s+', ' ', 'g'), 100) as statement
          from pg_stat_statements where calls >= $ROUNDS
         order by (total_exec_time + total_plan_time) / calls desc limit 15"
