#!/usr/bin/env bash
# Installs Debian's chromium for the report's browser test (test/report/browser.test.ts), and an
# emoji font so that screenshots show emoji, where they are missing. Needs root or sudo.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: /usr/bin/chromium is missing and apt-get is not available; the report's browser test will be skipped" >&2
  exit 0
fi

run_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "ensure-chromium: need root (or sudo) to install chromium" >&2
    return 1
  fi
}

echo "ensure-chromium: installing chromium with apt-get" >&2
run_as_root apt-get update
run_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-noto-color-emoji
/usr/bin/chromium --version
