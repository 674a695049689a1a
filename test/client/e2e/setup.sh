#!/usr/bin/env bash
# Installs a real VS Code (code-server 4.100.3, Node 20 engine) and playwright-core into a cache
# folder outside the project's dependency tree, as described in shared/E2E.md. Run once per machine:
#   bash test/client/e2e/setup.sh            (cache: .e2e-cache/, git-ignored)
#   E2E_DIR=/some/dir bash test/client/e2e/setup.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
DIR="${E2E_DIR:-$ROOT/.e2e-cache}"
mkdir -p "$DIR"
cd "$DIR"

if ! command -v chromium >/dev/null || ! command -v rg >/dev/null || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  apt-get update
  apt-get install -y chromium ripgrep libkrb5-dev
fi

[ -f package.json ] || npm init -y >/dev/null
# code-server's postinstall downloads ripgrep from the internet: install without scripts, then rebuild natives.
npm install code-server@4.100.3 playwright-core --ignore-scripts --no-audit --no-fund
(
  cd node_modules/code-server/lib/vscode
  npm install --omit=dev --ignore-scripts --no-audit --no-fund
  npm_config_yes=true npm rebuild kerberos node-pty @vscode/spdlog native-watchdog @parcel/watcher @vscode/deviceid
  ln -sf node_modules node_modules.asar
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
)
npm_config_yes=true npm rebuild argon2
echo "e2e: code-server and playwright-core ready in $DIR"
