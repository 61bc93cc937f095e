#!/usr/bin/env bash
# Runs a command in a private D-Bus session with a real, unlocked gnome-keyring
# (the Secret Service), in a throwaway home.
#   with_keyring.sh COMMAND [ARGS...]
set -euo pipefail
home=$(mktemp -d)
runtime=$(mktemp -d)
chmod 700 "$runtime"
trap 'rm -rf "$home" "$runtime"' EXIT
export HOME="$home" XDG_RUNTIME_DIR="$runtime" XDG_DATA_HOME="$home/.local/share"
dbus-run-session -- bash -c '
  echo -n passdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  "$@"' keyring "$@"
