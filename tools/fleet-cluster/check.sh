#!/usr/bin/env bash
# Runs analyzer-fleet the way a cluster runs it, on this one machine, and checks that the tables equal the embedded
# local run's (docs/fleet.md, "Tried on a cluster"):
#
#   - HDFS: Hadoop's own mini cluster (a name node and two data nodes, real HDFS servers on loopback ports, in the
#     Hadoop version Spark 4.2.0 ships) holds the logs, the manifest and the output;
#   - Spark standalone: a master and WORKERS workers (1 core, 1 GB each), each starting its executor in a JVM of its
#     own, as on a cluster's nodes; the job is submitted through spark-submit's own entry point
#     (org.apache.spark.deploy.SparkSubmit, which the `spark-submit` script only wraps), so the job jar is shipped
#     to the executors as a cluster's would be;
#   - then the same manifest runs on the embedded local Spark over local copies of the logs, and every table of
#     both outputs is read back with `analyzer-fleet query` and compared row for row (the logs' names, an
#     hdfs:// URI on one side and a local path on the other, are the only text replaced before comparing).
#
#   tools/fleet-cluster/check.sh [WORKERS]        WORKERS: 2 (default)
#
# Not part of the test suite: it starts five JVMs and takes minutes. Needs Maven (the class paths come from Maven
# Central) and about 3 GB of memory. Everything it starts is stopped at the end, and its files are removed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
workers="${1:-2}"
dir="$(mktemp -d "${TMPDIR:-/tmp}/fleet-cluster.XXXXXX")"
pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$dir"
}
trap stop_all EXIT

wait_for() {                       # wait_for FILE PATTERN SECONDS: a daemon's log line that says it is up
  local waited=0
  until grep -q -- "$2" "$1" 2>/dev/null; do
    sleep 2; waited=$(( waited + 2 ))
    if [ "$waited" -ge "$3" ]; then echo "check.sh: not up after $3 s: $1 (no '$2'); its log follows" >&2; tail -20 "$1" >&2; exit 1; fi
  done
}

"$here/analyzer-fleet" --help >/dev/null          # builds the job jar and the Spark class path
jar="$here/fleet/target/analyzer-fleet.jar"
read -r -a opens <<<"$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' "$here/fleet/pom.xml")"
(cd "$here/tools/fleet-cluster" && mvn -B -q dependency:build-classpath -Dmdep.outputFile="$dir/hadoop.classpath") \
  >"$dir/mvn.log" 2>&1 || { cat "$dir/mvn.log" >&2; exit 1; }

# HDFS. The client side (FsShell) needs a core-site.xml on its class path naming the file system.
mkdir -p "$dir/hdfs"
# Its data directories go under the working directory (target/test/data), hence the cd.
(cd "$dir/hdfs" && exec java -Xmx768m -cp "$(cat "$dir/hadoop.classpath")" org.apache.hadoop.mapreduce.MiniHadoopClusterManager \
  -nomr -format -datanodes 2 -nnport 0 -nnhttpport 0 -writeDetails "$dir/hdfs.json") >"$dir/hdfs.log" 2>&1 &
pids+=($!)
wait_for "$dir/hdfs.json" namenode_port 600
port="$(sed 's/.*"namenode_port":\([0-9]*\).*/\1/' "$dir/hdfs.json")"
hdfs="hdfs://127.0.0.1:$port"
mkdir -p "$dir/conf"
printf '<configuration><property><name>fs.defaultFS</name><value>%s</value></property></configuration>\n' "$hdfs" \
  >"$dir/conf/core-site.xml"
fs() { java -cp "$dir/conf:$(cat "$dir/hadoop.classpath")" org.apache.hadoop.fs.FsShell "$@" 2>&1 | grep -v '^SLF4J' || true; }

# The cases: every sample, logs and stderr files (the manifest names the logs; the job reads a stderr beside them).
mkdir -p "$dir/local"
cp -r "$here/sample-traces/." "$dir/local/"
{
  echo "id,source,destination,firmware"
  for case in "$dir"/local/*/; do
    name="${case%/}"; name="${name##*/}"
    src="$(cd "$case" && ls | grep -E '^src.*\.log$' | head -1)"
    dst="$(cd "$case" && ls | grep -E '^dst.*\.log$' | sed "s#^#$name/#" | paste -sd';')"
    echo "$name,$name/$src,$dst,fw-$(( ${#name} % 2 ))"
  done
} >"$dir/local/manifest.csv"
fs -put "$dir/local" /cases
echo "HDFS at $hdfs (2 data nodes): $(fs -count /cases | awk '{print $2 " files, " $3 " bytes"}')"

