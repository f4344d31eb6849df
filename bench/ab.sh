#!/usr/bin/env bash
# Two builds side by side, turn about, on one PostgreSQL: A is bench/start.sh's instance (port 8088, its embedded
# PostgreSQL), B a second Kernteam on the next port that uses A's PostgreSQL as an external database (over the same
# Unix socket, the same pool size). After the same warm-up, `wrk` loads A, then B, then A … for ROUNDS rounds of
# SECONDS each, and prints pages a second and CPU per page (each JVM's own, and PostgreSQL's) per round.
#   bench/ab.sh JAR_A JAR_B [ROUNDS] [SECONDS] [USER]
#     defaults: 5 rounds of 15 s, the household pages of esther.vandijk (20 she may see)
#     JAVA_A, JAVA_B: a JDK's home for A or B (e.g. /usr/lib/jvm/temurin-25-jdk-amd64); else `java` on the PATH
#     OPTS_B: JVM options for B only (BENCH_JAVA_OPTS are both's); ARGS_B: more arguments for B (--name=value)
#     POOL_B: the size of B's connection pool (default 20, as A's)
#     PAGE: a page of each household instead of the household page itself (e.g. /plan, /network)
#     WARM=0 skips the warm-up (two minutes at 100 and 150 pages a second, each instance)
# Why: on this virtual machine one build measured alone drifts by a third from one minute to the next (654 to 1,043
# pages a second, docs/BENCHMARKS.md, eighth round); two builds measured one after the other compare the minutes
# they ran in. Turn about, both see the same minutes. B is stopped at the end; A keeps running.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk

JAR_A=${1:?JAR_A}
JAR_B=${2:?JAR_B}
ROUNDS=${3:-5}
SECS=${4:-15}
USER_NAME=${5:-esther.vandijk}
PORT_B=$((PORT + 1))

"$BENCH_DIR/stop.sh" >/dev/null 2>&1 || true
PATH="${JAVA_A:+$JAVA_A/bin:}$PATH" BENCH_JAR="$JAR_A" "$BENCH_DIR/start.sh" | tail -1

pg_port_now=$(pg_port)
socket="$(sed -n 5p "$DATA_DIR/pg/postmaster.pid")/.s.PGSQL.$pg_port_now"
[ -S "$socket" ] || die "no Unix socket $socket"
cp "$JAR_B" "$WORK_DIR/kernteam-b.jar"
(cd "$WORK_DIR"; exec "${JAVA_B:+$JAVA_B/bin/}java" ${BENCH_JAVA_OPTS:-} ${OPTS_B:-} -jar "$WORK_DIR/kernteam-b.jar" \
	--server.port="$PORT_B" --server.address=127.0.0.1 --kernteam.data-dir="$DATA_DIR" \
	--spring.datasource.url="jdbc:postgresql://localhost:$pg_port_now/postgres?socketFactory=org.newsclub.net.unix.AFUNIXSocketFactory\$FactoryArg&socketFactoryArg=$socket" \
	--spring.datasource.username=kernteam_app --spring.datasource.password="$(pg_password kernteam_app)" \
	--spring.datasource.hikari.maximum-pool-size="${POOL_B:-20}" \
	--spring.flyway.user=kernteam_owner --spring.flyway.password="$(pg_password kernteam_owner)" \
	--kernteam.demo-data=true --kernteam.demo-households="$HOUSEHOLDS" ${ARGS_B:-} >"$WORK_DIR/app-b.out" 2>&1) &
pid_b=$!
trap 'kill $pid_b 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
	curl -fsS "http://localhost:$PORT_B/actuator/health" >/dev/null 2>&1 && break
	kill -0 $pid_b 2>/dev/null || die "B stopped; see $WORK_DIR/app-b.out"
	sleep 1
done

declare -A PID=([A]=$(cat "$WORK_DIR/app.pid") [B]=$pid_b) URL=([A]=$BASE [B]=http://localhost:$PORT_B) COOKIE
for k in A B; do COOKIE[$k]=$(BASE=${URL[$k]}; login "$USER_NAME"); done
paths="$WORK_DIR/ab-paths.txt"
sql -tA -c "select '/households/' || v.household_id || '${PAGE:-}' from household_visibility_at(now()) v
            join professional p on p.id = v.professional_id where lower(p.username) = lower('$USER_NAME')
            order by md5(v.household_id::text) limit 20" >"$paths"
echo "A: $JAR_A ($(PATH="${JAVA_A:+$JAVA_A/bin:}$PATH" java -version 2>&1 | head -1))"
echo "B: $JAR_B ($("${JAVA_B:+$JAVA_B/bin/}java" -version 2>&1 | head -1))${OPTS_B:+ $OPTS_B}${ARGS_B:+ $ARGS_B}"
echo "$(wc -l <"$paths") household${PAGE:+ $PAGE} pages of $USER_NAME; load average $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${WARM:-1}" = 1 ]; then
	for rate in 100 150; do
		for k in A B; do
			java "$BENCH_DIR/load/OpenLoad.java" "${URL[$k]}" "$paths" "$rate" 60 0 "Cookie: ${COOKIE[$k]}" \
				| grep '^result' | sed "s/^result/warm-up $k at $rate\/s:/"
		done
	done
fi

tick=$(getconf CLK_TCK)
echo "| round | build | pages a second | CPU ms/page: JVM | PostgreSQL |"
echo "|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
	for k in A B; do
		j0=$(jvm_ticks "${PID[$k]}"); p0=$(pg_ticks)
		PATHS="$paths" AUTH_HEADER="Cookie: ${COOKIE[$k]}" wrk -t2 -c8 -d"${SECS}s" --timeout 10s \
			-s "$BENCH_DIR/paths.lua" "${URL[$k]}" >"$WORK_DIR/ab-wrk-$k.txt" 2>&1
		j1=$(jvm_ticks "${PID[$k]}"); p1=$(pg_ticks)
		n=$(awk '/requests in/ {print $1}' "$WORK_DIR/ab-wrk-$k.txt")
		rps=$(awk '/Requests\/sec/ {print $2}' "$WORK_DIR/ab-wrk-$k.txt")
		grep -q 'Non-2xx' "$WORK_DIR/ab-wrk-$k.txt" && echo "bench: $k answered other than 2xx (see $WORK_DIR/ab-wrk-$k.txt)" >&2
		echo "$round $k $rps $n $j0 $j1 $p0 $p1 $tick" |
			awk '{printf "| %s | %s | %.0f | %.2f | %.2f |\n", $1, $2, $3, ($6-$5)*1000/$9/$4, ($8-$7)*1000/$9/$4}'
	done
done
