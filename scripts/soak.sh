#!/usr/bin/env bash
# Leaves the real window open as a clerk would for a day and prints what it
# costs: RSS and CPU after the first visit of each tab, then RSS after
# every round of clicking 总览 → 台账 → 催报 → 导入 → 单位 → 导出/打印.
#
#   bash scripts/soak.sh [ROUNDS] [DISPLAY]      (defaults: 200 :91)
#
# It builds the program, writes 200 returns with scripts/benchimport,
# imports them into a fresh database and drives the window under Xvfb at
# 1366×768 with xdotool (apt-get install xvfb xdotool imagemagick). SOAK_DB=FILE uses
# an existing database instead, SOAK_BIN=FILE another build of the program.
set -euo pipefail
rounds=${1:-200}
disp=${2:-:91}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
app= xv=
cleanup() {
	for p in $app $xv; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
	rm -rf "$work"
}
trap cleanup EXIT

bin=${SOAK_BIN:-$work/taizhang}
[ -n "${SOAK_BIN:-}" ] || go build -tags migrated_fynedo -o "$bin" .
db=${SOAK_DB:-}
if [ -z "$db" ]; then
	db=$work/soak.db
	go run ./scripts/benchimport/genreturns -n 200 -o "$work/returns" >/dev/null
	"$bin" import --db "$db" "$work/returns"/*.xlsx >/dev/null
fi

Xvfb "$disp" -screen 0 1366x768x24 >/dev/null 2>&1 &
xv=$!
sleep 1
export DISPLAY=$disp
# A home of its own: the window's remembered size and period stay out of
# the clerk's.
HOME=$work "$bin" --db "$db" >"$work/log" 2>&1 &
app=$!
xdotool search --sync --onlyvisible --name . >/dev/null
sleep 2

rss() { awk '/^VmRSS:/ {printf "%d", $2/1024}' "/proc/$app/status"; }
cpu() { awk '{printf "%d", $14+$15}' "/proc/$app/stat"; } # clock ticks
hz=$(getconf CLK_TCK)

# settle waits until the window stops using CPU: the tab is drawn.
settle() {
	local last now
	last=$(cpu)
	for _ in $(seq 60); do
		sleep 0.3
		now=$(cpu)
		[ $((now - last)) -le 1 ] && return
		last=$now
	done
}

# The window fills the screen without a window manager; the tabs sit in a
# row under the menu bar.
declare -A x=([总览]=27 [台账]=77 [催报]=127 [导入]=177 [单位]=227 [导出/打印]=295)
order=(总览 台账 催报 导入 单位 导出/打印)
click() { xdotool mousemove "${x[$1]}" 54 click 1; settle; }

settle
echo "start: RSS $(rss) MB"
for t in 台账 催报 导入 单位 导出/打印 总览; do
	before=$(cpu)
	click "$t"
	echo "first open of $t: $(awk -v t=$(($(cpu) - before)) -v hz="$hz" 'BEGIN{printf "%.2f", t/hz}') s CPU, RSS $(rss) MB"
done
# SOAK_SHOT=FILE.png keeps a picture of the window after the first visits.
[ -n "${SOAK_SHOT:-}" ] && import -window root "$SOAK_SHOT"
for i in $(seq "$rounds"); do
	for t in "${order[@]}"; do click "$t"; done
	echo "round $i: RSS $(rss) MB"
done
if grep -q . "$work/log"; then
	echo "the window logged:"
	cat "$work/log"
fi
