#!/usr/bin/env bash
# Loads a year of access log into the running benchmark instance: about 25–30 million rows over the last 12
# months and this one, for the households of the generated region (each read a few hundred times a year by
# the professionals involved with it; :heavy households tens of thousands of times). Creates the monthly
# partitions first, so that nothing lands in the default partition. Run once, after bench/start.sh.
#   bench/access-log-load.sh [HEAVY-HOUSEHOLDS]     default 50
set -euo pipefail
source "$(dirname "$0")/lib.sh"
HEAVY=${1:-50}

existing=$(sql -tA -c "select count(*) from access_log where resource <> 'households'")
[ "$existing" -lt 1000000 ] || die "access_log already holds $existing rows"

first=$(sql -tA -c "select (date_trunc('month', now()) - interval '12 months')::date")
until=$(sql -tA -c "select now()")
echo "bench: partitions from $first: created $(sql -tA -c "select access_log_ensure_partitions('$first', 13)")"
sql -v heavy="$HEAVY" -f "$BENCH_DIR/sql/access-log-actors.sql"

total_start=$(date +%s.%N)
for m in $(seq 0 12); do
	month_start=$(sql -tA -c "select date '$first' + make_interval(months => $m)")
	month_end=$(sql -tA -c "select date '$first' + make_interval(months => $m + 1)")
	start=$(date +%s.%N)
	PGOPTIONS="-c synchronous_commit=off" sql -v month_start="$month_start" -v month_end="$month_end" -v until="$until" \
		-f "$BENCH_DIR/sql/access-log-month.sql"
	printf 'bench: %s loaded in %.0f s\n' "${month_start:0:7}" "$(echo "$(date +%s.%N) - $start" | bc)"
done
printf 'bench: loaded in %.0f s\n' "$(echo "$(date +%s.%N) - $total_start" | bc)"
sql -c "vacuum (analyze) access_log"
sql -c "drop table bench_household"
sql -c "select count(*) as rows, (select count(*) from access_log_default) as in_default_partition from access_log"
