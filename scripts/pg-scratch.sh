# Source this file: pg_scratch_start starts a throw-away PostgreSQL cluster on 127.0.0.1 and
# exports LISTWATCH_TEST_PG; pg_scratch_stop stops it and removes its folder.
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"

pg_scratch_start() {
  PG_PORT="${PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
  PGDIR="$(mktemp -d /tmp/listwatch-pg.XXXXXX)"
  local as=()
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGDIR"; as=(su postgres -s /bin/sh -c); else as=(sh -c); fi
  "${as[@]}" "$PG_BIN/initdb -D $PGDIR/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  "${as[@]}" "$PG_BIN/pg_ctl -D $PGDIR/data -o '-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PGDIR -c fsync=off' -l $PGDIR/log -w start" >/dev/null
  export PGDIR PG_PORT
  export LISTWATCH_TEST_PG="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "scratch PostgreSQL on 127.0.0.1:$PG_PORT"
}

pg_scratch_stop() {
  if [ -n "${PGDIR:-}" ] && [ -d "$PGDIR" ]; then
    local as=()
    if [ "$(id -u)" = 0 ]; then as=(su postgres -s /bin/sh -c); else as=(sh -c); fi
    "${as[@]}" "$PG_BIN/pg_ctl -D $PGDIR/data -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
  fi
}
