# Shared settings and helpers for the benchmark scripts; sourced, not run.
# Everything a benchmark writes lives under bench/work/ (git-ignored).

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT_DIR=$(cd "$BENCH_DIR/.." && pwd)
WORK_DIR="$BENCH_DIR/work"
DATA_DIR="${BENCH_DATA_DIR:-$WORK_DIR/data}"
PORT="${BENCH_PORT:-8088}"
BASE="http://localhost:$PORT"
HOUSEHOLDS="${BENCH_HOUSEHOLDS:-50000}"
PASSWORD=kernteam-demo
JAR="${BENCH_JAR:-$ROOT_DIR/target/kernteam-0.1.0.jar}"

mkdir -p "$WORK_DIR"

die() { echo "bench: $*" >&2; exit 1; }

need() { # need COMMAND DEBIAN-PACKAGE
	command -v "$1" >/dev/null 2>&1 && return
	echo "bench: installing $2" >&2
	{ apt-get update -qq && apt-get install -y -qq "$2"; } >/dev/null || die "install $2 (apt-get install $2)"
}

# The port of the embedded PostgreSQL, from its postmaster.pid (line 4).
pg_port() { sed -n 4p "$DATA_DIR/pg/postmaster.pid" 2>/dev/null; }

# Where a replay of Kernteam's SQL connects: the embedded PostgreSQL's Unix socket directory (line 5 of
# postmaster.pid), over which Kernteam itself connects (kernteam.embedded.unix-socket), else localhost (TCP).
pg_host() {
	local dir; dir=$(sed -n 5p "$DATA_DIR/pg/postmaster.pid" 2>/dev/null)
	if [ -n "$dir" ] && [ -S "$dir/.s.PGSQL.$(pg_port)" ]; then echo "$dir"; else echo localhost; fi
}

# A password from the embedded PostgreSQL's credentials file (DIR/pg-credentials, a Java properties file).
pg_password() { # pg_password ROLE
	sed -n "s/^$1=//p" "$DATA_DIR/pg-credentials" 2>/dev/null | sed 's/\\//g'
}

# psql against the embedded database of the running benchmark instance, as its superuser (passwords are in
# DIR/pg-credentials, readable only by their owner: the embedded PostgreSQL trusts no connection).
sql() {
	need psql postgresql-client
	local port; port=$(pg_port)
	[ -n "$port" ] || die "no running embedded PostgreSQL in $DATA_DIR/pg (run bench/start.sh)"
	PGPASSWORD="$(pg_password postgres)" PGOPTIONS="${PGOPTIONS:-}" \
		psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$port" -U postgres -d postgres "$@"
}

# Logs in through the form like a browser and prints the session cookie (JSESSIONID=...).
login() { # login USERNAME
	local jar; jar=$(mktemp)
	local csrf
	csrf=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	[ -n "$csrf" ] || die "no CSRF token on /login"
	local location
	location=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
		--data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login")
	case "$location" in *error*|*locked*|*disabled*|"") rm -f "$jar"; die "login of $1 failed ($location)";; esac
	awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar"
	rm -f "$jar"
}

machine() {
	echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB," \
		"$(java -version 2>&1 | head -1), wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

# CPU seconds (user + system) used so far by the Kernteam JVM and by the backends of its PostgreSQL: what a
# request costs, whatever else runs on the machine (wall-clock figures depend on that; these much less).
cpu_seconds() { # cpu_seconds -> "JVM POSTGRES"
	echo "$(jvm_ticks "$(cat "$WORK_DIR/app.pid")") $(pg_ticks) $(getconf CLK_TCK)" |
		awk '{printf "%.2f %.2f", $1 / $3, $2 / $3}'
}

# Clock ticks (user + system) used so far by one process.
jvm_ticks() { # jvm_ticks PID
	awk '{print $14 + $15}' "/proc/$1/stat"
}

# Clock ticks used so far by the embedded PostgreSQL: the postmaster's own time and that of its children that have
# ended (a pgbench run's backends, closed connections: the postmaster reaps them), plus the backends still running.
pg_ticks() {
	local postmaster; postmaster=$(head -1 "$DATA_DIR/pg/postmaster.pid")
	local ticks; ticks=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat")
	local child
	for child in $(ps -o pid= --ppid "$postmaster"); do
		[ -r "/proc/$child/stat" ] && ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || echo 0)))
	done
	echo "$ticks"
}

