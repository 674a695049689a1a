#!/usr/bin/env bash
# Installs a real VS Code (code-server 4.100.3 = VS Code 1.100) plus playwright-core into
# .e2e-cache/ (git-ignored, cached between runs), outside the extension's dependency tree.
# code-server's own postinstall downloads ripgrep from the internet, which this machine
# cannot reach, so the steps of shared/E2E.md are done by hand here.
set -euo pipefail
cd "$(dirname "$0")/../.."
CACHE=.e2e-cache
VERSION=4.100.3
if [[ -f "$CACHE/.ready-$VERSION" ]]; then echo "e2e: code-server $VERSION already installed in $CACHE"; exit 0; fi

need=()
for cmd in chromium rg nvim; do command -v "$cmd" >/dev/null || need+=("$cmd"); done
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
if (( ${#need[@]} )); then
  pkgs=()
  for n in "${need[@]}"; do case "$n" in rg) pkgs+=(ripgrep);; nvim) pkgs+=(neovim);; *) pkgs+=("$n");; esac; done
  echo "e2e: installing Debian packages: ${pkgs[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}" >/dev/null
fi

mkdir -p "$CACHE"
cd "$CACHE"
[[ -f package.json ]] || echo '{ "name": "tin-hoi-nghi-e2e", "private": true }' > package.json
npm install --no-audit --no-fund --ignore-scripts "code-server@$VERSION" playwright-core@1 >/dev/null
(
  cd node_modules/code-server/lib/vscode
  npm install --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null
  npm_config_yes=true npm rebuild kerberos node-pty @vscode/spdlog native-watchdog @parcel/watcher @vscode/deviceid >/dev/null
  ln -sf node_modules node_modules.asar
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
)
npm rebuild argon2 >/dev/null
touch ".ready-$VERSION"
echo "e2e: code-server $VERSION ready in $CACHE"
