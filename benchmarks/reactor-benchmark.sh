#!/usr/bin/env bash
# Generates a reactor of N modules (default 200) with varied descriptors and times, on the same
# reactor: Maven's `validate` phase (nothing of ours runs), a skipped goal of maven-clean-plugin
# bound to verify (what Maven itself spends to run any plugin goal in every module), our goal
# skipped, our `validate` goal, and our `report` goal three ways: a rebuild with nothing changed
# (the descriptor and pack texts are the last build's: nothing is evaluated, the reports are kept), a rebuild whose inputs changed (another margin for "too close", so every
# report is rendered and written over the last one), and on a copy of the reactor that has no
# target/ at all (a fresh checkout). Each run times every one of these once, after the same pause,
# starting one later in the list than the run before (seven runs put each first once). Prints
# median wall and CPU times, the ratios, and the plugin's own time per module from the -X timing
# lines.
#   usage: benchmarks/reactor-benchmark.sh [modules] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
RUNS=${2:-3}
DIR=benchmarks/target/reactor-$N
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)

echo "Installing the plugin ($VERSION) into the local repository..."
./mvnw -B -q -DskipTests -pl rules,plugin -am install

rm -rf "$DIR" "$DIR"-fresh-* && mkdir -p "$DIR"
profiles=(io-bound cpu-bound mixed)
targets=(containers serverless vm edge)
langs=(javascript typescript python java kotlin go)
caps=(websockets rest-api orm auth pdf office-docs ml-training data-analysis messaging graphql grpc ssr redis payments)
modules=""
for i in $(seq 1 "$N"); do
  m=$(printf "m%03d" "$i")
  modules="$modules    <module>$m</module>\n"
  mkdir -p "$DIR/$m"
  cat > "$DIR/$m/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>bench</groupId><artifactId>reactor</artifactId><version>1.0</version></parent>
  <artifactId>$m</artifactId>
  <packaging>pom</packaging>
</project>
POM
  l1=${langs[$((i % 6))]}; l2=${langs[$(((i + 3) % 6))]}
  c1=${caps[$((i % 14))]}; c2=${caps[$(((i * 3) % 14))]}; c3=${caps[$(((i * 5 + 1) % 14))]}
  cat > "$DIR/$m/backend-requirements.yaml" <<YAML
version: 1
service:
  name: service-$i
concurrency:
  peakConcurrentConnections: $(( (i * 997) % 60000 ))
  peakRequestsPerSecond: $(( (i * 463) % 25000 ))
  longLivedConnections: $([ $((i % 3)) -eq 0 ] && echo true || echo false)
  latencyTargetMs: $(( 20 + (i * 13) % 400 ))
io:
  profile: ${profiles[$((i % 3))]}
  cpuWorkShare: 0.$(( i % 10 ))
team:
  size: $(( 1 + i % 20 ))
  skills:
    $l1: $(( i % 6 ))
    ${l2}: $(( (i * 5) % 6 ))
libraries:
  needs: [$c1, $c2, $c3]
deployment:
  target: ${targets[$((i % 4))]}
  coldStartSensitive: $([ $((i % 2)) -eq 0 ] && echo true || echo false)
YAML
done
cat > "$DIR/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>reactor</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
$(printf "%b" "$modules")  </modules>
  <properties>
    <backendAdvisor.today>2026-11-26</backendAdvisor.today>
    <advisor.goal>report</advisor.goal>
  </properties>
  <profiles>
    <profile>
      <id>advisor</id>
      <activation><property><name>!noAdvisor</name></property></activation>
      <build>
        <plugins>
          <plugin>
            <groupId>io.github.backendadvisor</groupId>
            <artifactId>backend-advisor-maven-plugin</artifactId>
            <version>$VERSION</version>
            <executions>
              <execution><id>advise</id><phase>verify</phase><goals><goal>\${advisor.goal}</goal></goals></execution>
            </executions>
          </plugin>
        </plugins>
      </build>
    </profile>
    <profile>
      <!-- Maven's own cost of running a plugin goal in every module: a clean goal that skips itself -->
      <id>other-goal</id>
      <activation><property><name>otherGoal</name></property></activation>
      <build>
        <plugins>
          <plugin>
            <groupId>org.apache.maven.plugins</groupId>
            <artifactId>maven-clean-plugin</artifactId>
            <version>3.5.0</version>
            <executions>
              <execution><id>skipped</id><phase>verify</phase><goals><goal>clean</goal></goals>
                <configuration><skip>true</skip></configuration></execution>
            </executions>
          </plugin>
        </plugins>
      </build>
    </profile>
  </profiles>
</project>
POM

