#!/bin/bash
# Issue #9's speed target for `slice`, as a race on this machine: the numpy reference (slice_numpy.py:
# the same 2-8-8-8-1 tanh shape, 250 points, 101 x 101 grid batched over all grid points) and gradlab over
# two first-layer and two last-layer weights of B2, run alternately N times (default 7) so that both see
# the same load; prints the median, fastest and slowest whole-process seconds of each.
# Usage, from the repository after `mvn package`: src/test/bench/slice_race.sh [N]
set -e
here=$(cd "$(dirname "$0")" && pwd)
J=$here/../../../target/gradlab.jar
net=$(mktemp --suffix=.yaml)
times=$(mktemp)
trap 'rm -f "$net" "$times"' EXIT
printf 'inputs: 2\nseed: 1\nlayers:\n  - {units: 8, activation: tanh}\n  - {units: 8, activation: tanh}\n  - {units: 8, activation: tanh}\n  - {units: 1, activation: tanh}\n' > "$net"
for i in $(seq 1 ${1:-7}); do
  /usr/bin/time -f "numpy %e" -a -o "$times" python3 "$here/slice_numpy.py" >/dev/null
  /usr/bin/time -f "first %e" -a -o "$times" java -jar "$J" slice --net "$net" --data spiral --axes "layers.0.weights[0,0],layers.0.weights[0,1]" --grid 101 --json >/dev/null 2>&1
  /usr/bin/time -f "last %e" -a -o "$times" java -jar "$J" slice --net "$net" --data spiral --axes "layers.3.weights[0,0],layers.3.weights[0,1]" --grid 101 --json >/dev/null 2>&1
done
for k in numpy first last; do grep "^$k " "$times" | awk '{print $2}' | sort -n | awk -v k=$k '{a[NR]=$1} END {print k, "median", a[int((NR+1)/2)], "min", a[1], "max", a[NR]}'; done
