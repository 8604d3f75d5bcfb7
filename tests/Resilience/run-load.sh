#!/usr/bin/env bash
# Load (issue 7): the portal in Release on loopback over its own SQLite file seeded with the demo data.
#  1. wrk drives a signed-in mix of reads and weekly updates (mixed-load.lua) for DURATION seconds at CONNECTIONS
#     connections; prints requests, req/s, latency percentiles, non-2xx/3xx and 5xx counts (target: none).
#  2. write-load.py posts concurrent weekly updates (distinct weeks, and pairs racing on one week) on a fresh copy of
#     the demo data and checks the database with sqlite3: every save exactly once, nothing lost, nothing doubled.
#
#   bash tests/Resilience/run-load.sh
# Settings (environment): DURATION (60), CONNECTIONS (64), THREADS (4), CLIENTS (64), RACES (4),
# WORK (/tmp/stretchportal-resilience), SKIP_PUBLISH (reuse the last published build).
set -euo pipefail
WORK="${WORK:-/tmp/stretchportal-resilience}"
PORT=5191
DURATION="${DURATION:-60}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-4}"
source "$(dirname "$0")/portal.sh"

publish
echo "Seeding the demo data (Development start), then serving copies of it in Production"
demo_database "$WORK/load.db"
cp "$WORK/load.db" "$WORK/write.db"
: >"$LOG"

start_portal "$WORK/load.db"
echo "Signing in the demo accounts and finding their pages"
python3 "$HERE/prepare-load.py" "$BASE" "$WORK/accounts.lua"
echo "wrk: ${DURATION}s, $CONNECTIONS connections, $THREADS threads, signed-in mix of reads and weekly updates"
RESULT=$(LOAD_ACCOUNTS="$WORK/accounts.lua" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s \
  -s "$HERE/mixed-load.lua" "$BASE/" | tee "$WORK/wrk.txt" | awk '/^RESULT/')
alive=$(kill -0 "$PID" 2>/dev/null && echo yes || echo no)
locked=$(grep -ci "database is locked" "$LOG" || true)
errors=$(grep -cE ' (ERR|FTL)\]|fail:' "$LOG" || true)
stop_portal
read -r _ rps p50 p90 p99 p999 requests socket non23 fivexx saved refused <<<"$RESULT"

echo
echo "Write load: concurrent weekly updates on a fresh copy of the demo data"
: >"$LOG"
start_portal "$WORK/write.db"
set +e
WRITE=$(CLIENTS="${CLIENTS:-64}" RACES="${RACES:-4}" python3 "$HERE/write-load.py" "$BASE" "$WORK/write.db" 2>&1)
WRITE_STATUS=$?
set -e
write_locked=$(grep -ci "database is locked" "$LOG" || true)
stop_portal
echo "$WRITE"

echo
echo "StretchPortal load, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- src || echo ' + uncommitted changes'), $(machine)"
echo "Release build on loopback, SQLite (WAL) seeded with the demo data; wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --timeout 30s"
echo
echo "| measure | value |"
echo "|---|---|"
echo "| requests | $requests |"
echo "| requests/s | $rps |"
echo "| latency p50 / p90 / p99 / p99.9 (ms) | $p50 / $p90 / $p99 / $p999 |"
echo "| socket errors (connect, read, write, timeout) | $socket |"
echo "| non-2xx/3xx answers | $non23 |"
echo "| 5xx answers | $fivexx |"
echo "| weekly updates saved / refused as a race | $saved / $refused |"
echo "| \"database is locked\" in the log | $locked |"
echo "| errors in the log | $errors |"
echo "| portal still running at the end | $alive |"
echo "| write load: \"database is locked\" in the log | $write_locked |"
[[ "$socket" == 0 && "$non23" == 0 && "$fivexx" == 0 && "$WRITE_STATUS" == 0 ]] || { echo "TARGET MISSED"; exit 1; }
echo "Target met: zero errors, zero 5xx, every write accounted for."
