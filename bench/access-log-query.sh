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

measure() { # measure LABEL HOUSEHOLD OFFSET -> "count ms | page ms" plus the full plans in a file
	local out="$RESULTS/access-log-$1.txt"
	sql -v household="$2" -v offset="$3" -f "$BENCH_DIR/sql/${QUERY_SQL:-access-log-query.sql}" >"$out"
	awk '/Execution Time/ {printf "%s ms | ", $3} END {print ""}' "$out"
}

if [ "${1:-}" != "--no-cold" ]; then
	"$BENCH_DIR/stop.sh" >/dev/null
	sync; echo 3 >/proc/sys/vm/drop_caches || echo "bench: cannot drop the page cache; 'cold' is only PostgreSQL-cold"
	"$BENCH_DIR/start.sh" >/dev/null
	echo "| cold, typical, page 1 | $(measure cold-typical-page1 "$typical" 0)"
	echo "| cold, most-read, page 1 | $(measure cold-heavy-page1 "$heavy" 0)"
	echo "| cold, most-read, page 200 | $(measure cold-heavy-page200 "$heavy" 9950)"
fi
for run in 1 2 3; do
	echo "| warm $run, typical, page 1 | $(measure warm-typical-page1 "$typical" 0)"
	echo "| warm $run, most-read, page 1 | $(measure warm-heavy-page1 "$heavy" 0)"
	echo "| warm $run, most-read, page 200 | $(measure warm-heavy-page200 "$heavy" 9950)"
done

# Single-row inserts, each committed (fsync on, synchronous_commit on, as Kernteam runs): 1 and 8 clients.
for clients in 1 8; do
	port=$(pg_port)
	tps=$(pgbench -n -h localhost -p "$port" -U postgres -M prepared -c "$clients" -j "$clients" -T 15 \
		-f "$BENCH_DIR/sql/access-log-insert.pgbench" postgres 2>&1 | awk '/^tps/ {print $3}')
	echo "| insert, $clients client(s), each committed | $tps rows/s |"
done
sql -f "$BENCH_DIR/sql/access-log-sizes.sql" | tee "$RESULTS/access-log-sizes.txt"
