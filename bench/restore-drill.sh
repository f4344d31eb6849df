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

[ -x "$PGBIN/pg_basebackup" ] || die "no pg_basebackup in $PGBIN (apt-get install postgresql-15, or set PGBIN)"
DRILL="$WORK_DIR/drill"
EXT_DIR="$DRILL"
LIVE_PORT=55432
RESTORE_PORT=55433
APP_PORT=18089
APP="http://localhost:$APP_PORT"
[ -f "$JAR" ] || (cd "$ROOT_DIR" && ./mvnw -B -q -DskipTests package)

cleanup() {
	[ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
	stop_external_pg live
	stop_external_pg restored
}
trap cleanup EXIT

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

echo "== live server ($($PGBIN/postgres --version)) with a WAL archive"
external_pg live $LIVE_PORT "wal_level = replica
archive_mode = on
archive_command = 'test ! -f $DRILL/archive/%f && cp %p $DRILL/archive/%f'
archive_timeout = 60"

echo "== Kernteam on it (demo region of 300 households)"
start=$(seconds)
kernteam_on $LIVE_PORT $APP_PORT "$DRILL/app" "$DRILL/app.log" --kernteam.demo-data=true --kernteam.demo-households=300
APP_PID=$KERNTEAM_PID
wait_ready $APP_PORT "$APP_PID" "$DRILL/app.log"
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
