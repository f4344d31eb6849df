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
	local tick; tick=$(getconf CLK_TCK)
	local jvm; jvm=$(awk '{print $14 + $15}' "/proc/$(cat "$WORK_DIR/app.pid")/stat")
	local postmaster; postmaster=$(head -1 "$DATA_DIR/pg/postmaster.pid")
	local pg=0 child
	for child in $(ps -o pid= --ppid "$postmaster"); do
		[ -r "/proc/$child/stat" ] && pg=$((pg + $(awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || echo 0)))
	done
	echo "$jvm $pg $tick" | awk '{printf "%.2f %.2f", $1 / $3, $2 / $3}'
}
