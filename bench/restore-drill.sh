#!/usr/bin/env bash
# The backup-and-restore drill (issue 18): an external PostgreSQL with a WAL archive, Kernteam running on it,
# a base backup, changes through the API before and after a moment T, then a restore of the base backup plus
# the archived WAL to T on a second server, checked by counting rows: the restored database must hold exactly
# what the live one held at T, and not what came after.
#
#   bench/restore-drill.sh            # uses the PostgreSQL of `pg_config --bindir` (Debian: postgresql-15)
#   PGBIN=/usr/lib/postgresql/17/bin bench/restore-drill.sh
#
# Everything lives under bench/work/drill and is removed at the start. Prints timings and counts, exits 1 when
# a count differs.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PGBIN="${PGBIN:-$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)}"
[ -x "$PGBIN/pg_basebackup" ] || die "no pg_basebackup in $PGBIN (apt-get install postgresql-15, or set PGBIN)"
DRILL="$WORK_DIR/drill"
LIVE_PORT=55432
RESTORE_PORT=55433
APP_PORT=18089
APP="http://localhost:$APP_PORT"
OWNER_PASSWORD=drill-owner-password
APP_PASSWORD=drill-app-password
SECRET=drill-secret-of-at-least-thirty-two-characters
[ -f "$JAR" ] || (cd "$ROOT_DIR" && ./mvnw -B -q -DskipTests package)

cleanup() {
	[ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
	for d in live restored; do
		[ -f "$DRILL/$d/postmaster.pid" ] && run_pg "$PGBIN/pg_ctl" -D "$DRILL/$d" -m fast stop >/dev/null 2>&1 || true
	done
}
trap cleanup EXIT

# PostgreSQL refuses to run as root: run its programs as the owner of the drill directory.
run_pg() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

psql_at() { # psql_at PORT SQL
	run_pg "$PGBIN/psql" -X -q -t -A -v ON_ERROR_STOP=1 -h "$DRILL" -p "$1" -U postgres -d "${DB:-kernteam}" -c "$2"
}

counts() { # counts PORT: rows per table that the drill changes
	psql_at "$1" "select (select count(*) from household) || ' households, ' || (select count(*) from member)
	              || ' members, ' || (select count(*) from access_log) || ' access-log rows'"
}

register() { # register N: N households through the API as a demo professional
	for i in $(seq "$1"); do
		curl -fsS -o /dev/null -u "anouk.dejong:$PASSWORD" -H 'Content-Type: application/json' \
			-d "{\"members\": [{\"givenName\": \"Noor\", \"familyName\": \"Drill$RANDOM\", \"birthDate\": \"1990-02-03\", \"role\": \"PARENT\"}]}" \
			"$APP/api/v1/households"
	done
}

seconds() { date +%s.%N; }
took() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.1f s", b - a }'; }

rm -rf "$DRILL" && mkdir -p "$DRILL/archive"
[ "$(id -u)" -eq 0 ] && chown -R postgres "$DRILL"

echo "== live server ($($PGBIN/postgres --version)) with a WAL archive"
run_pg "$PGBIN/initdb" -D "$DRILL/live" -U postgres -A trust >/dev/null
cat >> "$DRILL/live/postgresql.conf" <<CONF
port = $LIVE_PORT
listen_addresses = 'localhost'
unix_socket_directories = '$DRILL'
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $DRILL/archive/%f && cp %p $DRILL/archive/%f'
archive_timeout = 60
CONF
echo "host all all 127.0.0.1/32 scram-sha-256" >> "$DRILL/live/pg_hba.conf"
run_pg "$PGBIN/pg_ctl" -D "$DRILL/live" -l "$DRILL/live.log" -w start >/dev/null
DB=postgres psql_at $LIVE_PORT "create role kernteam_owner login password '$OWNER_PASSWORD';
	create role kernteam_app login password '$APP_PASSWORD'"
DB=postgres psql_at $LIVE_PORT "create database kernteam owner kernteam_owner"
psql_at $LIVE_PORT "revoke all on schema public from public; grant usage, create on schema public to kernteam_owner;
	grant usage on schema public to kernteam_app"

echo "== Kernteam on it (demo region of 300 households)"
start=$(seconds)
java -jar "$JAR" --server.port=$APP_PORT --kernteam.data-dir="$DRILL/app" --kernteam.secret=$SECRET \
	--spring.datasource.url="jdbc:postgresql://localhost:$LIVE_PORT/kernteam" \
	--spring.datasource.username=kernteam_app --spring.datasource.password=$APP_PASSWORD \
	--spring.flyway.user=kernteam_owner --spring.flyway.password=$OWNER_PASSWORD \
	--kernteam.demo-data=true --kernteam.demo-households=300 > "$DRILL/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 300); do
	curl -fsS "$APP/actuator/health/readiness" >/dev/null 2>&1 && break
	kill -0 "$APP_PID" 2>/dev/null || die "Kernteam did not start (see $DRILL/app.log)"
	sleep 1
done
echo "   ready in $(took "$start"): $(counts $LIVE_PORT)"

echo "== base backup"
start=$(seconds)
run_pg "$PGBIN/pg_basebackup" -h "$DRILL" -p $LIVE_PORT -U postgres -D "$DRILL/base" -X stream -c fast
echo "   $(du -sh "$DRILL/base" | cut -f1) in $(took "$start")"

echo "== changes after the backup, then T"
register 20
AT_T=$(counts $LIVE_PORT)
T=$(psql_at $LIVE_PORT "select now()")
echo "   at T = $T: $AT_T"
sleep 2
register 15
LATER=$(counts $LIVE_PORT)
echo "   later: $LATER"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
SEGMENT=$(psql_at $LIVE_PORT "select pg_walfile_name(pg_switch_wal())")
for _ in $(seq 60); do # wait until the segment holding T and what came after is archived
	[ -f "$DRILL/archive/$SEGMENT" ] && break
	sleep 1
done
[ -f "$DRILL/archive/$SEGMENT" ] || die "WAL segment $SEGMENT was not archived"
echo "   $(ls "$DRILL/archive" | wc -l) WAL files archived"

echo "== restore to T on a second server"
start=$(seconds)
cp -a "$DRILL/base" "$DRILL/restored"
cat >> "$DRILL/restored/postgresql.conf" <<CONF
port = $RESTORE_PORT
archive_mode = off
restore_command = 'cp $DRILL/archive/%f %p'
recovery_target_time = '$T'
recovery_target_action = 'promote'
CONF
touch "$DRILL/restored/recovery.signal"
run_pg "$PGBIN/pg_ctl" -D "$DRILL/restored" -l "$DRILL/restored.log" -w start >/dev/null
for _ in $(seq 120); do
	[ "$(DB=postgres psql_at $RESTORE_PORT "select pg_is_in_recovery()" 2>/dev/null)" = f ] && break
	sleep 1
done
RESTORED=$(counts $RESTORE_PORT)
echo "   restored in $(took "$start"): $RESTORED"

if [ "$RESTORED" = "$AT_T" ] && [ "$RESTORED" != "$LATER" ]; then
	echo "== drill passed: the restored database holds what the live one held at T, not what came after"
else
	echo "== drill FAILED: at T $AT_T, restored $RESTORED, later $LATER" >&2
	exit 1
fi