# --- An external PostgreSQL from the machine's own binaries (Debian: postgresql-15), for the drills that need what
# the embedded one lacks (pg_basebackup) or must outlive a Kernteam node. PGBIN, EXT_DIR (the cluster's parent: its
# socket lives there) and EXT_OWNER_PASSWORD / EXT_APP_PASSWORD are set by the caller.
PGBIN="${PGBIN:-$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)}"
EXT_OWNER_PASSWORD=drill-owner-password
EXT_APP_PASSWORD=drill-app-password

# PostgreSQL refuses to run as root: run its programs as postgres then.
run_pg() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

psql_at() { # psql_at PORT SQL (database ${DB:-kernteam}, over the socket in EXT_DIR)
	run_pg "$PGBIN/psql" -X -q -t -A -v ON_ERROR_STOP=1 -h "$EXT_DIR" -p "$1" -U postgres -d "${DB:-kernteam}" -c "$2"
}

# external_pg NAME PORT [CONF-LINES]: a new cluster in EXT_DIR/NAME with the README's two roles and database.
external_pg() {
	[ -x "$PGBIN/initdb" ] || die "no PostgreSQL in $PGBIN (apt-get install postgresql-15, or set PGBIN)"
	mkdir -p "$EXT_DIR"
	[ "$(id -u)" -eq 0 ] && chown -R postgres "$EXT_DIR"
	run_pg "$PGBIN/initdb" -D "$EXT_DIR/$1" -U postgres -A trust >/dev/null
	printf "port = %s\nlisten_addresses = 'localhost'\nunix_socket_directories = '%s'\n%s\n" "$2" "$EXT_DIR" "${3:-}" \
		>> "$EXT_DIR/$1/postgresql.conf"
	run_pg "$PGBIN/pg_ctl" -D "$EXT_DIR/$1" -l "$EXT_DIR/$1.log" -w start >/dev/null
	DB=postgres psql_at "$2" "create role kernteam_owner login password '$EXT_OWNER_PASSWORD';
		create role kernteam_app login password '$EXT_APP_PASSWORD'"
	DB=postgres psql_at "$2" "create database kernteam owner kernteam_owner"
	psql_at "$2" "revoke all on schema public from public; grant usage, create on schema public to kernteam_owner;
		grant usage on schema public to kernteam_app"
}

stop_external_pg() { # stop_external_pg NAME
	[ -f "$EXT_DIR/$1/postmaster.pid" ] && run_pg "$PGBIN/pg_ctl" -D "$EXT_DIR/$1" -m fast stop >/dev/null 2>&1 || true
}

# kernteam_on PG-PORT HTTP-PORT DATA-DIR LOG [OPTIONS...]: starts the jar on the external database in the
# background; its pid in KERNTEAM_PID.
kernteam_on() {
	local pg=$1 port=$2 dir=$3 log=$4; shift 4
	java -jar "$JAR" --server.port="$port" --kernteam.data-dir="$dir" \
		--kernteam.secret=drill-secret-of-at-least-thirty-two-characters \
		--spring.datasource.url="jdbc:postgresql://localhost:$pg/kernteam" \
		--spring.datasource.username=kernteam_app --spring.datasource.password=$EXT_APP_PASSWORD \
		--spring.flyway.user=kernteam_owner --spring.flyway.password=$EXT_OWNER_PASSWORD "$@" > "$log" 2>&1 &
	KERNTEAM_PID=$!
}

wait_ready() { # wait_ready HTTP-PORT PID LOG
	for _ in $(seq 600); do
		curl -fsS "http://localhost:$1/actuator/health/readiness" >/dev/null 2>&1 && return
		kill -0 "$2" 2>/dev/null || die "Kernteam did not start (see $3)"
		sleep 0.5
	done
	die "Kernteam not ready after 300 s (see $3)"
}
