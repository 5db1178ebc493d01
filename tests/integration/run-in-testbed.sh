#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test inside the testbed's network namespace, where its servers listen. Exits 77
# (ctest: skipped) when the testbed is not up, so such tests are never reported as passed.
set -euo pipefail
env_file="${STS_TESTBED_DIR:?STS_TESTBED_DIR is not set}/env"
if [[ ! -r "$env_file" ]]; then
    echo "testbed not running ($env_file missing): skipped"
    exit 77
fi
# shellcheck source=/dev/null
. "$env_file"
exec ip netns exec "$STS_TESTBED_NS" env STS_TESTBED_DIR="$STS_TESTBED_DIR" QT_QPA_PLATFORM=offscreen "$@"
