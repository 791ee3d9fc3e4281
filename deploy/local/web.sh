#!/usr/bin/env bash
# Builds the web UI (src/PerfEval.Web) into src/PerfEval.Api/wwwroot, where the API serves it. Installs the npm
# packages from package-lock.json when they changed. Needs node >= 20 and npm; fails with a clear message without.
# Extra argument "test" also runs the UI's lint (ESLint with typescript-eslint and the React hooks rules, no warning
# allowed; see src/PerfEval.Web/eslint.config.js) and then its unit tests (vitest); a lint error fails the run.
set -euo pipefail
cd "$(dirname "$0")/../../src/PerfEval.Web"
log() { printf '[web] %s\n' "$*" >&2; }
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  log "node (>= 20) and npm are needed to build the web UI (e.g. apt-get install nodejs npm, or nodejs.org)."
  log "The API still runs without it and answers the UI's pages with 'the web UI is not built'."
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then log "node $(node -v) is too old: the web UI needs node >= 20."; exit 1; fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# npm ci only when the lock file is newer than the last install (node_modules/.package-lock.json is npm's record).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
if [ "${1:-}" = "test" ]; then
  npm run lint --silent
  npx vitest run
fi
npm run build --silent
log "built into src/PerfEval.Api/wwwroot"
