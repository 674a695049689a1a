#!/usr/bin/env bash
# Installs textlint + textlint-rule-prh from the npm registry into .bench-cache/ (git-ignored,
# cached between runs), outside the project's dependency tree, for `npm run bench:peer`.
# Install scripts are skipped: neither package needs one.
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE=.bench-cache
TEXTLINT=15
PRH=6
STAMP="$CACHE/.ready-textlint$TEXTLINT-prh$PRH"
if [[ -f "$STAMP" && -x "$CACHE/node_modules/.bin/textlint" ]]; then
  echo "bench:peer: textlint already installed in $CACHE"
  exit 0
fi
mkdir -p "$CACHE"
cd "$CACHE"
[[ -f package.json ]] || echo '{ "name": "tin-hoi-nghi-bench-peer", "private": true }' > package.json
npm install --no-audit --no-fund --ignore-scripts --loglevel=error \
  "textlint@$TEXTLINT" "textlint-rule-prh@$PRH" >/dev/null
touch "$(basename "$STAMP")"
echo "bench:peer: textlint $(node_modules/.bin/textlint --version) + textlint-rule-prh ready in $CACHE"
