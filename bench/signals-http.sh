#!/usr/bin/env bash
# Signal registrations through the API, as an organisation's system sends them (issue 19): POST
# /api/v1/signals/batch with BATCH signals a request (BATCH=1: one signal a request), CONNECTIONS connections,
# SECONDS each phase, with a token (Authorization: Bearer). With the region's signals stored (bench/signals-load.sh
# loads a million), two phases on the same new people:
#   1. new people: the Raad voor de Kinderbescherming (eline.postma) registers people nobody signalled;
#   2. each one matches: a mental health organisation (chantal.maas) registers the same people, in the same order,
#      for half the time, so each registration finds the Raad's signal (one match, notification, response rows).
# RATE (registrations a second) sends the requests on a fixed schedule (RATE / BATCH requests a second); without it
# (or 0) as fast as the connections allow. During each phase pgbench looks up the matches of random active signals
# (MatchQueries.of's SQL, bench/sql/match-lookup.pgbench) at 100 a second beside it, every latency logged.
# Registrations per second are counted in the database (new signal rows), CPU per registration from /proc
# (JVM + PostgreSQL backends, the lookups' share included). Every run takes people no earlier run took
# (bench/work/signals-http.next); when none are left, the signals of earlier runs are deleted first.
# Needs a running bench/start.sh.
#   bench/signals-http.sh [BATCH] [CONNECTIONS] [SECONDS] [RATE]      defaults: 100 4 30 0
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk
need pgbench postgresql-contrib

BATCH=${1:-100}
CONNECTIONS=${2:-4}
SECONDS_EACH=${3:-30}
RATE=${4:-0}
THREADS=$(( CONNECTIONS < 2 ? 1 : 2 ))
PER_THREAD=$(echo "$RATE / $BATCH / $THREADS" | bc -l)
SPAN=500000
RESULTS="$WORK_DIR/results"; mkdir -p "$RESULTS"
NEXT_FILE="$WORK_DIR/signals-http.next"
FROM=$(cat "$NEXT_FILE" 2>/dev/null || echo 10000000)
if (( FROM + 3 * THREADS * SPAN > 99999999 )); then
	# every eight-digit prefix used: remove the signals of earlier runs and start again
	sql -c "delete from signal where professional_id in
	          (select id from professional where username in ('eline.postma', 'chantal.maas'))"
	FROM=10000000
fi
echo $(( FROM + 3 * THREADS * SPAN )) >"$NEXT_FILE"

token() { # token USERNAME
	curl -fsS -X POST -u "$1:$PASSWORD" "$BASE/api/v1/tokens" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p'
}
raad="Authorization: Bearer $(token eline.postma)"
ggz="Authorization: Bearer $(token chantal.maas)"

# 5,000 active signals to look up, a new sample each run: half drawn from all of them (most are bench/signals-load.sh's
# million, which match nothing), half from the mental health organisation's signals of earlier runs, which match
# the Raad's
sql -q -c "drop table if exists bench_match_probe" -c "create table bench_match_probe as
          select row_number() over () as n, id from (
            (select id from signal tablesample bernoulli (1) where ended_at is null order by random() limit 2500)
            union all
            (select id from signal where ended_at is null
                and professional_id = (select id from professional where username = 'chantal.maas')
              order by random() limit 2500)) probes" \
    -c "create unique index on bench_match_probe (n)" -c "grant select on bench_match_probe to public" 2>/dev/null
probes=$(sql -tA -c "select count(*) from bench_match_probe")

signals() { sql -tA -c "select count(*) from signal"; }

phase() { # phase NAME AUTH FROM SECONDS
	local out="$RESULTS/signals-http-$1-b$BATCH-c$CONNECTIONS.txt"
	local lookups; lookups=$(mktemp -d)
	local count_before cpu_before
	count_before=$(signals); cpu_before=$(cpu_seconds)
	(cd "$lookups" && PGPASSWORD="$(pg_password postgres)" pgbench -h "$(pg_host)" -p "$(pg_port)" -U postgres -n \
		-M prepared -c 2 -j 1 -R 100 -T "$4" -D probes="$probes" -l --log-prefix=lookup \
		-f "$ROOT_DIR/bench/sql/match-lookup.pgbench" postgres >/dev/null 2>&1) &
	BATCH=$BATCH FROM=$3 SPAN=$SPAN AUTH_HEADER="$2" REQUESTS_PER_SECOND=$PER_THREAD \
		wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4s" --timeout 30s --latency -s "$BENCH_DIR/signals-batch.lua" "$BASE" >"$out" 2>&1
	wait
	echo "cpu $cpu_before $(cpu_seconds)" >>"$out"
	echo "signals $count_before $(signals)" >>"$out"
	# with -R, pgbench's latency (column 3) counts from the scheduled start
	cat "$lookups"/lookup.* | awk '{print $3}' | sort -n | awk '{v[NR] = $1} END {
		printf "lookups %d %.2f %.2f %.2f\n", NR, v[int(NR * 0.50)] / 1000, v[int(NR * 0.95)] / 1000, v[int(NR * 0.99)] / 1000 }' >>"$out"
	rm -rf "$lookups"
	echo "$out"
}

# warm-up on people of their own
phase warmup "$raad" $(( FROM + 2 * THREADS * SPAN )) "${BENCH_WARMUP:-15}" >/dev/null
first=$(phase new "$raad" "$FROM" "$SECONDS_EACH")
second=$(phase matched "$ggz" "$FROM" $(( SECONDS_EACH / 2 )))

row() { # row FILE LABEL SECONDS
	local registered
	registered=$(awk '/^signals / {print $3 - $2}' "$1")
	printf '| %s | %s | %s | %s | %s | %.0f | %s | %s | %s | %s | %s |\n' "$2" "$BATCH" "$CONNECTIONS" \
		"$([ "$RATE" = 0 ] && echo "as fast as possible" || echo "$RATE/s")" "$registered" \
		"$(echo "$registered / $3" | bc -l)" \
		"$(awk '$1 == "50%" {print $2}' "$1")" "$(awk '$1 == "99%" {print $2}' "$1")" \
		"$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(/[^0-9 ]/, " "); for (i = 1; i <= NF; i++) n += $i} END {print n + 0}' "$1")" \
		"$(awk -v n="$registered" '/^cpu / {printf "%.2f + %.2f", ($4 - $2) * 1000 / n, ($5 - $3) * 1000 / n}' "$1")" \
		"$(awk '/^lookups / {if ($2 > 0) printf "%s / %s / %s ms (%d)", $3, $4, $5, $2; else printf "pgbench failed"}' "$1")"
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(signals) signals stored; $(machine)"
echo "| phase | signals a request | connections | asked | registered | registrations/s | p50 a request | p99 a request | errors | CPU ms/registration (JVM + PostgreSQL) | match lookup beside it p50 / p95 / p99 (lookups) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
row "$first" "new people (Raad)" "$SECONDS_EACH"
row "$second" "the same people (GGZ): one match each" $(( SECONDS_EACH / 2 ))
