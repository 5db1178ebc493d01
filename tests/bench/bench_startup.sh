#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Start-up time of the desktop app: from starting the process to its main window's first frame
# on screen (ui/firstframeprobe), on a real X server (Xvfb). Each run is a new process with an
# empty home (no history, no report library, no settings); "cold" runs drop the page cache first
# (root only), as after a reboot.
#
#   tests/bench/bench_startup.sh [--app build/ci/ui/stsscope] [--runs 10] [--cold]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
app="$root/build/ci/ui/stsscope"
runs=10
cold=0
while [ $# -gt 0 ]; do
    case "$1" in
    --app) app=$(realpath "$2"); shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --cold) cold=1; shift ;;
    -h | --help) sed -n '/^#   tests/p' "$0" | sed 's/^#   //'; exit 0 ;;
    *) echo "bench_startup: unknown option $1" >&2; exit 2 ;;
    esac
done
[ -x "$app" ] || { echo "bench_startup: no app at $app (cmake --build build/ci --target stsscope)" >&2; exit 2; }
if [ "$cold" -eq 1 ] && [ "$(id -u)" -ne 0 ]; then
    echo "bench_startup: --cold drops the page cache and needs root" >&2
    exit 2
fi

work=$(mktemp -d)
display=":$((200 + RANDOM % 500))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 50); do # the server is ready when its socket is there
    [ -S "/tmp/.X11-unix/X${display#:}" ] && break
    sleep 0.1
done

samples=()
for run in $(seq 0 "$runs"); do
    home="$work/home-$run"
    mkdir -p "$home"
    log="$work/run-$run.log"
    [ "$cold" -eq 1 ] && { sync; echo 3 >/proc/sys/vm/drop_caches; }
    started=$EPOCHREALTIME
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" DISPLAY="$display" \
        QT_QPA_PLATFORM=xcb QT_LOGGING_RULES="stsscope.trace.debug=true" LANG=C.UTF-8 \
        "$app" >"$log" 2>&1 &
    app_pid=$!
    frame=""
    for _ in $(seq 200); do
        frame=$(sed -n 's/.*first frame at \([0-9.]*\) s.*/\1/p' "$log")
        [ -n "$frame" ] && break
        sleep 0.05
    done
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
    [ -n "$frame" ] || { echo "bench_startup: no first frame within 10 s (see $log)" >&2; cat "$log" >&2; exit 1; }
    ms=$(awk -v a="$started" -v b="$frame" 'BEGIN { printf "%d", (b - a) * 1000 }')
    if [ "$run" -eq 0 ] && [ "$cold" -eq 0 ]; then
        echo "warm-up: $ms ms"
        continue
    fi
    echo "run $run: $ms ms"
    samples+=("$ms")
done
printf '%s\n' "${samples[@]}" | sort -n | awk '{ v[NR] = $1 } END {
    printf "first frame after start (%s): median %d ms, min %d, max %d, %d runs\n",
        "'"$([ "$cold" -eq 1 ] && echo cold || echo warm)"'", v[int((NR + 1) / 2)], v[1], v[NR], NR }'
