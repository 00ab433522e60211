#!/usr/bin/env bash
# `npm test`: the type-check (tsc --noEmit), the formatting check (Prettier) and the test suite (jest), all three
# at once. tsc and Prettier are single-threaded and take about a fifth of the suite's CPU; run before jest they
# kept a core idle, beside it they share both cores with jest's workers. Their output is printed after jest's,
# and the exit code is 0 only when all three pass. Arguments go to jest (`npm test -- test/dist.test.ts`).
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
node_modules/.bin/tsc --noEmit >"$out/tsc" 2>&1 &
tsc=$!
node_modules/.bin/prettier --check --log-level warn "**/*.ts" >"$out/prettier" 2>&1 &
prettier=$!
node_modules/.bin/jest "$@"
jest_status=$?
wait "$tsc"
tsc_status=$?
wait "$prettier"
prettier_status=$?
status=0
if [ "$tsc_status" -ne 0 ]; then
  echo "npm test: the type-check failed (tsc --noEmit):" >&2
  cat "$out/tsc" >&2
  status=1
fi
if [ "$prettier_status" -ne 0 ]; then
  echo "npm test: formatting differs from Prettier's (run npm run format):" >&2
  cat "$out/prettier" >&2
  status=1
fi
[ "$jest_status" -eq 0 ] || status=1
[ "$status" -eq 0 ] && echo "npm test: the type-check, the formatting check and the tests passed"
exit "$status"
