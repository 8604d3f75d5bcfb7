#!/usr/bin/env bash
# The monitoring benchmark (issue 4). Builds the scale databases (cached between runs), starts the portal in Release
# on loopback, signs in as a generated lead, mentee and mentor, and drives each page with wrk, then the raw ADO.NET
# baseline endpoint that reads the same data with the same SQL and writes its HTML by hand, in the same host and run.
# Prints requests/s and p50/p95/p99 per page and each page's throughput ratio to its baseline.
#
#   bash tests/Benchmarks/run-benchmark.sh            # 5,000 mentees / 50 cohorts, then 10x in other cohorts
#   MENTEES=1000 COHORTS=10 DURATION=5 bash tests/Benchmarks/run-benchmark.sh   # a quicker look
#
# Each endpoint is warmed up (WARMUP seconds of the same load, not counted) before it is measured: .NET's tiered JIT
# recompiles a page's hot code with optimisations only after it has run a while, which under this load on 2 cores
# takes tens of seconds, so the default leaves each page close to the steady state a long-running server is in.
# All the cohorts are in one programme (PER_PROGRAMME, default COHORTS), so the programme roll-up covers all of them.
# Settings (environment): MENTEES (5000), COHORTS (50), PER_PROGRAMME (COHORTS), WEEKS (13), CONNECTIONS (8), THREADS (2), DURATION (15, s), WARMUP (10, s),
# SKIP_TENFOLD (unset; set to 1 to skip the 10x run), WORK (/tmp/stretchportal-benchmark).
# WARMUP plus DURATION must stay under a minute: a sign-in is re-checked against the database once it is a minute old.
# The reports are measured twice: as served (figures kept in memory while the data stays the same) and with
# Reports:CacheFigures=false (worked out afresh on every request, as on a first visit or after a change).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/tests/Benchmarks"
MENTEES="${MENTEES:-5000}"
COHORTS="${COHORTS:-50}"
WEEKS="${WEEKS:-13}"
PER_PROGRAMME="${PER_PROGRAMME:-$COHORTS}"
CONNECTIONS="${CONNECTIONS:-8}"
THREADS="${THREADS:-2}"
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-10}"
WORK="${WORK:-/tmp/stretchportal-benchmark}"
PORT=5187
BASE="http://127.0.0.1:$PORT"
PASSWORD="stretch-portal-scale"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v wrk >/dev/null || { echo "Installing wrk (Debian package)"; (apt-get install -y wrk || sudo apt-get install -y wrk) >/dev/null; }
mkdir -p "$WORK"

echo "Publishing the portal in Release"
dotnet publish "$ROOT/src/StretchPortal.Web" -c Release -o "$WORK/app" -v quiet -nologo >/dev/null
APP="$WORK/app/StretchPortal.Web.dll"

# The data's shape depends on the generator and the schema: a database is reused only for the same code and options.
CODE="$(cd "$ROOT" && git rev-parse --short HEAD:src/StretchPortal.Web/Data 2>/dev/null || echo dirty)"

database() { # mentees cohorts -> path (generated once)
  local path="$WORK/scale-$1-$2-p$PER_PROGRAMME-w$WEEKS-$CODE.db"
  if [[ ! -f "$path" ]]; then
    echo "Generating $1 mentees in $2 cohorts (once; cached as $path)"
    rm -f "$path.partial"*
    (cd "$WORK/app" && dotnet "$APP" generate-scale-data --mentees "$1" --cohorts "$2" --cohorts-per-programme "$PER_PROGRAMME" --weeks "$WEEKS" --database "$path.partial" | sed 's/^/  /')
    mv "$path.partial" "$path"
    rm -f "$path.partial-wal" "$path.partial-shm"
  fi
  echo "$path"
}

PID=""
stop_portal() {
  if [[ -n "$PID" ]]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=""; fi
  # The next portal must not find this one still answering on the port.
  for _ in $(seq 1 60); do curl -s -o /dev/null "$BASE/health/live" || return 0; sleep 0.5; done
  echo "A portal still answers on $BASE; stop it first"; exit 1
}
trap stop_portal EXIT

