#!/usr/bin/env bash
# The compile-time and engine benchmarks of issue 6. See bench/README.md.
#
#   bench/run.sh           full run, writes bench/RESULTS.md (about 75 min on 2 quiet cores)
#   bench/run.sh --quick   N = 20, 2 runs, short JMH: checks the harness, writes
#                          bench/results-quick.md (a few minutes)
#
# Any further arguments go to the compile harness (dev.shapecheck.bench.CompileBenchmark), e.g.
#   bench/run.sh --runs 7 --sizes 100,500,2000 --deep 2500,5000,10000
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

quick=false
args=()
for a in "$@"; do
  if [[ "$a" == "--quick" ]]; then quick=true; fi
  args+=("$a")
done

for tool in java javac mvn; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool not found on PATH" >&2; exit 1; }
done
if [[ -x /usr/bin/time ]] && /usr/bin/time -v true >/dev/null 2>&1; then
  echo "peak memory: measured with /usr/bin/time -v"
else
  echo "peak memory: NOT measured (no GNU /usr/bin/time; apt-get install time); wall time only"
fi

echo "== building runtime, processor and bench; fetching AutoValue"
mvn -q -B -ntp -DskipTests -Pbench -pl processor,bench -am package

version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)"
processor_jar="processor/target/shapecheck-processor-$version.jar"
engine_jar="engine/target/shapecheck-engine-$version.jar"
runtime_jar="runtime/target/shapecheck-runtime-$version.jar"
classpath="bench/target/classes:$(cat bench/target/classpath.txt)"
for f in "$processor_jar" "$engine_jar" "$runtime_jar" bench/target/autovalue/auto-value.jar \
    bench/target/autovalue/auto-value-annotations.jar; do
  [[ -f "$f" ]] || { echo "run.sh: $f was not built" >&2; exit 1; }
done

jmh_csv="bench/target/jmh.csv"
echo "== JMH: the shape engine alone (layers per second)"
if $quick; then
  jmh_opts=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
  out="bench/results-quick.md"
else
  jmh_opts=(-f 2 -wi 5 -w 2s -i 5 -r 2s)
  out="bench/RESULTS.md"
fi
java -cp "$classpath" org.openjdk.jmh.Main 'dev.shapecheck.bench.EngineBenchmark' \
  "${jmh_opts[@]}" -rf csv -rff "$jmh_csv"

echo "== javac with and without the processors"
java -Xmx2g -cp "$classpath" dev.shapecheck.bench.CompileBenchmark \
  --processor "$processor_jar" --engine "$engine_jar" --runtime "$runtime_jar" --autovalue bench/target/autovalue \
  --jmh "$jmh_csv" --work bench/target/work --out "$out" "${args[@]}"
