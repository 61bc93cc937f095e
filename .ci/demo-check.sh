#!/usr/bin/env bash
# The README's first command on a headless machine: builds, then starts the console
# on the demo tenant under Xvfb and checks it is still running 45 s later.
set -u
bash .ci/setup && cmake --preset default && cmake --build --preset default || exit 1
start=$(date +%s)
timeout 45 xvfb-run -a -s "-screen 0 1280x800x24" cmake --build --preset default --target run-demo
rc=$?
echo "run-demo: exit $rc after $(( $(date +%s) - start )) s (124 = still running when stopped)"
test $rc -eq 124
