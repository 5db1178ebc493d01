#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a .ts file is out of date with the sources (a tr() string missing or obsolete)
# or, for a translation other than the English source file, has unfinished entries.
# Usage: check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
source_dir=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

status=0
for ts in "$source_dir"/translations/*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$scratch/$name"
    "$lupdate" -silent -locations none -no-obsolete "$source_dir/app" "$source_dir/ui" -ts "$scratch/$name" >/dev/null
    if ! diff -u "$ts" "$scratch/$name" >"$scratch/$name.diff"; then
        echo "FAIL $name is out of date with the sources; run scripts/update-translations, then translate what it adds"
        head -40 "$scratch/$name.diff"
        status=1
        continue
    fi
    if [[ "$name" != *_en.ts ]]; then
        unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
        if ((unfinished > 0)); then
            echo "FAIL $name has $unfinished unfinished translations"
            status=1
            continue
        fi
    fi
    echo "ok   $name ($(grep -c '<message' "$ts") messages)"
done
exit "$status"
