#!/usr/bin/env bash
# Takes the screenshots of 使用说明 (app/guide/shots/*.png) from the real
# window under Xvfb, so they stay true when the window changes. Run it
# from the repository after changing a view, then look at the pictures
# and rebuild: the PNGs are embedded in the program.
#
#   bash scripts/guide-shots.sh [DISPLAY_NUMBER]     (default 97)
set -euo pipefail
cd "$(dirname "$0")/.."
display=":${1:-97}"
command -v Xvfb >/dev/null || { echo "需要 Xvfb：apt-get install xvfb" >&2; exit 1; }
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY="$display" LANG=zh_CN.UTF-8 go run -tags migrated_fynedo ./scripts/guideshots -o app/guide/shots
