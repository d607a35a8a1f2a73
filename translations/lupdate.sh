#!/usr/bin/env bash
# Collects the translatable strings of every folder that has some into a .ts file, without source locations
# (they would change on every edit) and without messages that no longer exist.
#   usage: lupdate.sh LUPDATE TS_FILE
set -euo pipefail
lupdate=$1
ts=$(realpath "$2")
cd "$(dirname "$0")/.."
# -I . resolves our includes by path from the repo root, so tr() gets its namespaced class as context.
"$lupdate" -silent -I . -extensions cpp,h -locations none -no-obsolete core ui app -ts "$ts"
