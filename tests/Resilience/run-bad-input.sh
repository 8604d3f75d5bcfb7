#!/usr/bin/env bash
# Bad input (issue 7): every form reachable by anonymous visitors and each demo role, posted with empty, oversized
# (1 MB), malformed, Unicode and script-laden values, against its own fresh copy of the demo data. Target: no 5xx and
# every script shown as text, never run.
#
#   bash tests/Resilience/run-bad-input.sh
# Settings (environment): WORK (/tmp/stretchportal-resilience), DEPTH (2), PAGES (80), SKIP_PUBLISH.
set -euo pipefail
WORK="${WORK:-/tmp/stretchportal-resilience}"
PORT=5193
source "$(dirname "$0")/portal.sh"

publish
demo_database "$WORK/bad-input.db"
: >"$LOG"
start_portal "$WORK/bad-input.db"
echo
echo "StretchPortal bad input, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- src || echo ' + uncommitted changes'), $(machine)"
echo "Release build on loopback, SQLite with the demo data"
set +e
python3 "$HERE/bad-input.py" "$BASE"
STATUS=$?
set -e
alive=$(kill -0 "$PID" 2>/dev/null && echo yes || echo no)
echo "Portal still running at the end: $alive; errors in its log: $(grep -cE ' (ERR|FTL)\]|fail:' "$LOG" || true)"
grep -E ' (ERR|FTL)\]|fail:' -A3 "$LOG" | head -30 || true
stop_portal
exit $STATUS
