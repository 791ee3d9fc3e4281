#!/usr/bin/env bash
# Installs Debian's Chromium for the web UI's end-to-end tests, with a CJK font (fonts-noto-cjk) so that the Chinese
# pages render in screenshots instead of empty boxes; each only when missing (idempotent). Playwright drives this
# binary; it never downloads a browser of its own.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed' || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
printf '[chromium] installing %s\n' "${missing[*]}" >&2
as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
