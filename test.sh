#!/usr/bin/env bash
# Builds Commerce, runs every test project and ends with one line: "N passed, N failed, N skipped".
# Installs what the tests need on a fresh Debian machine: Chromium (browser tests) and PostgreSQL (fixtures).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
results=artifacts/test-results

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

apt_updated=false
apt_install() {
  if [[ $apt_updated == false ]]; then
    as_root apt-get update
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"
}

# Playwright cannot download its own browser here; the browser tests drive Debian's Chromium.
[[ -x /usr/bin/chromium ]] || apt_install chromium

# The fixtures start a throwaway cluster with initdb/pg_ctl (Debian keeps them in /usr/lib/postgresql/*/bin).
if ! command -v initdb >/dev/null && ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  apt_install postgresql
fi

dotnet tool restore
if ! dotnet build Commerce.sln -c Release; then
  echo "test.sh: the build failed, so no tests were run" >&2
  exit 1
fi

# Prints "passed failed skipped" summed over the given .trx files. Each holds one <Counters total=".."
# executed=".." passed=".." failed=".." .../>; skipped tests count in total but not in executed.
count_results() {
  local trx
  for trx in "$@"; do grep -o '<Counters [^>]*>' "$trx" || true; done | awk '
    {
      for (i = 1; i <= NF; i++)
        if (split($i, pair, "=") == 2) { gsub(/[^0-9]/, "", pair[2]); count[pair[1]] = pair[2] + 0 }
      passed += count["passed"]
      failed += count["failed"] + count["error"] + count["timeout"] + count["aborted"]
      skipped += count["total"] - count["executed"]
      split("", count)
    }
    END { print passed + 0, failed + 0, skipped + 0 }'
}

rm -rf "$results"
mkdir -p "$results"
shopt -s nullglob
passed=0 failed=0 skipped=0 status=0
for project in tests/*.Tests/*.csproj; do
  name=$(basename "$project" .csproj)
  code=0
  # One project failing must not stop the others.
  dotnet test "$project" --no-build -c Release \
    --results-directory "$results" --logger "trx;LogFilePrefix=$name" || code=$?
  trx_files=("$results/${name}"_*.trx)
  read -r project_passed project_failed project_skipped < <(count_results "${trx_files[@]}")
  if (( (code != 0 || ${#trx_files[@]} == 0) && project_failed == 0 )); then
    # A crashed or aborted run has no failed test of its own: count one, so the summary agrees with the exit code.
    echo "test.sh: $name did not complete (dotnet test exit $code, ${#trx_files[@]} .trx files); counted as 1 failed" >&2
    project_failed=1
  fi
  passed=$(( passed + project_passed ))
  failed=$(( failed + project_failed ))
  skipped=$(( skipped + project_skipped ))
  (( code == 0 )) || status=1
done

all_trx=("$results"/*.trx)
if (( ${#all_trx[@]} == 0 )); then
  echo "test.sh: no test results in $results" >&2
  status=1
fi
(( failed == 0 )) || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
