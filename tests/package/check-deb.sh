#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with cpack from the current build and checks it the way a user meets it:
#   1. its control data: name, version, section, maintainer, and Depends naming the Debian 12
#      packages of every library the executables link (found by dpkg-shlibdeps);
#   2. its files: both executables, man pages, desktop entry, metainfo, icons, docs;
#   3. `apt-get install --simulate ./file.deb`: apt resolves every dependency;
#   4. `dpkg --root` installs it into an empty throwaway dpkg database and file tree (without
#      touching the machine's own), and the installed executables run from there.
# Usage: check-deb.sh BUILD_DIR APP_ID VERSION
set -uo pipefail

build=$1
app_id=$2
version=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/stsscope-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
step() { echo "--- $*"; }

step "cpack -G DEB"
started=$SECONDS
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack did not build the package"
    exit 1
fi
debs=("$work"/out/*.deb)
deb=${debs[0]}
[[ -f $deb ]] || { echo "FAIL: cpack made no .deb"; exit 1; }
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes, built in $((SECONDS - started)) s"

step "control data"
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == stsscope ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', not $version"
[[ $(field Section) == mail ]] || fail "Section is '$(field Section)'"
[[ $(field Maintainer) == *@* ]] || fail "Maintainer '$(field Maintainer)' has no address"
[[ -n $(field Description) ]] || fail "no Description"
[[ -n $(field Homepage) ]] || fail "no Homepage"
depends=$(field Depends)
echo "Depends: $depends"
depend_names=$(tr ',' '\n' <<<"$depends" | awk '{ print $1 }')
# What each library the executables link comes as in Debian 12, plus what Qt loads by name.
for package in libc6 libstdc++6 libqt6core6 libqt6network6 libqt6sql6 libqt6widgets6 libqt6charts6 libssl3 \
    libunbound8 libgmime-3.0-0 libzip4 zlib1g libqt6sql6-sqlite libqt6svg6 dns-root-data; do
    grep -qxF "$package" <<<"$depend_names" || fail "Depends lacks $package"
done

step "files"
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$work/files"
expected=(
    /usr/bin/stsscope /usr/bin/stsscope-cli
    /usr/share/man/man1/stsscope.1.gz /usr/share/man/man1/stsscope-cli.1.gz
    "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/doc/stsscope/copyright /usr/share/doc/stsscope/README.md
    /usr/share/doc/stsscope/user-guide.md /usr/share/doc/stsscope/findings.md
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expected[@]}"; do
    grep -qxF "$file" "$work/files" || fail "the package lacks $file"
done
# Nothing but /usr, and no build-tree paths baked into the binaries.
grep -vE '^/(usr(/.*)?)?/?$' "$work/files" && fail "files outside /usr (above)"

step "apt-get install --simulate"
# As root apt-get locks its cache even when simulating; another apt run (e.g. install-deps in
# another job) would make that fail, so wait for the lock a little.
if apt-get -o DPkg::Lock::Timeout=60 install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1 &&
    grep -q '^Inst stsscope ' "$work/apt.log"; then
    grep -E '^(Inst|Conf) ' "$work/apt.log"
else
    cat "$work/apt.log"
    fail "apt-get cannot resolve the package's dependencies"
fi

step "dpkg --root: install into a throwaway root"
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
# --force-depends: the empty root has no libc or Qt of its own; its dependencies were checked by
# apt above against the machine's, which the installed executables then use.
if dpkg --root="$root" --force-depends --force-not-root --log=/dev/null -i "$deb" >"$work/dpkg.log" 2>&1; then
    status=$(dpkg --root="$root" -s stsscope 2>/dev/null | sed -n 's/^Status: //p')
    [[ $status == "install ok installed" ]] || fail "dpkg reports the package as '$status'"
else
    cat "$work/dpkg.log"
    fail "dpkg could not install the package into the throwaway root"
fi

step "installed executables"
for program in stsscope stsscope-cli; do
    binary=$root/usr/bin/$program
    [[ -x $binary ]] || { fail "$program is not installed executable"; continue; }
    readelf -d "$binary" | grep -E 'R(UN)?PATH' && fail "$program carries an RPATH/RUNPATH (above)"
    # Every library it needs is found on this (Debian 12) system.
    ldd "$binary" | grep 'not found' && fail "$program misses libraries (above)"
done
cli_version=$(env -i PATH=/usr/bin:/bin "$root/usr/bin/stsscope-cli" --version 2>&1)
[[ $cli_version == "stsscope-cli $version" ]] || fail "stsscope-cli --version printed '$cli_version'"
gui_version=$(env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen \
    "$root/usr/bin/stsscope" --version 2>"$work/gui.err")
[[ $gui_version == "StsScope $version" ]] || fail "stsscope --version printed '$gui_version' ($(cat "$work/gui.err"))"
echo "$cli_version / $gui_version"
lint=$(env -i PATH=/usr/bin:/bin "$root/usr/bin/stsscope-cli" txt lint --json 'v=STSv1; id=20240601T000000')
grep -q '"valid": *true' <<<"$lint" || fail "the installed stsscope-cli could not lint a record: $lint"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "installed .desktop file invalid"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null ||
    fail "installed metainfo invalid"
man_warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' man --warnings -l "$root/usr/share/man/man1/stsscope-cli.1.gz" 2>&1 >/dev/null)
[[ -z $man_warnings ]] || fail "man reports: $man_warnings"

echo "package checked in $SECONDS s; $failures failure(s)"
((failures == 0))
