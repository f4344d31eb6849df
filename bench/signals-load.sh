#!/usr/bin/env bash
# Signal registrations at a fixed rate (an open load: pgbench -R starts transactions on a schedule, whether or not
# the earlier ones have finished, and counts the lag in the latency), replaying the SQL of one registration
# (bench/sql/signal-registration.pgbench) against the running bench/start.sh instance.
#   bench/signals-load.sh [RATE] [SECONDS] [CLIENTS]      defaults: 2000 10 8
# BENCH_SQL=FILE replays another script (an earlier version of the registration, to compare).
# On the first run it loads 1,000,000 signals into the region (once; about a minute), spread over its professionals.
# Measures PostgreSQL's side of a registration only; the JVM's side (fingerprint, notifications, access log) is
# measured by ./mvnw -Pbench-signals test (bench/signals/README.md).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need pgbench postgresql-contrib

RATE=${1:-2000}
SECONDS_RUN=${2:-10}
CLIENTS=${3:-8}

sql <<'SQL'
create table if not exists bench_professional (n integer primary key, id uuid not null, organisation_id uuid not null);
insert into bench_professional
select row_number() over (order by id), id, organisation_id from professional
 where organisation_id is not null and not exists (select 1 from bench_professional);
grant select on bench_professional to public;
SQL
professionals=$(sql -tA -c "select count(*) from bench_professional")
if [ "$(sql -tA -c "select count(*) >= 1000000 from signal")" != "t" ]; then
	echo "bench: loading 1,000,000 signals"
	start=$(date +%s)
	sql <<'SQL'
insert into signal (id, person_fingerprint, identified_by, hint, birth_date, organisation_id, professional_id, registered_at)
select gen_random_uuid(), md5(i::text) || md5((i + 7)::text), 'BSN', 'bench', null, p.organisation_id, p.id,
       now() - (i % 300) * interval '1 day'
  from generate_series(1, 1000000) i
  join bench_professional p on p.n = 1 + (i::bigint * 7919) % (select count(*) from bench_professional)
on conflict do nothing;
select kernteam_analyze(array['signal']::regclass[]);
SQL
	echo "bench: loaded in $(( $(date +%s) - start )) s"
fi
echo "bench: $(sql -tA -c "select count(*) from signal") signals, $(sql -tA -c "select count(*) from signal where ended_at is null") active; indexes: $(sql -tA -c "select string_agg(indexname, ', ' order by indexname) from pg_indexes where tablename = 'signal'")"
echo "bench: load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
port=$(pg_port)
read -r _ pg_before _ <<<"$(cpu_seconds)"
PGPASSWORD="$(pg_password postgres)" pgbench -h "$(pg_host)" -p "$port" -U postgres -n -M prepared \
	-c "$CLIENTS" -j 2 -R "$RATE" -T "$SECONDS_RUN" -D professionals="$professionals" -r -P 5 \
	--latency-limit=50 -f "${BENCH_SQL:-$ROOT_DIR/bench/sql/signal-registration.pgbench}" postgres | tee "$WORK_DIR/signals-load.out"
read -r _ pg_after _ <<<"$(cpu_seconds)"
done_count=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$WORK_DIR/signals-load.out")
# PostgreSQL's CPU (all its processes: backends, WAL writer, checkpointer) per registration replayed
echo "bench: PostgreSQL CPU $(awk -v a="$pg_before" -v b="$pg_after" -v n="$done_count" \
	'BEGIN { printf "%.1f s for %d registrations = %.3f ms each", b - a, n, (b - a) * 1000 / n }')"
echo "bench: load average $(cut -d' ' -f1-3 /proc/loadavg) after the run"
