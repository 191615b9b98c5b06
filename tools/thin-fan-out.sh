#!/usr/bin/env bash
# A save reaching open dashboards, with thin viewers (ThinFanOutBenchmark): starts the production jar as its own
# process on the national database (heartbeat 10 s, LiveRefresh's debug lines in its log), runs the benchmark against
# it, stops it. Loads the machine: run it under the build lock, from the worktree's root:
#   flock /tmp/mvn.lock tools/thin-fan-out.sh target/chitieu-0.1.0-SNAPSHOT.jar 8120 -Dchitieu.bench.viewers=100
# (copy the jar elsewhere first: the benchmark's own build repackages target/). Figures in target/bench/thin-fan-out.md.
# APP_JAVA_OPTS goes to the application's JVM, e.g. APP_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/app.jfr
# HEARTBEAT sets the application's heartbeat interval in seconds (10; production runs with 60).
set -euo pipefail
jar=$1
port=$2
shift 2
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
log=$(mktemp /tmp/thin-app-XXXXXX.log)
SPRING_PROFILES_ACTIVE=prod CHITIEU_DEMO_DATA=false CHITIEU_DB_URL=jdbc:mariadb://localhost:3306/chitieu_national \
  CHITIEU_DB_USER=chitieu_bench CHITIEU_DB_PASSWORD=chitieu_bench "$JAVA_HOME/bin/java" ${APP_JAVA_OPTS:-} -jar "$jar" \
  --server.port="$port" --vaadin.heartbeatInterval="${HEARTBEAT:-10}" --logging.level.vn.chitieu.dashboard.ui.LiveRefresh=DEBUG \
  > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
until grep -q "Started Application" "$log"; do
  kill -0 "$pid"
  sleep 1
done
echo "application: pid $pid, log $log"
CHITIEU_DB_USER=chitieu_bench CHITIEU_DB_PASSWORD=chitieu_bench ./mvnw -q -Pbench verify -Dit.test=ThinFanOutBenchmark \
  -Dchitieu.bench.app="http://localhost:$port" -Dchitieu.bench.app-pid="$pid" -Dchitieu.bench.app-log="$log" "$@"
