#!/usr/bin/env bash
# National-scale benchmark (issue 15): builds a national-size database once (3,321 communes × 30 indicators × 40
# periods, made-up figures, for benchmarks only) and measures one commune's dashboard queries and one province's
# overview on it, with EXPLAIN of every statement they run. See docs/quy-mo-quoc-gia.md.
# Usage, from the repository root: tools/national-bench.sh [DATABASE]   (default chitieu_national)
# Needs `mariadb -uroot` on the local MariaDB server: it creates the database and an account for it, and turns the
# server's general log on for the run (and off again after). Results: target/bench/national.md.
set -euo pipefail
db="${1:-chitieu_national}"
user="${CHITIEU_BENCH_USER:-chitieu_bench}"
password="${CHITIEU_BENCH_PASSWORD:-chitieu_bench}"
mariadb -uroot -e "CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS '$user'@'localhost' IDENTIFIED BY '$password';
  GRANT ALL ON \`$db\`.* TO '$user'@'localhost';"
datadir=$(mariadb -uroot -N -e "SELECT @@datadir")
previous=$(mariadb -uroot -N -e "SELECT @@general_log_file")
log="${datadir%/}/${db}-bench-general.log"
rm -f "$log"
mariadb -uroot -e "SET GLOBAL general_log_file = '$log'; SET GLOBAL general_log = ON"
trap 'mariadb -uroot -e "SET GLOBAL general_log = OFF; SET GLOBAL general_log_file = '"'$previous'"'"; rm -f "$log"' EXIT
CHITIEU_DB_USER="$user" CHITIEU_DB_PASSWORD="$password" ./mvnw -q -Pbench verify \
  -Dit.test=NationalScaleBenchmark -Dchitieu.bench.url="jdbc:mariadb://localhost:3306/$db" \
  -Dchitieu.bench.general-log="$log"
