#!/usr/bin/env bash
# Measures "who looked at this household, newest first, 50 per page" on the loaded access log
# (bench/access-log-load.sh), for a typical and for the most-read household: the count and page 1, and a
# deep page; first cold (Kernteam and its PostgreSQL restarted, the OS page cache dropped), then warm.
# Then the rate of single-row inserts as AccessLog.record makes them, and the size of each month.
#   bench/access-log-query.sh [--no-cold]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
RESULTS="$WORK_DIR/results"; mkdir -p "$RESULTS"
need pgbench postgresql

# A typical household (the median of last month) and the one read most.
read -r typical typical_rows < <(sql -tA -F' ' -c "
	with last_month as (select household_id, count(*) n from access_log
	                     where at >= date_trunc('month', now()) - interval '1 month' and at < date_trunc('month', now())
	                       and household_id is not null group by 1)
	select household_id, (select count(*) from access_log a where a.household_id = l.household_id)
	  from last_month l order by n, household_id offset (select count(*) / 2 from last_month) limit 1")
read -r heavy heavy_rows < <(sql -tA -F' ' -c "
	with last_month as (select household_id, count(*) n from access_log
	                     where at >= date_trunc('month', now()) - interval '1 month' and at < date_trunc('month', now())
	                       and household_id is not null group by 1 order by 2 desc limit 1)
	select household_id, (select count(*) from access_log a where a.household_id = l.household_id) from last_month l")
echo "typical household $typical: $typical_rows rows; most-read household $heavy: $heavy_rows rows"

# The cursor that page 200 of the most-read household starts after (the 9,950th row), for keyset paging.
IFS='|' read -r deep_at deep_id < <(sql -tA -c "select at, id from access_log where household_id = '$heavy'
	order by at desc, id desc offset 9949 limit 1")

# measure LABEL DESIGN HOUSEHOLD PAGE -> "count ms | page ms", the full plans in a file
measure() {
	local out="$RESULTS/access-log-$2-$1.txt"
	if [ "$2" = offset ]; then
		local offset=$(( ($4 - 1) * 50 ))
		sql -v household="$3" -v offset="$offset" -f "$BENCH_DIR/sql/access-log-query-offset.sql" >"$out"
	elif [ "$4" = 1 ]; then
		sql -v household="$3" -v at=infinity -v id=9223372036854775807 -f "$BENCH_DIR/sql/access-log-query-keyset.sql" >"$out"
	else
		sql -v household="$3" -v at="$deep_at" -v id="$deep_id" -f "$BENCH_DIR/sql/access-log-query-keyset.sql" >"$out"
	fi
	awk '/Execution Time/ {printf "%s ms | ", $3} END {print ""}' "$out"
}

cases() { # cases LABEL DESIGN
	echo "| $1 | $2 | typical, page 1 | $(measure "$1-typical-p1" "$2" "$typical" 1)"
	echo "| $1 | $2 | most-read, page 1 | $(measure "$1-heavy-p1" "$2" "$heavy" 1)"
	echo "| $1 | $2 | most-read, page 200 | $(measure "$1-heavy-p200" "$2" "$heavy" 200)"
}

cold() {
	"$BENCH_DIR/stop.sh" >/dev/null
	sync; echo 3 >/proc/sys/vm/drop_caches || echo "bench: cannot drop the page cache; 'cold' is only PostgreSQL-cold"
	"$BENCH_DIR/start.sh" >/dev/null
}

echo "| cache | design | household, page | count | page |"
echo "|---|---|---|---|---|"
for design in offset keyset; do
	if [ "${1:-}" != "--no-cold" ]; then
		cold
		cases cold "$design"
	fi
	for run in 1 2 3; do
		cases "warm-$run" "$design"
	done
done

# Single-row inserts, each committed (fsync on, synchronous_commit on, as Kernteam runs): 1 and 8 clients.
for clients in 1 8; do
	port=$(pg_port)
	tps=$(pgbench -n -h localhost -p "$port" -U postgres -M prepared -c "$clients" -j "$clients" -T 15 \
		-f "$BENCH_DIR/sql/access-log-insert.pgbench" postgres 2>&1 | awk '/^tps/ {print $3}')
	echo "| insert, $clients client(s), each committed | $tps rows/s |"
done
sql -f "$BENCH_DIR/sql/access-log-sizes.sql" | tee "$RESULTS/access-log-sizes.txt"