# Spark standalone. Its workers start executors from SPARK_HOME/jars (the embedded Spark's jars, linked) and must be
# told the Scala version, which a Spark distribution's directory layout would otherwise tell them.
export SPARK_HOME="$dir/spark" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
mkdir -p "$SPARK_HOME/jars"
tr ':' '\n' <"$here/fleet/target/spark.classpath" | while read -r j; do ln -s "$j" "$SPARK_HOME/jars/"; done
# The daemons log at Spark's default level (their "started" lines are INFO); the submitted job as analyzer-fleet does.
# exec: a daemon's pid is then its JVM's, which the clean-up stops; hence every call runs in a subshell.
spark_java() { exec java "${opens[@]}" -cp "$SPARK_HOME/jars/*" "$@"; }
(spark_java -Xmx512m org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0) >"$dir/master.log" 2>&1 &
pids+=($!)
wait_for "$dir/master.log" "Starting Spark master at" 600
master="$(sed -n 's/.*Starting Spark master at \(spark:[^ ]*\).*/\1/p' "$dir/master.log" | head -1)"
for w in $(seq "$workers"); do
  (spark_java -Xmx256m org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 1g --webui-port 0 \
    --work-dir "$dir/worker-$w" "$master") >"$dir/worker-$w.log" 2>&1 &
  pids+=($!)
done
for w in $(seq "$workers"); do wait_for "$dir/worker-$w.log" "Successfully registered with master" 600; done
echo "Spark standalone at $master: $workers workers registered"

limits=(--downtime-limit 100:500:50 --switchover-limit 0:100:10 --verdicts-at 300:10)
start=$(date +%s)
(spark_java -Xmx1g -Dlog4j2.configurationFile="$here/fleet/conf/log4j2.properties" org.apache.spark.deploy.SparkSubmit \
  --master "$master" --name analyzer-fleet --conf spark.executor.memory=768m --conf "spark.executor.extraJavaOptions=${opens[*]}" \
  --class io.downtime.fleet.FleetMain "$jar" \
  run --manifest "$hdfs/cases/manifest.csv" --out "$hdfs/fleet" "${limits[@]}") >"$dir/cluster.out" 2>"$dir/cluster.err" || {
  tail -30 "$dir/cluster.err" >&2; exit 1; }
echo "cluster run: $(( $(date +%s) - start )) s; $(sed -n 's/^  migrations: /migrations: /p' "$dir/cluster.out")"
executors=$(grep -c "Launching executor" "$dir/master.log" || true)
hosts=$(grep "Launching executor" "$dir/master.log" | sed 's/.* on worker //' | sort -u | wc -l)
echo "executors launched: $executors, on $hosts workers"

"$here/analyzer-fleet" run --manifest "$dir/local/manifest.csv" --out "$dir/local-fleet" "${limits[@]}" \
  --master "local[2]" >"$dir/local.out" 2>"$dir/local.err" || { tail -30 "$dir/local.err" >&2; exit 1; }

# The logs are named as the job read them: on HDFS by their URI, locally by their path. Nothing else may differ.
differ=0
for table in migrations devices phases blackout_parts verdicts sweep problems; do
  for side in cluster local; do
    if [ "$side" = cluster ]; then out="$hdfs/fleet"; else out="$dir/local-fleet"; fi
    "$here/analyzer-fleet" query "$out" "SELECT * FROM $table ORDER BY ALL" --master "local[1]" 2>"$dir/query.err" \
      | sed -e "s#$hdfs/cases/##g" -e "s#$dir/local/##g" >"$dir/$table.$side.csv" || { cat "$dir/query.err" >&2; exit 1; }
  done
  rows=$(( $(wc -l <"$dir/$table.local.csv") - 1 ))
  if cmp -s "$dir/$table.cluster.csv" "$dir/$table.local.csv"; then
    echo "  $table: $rows rows, identical"
  else
    echo "  $table: DIFFERS"; diff "$dir/$table.cluster.csv" "$dir/$table.local.csv" | head -10; differ=1
  fi
done
[ "$differ" = 0 ] && echo "every table of the cluster run equals the local run's" || exit 1
