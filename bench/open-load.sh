#!/usr/bin/env bash
# An open load (fixed arrival rate) on one kind of page, and beside it, in the same run, that page's own SQL
# replayed by pgbench at the same rate: p50/p95/p99 of both, CPU per request, and at the end both again at
# saturation (8 connections each), so that "full page ÷ its own SQL" is measured side by side.
#   bench/open-load.sh [KIND] [USER] [RATE] [SECONDS] [PAGES]
#     KIND: household (GET /households/{id}), search (GET /households?query=…), assessment (the read view)
#     defaults: household esther.vandijk 200 30 20
# Needs a running bench/start.sh. The SQL of each page is taken from PostgreSQL's own statement log
# (log_statement = all, switched on for the capture only) by bench/page-sql.py. Raw output in bench/work/open/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk
need pgbench postgresql-contrib

KIND=${1:-household}
USER_NAME=${2:-esther.vandijk}
RATE=${3:-200}
SECONDS_RUN=${4:-30}
PAGES=${5:-20}
OUT="$WORK_DIR/open/$KIND-$USER_NAME"
rm -rf "$OUT"; mkdir -p "$OUT"

[ "$(sql -tA -c 'show logging_collector')" = on ] || {
	sql -c "alter system set logging_collector = on" -c "alter system set log_line_prefix = '%m [%p] '" >/dev/null
	die "PostgreSQL's log collector is now switched on for bench/work/data; restart (bench/stop.sh; bench/start.sh) and run again"
}

cookie=$(login "$USER_NAME")
visible="household_visibility_at(now()) v join professional p on p.id = v.professional_id
         where lower(p.username) = lower('$USER_NAME')"
case "$KIND" in
	household) sql -tA -c "select '/households/' || v.household_id || ' ' || v.household_id from $visible
	                       order by md5(v.household_id::text) limit $PAGES" ;;
	search) printf '/households?query=%s %s\n' jan jan bakker bakker emma emma de%20vries vries noah noah smit smit ;;
	assessment) sql -tA -c "select distinct on (a.household_id) '/households/' || a.household_id || '/assessments/' || a.id
	                        || ' ' || a.id from assessment a
	                        where a.household_id in (select v.household_id from $visible)
	                        order by a.household_id, a.assessed_on desc limit $PAGES" ;;
	*) die "unknown kind $KIND (household, search, assessment)" ;;
esac >"$OUT/targets.txt"
[ -s "$OUT/targets.txt" ] || die "no $KIND pages for $USER_NAME"
cut -d' ' -f1 "$OUT/targets.txt" >"$OUT/paths.txt"

