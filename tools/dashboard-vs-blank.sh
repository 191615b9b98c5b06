#!/usr/bin/env bash
# The dashboard beside a blank page in production mode, the mode people use (NationalDashboardBenchmark runs in
# development mode, whose development tools and heavier bundle slow the blank page more than the dashboard). Builds the
# production jar, starts it on the national database (tools/national-bench.sh) with the two blank pages of
# src/test/java/vn/chitieu/bench added to its class path, and runs tools/page-timeline.mjs for each account: the blank
# page beside the dashboard, and beside the blank page inside the application's frame. Run under the machine's build
# lock. A measurement: nothing is asserted. Results: target/bench/dashboard-vs-blank.txt.
# usage: tools/dashboard-vs-blank.sh [RUNS] [ACCOUNT...]   (default 15 runs; lanhdao-xa lanhdao-tinh quantri-qg, the
# last one added by NationalDashboardBenchmark)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-15}"
shift || true
if [ $# -gt 0 ]; then accounts=("$@"); else accounts=(lanhdao-xa lanhdao-tinh quantri-qg); fi
port="${CHITIEU_BENCH_PORT:-8131}"
node_cmd=(node)
node -e 'process.exit(typeof WebSocket === "function" ? 0 : 1)' 2>/dev/null || node_cmd=(node --experimental-websocket)

./mvnw -q -Pproduction -DskipTests clean package
./mvnw -q test-compile
blank=$(mktemp -d)
mkdir -p "$blank/vn/chitieu/bench"
cp target/test-classes/vn/chitieu/bench/BlankView.class target/test-classes/vn/chitieu/bench/BlankInLayoutView.class \
    "$blank/vn/chitieu/bench/"
jar=$(ls target/chitieu-*.jar | head -1)
# the jar's own launcher, told to add the blank pages (Spring finds their routes like any other view)
CHITIEU_DB_URL="${CHITIEU_DB_URL:-jdbc:mariadb://localhost:3306/chitieu_national}" \
CHITIEU_DB_USER="${CHITIEU_DB_USER:-chitieu_bench}" CHITIEU_DB_PASSWORD="${CHITIEU_DB_PASSWORD:-chitieu_bench}" \
    "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Dloader.path="$blank" -cp "$jar" org.springframework.boot.loader.launch.PropertiesLauncher \
    --server.port="$port" --chitieu.demo-data=false --spring.flyway.out-of-order=true > target/dashboard-vs-blank.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$blank"' EXIT
for _ in $(seq 1 90); do
    curl -s -o /dev/null "http://localhost:$port/login" && break
    sleep 2
done
dashboard='/?nhiem-ky=2025-2030&don-vi=qg-1701'
mkdir -p target/bench
out=target/bench/dashboard-vs-blank.txt
: > "$out"
for account in "${accounts[@]}"; do
    # a first round warms the server's code up; not reported
    "${node_cmd[@]}" tools/page-timeline.mjs "http://localhost:$port" "$account" "$dashboard" 10 > /dev/null
    for page in "$dashboard" /bench-trang-trong-khung; do
        echo "== $account: /bench-trang-trong beside $page" | tee -a "$out"
        "${node_cmd[@]}" tools/page-timeline.mjs "http://localhost:$port" "$account" "$page" "$runs" \
            | grep -E '^(uidlServer|millis|  all|ratio|post|busy)' | tee -a "$out"
    done
done
