#!/bin/bash
# Issue #19's start-up target: the time from launching the jar to its window on screen, as a user sees it.
# Starts a virtual screen (Xvfb) and, N times (default 5), `java -jar JAR`, waiting with xdotool until a visible
# window titled "Gradient Lab" is mapped; prints each time and the median. Needs xvfb and xdotool (apt-get install
# -y xvfb xdotool libgtk-3-0). Usage, from the repository after `mvn package`: src/test/bench/first_window.sh [N] [JAR]
set -e
here=$(cd "$(dirname "$0")" && pwd)
J=${2:-$here/../../../target/gradlab.jar}
disp=:${DISPLAY_NUM:-79}
Xvfb $disp -screen 0 1280x720x24 >/dev/null 2>&1 & xvfb=$!
home=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$home"' EXIT
sleep 1
times=()
for i in $(seq 1 ${1:-5}); do
  start=$(date +%s.%N)
  DISPLAY=$disp java -Dgradlab.home="$home" -jar "$J" >/dev/null 2>&1 & app=$!
  DISPLAY=$disp xdotool search --sync --onlyvisible --name "Gradient Lab" >/dev/null
  t=$(python3 -c "print(round($(date +%s.%N) - $start, 2))")
  times+=("$t")
  echo "run $i: first window after $t s"
  kill $app; wait $app 2>/dev/null || true
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "first window (s): median", a[int((NR+1)/2)], "min", a[1], "max", a[NR]}'
