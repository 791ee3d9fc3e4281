#!/usr/bin/env bash
# Installs Debian's Chromium for the web UI's end-to-end tests, when missing (idempotent). Playwright drives this
# binary; it never downloads a browser of its own.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
printf '[chromium] installing Debian chromium\n' >&2
as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
