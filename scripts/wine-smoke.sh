#!/usr/bin/env bash
# Build the Windows program and run it under Wine to a screenshot: proves
# the .exe starts on Windows, opens its window and draws Chinese from the
# bundled font (Wine has no Chinese system fonts, so missing glyphs show).
#
#   scripts/wine-smoke.sh [SHOT.png] [SECONDS] [-- PROGRAM ARGS...]
#
# Default shot: dist/wine-smoke.png; the program's output goes beside it
# (.log). SKIP_BUILD=1 reuses an existing dist/taizhang.exe. Installs xvfb,
# wine64, mingw and imagemagick when missing (through the wine-smoke tool).
set -euo pipefail
cd "$(dirname "$0")/.."
shot=${1:-dist/wine-smoke.png}
secs=${2:-25}
shift $(( $# < 2 ? $# : 2 ))
[ "${1:-}" = "--" ] && shift
exe=${EXE:-dist/taizhang.exe}

# The shared tools sit beside the repository (../shared in CI, where the
# repo is a fresh clone next to a copy of shared/).
tool=../shared/tools/wine-smoke
[ -f "$tool" ] || { echo "找不到 $tool（shared/ 应在仓库旁边）" >&2; exit 1; }

if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$exe" ]; then
  scripts/build-windows.sh "$exe"
fi
mkdir -p "$(dirname "$shot")"
rm -f "$shot"
# The copy of shared/ in CI has no write bits: run it through bash.
bash "$tool" "$exe" "$shot" "$secs" -- "$@"

log=${shot%.png}.log
[ -s "$shot" ] || { echo "FAIL: 没有截图 $shot" >&2; exit 1; }
if grep -qE '^(panic:|fatal error:)' "$log"; then
  echo "FAIL: 程序在 Wine 下崩溃（见 $log）" >&2
  grep -A20 -E '^(panic:|fatal error:)' "$log" | head -40 >&2
  exit 1
fi
# A window that drew something has many colours (anti-aliased text, the
# icon); an empty desktop or a crash before the first frame has a handful.
colours=$(convert "$shot" -format %k info:)
if [ "$colours" -lt 64 ]; then
  echo "FAIL: 截图几乎是空白（$colours 种颜色），窗口没有画出来？见 $shot 和 $log" >&2
  exit 1
fi
echo "wine smoke ok: $shot ($colours colours), log $log"
