#!/usr/bin/env bash
# Checks a built Fieldcase .deb as a distribution would before shipping it: lintian on the package; the desktop
# entry and AppStream metadata as installed; the installed files against packaging/expected-files.txt; the
# changelog's and the metainfo's newest version against the package's; that this machine has every package it
# depends on or recommends; and that both executables start from the unpacked files. Any error or warning fails
# the check.
#   packaging/check-package.sh FILE.deb
set -euo pipefail

deb=$1
expected="$(dirname "$0")/expected-files.txt"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
root=$scratch/root

say() { printf 'check-package: %s\n' "$*" >&2; }
fail() {
  say "$*"
  exit 1
}

say "lintian"
lintian --fail-on error,warning --display-info --pedantic "$deb"

dpkg-deb --extract "$deb" "$root"

say "desktop-file-validate"
# It exits 0 on warnings and hints, so any output at all fails the check.
report=$(desktop-file-validate "$root/usr/share/applications/fieldcase.desktop" 2>&1) || true
[ -z "$report" ] || fail "$report"

say "appstreamcli validate-tree"
# --strict fails on every issue but pedantic hints, which it still prints.
appstreamcli validate-tree --strict --pedantic --no-net "$root"

say "installed files"
if ! diff -u <(grep -v '^#' "$expected") <(cd "$root" && find . -type f -o -type l | cut -c3- | LC_ALL=C sort); then
  fail "the package's files differ from $expected (- expected, + in the package)"
fi

say "versions"
version=$(dpkg-deb --field "$deb" Version)
changelog_version=$(gzip -dc "$root/usr/share/doc/fieldcase/changelog.gz" | sed -n '1s/^fieldcase (\([^)]*\)).*/\1/p')
metainfo_version=$(grep -o -m1 '<release version="[^"]*"' "$root/usr/share/metainfo/org.fieldcase.fieldcase.metainfo.xml" |
  cut -d'"' -f2)
[ "$changelog_version" = "$version" ] || fail "packaging/debian/changelog's newest entry is $changelog_version, not $version"
[ "$metainfo_version" = "$version" ] || fail "the metainfo's newest release is $metainfo_version, not $version"

say "dependencies"
# Names a package that does not exist, or a version this machine does not have, fail here.
dpkg-checkbuilddeps -d "$(dpkg-deb --field "$deb" Depends), $(dpkg-deb --field "$deb" Recommends)" /dev/null

say "the executables start"
cli_version=$("$root/usr/bin/fieldcase-cli" --version)
[ "$cli_version" = "fieldcase-cli $version" ] || fail "fieldcase-cli --version says '$cli_version'"
"$root/usr/bin/fieldcase-cli" --help >/dev/null
mkdir -m 700 "$scratch/runtime"
XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=offscreen "$root/usr/bin/fieldcase" --help >/dev/null

say "$deb is fine"
