#!/usr/bin/env bash
# Times the whole `taizhang import` of 200 generated returns, process start
# included, against a bare one-goroutine excelize read of the same files,
# and prints the ratio (the goal is 1.0 or less). Runs each ROUNDS times
# (default 5) alternately and compares the medians.
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

# seconds runs a command and prints its wall time in seconds.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

imports=() reads=()
for ((i = 1; i <= rounds; i++)); do
  rm -f "$work/t.db"
  reads+=("$(seconds "$work/readcells" "${files[@]}")")
  imports+=("$(seconds "$work/taizhang" import --db "$work/t.db" "${files[@]}")")
done
read_s=$(printf '%s\n' "${reads[@]}" | median)
import_s=$(printf '%s\n' "${imports[@]}" | median)
printf 'returns: %d files, %d rounds (medians)\n' "$n" "$rounds"
printf 'excelize read, 1 goroutine: %.3f s\n' "$read_s"
printf 'taizhang import (full):     %.3f s\n' "$import_s"
printf 'ratio import/read:          %.2f\n' "$(echo "$import_s / $read_s" | bc -l)"
