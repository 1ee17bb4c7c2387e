#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the multi-desk tests, as an unprivileged user, listening on
# a unix socket only. Prints the SQLAlchemy URL for GATEHOUSE_TEST_PG_URL on its last line.
set -euo pipefail
PGROOT=${PGROOT:-/tmp/gatehouse-pg}
PGUSER_OS=${PGUSER_OS:-gatehousepg}
find_bin() {
  command -v "$1" 2>/dev/null && return
  ls /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -n 1
}
INITDB=$(find_bin initdb); PG_CTL=$(find_bin pg_ctl)
if [ -z "$INITDB" ] || [ -z "$PG_CTL" ]; then
  echo "start-postgres: installing PostgreSQL server (apt)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
  INITDB=$(find_bin initdb); PG_CTL=$(find_bin pg_ctl)
fi
if [ "$(id -u)" = 0 ]; then
  id "$PGUSER_OS" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PGUSER_OS"
  AS=(runuser -u "$PGUSER_OS" --)
else
  AS=()
fi
if [ -f "$PGROOT/data/postmaster.pid" ] && "${AS[@]}" "$PG_CTL" -D "$PGROOT/data" status >/dev/null 2>&1; then
  :
else
  rm -rf "$PGROOT"; mkdir -p "$PGROOT/socket"
  [ "$(id -u)" = 0 ] && chown -R "$PGUSER_OS" "$PGROOT"
  "${AS[@]}" "$INITDB" -D "$PGROOT/data" -U gatehouse --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${AS[@]}" "$PG_CTL" -D "$PGROOT/data" -l "$PGROOT/server.log" -w \
    -o "-c listen_addresses='' -c unix_socket_directories=$PGROOT/socket -c fsync=off -c max_connections=100" start >&2
fi
echo "postgresql+psycopg://gatehouse@/postgres?host=$PGROOT/socket"
