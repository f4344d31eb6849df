#!/usr/bin/env bash
# How long generating a region takes: starts Kernteam on an empty data directory of its own (removed after),
# waits for the demo loader's log line, and prints it. Does not touch the instance of bench/start.sh.
#   bench/generator.sh [HOUSEHOLDS] [RUNS]      defaults: 50000 1
# BENCH_JAVA_OPTS is passed to the JVM (e.g. -XX:StartFlightRecording=filename=bench/work/gen.jfr).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
COUNT=${1:-50000}
RUNS=${2:-1}
GEN_PORT=$((PORT + 1))

if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT_DIR/src/main" "$ROOT_DIR/pom.xml" -newer "$JAR" -type f | head -1)" ]; then
	(cd "$ROOT_DIR" && ./mvnw -B -q -DskipTests package)
fi
for run in $(seq 1 "$RUNS"); do
	dir="$WORK_DIR/generator-$COUNT"
	rm -rf "$dir"; mkdir -p "$dir"
	cp "$JAR" "$dir/kernteam.jar" # a rebuild of target/ meanwhile cannot pull classes from under it
	(cd "$dir"; exec java ${BENCH_JAVA_OPTS:-} -jar "$dir/kernteam.jar" --server.port="$GEN_PORT" --kernteam.data-dir="$dir" \
		--kernteam.demo-households="$COUNT" >"$dir/app.out" 2>&1) &
	pid=$!
	line=""
	for _ in $(seq 1 900); do
		line=$(grep -h "Loaded the demo region" "$dir/app.out" 2>/dev/null || true)
		[ -n "$line" ] && break
		kill -0 "$pid" 2>/dev/null || break
		sleep 1
	done
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	[ -n "$line" ] || die "no region generated; see $dir/app.out"
	echo "run $run: ${line##*: }; load average $(cut -d' ' -f1-3 /proc/loadavg)"
	rm -rf "$dir"
done