# 1. The SQL of each page, from the statement log of one request to it.
log=$(ls -t "$DATA_DIR"/pg/log/*.log | head -1)
sql -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" >/dev/null
sleep 0.5
n=0
while read -r path mark; do
	n=$((n + 1))
	before=$(wc -l <"$log")
	curl -fsS -o /dev/null -H "Cookie: $cookie" "$BASE$path"
	sleep 0.3
	tail -n +"$((before + 1))" "$log" >"$OUT/page-$n.log"
done <"$OUT/targets.txt"
sql -c "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null
n=0; scripts=()
while read -r path mark; do
	n=$((n + 1))
	python3 "$BENCH_DIR/page-sql.py" "$OUT/page-$n.log" "$OUT/page-$n.pgbench" "$mark" >>"$OUT/capture.txt"
	scripts+=(-f "$OUT/page-$n.pgbench")
done <"$OUT/targets.txt"
statements=$(awk '{s += $2} END {printf "%.1f", s / NR}' "$OUT/capture.txt")

replay() { # replay [PGBENCH-OPTIONS...]
	PGPASSWORD="$(pg_password postgres)" pgbench -h "$(pg_host)" -p "$(pg_port)" -U postgres -n -M prepared -j 2 "$@" \
		"${scripts[@]}" postgres
}
pct() { # pct FILE: p50 p95 p99 max of the numbers in FILE (milliseconds)
	sort -n "$1" | awk '{v[NR] = $1} END {
		q[1] = 0.50; q[2] = 0.95; q[3] = 0.99; q[4] = 1
		for (i = 1; i <= 4; i++) { k = int(q[i] * NR + 0.999999); if (k < 1) k = 1; printf "%.1f ", v[k] }
		print ""
	}'
}
cpu_per() { # cpu_per BEFORE AFTER REQUESTS -> "JVM + PG" ms per request
	echo "$1 $2 $3" | awk '{printf "%.2f + %.2f", ($3 - $1) * 1000 / $5, ($4 - $2) * 1000 / $5}'
}

quiet() { # waits until Kernteam has worked off what an overloaded run left queued (under 10 % of a core for 2 s)
	local a b
	for _ in $(seq 120); do
		a=$(cpu_seconds); sleep 2; b=$(cpu_seconds)
		echo "$a $b" | awk '{exit !((($4 - $1) + ($5 - $2)) < 0.4)}' && return
	done
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ) $KIND pages as $USER_NAME ($(sql -tA -c "select count(*) from $visible") households visible), $(wc -l <"$OUT/paths.txt") pages, $statements statements per page on average; $(machine)"

# 2. The page at a fixed rate (warm-up at the same rate first), CPU per request from /proc.
java "$BENCH_DIR/load/OpenLoad.java" "$BASE" "$OUT/paths.txt" "$RATE" 15 0 "Cookie: $cookie" >"$OUT/warmup.txt"
quiet
before=$(cpu_seconds)
java "$BENCH_DIR/load/OpenLoad.java" "$BASE" "$OUT/paths.txt" "$RATE" "$SECONDS_RUN" 0 "Cookie: $cookie" >"$OUT/page.txt"
after=$(cpu_seconds)
read -r requests p50 p95 p99 max failed < <(sed -n 's/^result requests=\([^ ]*\) p50=\([^ ]*\) p95=\([^ ]*\) p99=\([^ ]*\) max=\([^ ]*\) failed=\(.*\)/\1 \2 \3 \4 \5 \6/p' "$OUT/page.txt")
page_cpu=$(cpu_per "$before" "$after" "$requests")
generator=$(sed -n "s/^the generator's own CPU: \([^ ]*\) ms.*/\1/p" "$OUT/page.txt")

# 3. Its SQL at the same rate: latency counted from the scheduled start (the log's time plus its schedule lag,
# columns 3 and 7 of pgbench's per-transaction log when -R is given).
quiet
replay -c 8 -R "$RATE" -T 10 >"$OUT/replay-warmup.txt" 2>&1 || die "pgbench failed; see $OUT/replay-warmup.txt" # warm-up
before=$(cpu_seconds)
(cd "$OUT" && replay -c 8 -R "$RATE" -T "$SECONDS_RUN" -l --log-prefix=replay >"$OUT/replay.txt" 2>&1)
after=$(cpu_seconds)
cat "$OUT"/replay.[0-9]* | awk '{print ($3 + $7) / 1000}' >"$OUT/replay-ms.txt"
sql_requests=$(wc -l <"$OUT/replay-ms.txt")
read -r s50 s95 s99 smax < <(pct "$OUT/replay-ms.txt")
sql_cpu=$(cpu_per "$before" "$after" "$sql_requests")

echo "| what | rate | requests | failed | p50 | p95 | p99 | max | CPU ms/request (JVM + PostgreSQL) | the generator's CPU ms/request |"
echo "|---|---|---|---|---|---|---|---|---|---|"
echo "| page (open load) | $RATE/s | $requests | $failed | $p50 ms | $p95 ms | $p99 ms | $max ms | $page_cpu | $generator |"
echo "| its SQL (pgbench -R) | $RATE/s | $sql_requests | $(awk '/failed transactions/ {print $5; exit}' "$OUT/replay.txt") | $s50 ms | $s95 ms | $s99 ms | $smax ms | $sql_cpu | |"

# 4. Both at saturation, 8 connections each, 20 s: the ratio of what they reach.
quiet
PATHS="$OUT/paths.txt" AUTH_HEADER="Cookie: $cookie" wrk -t2 -c8 -d20s --timeout 10s -s "$BENCH_DIR/paths.lua" "$BASE" >"$OUT/wrk.txt" 2>&1
replay -c 8 -T 20 >"$OUT/saturated.txt" 2>&1
pages=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk.txt")
tps=$(awk '/^tps/ {print $3}' "$OUT/saturated.txt")
echo
echo "At saturation (8 connections): page $pages/s, its SQL $tps/s: the page takes $(echo "$pages $tps" | awk '{printf "%.2f", $2 / $1}') times its SQL."
