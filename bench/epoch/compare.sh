#!/usr/bin/env bash
# One Fashion-MNIST epoch ([784,30,10], sigmoid, cross-entropy, eta 0.5, lambda 5) of gradus beside
# the reference program bench/reference/mlp.py (NumPy, PyTorch float64 and float32), at mini-batches
# 10 and 100.
#
# The programs take turns, round after round, so that a slow spell of this shared machine falls on
# all of them alike. Each run trains EPOCHS epochs and yields the median of its epoch times
# (training only: the "seconds" of mlp.py's epoch lines, gradus' epoch time); the table gives the
# median of those over ROUNDS runs.
#
#   bench/epoch/compare.sh                 # ROUNDS=5 EPOCHS=5, about 8 minutes on 2 cores
#   ROUNDS=3 bench/epoch/compare.sh
#
# Needs: the built jar (mvn -B -q -DskipTests package), Debian's python3 with numpy and torch,
# OpenBLAS as the system BLAS (libopenblas0-pthread), and the data (dataset-fashion-mnist).
# DATA: the folder of the IDX files, gzipped or not (default /usr/share/datasets/fashion-mnist);
# OUT: the raw log (default bench/results/epoch-compare.log).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
reference="$here/bench/reference/mlp.py"
data="${DATA:-/usr/share/datasets/fashion-mnist}"
rounds="${ROUNDS:-5}"
epochs="${EPOCHS:-5}"
out="${OUT:-$here/bench/results/epoch-compare.log}"
python=/usr/bin/python3

for need in "$reference" "$here/cli/target/gradus.jar"; do
  [ -e "$need" ] || { echo "compare.sh: missing $need (see the comments at the top)" >&2; exit 2; }
done
[ -e "$data/train-images-idx3-ubyte.gz" ] || [ -e "$data/train-images-idx3-ubyte" ] \
  || { echo "compare.sh: no train-images-idx3-ubyte(.gz) in $data (see the comments at the top)" >&2; exit 2; }
blas="$($python -c 'import numpy; numpy.show_config()' 2>/dev/null | grep -m1 -io openblas || true)"
echo "# $(date -u +%FT%TZ) rounds $rounds epochs $epochs; $(nproc) cores; $(java -version 2>&1 | head -1); BLAS alternative: $(readlink -f /etc/alternatives/libblas.so.3-x86_64-linux-gnu 2>/dev/null || echo unknown) $blas" > "$out"

# Prints the epoch times of one run, one per line.
gradus_run() {
  java --add-modules jdk.incubator.vector -jar "$here/cli/target/gradus.jar" train --data "$data" --sizes 784,30,10 \
    --cost cross-entropy --eta 0.5 --lambda 5 --epochs "$epochs" --batch "$1" --monitor evaluation 2>/dev/null \
    | awk '$1 == "epoch" { print $3 }'
}
# mlp.py prints "epoch K seconds S accuracy A" per epoch.
numpy_run() {
  $python "$reference" --backend numpy --batch-size "$1" --epochs "$epochs" --data "$data" \
    | awk '$1 == "epoch" && $3 == "seconds" { print $4 }'
}
torch_run() {
  $python "$reference" --backend torch --dtype "$2" --batch-size "$1" --epochs "$epochs" --data "$data" \
    | awk '$1 == "epoch" && $3 == "seconds" { print $4 }'
}

for round in $(seq "$rounds"); do
  for batch in 10 100; do
    for program in gradus numpy torch-float64 torch-float32; do
      case "$program" in
        gradus) times="$(gradus_run "$batch")" ;;
        numpy) times="$(numpy_run "$batch")" ;;
        torch-*) times="$(torch_run "$batch" "${program#torch-}")" ;;
      esac
      echo "run $program batch $batch round $round epochs $(echo $times)" | tee -a "$out"
    done
  done
done

$python - "$out" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    w = line.split()
    if w and w[0] == "run":
        runs.setdefault((w[1], int(w[3])), []).append(statistics.median(map(float, w[7:])))
print("\n| program | mini-batch 10 | mini-batch 100 |\n|---|---:|---:|")
for program in ["gradus", "numpy", "torch-float64", "torch-float32"]:
    cells = []
    for batch in (10, 100):
        m = runs.get((program, batch), [])
        cells.append(f"{statistics.median(m):.3f} s ({min(m):.3f}-{max(m):.3f})" if m else "-")
    print(f"| {program} | " + " | ".join(cells) + " |")
PY
