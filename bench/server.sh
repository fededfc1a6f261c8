#!/usr/bin/env bash
# Server store benchmark (see docs/benchmarks.md, issue 18): a 10,000-row import and the overview
# of the 10,000 activities it makes (`ropa list`, which reads the whole register and each
# activity's summary, as the window's list does), on a file store and on a PostgreSQL server on
# this machine, side by side in each round. The server is Debian's, started here in a temporary
# directory with its default settings (fsync on), on a loopback port. The server import runs as
# a team member granted the organisation (row-level security applies) and as the database's
# owner. Run it with `make bench-server`.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${ROWS:-10000}
rounds=${ROUNDS:-3}
ropa=$PWD/target/release/ropa
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d)
as=()
# PostgreSQL refuses to run as root: as nobody, in a directory nobody owns.
echo "bench-password" > "$work/password"
if [ "$(id -u)" = 0 ]; then chown -R 65534:65534 "$work"; as=(setpriv --reuid=65534 --regid=65534 --clear-groups); fi
"${as[@]}" "$bin/initdb" -D "$work/pg" -U bench --pwfile "$work/password" --auth-host=scram-sha-256 \
  --auth-local=scram-sha-256 -E UTF8 --locale=C > /dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${as[@]}" "$bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $work/pg" start > /dev/null
trap '"${as[@]}" "$bin/pg_ctl" -D "$work/pg" -m immediate stop > /dev/null 2>&1 || true; rm -rf "$work"' EXIT
export PGPASSWORD=bench-password
"${as[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U bench -d postgres -q -c "CREATE ROLE member LOGIN PASSWORD 'bench-password'"
printf 'Name,Purposes\nFirst activity,Benchmark\n' > "$work/one.csv"
python3 bench/gen-ico.py "$rows" crates/ropa-core/tests/fixtures/ico-controller-template-columns.txt > "$work/ico.csv"

measure() { # label, command...: prints "seconds peak_kib"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/$label.out" 2>&1 || { cat "$work/$label.out"; exit 1; }
  cat "$work/time"
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { python3 -c "print(f'{$1 / max($2, 0.001):.2f}')"; }

file_import=() server_import=() owner_import=() file_list=() server_list=() import_ratio=() owner_ratio=() list_ratio=()
for round in $(seq "$rounds"); do
  rm -f "$work"/file.sqlite*
  "${as[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U bench -d postgres -q \
    -c "DROP DATABASE IF EXISTS round$round" -c "CREATE DATABASE round$round" > /dev/null
  owner="postgres://bench@127.0.0.1:$port/round$round?sslmode=disable"
  member="postgres://member@127.0.0.1:$port/round$round?sslmode=disable"
  "$ropa" --db "$owner" admin init > /dev/null
  # The organisation, made by the administrator, and the member granted it (as the file's own).
  for db in "$owner" "$work/file.sqlite"; do "$ropa" --db "$db" import "$work/one.csv" --org "Bench Ltd" > /dev/null 2>&1; done
  "$ropa" --db "$owner" admin grant member --org "Bench Ltd" --write > /dev/null
  read -r fi _ < <(measure file-import "$ropa" --db "$work/file.sqlite" import "$work/ico.csv" --org "Bench Ltd")
  read -r si _ < <(measure server-import "$ropa" --db "$member" import "$work/ico.csv" --org "Bench Ltd")
  read -r fl _ < <(measure file-list "$ropa" --db "$work/file.sqlite" list)
  read -r sl _ < <(measure server-list "$ropa" --db "$member" list)
  cmp -s "$work/file-list.out" "$work/server-list.out" || { echo "the two stores list different registers"; exit 1; }
  # The same import as the owner, into a database of its own.
  "${as[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U bench -d postgres -q \
    -c "DROP DATABASE IF EXISTS owner$round" -c "CREATE DATABASE owner$round" > /dev/null
  "$ropa" --db "${owner/round$round/owner$round}" admin init > /dev/null
  read -r oi _ < <(measure owner-import "$ropa" --db "${owner/round$round/owner$round}" import "$work/ico.csv" --org "Bench Ltd")
  file_import+=("$fi") server_import+=("$si") owner_import+=("$oi") file_list+=("$fl") server_list+=("$sl")
  import_ratio+=("$(ratio "$si" "$fi")") owner_ratio+=("$(ratio "$oi" "$fi")") list_ratio+=("$(ratio "$sl" "$fl")")
done
listed=$(($(wc -l < "$work/server-list.out") - 1))

cat <<REPORT
Server store benchmark: $rows ICO-layout rows; PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1; $(nproc) cores; $rounds rounds
  import, file store:   median $(median "${file_import[@]}") s  [${file_import[*]}]
  import, server store, a member granted the organisation: median $(median "${server_import[@]}") s  [${server_import[*]}]
  ratio server / file, per round: median $(median "${import_ratio[@]}")  [${import_ratio[*]}] (target: at most 2)
  import, server store, the database's owner: median $(median "${owner_import[@]}") s  [${owner_import[*]}]
  ratio server / file, per round: median $(median "${owner_ratio[@]}")  [${owner_ratio[*]}]
  overview (ropa list, $listed activities), file store:   median $(median "${file_list[@]}") s  [${file_list[*]}]
  overview (ropa list, $listed activities), server store, the member: median $(median "${server_list[@]}") s  [${server_list[*]}]
  ratio server / file, per round: median $(median "${list_ratio[@]}")  [${list_ratio[*]}] (target: at most 2)
REPORT
