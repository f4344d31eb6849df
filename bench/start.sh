#!/usr/bin/env bash
# Starts Kernteam for benchmarks: its own data directory (bench/work/data) and a generated region of
# $BENCH_HOUSEHOLDS households (default 50000). Builds the jar when it is missing or older than the sources.
# Waits until the region is loaded, then prints how long generating it took (on a first start).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if [ -z "${BENCH_JAR:-}" ] && { [ ! -f "$JAR" ] || [ -n "$(find "$ROOT_DIR/src/main" "$ROOT_DIR/pom.xml" -newer "$JAR" -type f | head -1)" ]; }; then
	echo "bench: building $JAR"
	(cd "$ROOT_DIR" && ./mvnw -B -q -DskipTests package)
fi
if [ -f "$WORK_DIR/app.pid" ] && kill -0 "$(cat "$WORK_DIR/app.pid")" 2>/dev/null; then
	die "Kernteam already runs as pid $(cat "$WORK_DIR/app.pid") (bench/stop.sh stops it)"
fi

mkdir -p "$DATA_DIR"
# Run a copy, so that a rebuild of target/ while it runs cannot pull classes from under it.
cp "$JAR" "$WORK_DIR/kernteam.jar"
fresh=$([ -d "$DATA_DIR/pg" ] && echo no || echo yes)
# exec, so that $! is the JVM itself (STACK.md trap 14)
(cd "$WORK_DIR"; exec java ${BENCH_JAVA_OPTS:-} -jar "$WORK_DIR/kernteam.jar" --server.port="$PORT" --kernteam.data-dir="$DATA_DIR" \
	--kernteam.demo-households="$HOUSEHOLDS" >"$WORK_DIR/app.out" 2>&1) &
echo $! >"$WORK_DIR/app.pid"
echo "bench: started pid $(cat "$WORK_DIR/app.pid") on port $PORT, data in $DATA_DIR (new region: $fresh)"

# /actuator/health answers UP as soon as the web server runs, which is before the demo region is generated
# (an ApplicationRunner); so wait for the region's households too.
for _ in $(seq 1 600); do
	kill -0 "$(cat "$WORK_DIR/app.pid")" 2>/dev/null || die "Kernteam stopped; see $WORK_DIR/app.out"
	if curl -fsS "$BASE/actuator/health" >/dev/null 2>&1 \
		&& [ "$(sql -tA -c 'select count(*) > 0 from household' 2>/dev/null)" = "t" ]; then
		grep -h "Loaded the demo region" "$WORK_DIR/app.out" 2>/dev/null | tail -1 | sed 's/.*: /bench: /' || true
		echo "bench: ready; $(sql -tA -c 'select count(*) from household') households"
		exit 0
	fi
	sleep 1
done
die "not ready after 600 s"
