#!/usr/bin/env bash
# Sets up service-audit on a fresh Debian machine: system packages when missing,
# then a virtualenv in .venv with the project and its dev tools. Idempotent,
# non-interactive (safe for CI: no terminal, no standard input).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -x /usr/sbin/dovecot ] || command -v dovecot >/dev/null 2>&1 || need+=(dovecot-imapd)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
# Synthesised call audio: the sandbox call centre's prompts and hold music, the listener's tests
# (flite speech, which pocketsphinx understands; espeak-ng for other languages; sox tones and music).
command -v espeak-ng >/dev/null 2>&1 || need+=(espeak-ng)
command -v flite >/dev/null 2>&1 || need+=(flite)
command -v sox >/dev/null 2>&1 || need+=(sox)
# PostgreSQL binaries for the tests' own throwaway server (tests/postgres/); the system
# service is not started (a policy-rc.d refuses it during the install).
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
# Redis for the tests' own throwaway broker (tests/fleet/); the system service is not started.
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q </dev/null
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    policy=/usr/sbin/policy-rc.d
  fi
  $SUDO apt-get install -y -q --no-install-recommends "${need[@]}" </dev/null
  [ -z "$policy" ] || $SUDO rm -f "$policy"
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "setup: installing Python packages into .venv"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip </dev/null
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]' </dev/null
  rm -f .venv/.installed-*
  touch "$stamp"
fi
echo "setup: ready (.venv/bin/audit)"
