#!/usr/bin/env bash
# Fails if anything under the given folder includes a core header other than core/api, or the
# SQLCipher / libsodium headers.
set -euo pipefail
dir=${1:?usage: check_ui_boundary.sh DIR}
[ -d "$dir" ] || { echo "no such folder: $dir"; exit 1; }
violations=$(grep -rnE '#[[:space:]]*include[[:space:]]*[<"]((core/)?(util|crypto|db|model|store|search|sync|services)/|sqlcipher|sqlite3|sodium)' "$dir" || true)
if [ -n "$violations" ]; then
  echo "ui/ must include only core/api headers; found:"
  echo "$violations"
  exit 1
fi
echo "ui/ includes only core/api"
