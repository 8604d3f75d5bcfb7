#!/usr/bin/env bash
# The project's one test command: unit, integration and browser tests, Release build.
#   bash tests/test.sh
# Browser tests drive a system Chromium: STRETCHPORTAL_CHROMIUM (default /usr/bin/chromium). On Debian/Ubuntu this
# script installs it with apt-get when it is missing. Ends with one line: "tests: N passed, N failed[, N skipped]".
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

chromium="${STRETCHPORTAL_CHROMIUM:-/usr/bin/chromium}"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "test.sh: need root (or sudo) to run: $*" >&2
    return 1
  fi
}

if [ ! -x "$chromium" ]; then
  if [ "$chromium" = /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: $chromium not found; installing Debian's chromium package"
    if ! { as_root apt-get update && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }; then
      echo "test.sh: WARNING: could not install chromium with apt-get; the browser tests will fail." >&2
    fi
  elif command -v pwsh >/dev/null 2>&1; then
    echo "test.sh: $chromium not found; installing Playwright's own Chromium with pwsh"
    dotnet build tests/StretchPortal.BrowserTests -c Release
    pwsh tests/StretchPortal.BrowserTests/bin/Release/net10.0/playwright.ps1 install chromium
  else
    cat >&2 <<MESSAGE
test.sh: WARNING: no Chromium at $chromium, and neither apt-get nor pwsh is available to install one.
  Install Chromium and point STRETCHPORTAL_CHROMIUM at its executable, for example:
    STRETCHPORTAL_CHROMIUM=/path/to/chromium bash tests/test.sh
  The browser tests will fail until then.
MESSAGE
  fi
fi

dotnet tool restore

# Every integration and browser test starts a portal host; left to themselves their configuration and static-file
# watchers exhaust the kernel's inotify instances (128 by default) when test classes run in parallel.
export DOTNET_USE_POLLING_FILE_WATCHER=true
export DOTNET_hostBuilder__reloadConfigOnChange=false

log="$(mktemp "${TMPDIR:-/tmp}/stretchportal-tests.XXXXXX")"
trap 'rm -f "$log"' EXIT

status=0
dotnet test StretchPortal.sln -c Release --logger "console;verbosity=minimal" 2>&1 | tee "$log" || status=$?

# One summary line per test assembly, e.g.
#   Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, Duration: 3 s - X.dll (net10.0)
read -r summaries passed failed skipped < <(
  sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log" \
    | grep -oE 'Failed: *[0-9]+, Passed: *[0-9]+, Skipped: *[0-9]+, Total: *[0-9]+' \
    | awk -F'[:,] *' '{ f += $2; p += $4; s += $6; n++ } END { printf "%d %d %d %d\n", n, p, f, s }'
)

if [ "$status" -ne 0 ]; then
  echo "test.sh: dotnet test failed (exit code $status): a build error, a failed test or an aborted test run; see above." >&2
elif [ "$summaries" -eq 0 ]; then
  echo "test.sh: no test results found in dotnet test's output." >&2
  status=1
elif [ "$failed" -gt 0 ]; then
  status=1
fi

line="tests: $passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then
  line="$line, $skipped skipped"
fi
echo "$line"
exit "$status"
