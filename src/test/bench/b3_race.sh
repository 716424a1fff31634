#!/bin/bash
# Issue #19's speed target for B3, as a race on this machine: `gradlab bench --task B3` and the numpy reference
# (b3_numpy.py, OpenBLAS on one thread) run alternately as whole processes N rounds (default 5), so both see
# the same load; each prints its own median ms/epoch, and the round's ratio gradlab / numpy is printed beside.
# Also each process's user+system CPU seconds, and the training thread's CPU ms per epoch on both sides with their
# ratio (on a shared machine the wall clock counts time others held the core; the thread CPU time does not).
# numpy here is Debian's python3-numpy, which uses whichever libblas.so.3 comes first: the slow reference BLAS of
# libblas3 unless OpenBLAS is installed. OPENBLAS_DIR names a folder holding OpenBLAS's libblas.so.3 (e.g. unpacked
# from the libopenblas0-pthread .deb: dpkg-deb -x FILE.deb DIR, then DIR/usr/lib/x86_64-linux-gnu/openblas-pthread)
# to put first for numpy alone; the library numpy used is printed.
# Usage, from the repository after `mvn package`: [OPENBLAS_DIR=DIR] src/test/bench/b3_race.sh [N] [JAR]
set -e
here=$(cd "$(dirname "$0")" && pwd)
J=${2:-$here/../../../target/gradlab.jar}
times=$(mktemp)
trap 'rm -f "$times"' EXIT
export OPENBLAS_NUM_THREADS=1
ratios=()
cpuratios=()
for i in $(seq 1 ${1:-5}); do
  g=$(/usr/bin/time -f "%U %S" -o "$times" java -jar "$J" bench --task B3 --repeat 3 --json)
  gcpu=$(awk '{print $1 + $2}' "$times")
  n=$(LD_LIBRARY_PATH=${OPENBLAS_DIR:-$LD_LIBRARY_PATH} /usr/bin/time -f "%U %S" -o "$times" /usr/bin/python3 "$here/b3_numpy.py" 3)
  [ "$i" = 1 ] && python3 -c 'import json,sys; print("numpy", json.loads(sys.argv[1])["numpy"], "with", json.loads(sys.argv[1])["blas"])' "$n"
  ncpu=$(awk '{print $1 + $2}' "$times")
  gms=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["B3"]["msPerEpoch"])' "$g")
  nms=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["msPerEpoch"])' "$n")
  r=$(python3 -c "print(round($gms / $nms, 3))")
  ratios+=("$r")
  gc=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["B3"]["cpuMsPerEpoch"])' "$g")
  nc=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["cpuMsPerEpoch"])' "$n")
  cr=$(python3 -c "print(round($gc / $nc, 3))")
  cpuratios+=("$cr")
  printf 'round %d: gradlab %.3f ms/epoch (%.1f GFLOP/s), numpy %.3f ms/epoch (%.1f GFLOP/s): ratio %s   [process CPU s: gradlab %s (with its hand-written yardstick), numpy %s]\n' \
    "$i" "$gms" "$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["B3"]["gflops"])' "$g")" \
    "$nms" "$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["gflops"])' "$n")" "$r" "$gcpu" "$ncpu"
  printf '         training thread CPU ms/epoch: gradlab %.3f, numpy %.3f: ratio %s\n' "$gc" "$nc" "$cr"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print "gradlab / numpy (ms/epoch, B3): median", a[int((NR+1)/2)], "min", a[1], "max", a[NR]}'
printf '%s\n' "${cpuratios[@]}" | sort -n | awk '{a[NR]=$1} END {print "gradlab / numpy (training thread CPU ms/epoch, B3): median", a[int((NR+1)/2)], "min", a[1], "max", a[NR]}'
