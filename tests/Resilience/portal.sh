# Shared by the resilience scripts: publish the portal in Release, seed a demo database, start and stop the portal on
# loopback. Source it; set WORK and PORT first.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/tests/Resilience"
BASE="http://127.0.0.1:$PORT"
APP="$WORK/app/StretchPortal.Web.dll"
LOG="$WORK/portal-$PORT.log"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p "$WORK"

publish() {
  if [[ -z "${SKIP_PUBLISH:-}" || ! -f "$APP" ]]; then
    echo "Publishing the portal in Release"
    dotnet publish "$ROOT/src/StretchPortal.Web" -c Release -o "$WORK/app" -v quiet -nologo >/dev/null
  fi
}

PID=""
stop_portal() { if [[ -n "$PID" ]]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=""; fi; }
trap stop_portal EXIT

start_portal() { # database-file [environment]
  stop_portal
  (cd "$WORK/app" && ASPNETCORE_ENVIRONMENT="${2:-Production}" ASPNETCORE_URLS="$BASE" \
    ConnectionStrings__Sqlite="Data Source=$1" Serilog__MinimumLevel__Default=Warning Security__RequireTwoFactorForLeads=false \
    Logging__FilePath="$WORK/logs/portal-$PORT-.log" Email__PickupDirectory="$WORK/mail" \
    exec dotnet "$APP" >>"$LOG" 2>&1) &
  PID=$!
  for _ in $(seq 1 900); do
    if curl -fs "$BASE/health/ready" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "The portal did not become ready; its log:"; tail -40 "$LOG"; exit 1
}

# The demo data is seeded only in Development: seed a fresh file there once, then serve copies in Production.
demo_database() { # target-file
  local seeded="$WORK/demo-seeded-$PORT.db"
  rm -f "$seeded" "$seeded-wal" "$seeded-shm"
  start_portal "$seeded" Development
  stop_portal
  sqlite3 "$seeded" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
  rm -f "$1" "$1-wal" "$1-shm"
  cp "$seeded" "$1"
}

signin() { python3 "$ROOT/tests/Benchmarks/signin.py" "$BASE" "$1" "stretch-portal-demo"; }

machine() { echo "$(nproc) cores (shared; load average $(cut -d' ' -f1-3 /proc/loadavg)), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(uname -sr), $(dotnet --version | sed 's/^/.NET SDK /')"; }
