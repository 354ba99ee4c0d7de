#!/usr/bin/env bash
# Mutation testing of the packages that hold the rules: gremlins changes one
# operator at a time (+ to -, < to <=, == to !=, …) and runs the package's
# tests; a mutant the tests still pass "lives" and points at a promise no
# test holds. Goal per package: efficacy ≥ 95 %, mutator coverage ≥ 80 %.
#
#   bash scripts/mutation.sh                      # every package below
#   bash scripts/mutation.sh app/plan storage     # some of them
#
# Slow (minutes per package) and so not part of .ci/run. One package at a
# time, one worker, at the lowest priority: the machine stays usable.
# Results: dist/mutation/<package>.json and a table at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH=$PATH:/usr/local/go/bin
PATH=$PATH:$(go env GOPATH)/bin

if ! command -v gremlins >/dev/null; then
  echo "installing gremlins…" >&2
  go install github.com/go-gremlins/gremlins/cmd/gremlins@latest || exit 1
fi

# gremlins runs the tests in a copy of the repository, where the shared
# test files are not beside it: name them.
TAIZHANG_SHARED=${TAIZHANG_SHARED:-$(cd .. && pwd)/shared}
export TAIZHANG_SHARED

pkgs=("$@")
if [ ${#pkgs[@]} -eq 0 ]; then
  pkgs=(app/plan app/remind app/importer app/sheet/numfmt app/workspace storage app/report app/report/pdf app/gongwen app/zipguard internal/atomicfile)
fi

out=dist/mutation
mkdir -p "$out"
table=()
for p in "${pkgs[@]}"; do
  name=${p//\//-}
  echo "== $p" >&2
  # --timeout-coefficient: the packages' tests are short, but a machine
  # shared with other work runs them slower than gremlins measured.
  nice -n 19 gremlins unleash --workers 1 --test-cpu 1 --timeout-coefficient 10 \
    --output "$out/$name.json" "./$p" >"$out/$name.log" 2>&1
  line=$(python3 - "$out/$name.json" "$p" <<'PY'
import json, sys
try:
    r = json.load(open(sys.argv[1]))
except Exception as e:
    print(f"| {sys.argv[2]} | no result ({e}) |"); sys.exit()
files = r.get("files", [])
count = {}
for f in files:
    for m in f.get("mutations", []):
        count[m["status"]] = count.get(m["status"], 0) + 1
k, l = count.get("KILLED", 0), count.get("LIVED", 0)
nc, to = count.get("NOT COVERED", 0), count.get("TIMED OUT", 0)
eff = 100 * k / (k + l) if k + l else 0
cov = 100 * (k + l) / (k + l + nc) if k + l + nc else 0
print(f"| {sys.argv[2]} | {k} | {l} | {nc} | {to} | {eff:.1f} % | {cov:.1f} % |")
PY
)
  table+=("$line")
  grep -E "^ *LIVED" "$out/$name.log" | sed "s|^|  $p: |" >&2
done
echo "| package | killed | lived | not covered | timed out | efficacy | mutator coverage |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${table[@]}"