run() { # args -> prints "wall cpu" in seconds; cpu is the user + system time of all of Maven's threads
  local TIMEFORMAT='%R %U %S' t
  if ! t=$( { time ./mvnw -B -q -f "${POM:-$DIR/pom.xml}" "$@" > "$DIR/last-run.log" 2>&1; } 2>&1 ); then
    echo "Maven failed: mvn $*" >&2
    tail -40 "$DIR/last-run.log" >&2
    return 1
  fi
  echo "$t" | awk '{printf "%.3f %.3f\n", $1, $2 + $3}'
}
sample() { # NAME args... -> runs Maven once, appends the wall time to NAME and the CPU time to NAME_cpu
  local -n walls=$1 cpus=$1_cpu
  shift
  local out
  out=$(run "$@")
  walls+=("${out% *}")
  cpus+=("${out#* }")
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
range() { printf "%s\n" "$@" | sort -n | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%s-%s s", lo, hi}'; }

echo "Warming up (one run of each)..."
run validate > /dev/null
run verify -DnoAdvisor -DotherGoal > /dev/null
run verify > /dev/null
run verify -Dadvisor.goal=validate > /dev/null
base=(); other=(); skipped=(); goal=(); full=(); edited=(); cold=()
base_cpu=(); other_cpu=(); skipped_cpu=(); goal_cpu=(); full_cpu=(); edited_cpu=(); cold_cpu=()
fresh_copy() { # a copy of the reactor's sources without any target/: a fresh checkout
  # Deleting every module's target/ instead would time this VM's file system digesting the
  # deletion (ext4 with online discard): in-process, writing the reports right after `rm -rf` took
  # 0.7-1.3 s more than over existing ones, and into a new copy 0.07-0.21 s more.
  local fresh=$1 m dest
  mkdir -p "$fresh" && cp "$DIR/pom.xml" "$fresh/"
  for m in "$DIR"/m*/; do
    dest="$fresh/$(basename "$m")"
    mkdir -p "$dest" && cp "$m/pom.xml" "$m/backend-requirements.yaml" "$dest/"
  done
}
# The edited rebuilds run on a copy of their own, so that the kept reports of the plain rebuild
# stay as they are; each run there sets another margin for "too close" (3.001, 3.002, ...), which
# every report's inputs include. (Another date is no longer one: it counts only through waivers,
# and these descriptors have none.)
EDITED="$DIR-edited"
rm -rf "$EDITED" && fresh_copy "$EDITED"
POM="$EDITED/pom.xml" run verify -DbackendAdvisor.tooCloseMargin=2.999 > /dev/null
variant() { # NAME -> one timed run of that variant, after the same untimed pause as every other
  sync && sleep 1 # no run pays for the writeback of the previous one's files
  case $1 in
    base) sample base validate ;;
    other) sample other verify -DnoAdvisor -DotherGoal ;;
    skipped) sample skipped verify -DbackendAdvisor.skip=true ;;
    goal) sample goal verify -Dadvisor.goal=validate ;;
    full) sample full verify ;;
    # never the margin of the run before
    edited) POM="$EDITED/pom.xml" sample edited verify -DbackendAdvisor.tooCloseMargin="3.$(printf %03d $((r % 999 + 1)))" ;;
    cold) POM="$COPY/pom.xml" sample cold verify ;;
  esac
}
order=(base other skipped goal full edited cold)
for r in $(seq 1 "$RUNS"); do
  COPY="$DIR-fresh-$r"
  fresh_copy "$COPY" # made before the run, not timed
  # each run starts the sequence one variant later, so that no variant always runs first or last
  first=$(( (r - 1) % ${#order[@]} ))
  for ((k = 0; k < ${#order[@]}; k++)); do
    variant "${order[$(( (first + k) % ${#order[@]} ))]}"
  done
  echo "  run $r (from ${order[$first]}): phase validate ${base[-1]} s, clean goal skipped ${other[-1]} s," \
    "our goal skipped ${skipped[-1]} s, goal validate ${goal[-1]} s, goal report ${full[-1]} s," \
    "report edited ${edited[-1]} s, report fresh ${cold[-1]} s"
done
b=$(printf "%s\n" "${base[@]}" | median)
o=$(printf "%s\n" "${other[@]}" | median)
s=$(printf "%s\n" "${skipped[@]}" | median)
v=$(printf "%s\n" "${goal[@]}" | median)
f=$(printf "%s\n" "${full[@]}" | median)
c=$(printf "%s\n" "${cold[@]}" | median)
e=$(printf "%s\n" "${edited[@]}" | median)

# the plugin's own time per module, from the -X lines: reports written (inputs changed), and kept
./mvnw -B -X -f "$EDITED/pom.xml" verify -DbackendAdvisor.tooCloseMargin=2.998 > "$DIR/debug.log" 2>&1
./mvnw -B -X -f "$DIR/pom.xml" verify > "$DIR/debug-kept.log" 2>&1
rm -rf "$DIR"-fresh-* "$EDITED" # the copies, deleted when nothing is timed any more
compiled=$(grep -c "(loaded and compiled" "$DIR/debug.log" || true)
timed=$(grep -c "Backend Advisor timings for" "$DIR/debug.log" || true)
rewritten=$(grep "Backend Advisor timings for" "$DIR/debug.log" | grep -vc "up to date" || true)
kept=$(grep -c "(reports up to date, kept)" "$DIR/debug-kept.log" || true)
per_module() { # LOG -> "mean median" of the plugin's time in each module after the first: packs lookup +
  # descriptor + evaluation + writing where it evaluated, the comparison of its inputs where it kept the reports at once
  grep "Backend Advisor timings for" "$1" | tail -n +2 \
    | sed -E -e 's/.*packs ([0-9.]+) ms.*descriptor ([0-9.]+) ms, evaluation ([0-9.]+) ms, writing ([0-9.]+) ms.*/\1 \2 \3 \4/' \
      -e 's/.*: inputs ([0-9.]+) ms.*/\1/' \
    | awk '{print $1 + $2 + $3 + $4}' | sort -n > "$DIR/per-module.txt"
  echo "$(awk '{s += $1; n++} END {printf "%.2f", s / n}' "$DIR/per-module.txt") $(median < "$DIR/per-module.txt")"
}
read -r per permed <<< "$(per_module "$DIR/debug.log")"
read -r per_kept permed_kept <<< "$(per_module "$DIR/debug-kept.log")"
unevaluated=$(grep -c "nothing was parsed or evaluated" "$DIR/debug-kept.log" || true)

pct() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%+.0f%%", (a - b) / b * 100}'; }
echo
echo "modules:                          $N"
echo "median wall time (range of the $RUNS runs):"
echo "  phase validate: $b s ($(range "${base[@]}")): Maven alone, nothing of ours runs"
echo "  clean skipped:  $o s ($(range "${other[@]}")): Maven running a goal of another plugin that skips itself, in every module"
echo "  goal skipped:   $s s ($(range "${skipped[@]}")): our goal, skipped"
echo "  goal validate:  $v s ($(range "${goal[@]}")): descriptor and packs read and checked, nothing written"
echo "  goal report:    $f s ($(range "${full[@]}")): a rebuild with nothing changed: the texts are the last build's, so nothing is evaluated and the reports are kept"
echo "  report edited:  $e s ($(range "${edited[@]}")): a rebuild whose inputs changed: three reports written over the last ones"
echo "  report fresh:   $c s ($(range "${cold[@]}")): on a copy of the reactor without any target/: three reports written"
echo "report against phase validate:    $(pct "$f" "$b") (edited $(pct "$e" "$b"), fresh $(pct "$c" "$b"))"
echo "report against clean skipped:     $(pct "$f" "$o") (edited $(pct "$e" "$o"), fresh $(pct "$c" "$o"))"
echo "report against goal validate:     $(pct "$f" "$v") (edited $(pct "$e" "$v"), fresh $(pct "$c" "$v"))"
each=""; each_edited=""; each_fresh=""
for i in "${!base[@]}"; do
  each="$each $(pct "${full[$i]}" "${base[$i]}")"; each_edited="$each_edited $(pct "${edited[$i]}" "${base[$i]}")"
  each_fresh="$each_fresh $(pct "${cold[$i]}" "${base[$i]}")"
done
echo "  the same, run by run:         $each (edited$each_edited; fresh$each_fresh)"
cpu() { printf "%s\n" "$@" | median; }
echo "median CPU time (user + system of all threads, JIT compilers and GC included; above the wall time on several cores):"
echo "  phase validate $(cpu "${base_cpu[@]}") s, clean skipped $(cpu "${other_cpu[@]}") s, goal skipped $(cpu "${skipped_cpu[@]}") s," \
  "goal validate $(cpu "${goal_cpu[@]}") s, goal report $(cpu "${full_cpu[@]}") s, report edited $(cpu "${edited_cpu[@]}") s," \
  "report fresh $(cpu "${cold_cpu[@]}") s"
echo "per module, wall, edited:         $(awk -v f="$e" -v b="$b" -v n="$N" 'BEGIN {printf "%.1f ms", (f - b) * 1000 / n}') over the phase, $(awk -v f="$e" -v o="$o" -v n="$N" 'BEGIN {printf "%.1f ms", (f - o) * 1000 / n}') over the skipped clean goal"
echo "per module, plugin time (-X):     mean $per ms, median $permed ms, reports written ($rewritten of $timed modules);" \
  "mean $per_kept ms, median $permed_kept ms, reports kept ($kept modules, $unevaluated of them without evaluating) (modules after the first)"
echo "pack loaded and compiled:         $compiled time(s) for $timed modules"
