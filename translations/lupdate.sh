#!/usr/bin/env bash
# Collects the translatable strings of every folder that has some into a .ts file, without source locations
# (they would change on every edit) and without messages that no longer exist.
# English is the source language: its catalogue holds only the plural forms ("%n case(s)" -> "1 case", "2 cases").
#   usage: lupdate.sh LUPDATE RU_TS [EN_TS]
set -euo pipefail
lupdate=$1
ts=$(realpath "$2")
en=${3:+$(realpath "$3")}
cd "$(dirname "$0")/.."
# -I . resolves our includes by path from the repo root, so tr() gets its namespaced class as context.
"$lupdate" -silent -I . -extensions cpp,h -locations none -no-obsolete core ui app -ts "$ts"
if [ -n "$en" ]; then
  "$lupdate" -silent -I . -extensions cpp,h -locations none -no-obsolete -pluralonly -target-language en \
    core ui app -ts "$en"
fi