start_portal() { # database path [Reports__CacheFigures value]
  stop_portal
  # exec: $PID is the portal itself, so stop_portal stops it (not just the subshell around it).
  (cd "$WORK/app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" \
    ConnectionStrings__Sqlite="Data Source=$1" Benchmark__Baseline=true Security__RequireTwoFactorForLeads=false Reminders__Enabled=false \
    Reports__CacheFigures="${2:-true}" \
    Serilog__MinimumLevel__Default=Warning \
    dotnet "$APP" >"$WORK/portal.log" 2>&1) &
  PID=$!
  for _ in $(seq 1 120); do
    if curl -fs "$BASE/health/ready" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "The portal did not become ready; its log:"; tail -40 "$WORK/portal.log"; exit 1
}

signin() { python3 "$HERE/signin.py" "$BASE" "$1" "$PASSWORD"; }

check() { # cookie url: the page must answer 200 before it is measured
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $1" "$BASE$2")
  [[ "$status" == 200 ]] || { echo "GET $2 answered $status, not 200"; tail -20 "$WORK/portal.log"; exit 1; }
}

# Each run signs in afresh: the sign-in is re-checked against the database once it is a minute old (security stamp)
# and renewed in a new cookie, which wrk would ignore, so every later request would pay the check again.
measure() { # email url -> "rps p50 p95 p99 requests errors"
  local cookie
  cookie=$(signin "$1")
  check "$cookie" "$2"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 30s -H "Cookie: $cookie" "$BASE$2" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -H "Cookie: $cookie" -s "$HERE/percentiles.lua" "$BASE$2" \
    | awk '/^RESULT/ { print $2, $3, $4, $5, $6, $7 }'
}

ROWS=()
row() { # name page-result baseline-result
  read -r rps p50 p95 p99 n err <<<"$2"
  if [[ -n "$3" ]]; then
    read -r brps bp50 bp95 bp99 bn berr <<<"$3"
    ratio=$(awk -v a="$rps" -v b="$brps" 'BEGIN { printf "%.2f", a / b }')
    ROWS+=("$(printf '| %-34s | %8s | %7s | %7s | %7s | %6s | %8s | %7s | %5s |' "$1" "$rps" "$p50" "$p95" "$p99" "$err" "$brps" "$bp95" "$ratio")")
  else
    ROWS+=("$(printf '| %-34s | %8s | %7s | %7s | %7s | %6s | %8s | %7s | %5s |' "$1" "$rps" "$p50" "$p95" "$p99" "$err" "-" "-" "-")")
  fi
  echo "  $1: $rps req/s, p95 $p95 ms"
}

first_link() { # cookie url pattern
  curl -s -H "Cookie: $1" "$BASE$2" | grep -oE "$3" | head -1
}

DB=$(database "$MENTEES" "$COHORTS" | tail -1)
start_portal "$DB"
LEAD=lead.00001@scale.example.org
MENTEE=mentee.00001@scale.example.org
MENTOR=mentor.00001@scale.example.org
COHORT=$(first_link "$(signin $LEAD)" /Reports '/Reports/Cohort/[0-9a-f-]{36}' | sed 's#.*/##')
PROGRAMME=$(first_link "$(signin $LEAD)" /Reports '/Reports/Programme/[0-9a-f-]{36}' | sed 's#.*/##')
echo "Measuring at $MENTEES mentees in $COHORTS cohorts: $CONNECTIONS connections, $THREADS threads, ${DURATION}s per endpoint"

