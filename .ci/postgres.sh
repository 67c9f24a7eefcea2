#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the store tests; prints the URL to use.
# Installs Debian's postgresql if missing. Usage: eval "$(.ci/postgres.sh start)"; .ci/postgres.sh stop
set -euo pipefail
PGPORT="${PGPORT:-55432}"
PGDIR="${PGDIR:-/tmp/thesis-ci-pg}"
pgbin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$d" ] && echo "$d"
}
as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-start}" in
  start)
    if [ -z "$(pgbin)" ]; then
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    fi
    BIN=$(pgbin)
    rm -rf "$PGDIR"; mkdir -p "$PGDIR"
    if [ "$(id -u)" = "0" ]; then chown postgres "$PGDIR"; fi
    as_pg "$BIN/initdb" -D "$PGDIR/data" -U thesis --auth=trust -E UTF8 >/dev/null
    as_pg "$BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDIR -c fsync=off" start >&2
    as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U thesis thesis_test
    echo "export THESIS_TEST_PG=postgresql://thesis@127.0.0.1:$PGPORT/thesis_test"
    ;;
  stop)
    BIN=$(pgbin)
    [ -d "$PGDIR/data" ] && as_pg "$BIN/pg_ctl" -D "$PGDIR/data" -m fast stop >&2 || true
    ;;
esac
