#!/bin/bash
# Issue #19's start-up target: the time from launching the jar to its window on screen, as a user sees it, beside
# its floor: an empty JavaFX window (one label, the same JavaFX from the same jar) launched the same way.
# Starts a virtual screen (Xvfb) and, N times (default 5), alternately `java -jar JAR` and the empty window, waiting
# with xdotool until a visible window titled "Gradient Lab" is mapped; prints each time and the medians. Needs a JDK
# (javac), xvfb and xdotool (apt-get install -y xvfb xdotool libgtk-3-0).
# Usage, from the repository after `mvn package`: src/test/bench/first_window.sh [N] [JAR]
set -e
here=$(cd "$(dirname "$0")" && pwd)
J=${2:-$here/../../../target/gradlab.jar}
disp=:${DISPLAY_NUM:-79}
Xvfb $disp -screen 0 1280x720x24 >/dev/null 2>&1 & xvfb=$!
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
cat > "$work/EmptyWindow.java" <<'JAVA'
public class EmptyWindow extends javafx.application.Application {
    @Override public void start(javafx.stage.Stage stage) {
        stage.setTitle("Gradient Lab");
        stage.setScene(new javafx.scene.Scene(new javafx.scene.control.Label("an empty window"), 1280, 700));
        stage.show();
    }
    public static void main(String[] args) { launch(EmptyWindow.class, args); }
}
JAVA
cat > "$work/EmptyMain.java" <<'JAVA'
public class EmptyMain { public static void main(String[] args) { EmptyWindow.main(args); } }
JAVA
javac -cp "$J" -d "$work" "$work/EmptyWindow.java" "$work/EmptyMain.java"
sleep 1
timed() {   # seconds from launching "$@" to its visible window
  local start; start=$(date +%s.%N)
  DISPLAY=$disp "$@" >/dev/null 2>&1 & local app=$!
  DISPLAY=$disp xdotool search --sync --onlyvisible --name "Gradient Lab" >/dev/null
  python3 -c "print(round($(date +%s.%N) - $start, 2))"
  kill $app; wait $app 2>/dev/null || true
}
ours=(); empty=()
for i in $(seq 1 ${1:-5}); do
  t=$(timed java -Dgradlab.home="$work/home" -jar "$J"); ours+=("$t")
  e=$(timed java -cp "$J:$work" EmptyMain); empty+=("$e")
  echo "run $i: first window after $t s; an empty JavaFX window after $e s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print "median", a[int((NR+1)/2)], "min", a[1], "max", a[NR]}'; }
echo "first window (s): $(median "${ours[@]}"); an empty JavaFX window (s): $(median "${empty[@]}")"
