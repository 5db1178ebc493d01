#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/check-deps must pass with the full package list and fail, naming the package, when a
# package the build or the tests need is left out: one from each kind of evidence it reads
# (a CMake package config found through a dependency, a library, a compiler, a testbed server,
# a tool a test starts). Usage: check-deps-catches.sh SOURCE_DIR BUILD_DIR
set -uo pipefail

src=$1
build=$2
failures=0
check=("$src/scripts/check-deps" --tests --build-dir "$build")

if ! output=$("${check[@]}" 2>&1); then
    echo "FAIL: the full list is not complete:"
    echo "$output"
    failures=$((failures + 1))
fi

# libqt6opengl6-dev: Qt6Charts finds it through find_dependency (the bug this check was made for).
for package in libqt6opengl6-dev libunbound-dev g++ knot postfix xvfb man-db; do
    output=$("${check[@]}" --drop "$package" 2>&1)
    status=$?
    if ((status != 1)) || ! grep -q "from $package, which scripts/install-deps does not install" <<<"$output"; then
        echo "FAIL: without $package check-deps exited $status and did not name it:"
        echo "$output"
        failures=$((failures + 1))
    else
        echo "ok: without $package: $(grep -c "from $package," <<<"$output") use(s) reported"
    fi
done
exit $((failures > 0))
