#!/usr/bin/env bash
# Fails when a Russian translation is missing: a message of fieldcase_ru.ts is unfinished, or the sources
# have a string the .ts file lacks (someone added a tr() and did not build update_translations).
#   usage: check_complete.sh LUPDATE
set -euo pipefail
lupdate=$1
here=$(cd "$(dirname "$0")" && pwd)
ts=$here/fieldcase_ru.ts
en=$here/fieldcase_en.ts
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Prints the source text of each unfinished message of a .ts file; fails if there is none.
unfinished() {
  grep -q 'type="unfinished"' "$1" || return 1
  grep -B3 'type="unfinished"' "$1" | grep -E '<source>' >&2 || true
}

status=0
if unfinished "$ts"; then
  echo "fieldcase_ru.ts: the messages above are not translated yet" >&2
  status=1
fi
if unfinished "$en"; then
  echo "fieldcase_en.ts: the plural forms above are not written yet" >&2
  status=1
fi
cp "$ts" "$tmp/fieldcase_ru.ts"
cp "$en" "$tmp/fieldcase_en.ts"
"$here/lupdate.sh" "$lupdate" "$tmp/fieldcase_ru.ts" "$tmp/fieldcase_en.ts"
if [ "$status" -eq 0 ] && unfinished "$tmp/fieldcase_ru.ts"; then
  echo "fieldcase_ru.ts lacks the strings above: build the update_translations target and translate them" >&2
  status=1
fi
if [ "$status" -eq 0 ] && unfinished "$tmp/fieldcase_en.ts"; then
  echo "fieldcase_en.ts lacks the plural forms above: build update_translations and write them" >&2
  status=1
fi
if ! python3 "$here/check_sources.py" "$here/.."; then
  status=1
fi
exit "$status"
