#!/usr/bin/env bash
# Stops the Kernteam that bench/start.sh started (by its pid; nothing else).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
pid=$(cat "$WORK_DIR/app.pid" 2>/dev/null || true)
if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
	kill "$pid"
	for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
	echo "bench: stopped pid $pid"
fi
rm -f "$WORK_DIR/app.pid"
