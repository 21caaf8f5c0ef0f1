#!/usr/bin/env bash
# Checking speed of gradus beside SymPy on the same claims (issue 19), in turns, ROUNDS times each:
#   anchor     ./gradus proofs bench/catalogue/sympy-anchor.txt   | bench/reference/sympy_checks.py --numeric fallback
#   homework   ./gradus proofs bench/catalogue/homework-generated.txt | bench/reference/sympy_catalogue.py --numeric fallback
#   one-shot   ./gradus check -e "sigmoid(x) = (1+tanh(x/2))/2"  and  ./gradus --version (wall time only)
#   shipped    ./gradus proofs (the built-in catalogue)
#
# "checking" is each program's own total: the "in S s" of gradus' last line (the whole proofs
# command after the JVM started: reading, the Symja worker's start, every claim), the seconds plus
# spot_seconds of the SymPy programs' total line (building and deciding the claims, not Python's
# start nor importing SymPy). "wall" is the whole command, "cores" its user+sys CPU time over its
# wall time (/usr/bin/time; gradus' Symja worker is a child process and counted with it).
# The table gives medians over the rounds (the range in brackets), steps per second of checking,
# and steps per second per core used (steps/s over cores).
#
#   mvn -B -q -DskipTests package && bench/checking/compare.sh        # ROUNDS=3, about 8 minutes on 2 cores
#   ROUNDS=5 OUT=/tmp/compare.log bench/checking/compare.sh
#   bench/checking/compare.sh --table bench/results/checking-compare.log   # the table of a log again
#
# Needs: the built jar, /usr/bin/time, Debian's /usr/bin/python3 with python3-sympy.
# OUT: the raw log (default bench/results/checking-compare.log): every command's output and one
# "run" line per measurement, which the table is computed from.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${ROUNDS:-3}"
out="${OUT:-$here/bench/results/checking-compare.log}"
python=/usr/bin/python3
cd "$here"

# measure WORK PROGRAM ROUND TOTAL COMMAND...: runs the command under /usr/bin/time, appends its
# output to the log and one line "run WORK PROGRAM round R wall W cpu C [checking S steps N
# unexpected U]", C being user+sys seconds and the rest read by TOTAL from the command's output.
measure() {
  local work="$1" program="$2" round="$3" total="$4" output times
  shift 4
  output="$(mktemp)"
  times="$(mktemp)"
  /usr/bin/time -o "$times" -f "wall %e cpu_user %U cpu_sys %S" "$@" > "$output" 2>&1 || true
  { echo "## $*"; cat "$output" "$times"; } >> "$out"
  echo "run $work $program round $round $(awk '{ printf "wall %s cpu %.2f", $2, $4 + $6 }' "$times") $("$total" "$output")" | tee -a "$out"
  rm -f "$output" "$times"
}

gradus_total() {   # "315 claims (315 steps) in 62.3 s: every verdict as expected" (or "2 not as expected")
  grep -E '^[0-9]+ claims \([0-9]+ steps\) in ' "$1" | tail -1 \
    | awk '{ gsub(/[(]/, "", $3); u = ($0 ~ /every verdict as expected/) ? 0 : $8; printf "checking %s steps %s unexpected %s", $6, $3, u }'
}
sympy_total() {    # "total checks 23 unexpected 0 seconds 1.3 spot_seconds 0.0 ..."
  grep -E '^total checks ' "$1" | tail -1 | awk '{ printf "checking %.4f steps %s unexpected %s", $7 + $9, $3, $5 }'
}
no_total() { :; }

measure_all() {
  echo "# $(date -u +%FT%TZ) rounds $rounds; $(nproc) cores; $(java -version 2>&1 | head -1); $($python -c 'import sympy, sys; print("SymPy", sympy.__version__, "Python", sys.version.split()[0])'); commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown); load average at start $(cut -d' ' -f1-3 /proc/loadavg)" > "$out"
  for round in $(seq "$rounds"); do
    measure anchor gradus "$round" gradus_total ./gradus proofs bench/catalogue/sympy-anchor.txt
    measure anchor sympy "$round" sympy_total $python bench/reference/sympy_checks.py --numeric fallback
    measure homework gradus "$round" gradus_total ./gradus proofs bench/catalogue/homework-generated.txt
    measure homework sympy "$round" sympy_total $python bench/reference/sympy_catalogue.py --numeric fallback
    measure one-shot-check gradus "$round" no_total ./gradus check -e "sigmoid(x) = (1+tanh(x/2))/2"
    measure version gradus "$round" no_total ./gradus --version
    measure shipped gradus "$round" gradus_total ./gradus proofs
  done
  echo "# load average at end $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out"
}

if [ "${1:-}" = --table ]; then
  out="${2:?compare.sh --table LOG}"
else
  for need in cli/target/gradus.jar /usr/bin/time bench/catalogue/homework-generated.txt bench/catalogue/homework-generated.jsonl; do
    [ -e "$need" ] || { echo "compare.sh: missing $need (see the comments at the top)" >&2; exit 2; }
  done
  $python -c 'import sympy' 2>/dev/null || { echo "compare.sh: $python has no sympy (apt-get install python3-sympy)" >&2; exit 2; }
  measure_all
fi

$python - "$out" <<'PY'
import statistics, sys
runs, header, end = {}, "", ""
for line in open(sys.argv[1]):
    w = line.split()
    if line.startswith("# ") and not header:
        header = line[2:].strip()
    elif line.startswith("# load average at end"):
        end = line.split("end")[1].strip()
    elif w and w[0] == "run":
        fields = dict(zip(w[5::2], w[6::2]))
        runs.setdefault((w[1], w[2]), []).append(fields)

def cell(values, digits):
    m = statistics.median(values)
    return f"{m:.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})" if len(values) > 1 else f"{m:.{digits}f}"

print(f"\n{header}; load average at end {end}\n")
print("| work | program | steps | checking s | wall s | cores used | steps/s | steps/s per core | unexpected |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
for (work, program), rs in runs.items():
    wall = [float(r["wall"]) for r in rs]
    cores = [float(r["cpu"]) / float(r["wall"]) for r in rs]
    if "checking" in rs[0]:
        checking = [float(r["checking"]) for r in rs]
        steps = int(rs[0]["steps"])
        rate = steps / statistics.median(checking)
        per_core = rate / statistics.median(cores)
        unexpected = max(int(r["unexpected"]) for r in rs)
        print(f"| {work} | {program} | {steps} | {cell(checking, 2)} | {cell(wall, 2)} | {statistics.median(cores):.2f} "
              f"| {rate:.1f} | {per_core:.1f} | {unexpected} |")
    else:
        print(f"| {work} | {program} | | | {cell(wall, 2)} | {statistics.median(cores):.2f} | | | |")
PY
