#!/usr/bin/env bash
# Generates a reactor of N modules (default 200) with varied descriptors and times the `report` goal
# against the plugin's `validate` goal on the same reactor (both bound to verify), and against
# Maven's `validate` phase (nothing of ours runs). Prints median wall times, the ratios, and the
# plugin's own time per module from the -X timing lines.
#   usage: benchmarks/reactor-benchmark.sh [modules] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
RUNS=${2:-3}
DIR=benchmarks/target/reactor-$N
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)

echo "Installing the plugin ($VERSION) into the local repository..."
./mvnw -B -q -DskipTests -pl rules,plugin -am install

rm -rf "$DIR" && mkdir -p "$DIR"
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
</project>
POM

run() { # phase -> prints seconds
  local t0 t1
  t0=$(date +%s.%N)
  ./mvnw -B -q -f "$DIR/pom.xml" "$@" > /dev/null
  t1=$(date +%s.%N)
  echo "$t0 $t1" | awk '{printf "%.3f\n", $2 - $1}'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "Warming up (one run of each)..."
run validate > /dev/null
run verify > /dev/null
run verify -Dadvisor.goal=validate > /dev/null
base=(); full=(); skipped=(); goal=()
for r in $(seq 1 "$RUNS"); do
  base+=("$(run validate)")
  skipped+=("$(run verify -DbackendAdvisor.skip=true)")
  goal+=("$(run verify -Dadvisor.goal=validate)")
  full+=("$(run verify)")
  echo "  run $r: phase validate ${base[-1]} s, goal skipped ${skipped[-1]} s, goal validate ${goal[-1]} s, goal report ${full[-1]} s"
done
b=$(printf "%s\n" "${base[@]}" | median)
s=$(printf "%s\n" "${skipped[@]}" | median)
v=$(printf "%s\n" "${goal[@]}" | median)
f=$(printf "%s\n" "${full[@]}" | median)

./mvnw -B -X -f "$DIR/pom.xml" verify > "$DIR/debug.log" 2>&1
compiled=$(grep -c "(loaded and compiled)" "$DIR/debug.log" || true)
timed=$(grep -c "Backend Advisor timings for" "$DIR/debug.log" || true)
times=$(grep "Backend Advisor timings for" "$DIR/debug.log" | grep "(cached)" \
  | sed -E 's/.*packs ([0-9.]+) ms.*descriptor ([0-9.]+) ms, evaluation ([0-9.]+) ms, writing ([0-9.]+) ms.*/\1 \2 \3 \4/' \
  | awk '{print $1 + $2 + $3 + $4}' | sort -n)
per=$(echo "$times" | awk '{s += $1; n++} END {printf "%.2f", s / n}')
permed=$(echo "$times" | median)

echo
echo "modules:                          $N"
echo "median wall time, phase validate: $b s (Maven alone: nothing of ours runs)"
echo "median wall time, goal skipped:   $s s (Maven executing a mojo that returns at once, per module)"
echo "median wall time, goal validate:  $v s (descriptor and packs read and checked, nothing written)"
echo "median wall time, goal report:    $f s (evaluated, three reports written)"
echo "report against goal validate:     +$(awk -v f="$f" -v b="$v" 'BEGIN {printf "%.0f%%", (f - b) / b * 100}')"
echo "report against phase validate:    +$(awk -v f="$f" -v b="$b" 'BEGIN {printf "%.0f%%", (f - b) / b * 100}')"
echo "per module, wall:                $(awk -v f="$f" -v b="$b" -v n="$N" 'BEGIN {printf "%.1f ms", (f - b) * 1000 / n}') (of which Maven's mojo execution: $(awk -v s="$s" -v b="$b" -v n="$N" 'BEGIN {printf "%.1f ms", (s - b) * 1000 / n}'))"
echo "per module, plugin time (-X):    mean $per ms, median $permed ms (packs lookup + descriptor + evaluation + writing, modules after the first)"
echo "pack loaded and compiled:        $compiled time(s) for $timed modules"
