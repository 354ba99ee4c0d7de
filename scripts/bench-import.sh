#!/usr/bin/env bash
# Times the whole `taizhang import` of 200 generated returns, process start
# included, against a bare one-goroutine excelize read of the same files,
# and prints the ratios of wall and CPU time (the goal is 1.0 or less).
# Runs each ROUNDS times (default 5) alternately and compares the medians.
#
#   bash scripts/bench-import.sh [N_RETURNS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=$PATH:/usr/local/go/bin
n=${1:-200}
rounds=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

go build -o "$work/taizhang" .
go build -o "$work/readcells" ./scripts/benchimport/readcells
go run ./scripts/benchimport/genreturns -n "$n" -o "$work/returns"
files=("$work"/returns/*.xlsx)

# measure runs a command and prints its wall time and its CPU time (user +
# system) in seconds; on a busy machine the CPU times compare more fairly.
measure() {
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >/dev/null
  awk '{printf "%s %.3f\n", $1, $2 + $3}' "$work/time"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: >"$work/read" && : >"$work/import"
for ((i = 1; i <= rounds; i++)); do
  rm -f "$work/t.db"
  measure "$work/readcells" "${files[@]}" >>"$work/read"
  measure "$work/taizhang" import --db "$work/t.db" "${files[@]}" >>"$work/import"
done
read_s=$(cut -d' ' -f1 "$work/read" | median)
import_s=$(cut -d' ' -f1 "$work/import" | median)
read_cpu=$(cut -d' ' -f2 "$work/read" | median)
import_cpu=$(cut -d' ' -f2 "$work/import" | median)
printf 'returns: %d files, %d rounds (medians)\n' "$n" "$rounds"
printf '                            wall      cpu\n'
printf 'excelize read, 1 goroutine: %.3f s   %.3f s\n' "$read_s" "$read_cpu"
printf 'taizhang import (full):     %.3f s   %.3f s\n' "$import_s" "$import_cpu"
printf 'ratio import/read:          %.2f      %.2f\n' "$(echo "$import_s / $read_s" | bc -l)" "$(echo "$import_cpu / $read_cpu" | bc -l)"
