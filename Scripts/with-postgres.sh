#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL server: a new cluster in a temporary folder, on a
# free port on 127.0.0.1 and a unix socket in that folder, owned by an unprivileged user (the
# current one, or `nobody` when run as root, since PostgreSQL refuses root). The server is stopped
# and the folder removed when the command ends, fails or is interrupted.
#
#   Scripts/with-postgres.sh swift test --skip-build
#
# The command sees:
#   LANDSCAPE_TEST_POSTGRES   postgres://landscape@127.0.0.1:PORT/postgres (password in PGPASSFILE)
#   LANDSCAPE_TEST_POSTGRES_SOCKET  postgres://landscape@/postgres?host=FOLDER (no password needed)
#   PGPASSFILE                a libpq password file for the TCP address
#   The database landscape_cli exists too, for the command-line tests (an import replaces its content).
# Without PostgreSQL's programs it runs the command alone and says so.
set -euo pipefail

bindir=""
if command -v initdb >/dev/null 2>&1; then
  bindir="$(dirname "$(readlink -f "$(command -v initdb)")")"
else
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && bindir="$d"; done
fi
if [ -z "$bindir" ]; then
  echo "note: PostgreSQL is not installed (Debian: postgresql); the store's tests on PostgreSQL are skipped" >&2
  exec "$@"
fi

run_as=()
if [ "$(id -u)" = 0 ]; then run_as=(runuser -u nobody --); fi

dir="$(mktemp -d /tmp/landscape-pg.XXXXXX)"
chmod 755 "$dir"
[ "${#run_as[@]}" = 0 ] || chown nobody "$dir"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
password="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"

stop() {
  "${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
trap 'exit 130' INT TERM

printf '%s\n' "$password" > "$dir/pwfile"
[ "${#run_as[@]}" = 0 ] || chown nobody "$dir/pwfile"
# Unix socket: trust (the folder is the server's own); TCP: a password (the tests of a wrong one need it).
"${run_as[@]}" "$bindir/initdb" -D "$dir/data" -U landscape --pwfile="$dir/pwfile" --auth-local=trust \
  --auth-host=scram-sha-256 --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/pwfile"
# No durability needed for a throwaway cluster: no fsync, small shared memory.
"${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=16MB" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

"$bindir/createdb" -h "$dir" -p "$port" -U landscape landscape_cli

printf '127.0.0.1:%s:*:landscape:%s\n' "$port" "$password" > "$dir/pgpass"
chmod 600 "$dir/pgpass"
export PGPASSFILE="$dir/pgpass"
export LANDSCAPE_TEST_POSTGRES="postgres://landscape@127.0.0.1:$port/postgres"
export LANDSCAPE_TEST_POSTGRES_SOCKET="postgres://landscape@/postgres?host=$dir&port=$port"
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') for the tests at $LANDSCAPE_TEST_POSTGRES" >&2
"$@"
