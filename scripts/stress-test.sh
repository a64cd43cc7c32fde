#!/usr/bin/env bash
# Proof that the suite does not flake on a busy machine: runs the whole test suite RUNS times
# in a row (default 3) while `stress-ng --cpu 2` keeps both cores busy, and prints how long
# each run took and whether it passed. stress-ng (Debian) is installed when missing and is
# stopped however this script ends.
#
#   scripts/stress-test.sh               # 3 runs of the whole suite
#   scripts/stress-test.sh 5             # 5 runs
#   scripts/stress-test.sh 1 tests/rubrics -x   # extra arguments go to pytest
#
# STRESS_CPUS sets the number of stress-ng CPU workers (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-3}"
[ $# -gt 0 ] && shift
case "$runs" in
  '' | *[!0-9]*) echo "usage: $0 [RUNS] [pytest arguments...]" >&2; exit 2 ;;
esac

if ! command -v stress-ng >/dev/null 2>&1; then
  echo "stress-test: installing Debian package stress-ng"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q </dev/null
  $SUDO apt-get install -y -q --no-install-recommends stress-ng </dev/null
fi
bash scripts/setup.sh

stress_pid=""
pytest_pid=""
stop_stress() {
  if [ -n "$stress_pid" ] && kill -0 "$stress_pid" 2>/dev/null; then
    kill "$stress_pid" 2>/dev/null || true
    wait "$stress_pid" 2>/dev/null || true
  fi
}
# pytest runs in the background so a signal reaches this script at once; it is passed on.
on_signal() {
  [ -z "$pytest_pid" ] || kill -TERM "$pytest_pid" 2>/dev/null || true
  exit "$1"
}
trap stop_stress EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

stress-ng --cpu "${STRESS_CPUS:-2}" --quiet </dev/null >/dev/null 2>&1 &
stress_pid=$!
echo "stress-test: stress-ng --cpu ${STRESS_CPUS:-2} running (pid $stress_pid)"

results=()
failed=0
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  set +e
  .venv/bin/python -m pytest -q -p no:cacheprovider -n 2 --dist loadgroup "$@" &
  pytest_pid=$!
  wait "$pytest_pid"
  rc=$?
  pytest_pid=""
  set -e
  ms=$((($(date +%s%N) - start) / 1000000))
  if [ "$rc" -eq 0 ]; then verdict=passed; else verdict="FAILED (pytest exit $rc)"; failed=1; fi
  results+=("run $i/$runs: $verdict in $((ms / 1000)).$((ms % 1000 / 100)) s")
  echo "stress-test: ${results[-1]}"
done

stop_stress
echo "stress-test: summary (stress-ng --cpu ${STRESS_CPUS:-2} throughout)"
printf '  %s\n' "${results[@]}"
exit "$failed"
