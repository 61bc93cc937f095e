#!/usr/bin/env bash
# Builds the .deb, unpacks it into a throwaway root and runs what it installed
# from there, then validates its desktop entry and AppStream metadata.
#   installer_test.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "installer test: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/pkg/*.deb)
echo "package: $(basename "$deb")"

# Declared dependencies: found by dpkg-shlibdeps, plus the run-time ones it cannot see.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6svg6 libqt6keychain1 libsecret-1-0 qt6-qpa-plugins; do
  grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed"
done
# Every dependency is satisfied here: each group (a | b) has an installed
# package, or an installed package that provides it (the -abi virtual packages).
provided=$(dpkg-query -W -f='${Provides}\n' 2>/dev/null | tr ',' '\n' | sed 's/(.*//; s/ //g' | sort -u)
while IFS= read -r group; do
  ok=no
  for pkg in $(tr '|' '\n' <<<"$group" | sed 's/(.*//; s/ //g'); do
    if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || grep -qx "$pkg" <<<"$provided"; then
      ok=yes
    fi
  done
  [ "$ok" = yes ] || fail "dependency '$group' is not satisfied on this system"
done < <(tr ',' '\n' <<<"$depends" | sed 's/^ *//' | grep -v '^$')

dpkg -x "$deb" "$work/root"
root="$work/root/usr"
[ "$("$root/bin/passdesk" --version)" = "passdesk $version" ] || fail "passdesk --version: $("$root/bin/passdesk" --version)"
out=$(QT_QPA_PLATFORM=offscreen "$root/bin/passdesk-cli" --demo devices)
grep -q "^200 devices$" <<<"$out" || fail "passdesk-cli --demo devices printed: $(tail -n 3 <<<"$out")"
# Translations come with the binary, not from the build tree.
out=$(PASSDESK_LANGUAGE=fr QT_QPA_PLATFORM=offscreen "$root/bin/passdesk-cli" --demo devices)
grep -q "^200 appareils$" <<<"$out" || fail "French translation missing: $(tail -n 1 <<<"$out")"
# Nothing points back at the build tree.
if grep -rl --binary-files=text "$build" "$work/root" >/dev/null; then fail "installed files refer to the build tree"; fi

desktop-file-validate "$root/share/applications/org.passdesk.Passdesk.desktop"
appstreamcli validate --no-net --explain "$root/share/metainfo/org.passdesk.Passdesk.metainfo.xml"
for size in 16 22 24 32 48 64 128 256 512; do
  [ -s "$root/share/icons/hicolor/${size}x${size}/apps/org.passdesk.Passdesk.png" ] || fail "icon ${size}x${size} missing"
done
[ -s "$root/share/icons/hicolor/scalable/apps/org.passdesk.Passdesk.svg" ] || fail "scalable icon missing"
echo "installer test passed"
