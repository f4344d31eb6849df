#!/usr/bin/env bash
# The family-system page (genogram, households of the family, relations) on a generated region: one query for the
# whole family system. Needs a running bench/start.sh (50,000 households by default).
#   bench/family-system.sh [CONNECTIONS] [SECONDS]      defaults: 8 20
# Prints EXPLAIN (ANALYZE, BUFFERS) of the query for a family of three households (a child living with both parents
# apart, and a grandmother linked on purpose) and for a household on its own, then Markdown rows from wrk for the
# page of each kind of household, as anouk.dejong.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk

CONNECTIONS=${1:-8}
SECONDS_EACH=${2:-20}
RESULTS="$WORK_DIR/results"; mkdir -p "$RESULTS"
me=$(sql -tA -c "select id from professional where username = 'anouk.dejong'")
family=$(sql -tA -c "select household_id from household_link where kind = 'GRANDPARENTS' order by created_at limit 1")
single=$(sql -tA -c "select v.household_id from household_visibility_at(now()) v where v.professional_id = '$me'
                     and not exists (select 1 from household_link l where l.household_id = v.household_id)
                     order by md5(v.household_id::text) limit 1")
# The very query Kernteam runs (src/main/resources/household/family-system.sql), its parameters filled in.
explain() { # explain HOUSEHOLD
	{ echo "explain (analyze, buffers, timing)"; sed -e "s/:household/'$1'/g; s/:me/'$me'/g; s/:maxDepth/4/; s/:maxHouseholds/25/" \
		"$ROOT_DIR/src/main/resources/household/family-system.sql"; } | sql
}
[ -n "$family" ] || die "no linked family in this region (generated before the family system existed?)"
echo "## EXPLAIN, family of $(sql -tA -c "select count(*) from household_link where household_id = '$family'") link(s): $family"
explain "$family" | grep -E "Execution Time|Planning Time|Buffers: shared" | tail -4
echo "## EXPLAIN, household on its own: $single"
explain "$single" | grep -E "Execution Time|Planning Time" | tail -2

cookie=$(login anouk.dejong)
sql -tA -c "select '/households/' || household_id || '/family-system' from household_link where kind = 'GRANDPARENTS'" >"$WORK_DIR/paths-family.txt"
sql -tA -c "select '/households/' || v.household_id || '/family-system' from household_visibility_at(now()) v
            where v.professional_id = '$me' order by md5(v.household_id::text) limit 200" >"$WORK_DIR/paths-families.txt"
echo
echo "$(machine)"
echo
echo "| page | conns | req/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|---|"
for set in family families; do
	out="$RESULTS/family-system-$set-c$CONNECTIONS.txt"
	PATHS="$WORK_DIR/paths-$set.txt" AUTH_HEADER="Cookie: $cookie" wrk -t1 -c2 -d5s -s "$BENCH_DIR/paths.lua" "$BASE" >/dev/null 2>&1
	PATHS="$WORK_DIR/paths-$set.txt" AUTH_HEADER="Cookie: $cookie" \
		wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s --latency -s "$BENCH_DIR/paths.lua" "$BASE" >"$out" 2>&1
	rps=$(awk '/Requests\/sec/ {print $2}' "$out")
	p50=$(awk '$1 == "50%" {print $2}' "$out")
	p99=$(awk '$1 == "99%" {print $2}' "$out")
	errors=$(awk '/Non-2xx/ {print $5}' "$out"); errors=${errors:-0}
	name=$([ "$set" = family ] && echo "family system of 3 households" || echo "200 of Anouk's households")
	echo "| $name | $CONNECTIONS | $rps | $p50 | $p99 | $errors |"
done
