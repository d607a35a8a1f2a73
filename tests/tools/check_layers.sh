#!/usr/bin/env bash
# Checks every include line of core/, ui/ and app/ under ROOT against the allowed arrows of RULES
# (tests/tools/layers.txt, drawn in docs/architecture.md). A file belongs to the folder it is in (core/store,
# core/sync/bundle, ui/cases...); <sodium.h> and SQLCipher's headers count as the folders "sodium" and "sqlcipher".
# Fails on an arrow the rules do not allow, on a folder the rules do not name, and on a loop in the rules.
# With --graph, prints the arrows in use (FROM -> TO: include lines) instead.
set -euo pipefail
root=${1:?usage: check_layers.sh ROOT RULES [--graph]}
rules=${2:?usage: check_layers.sh ROOT RULES [--graph]}
mode=${3:-check}
[ -d "$root" ] || { echo "no such folder: $root"; exit 1; }
[ -f "$rules" ] || { echo "no such rules file: $rules"; exit 1; }
rules=$(realpath "$rules")

# The rules' own arrows must not loop (tsort names the loop).
if ! awk -F: '/^[[:space:]]*(#|$)/ { next } { n = split($2, to, " "); print $1, $1; for (i = 1; i <= n; i++) print $1, to[i] }' \
    "$rules" | tsort >/dev/null; then
  echo "the rules in $rules contain a loop"
  exit 1
fi

cd "$root"
mapfile -t files < <(find core ui app -type f \( -name '*.h' -o -name '*.cpp' \) 2>/dev/null | sort)
[ ${#files[@]} -gt 0 ] || { echo "no sources under $root"; exit 1; }

awk -v mode="$mode" '
function layer(path) {
    if (path ~ /^sodium(\.h|\/)/) return "sodium"
    if (path ~ /^(sqlcipher\/|sqlite3\.h)/) return "sqlcipher"
    if (path !~ /^(core|ui|app)\//) return ""
    sub(/\/[^\/]*$/, "", path)  # the folder the file is in
    return path
}
FNR == NR {
    if ($0 ~ /^[[:space:]]*(#|$)/) next
    split($0, sides, ":")
    from = sides[1]; gsub(/[[:space:]]/, "", from)
    known[from] = 1
    n = split(sides[2], targets, " ")
    for (i = 1; i <= n; i++) allowed[from, targets[i]] = 1
    next
}
FNR == 1 {
    source = layer(FILENAME)
    if (!(source in known) && !(source in unnamed)) {
        unnamed[source] = 1
        if (mode != "--graph") print "the folder " source " has no rule in the rules file (" FILENAME ")"
        bad = 1
    }
}
/^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]/ {
    target = $0
    sub(/^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]/, "", target)
    sub(/[>"].*$/, "", target)
    to = layer(target)
    if (to == "" || to == source) next
    used[source " -> " to]++
    if (!((source, to) in allowed)) {
        if (mode != "--graph") print FILENAME ":" FNR ": " source " may not include " to " (" target ")"
        bad = 1
    }
}
END {
    if (mode == "--graph") {
        for (arrow in used) print arrow ": " used[arrow]
        exit 0
    }
    exit bad
}' "$rules" "${files[@]}" | { if [ "$mode" = "--graph" ]; then sort; else cat; fi; }
status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] && [ "$mode" != "--graph" ] && echo "every include follows $rules"
exit "$status"
