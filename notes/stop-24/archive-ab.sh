#!/usr/bin/env bash
# A/B: one jar, two class-data archives (report-trained vs ArchiveTraining), median wall of N runs per command, interleaved
set -u
cd /work/wt/lead
jar=target/analyzer.jar
O="-Xss4m -XX:+UseSerialGC -Xmx1g -Xmn32m -XX:TieredStopAtLevel=1"
C="-Xlog:cds=off -Xlog:cds+dynamic=off"
rm -f /tmp/cds/one.jsa /tmp/cds/many.jsa
java $C -XX:ArchiveClassesAtExit=/tmp/cds/one.jsa $O -jar $jar report sample-traces/dst-stalled-400ms >/dev/null 2>&1
java $C -XX:ArchiveClassesAtExit=/tmp/cds/many.jsa $O -cp $jar io.downtime.cli.ArchiveTraining sample-traces >/dev/null 2>&1
: > /tmp/cds/empty.log
cmds=("events --summary /tmp/cds/empty.log" "report sample-traces/dst-stalled-400ms" "runs sample-traces/cancelled-in-precopy sample-traces/precopy-return-path" "replay sample-traces/strict-missed-62ms-blackout-8-2 --downtime-limit 8 --switchover-limit 2" "compare sample-traces/precopy-q35-small sample-traces/precopy-return-path" "sweep sample-traces/precopy-q35-small --downtime-limit 100:200:100 --switchover-limit 0")
uptime
for c in "${cmds[@]}"; do
  for a in one many; do : > /tmp/cds/t-$a; done
  for i in $(seq 1 ${N:-9}); do
    for a in one many; do
      /usr/bin/time -f "%e %U %S" -a -o /tmp/cds/t-$a java $C -XX:SharedArchiveFile=/tmp/cds/$a.jsa $O -jar $jar $c >/dev/null 2>&1
    done
  done
  line="${c:0:40}"
  for a in one many; do
    med=$(awk '{print $1}' /tmp/cds/t-$a | sort -n | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}')
    cpu=$(awk '{print $2+$3}' /tmp/cds/t-$a | sort -n | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}')
    line="$line | $a ${med}s cpu ${cpu}s"
  done
  echo "$line"
done
uptime
