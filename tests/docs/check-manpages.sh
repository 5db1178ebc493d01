#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the man pages with every groff warning enabled and fails on any warning; then fails
# unless every verb and every option the programs' --help prints appears in the man page.
# Usage: check-manpages.sh SOURCE_DIR STSSCOPE_CLI [STSSCOPE]
set -uo pipefail

src=$1
cli=$2
gui=${3:-}
man_dir=$src/docs/man
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

for page in "$man_dir"/*.1; do
    # Not -z: groff reports line-breaking problems only while it produces output.
    warnings=$(LC_ALL=C.UTF-8 groff -ww -man -Tutf8 "$page" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "$(basename "$page"): groff warnings:"$'\n'"$warnings"
done

# The roff source with its escapes undone, so that "\-\-json" reads "--json".
plain() { sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\(aq/'"'"'/g' "$1"; }

# Options of a --help text: "-h, --help", "--resolver <ADDR>", in the lines of its Options: section.
options_of() {
    awk '/^Options:/ { on = 1; next } /^[^ ]/ { on = 0 } on' | grep -oE '(^|[ ,])--?[A-Za-z][A-Za-z0-9-]*' |
        sed 's/^[ ,]*//' | sort -u
}

check_options() { # page, help text, what
    local page=$1 help=$2 what=$3 option
    [[ -n $help ]] || { fail "$what printed no help"; return; }
    while read -r option; do
        [[ -z $option ]] && continue
        grep -qE -- "(^|[^A-Za-z0-9-])${option}([^A-Za-z0-9-]|$)" <(plain "$page") ||
            fail "$(basename "$page") does not mention $option (from $what)"
    done < <(options_of <<<"$help")
}

cli_page=$man_dir/stsscope-cli.1
top_help=$("$cli" --help)
check_options "$cli_page" "$top_help" "stsscope-cli --help"
# Verbs: the lowercase words that start each line of the "Verbs:" section.
mapfile -t verbs < <(awk '/^Verbs:/ { on = 1; next } /^$/ { on = 0 } on && /^  [a-z]/' <<<"$top_help" |
    awk '{ verb = ""; for (i = 1; i <= NF && $i ~ /^[a-z][a-z-]*$/; ++i) verb = verb (verb ? " " : "") $i; print verb }')
((${#verbs[@]} >= 5)) || fail "found only ${#verbs[@]} verbs in stsscope-cli --help"
for verb in "${verbs[@]}"; do
    grep -qF ".SS \"$verb" "$cli_page" || fail "stsscope-cli.1 has no section (.SS) for the verb \"$verb\""
    # shellcheck disable=SC2086 # a verb is one or two words
    check_options "$cli_page" "$("$cli" $verb --help)" "stsscope-cli $verb --help"
done

if [[ -n $gui ]]; then
    check_options "$man_dir/stsscope.1" "$(QT_QPA_PLATFORM=offscreen "$gui" --help)" "stsscope --help"
fi

echo "checked $(ls "$man_dir"/*.1 | wc -l) manual pages and ${#verbs[@]} verbs; $failures failure(s)"
((failures == 0))
