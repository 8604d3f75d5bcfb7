#!/usr/bin/env bash
# Faults (issue 7): the database made unavailable under a running portal (file moved away; exclusive lock held by
# another process) gives the friendly 503 page with Retry-After and a failing /health/ready, no crash, and the portal
# recovers by itself when the database is back. Runs on its own copy of the demo data.
#
#   bash tests/Resilience/run-faults.sh
# Settings (environment): WORK (/tmp/stretchportal-resilience), SKIP_PUBLISH (reuse the last published build).
set -euo pipefail
WORK="${WORK:-/tmp/stretchportal-resilience}"
PORT=5192
source "$(dirname "$0")/portal.sh"

publish
demo_database "$WORK/faults.db"
: >"$LOG"
start_portal "$WORK/faults.db"
echo
echo "StretchPortal faults, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- src || echo ' + uncommitted changes'), $(machine)"
echo "Release build on loopback, SQLite (WAL) with the demo data, signed in as the demo mentee"
echo
set +e
python3 "$HERE/faults.py" "$BASE" "$WORK/faults.db" "$PID"
STATUS=$?
set -e
echo
echo "What the log says (503s are logged with the request and the kind of fault, no personal data):"
grep -h "unavailable" "$LOG" 2>/dev/null | sed 's/^/  /' | sort -u | head -8 || true
stop_portal
exit $STATUS