row "Cohort dashboard" "$(measure "$LEAD" "/Reports/Cohort/$COHORT")" "$(measure "$LEAD" "/benchmark/baseline/cohort/$COHORT")"
DASHBOARD_P95=$(echo "${ROWS[-1]}" | awk -F'|' '{ gsub(/ /, "", $5); print $5 }')
row "Drill-down (all mentees, page 1)" "$(measure "$LEAD" "/Reports/People?cohortId=$COHORT")" "$(measure "$LEAD" "/benchmark/baseline/people?cohortId=$COHORT")"
row "Drill-down CSV export" "$(measure "$LEAD" "/Reports/People.csv?cohortId=$COHORT")" "$(measure "$LEAD" "/benchmark/baseline/people.csv?cohortId=$COHORT")"
row "Mentee home page" "$(measure "$MENTEE" "/")" "$(measure "$MENTEE" "/benchmark/baseline/mentee-home")"
row "Mentor home page" "$(measure "$MENTOR" "/")" "$(measure "$MENTOR" "/benchmark/baseline/mentor-home")"
if [[ -n "$PROGRAMME" ]]; then
  row "Programme roll-up ($PER_PROGRAMME cohorts)" "$(measure "$LEAD" "/Reports/Programme/$PROGRAMME")" ""
fi

# The same reports with no figures kept in memory: what a first visit, or the first visit after a change, costs.
start_portal "$DB" false
echo "Measuring the reports with their figures worked out afresh on every request (Reports:CacheFigures=false)"
row "Cohort dashboard, worked out afresh" "$(measure "$LEAD" "/Reports/Cohort/$COHORT")" "$(measure "$LEAD" "/benchmark/baseline/cohort/$COHORT")"
AFRESH_P95=$(echo "${ROWS[-1]}" | awk -F'|' '{ gsub(/ /, "", $5); print $5 }')
if [[ -n "$PROGRAMME" ]]; then
  row "Programme roll-up, worked out afresh" "$(measure "$LEAD" "/Reports/Programme/$PROGRAMME")" ""
fi

TENFOLD=""
if [[ -z "${SKIP_TENFOLD:-}" ]]; then
  BIG=$(database "$((MENTEES * 10))" "$((COHORTS * 10))" | tail -1)
  start_portal "$BIG"
  COHORT=$(first_link "$(signin $LEAD)" /Reports '/Reports/Cohort/[0-9a-f-]{36}' | sed 's#.*/##')
  echo "Measuring the same-sized cohort with 10x the data in other cohorts ($((MENTEES * 10)) mentees in $((COHORTS * 10)) cohorts)"
  row "Cohort dashboard, 10x other data" "$(measure "$LEAD" "/Reports/Cohort/$COHORT")" "$(measure "$LEAD" "/benchmark/baseline/cohort/$COHORT")"
  TENFOLD=$(echo "${ROWS[-1]}" | awk -F'|' '{ gsub(/ /, "", $5); print $5 }')
  start_portal "$BIG" false
  row "Dashboard, 10x, worked out afresh" "$(measure "$LEAD" "/Reports/Cohort/$COHORT")" ""
  TENFOLD_AFRESH=$(echo "${ROWS[-1]}" | awk -F'|' '{ gsub(/ /, "", $5); print $5 }')
fi
stop_portal

echo
echo "StretchPortal benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, commit $(cd "$ROOT" && git rev-parse --short HEAD)"
echo "$MENTEES mentees in $COHORTS cohorts, $WEEKS-week assignments; wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s; Release build on loopback"
echo
echo "| Page                               |    req/s | p50 ms  | p95 ms  | p99 ms  | errors | baseline req/s | baseline p95 | ratio |"
echo "|------------------------------------|----------|---------|---------|---------|--------|----------|---------|-------|"
printf '%s\n' "${ROWS[@]}"
if [[ -n "$TENFOLD" ]]; then
  echo
  awk -v a="$DASHBOARD_P95" -v b="$TENFOLD" 'BEGIN { printf "Cohort dashboard p95 with 10x data in other cohorts: %.2f ms -> %.2f ms (%+.0f%%; target under +50%%)\n", a, b, (b / a - 1) * 100 }'
  awk -v a="$AFRESH_P95" -v b="$TENFOLD_AFRESH" 'BEGIN { printf "The same, figures worked out afresh on every request: %.2f ms -> %.2f ms (%+.0f%%)\n", a, b, (b / a - 1) * 100 }'
fi
