#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop entry and AppStream metainfo validate, name the app id, and the icon set is one
# set: every state icon is a 16x16 SVG with a title, listed in the .qrc, and renders.
# Usage: check-desktop-files.sh SOURCE_DIR APP_ID
set -uo pipefail

src=$1
app_id=$2
resources=$src/resources
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

desktop=$resources/$app_id.desktop
metainfo=$resources/$app_id.metainfo.xml
desktop-file-validate "$desktop" || fail "$desktop does not validate"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry's Icon is not $app_id"
appstreamcli validate --no-net --explain "$metainfo" || fail "$metainfo does not validate"
grep -q "<id>$app_id</id>" "$metainfo" || fail "the metainfo's id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $app_id.desktop"
grep -q '<project_license>GPL-3.0-or-later</project_license>' "$metainfo" || fail "the metainfo's licence"
# Screenshots shown by software centres are the ones in docs/screenshots.
while read -r image; do
    [[ -f $src/docs/screenshots/$(basename "$image") ]] || fail "screenshot $image is not in docs/screenshots"
done < <(sed -n 's|.*<image>\(.*\)</image>.*|\1|p' "$metainfo")

qrc=$resources/stsscope.qrc
for icon in "$resources"/icons/stsscope.svg "$resources"/icons/state/*.svg; do
    name=${icon#"$resources/"}
    grep -q ">$name</file>" "$qrc" || fail "$name is not in stsscope.qrc"
    grep -q '<title>' "$icon" || fail "$name has no <title>"
    if [[ $icon == */state/* ]]; then
        grep -q 'viewBox="0 0 16 16"' "$icon" || fail "$name is not drawn on the set's 16x16 grid"
    fi
    rsvg-convert --width 32 --height 32 "$icon" >/dev/null || fail "$name does not render"
done
for state in ok info warning error running dnssec-secure dnssec-insecure dnssec-bogus; do
    [[ -f $resources/icons/state/$state.svg ]] || fail "the state icon $state.svg is missing"
done

echo "$failures failure(s)"
((failures == 0))
