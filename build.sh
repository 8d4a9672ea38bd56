#!/usr/bin/env bash
# The one entry point: ./build.sh test | bench | sample | build | docs | api | packages | setup
# It sets up everything a fresh machine lacks (PostgreSQL server binaries, Chromium), then acts.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '[build] %s\n' "$*"; }

ensure_postgresql() {
  if command -v initdb >/dev/null || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then return; fi
  log "installing PostgreSQL server binaries"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

# The browser tests of AuditLog.AspNetCore drive Debian's Chromium through Playwright (which cannot download its own).
ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return; fi
  log "installing Chromium for the browser tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
}

setup() {
  command -v dotnet >/dev/null || { log "the .NET SDK is required (dotnet on PATH)"; exit 1; }
  ensure_postgresql
  ensure_chromium
}

build() {
  dotnet build AuditLog.sln -c Release --nologo -v minimal "$@"
}

run_tests() {
  local results="$root/artifacts/test-results"
  rm -rf "$results" && mkdir -p "$results"
  local status=0
  dotnet test AuditLog.sln -c Release --no-build --nologo \
    --logger "trx" --results-directory "$results" "$@" \
    | tee "$results/console.log" || status=$?
  # One plain closing line over every test project.
  awk '/^(Passed|Failed)!/ {
         for (i = 1; i <= NF; i++) {
           if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1)
         }
       }
       END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' \
    <(sed 's/,//g' "$results/console.log")
  return "$status"
}

command="${1:-test}"
shift || true
case "$command" in
  setup) setup ;;
  build) setup; build "$@" ;;
  test) setup; build; bash eng/check-packages.sh; run_tests "$@" ;;
  packages) setup; bash eng/check-packages.sh ;;
  # Every speed target in one run on a durable throwaway PostgreSQL and the mock Kafka cluster:
  # a table, and artifacts/benchmarks/summary.json (docs/benchmarks.md). Options: --events N, --query-events N.
  bench) setup; build; dotnet run --project tests/AuditLog.Benchmarks -c Release --no-build -- bench --output "$root/artifacts/benchmarks" "$@" ;;
  sample) setup; dotnet run --project samples/AuditLog.Sample -c Release -- "$@" ;;
  api) setup; bash eng/update-public-api.sh ;;
  docs) setup; build
    for project in tests/AuditLog.Tests tests/AuditLog.Docs.Tests; do
      AUDITLOG_UPDATE_DOCS=1 dotnet test "$project" -c Release --no-build --nologo --filter "FullyQualifiedName~GeneratedDocs"
    done ;;
  *) echo "usage: ./build.sh [test|bench|sample|build|docs|api|packages|setup]" >&2; exit 2 ;;
esac
