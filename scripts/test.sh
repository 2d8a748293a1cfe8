#!/usr/bin/env bash
# The whole proof of the project, as `npm test` (and so as .ci/run) runs it:
# data checks, type checks, a build under a base path, unit/integration/browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# --- Chromium for the browser tests: CHROMIUM_PATH, then /usr/bin/chromium; install it
# from Debian where we can (root + apt-get); otherwise skip browser tests loudly, except
# under CI=true where a missing browser fails the run. Never download a browser build.
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium ontbreekt: installeren uit Debian (apt-get install chromium)..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "Installeren van Chromium is mislukt."
  fi
fi
if [ -x "$CHROMIUM" ]; then
  export CHROMIUM_PATH="$CHROMIUM"
  unset ATLAS_SKIP_BROWSER || true
  echo "Browsertests met $("$CHROMIUM" --version 2>/dev/null | head -1) ($CHROMIUM)"
else
  if [ "${CI:-}" = "true" ]; then
    echo "FOUT: geen Chromium op $CHROMIUM en installeren lukte niet; onder CI=true is dat een fout." >&2
    exit 1
  fi
  echo "################################################################################"
  echo "## LET OP: geen Chromium gevonden ($CHROMIUM). De BROWSERTESTS WORDEN OVERGESLAGEN."
  echo "## Installeer Chromium (Debian: apt-get install chromium) of zet CHROMIUM_PATH."
  echo "################################################################################"
  export ATLAS_SKIP_BROWSER=1
fi

# --- LibreOffice Calc for the test that opens every download in a Dutch spreadsheet
# (tests/integration/downloads-libreoffice.test.ts): installed from Debian like Chromium,
# as root and only when missing; that test skips loudly without it, and fails under CI=true.
if ! command -v soffice >/dev/null 2>&1 && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "LibreOffice ontbreekt: installeren uit Debian (apt-get install libreoffice-calc-nogui)..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null 2>&1) ||
    echo "Installeren van LibreOffice is mislukt."
fi

export ASTRO_TELEMETRY_DISABLED=1
# `npm install` on a fresh clone must leave the lockfile as committed (in CI the clone is fresh).
if [ "${CI:-}" = "true" ] && command -v git >/dev/null 2>&1 && git rev-parse --git-dir >/dev/null 2>&1; then
  if ! git diff --quiet -- package-lock.json; then
    echo "FOUT: npm install heeft package-lock.json veranderd; leg de lockfile vast zoals npm install haar schrijft:" >&2
    git --no-pager diff --stat -- package-lock.json >&2
    exit 1
  fi
fi
echo "== Data valideren"; npm run -s validate
echo "== Opmaak van de data"; npm run -s check:format
# Types and lint side by side (about 30 s each, one core each), each printed whole when done;
# either failing fails the run, after both have finished.
mkdir -p .tmp
# Each in a process group of its own (job control on while they start), so that each can be
# stopped whole: npm, the shell npm starts and `astro check` or ESLint under it. This script
# waits with `wait`, which an interruption (Ctrl-C, a cancelled CI job) ends at once; the trap
# then stops both.
set -m
npm run -s check:types > .tmp/check-types.log 2>&1 &
types_pid=$!
npm run -s lint > .tmp/lint.log 2>&1 &
lint_pid=$!
set +m
trap 'kill -- -"$types_pid" -"$lint_pid" 2>/dev/null || true; exit 130' INT TERM
types_status=0
lint_status=0
wait "$types_pid" || types_status=$?
wait "$lint_pid" || lint_status=$?
trap - INT TERM
echo "== Typen (schema -> TypeScript, astro check)"; cat .tmp/check-types.log
echo "== Code: Prettier en ESLint"; cat .tmp/lint.log
if [ "$types_status" != 0 ] || [ "$lint_status" != 0 ]; then
  echo "FOUT: typen (exit $types_status) of code-opmaak (exit $lint_status) niet in orde; zie hierboven." >&2
  exit 1
fi
# The browser tests read the site as GitHub Pages serves a project site: under a base path.
echo "== Site bouwen onder /atlas/ voor de tests"
rm -rf .tmp/site-test && mkdir -p .tmp
ATLAS_BASE=/atlas/ ATLAS_OUT_DIR=.tmp/site-test npm run -s build > .tmp/build-test.log 2>&1 || { cat .tmp/build-test.log; exit 1; }
echo "== Tests"
mkdir -p .tmp
status=0
npx vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest.json || status=$?
# One plain closing line, the same in any language: N passed, N failed, N skipped.
# A test file that fails outside its tests (in beforeAll, or on import) counts none of them as
# failed, only as skipped: it is named on a line of its own, so the run never looks green.
node -e "
const r = require('./.tmp/vitest.json');
console.log('tests: ' + r.numPassedTests + ' passed, ' + r.numFailedTests + ' failed, ' + (r.numPendingTests + r.numTodoTests) + ' skipped');
const files = r.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((t) => t.status === 'failed'));
if (files.length) console.log('FOUT: ' + files.length + ' testbestand(en) faalde(n) buiten de tests zelf (zie hierboven): ' + files.map((f) => require('node:path').relative(process.cwd(), f.name)).join(', '));
" || true
exit $status
