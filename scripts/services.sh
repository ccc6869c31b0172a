#!/usr/bin/env bash
# Local backing services for Attribution Functions:
#   * a private PostgreSQL cluster (127.0.0.1 only, own port, own socket dir)
#   * Azurite (Azure Storage emulator: blob/queue/table) from node_modules
#
# Usage: scripts/services.sh start|stop|status|env
#   eval "$(scripts/services.sh start)"   # progress goes to stderr, env lines to stdout
#
# All state lives under $ROOT/.local/ (git-ignored). Port overrides:
#   ATTRIBUTION_PG_PORT (54329), ATTRIBUTION_AZURITE_BLOB_PORT (10000),
#   ATTRIBUTION_AZURITE_QUEUE_PORT (10001), ATTRIBUTION_AZURITE_TABLE_PORT (10002)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE="$ROOT/.local"
PG_DATA="$STATE/pg"            # may be a symlink to a relocated dir (see pg_layout)
AZ_DATA="$STATE/azurite"
LOG_DIR="$STATE/logs"
RUN_DIR="$STATE/run"
ENV_FILE="$STATE/services.env"

PG_PORT="${ATTRIBUTION_PG_PORT:-54329}"
BLOB_PORT="${ATTRIBUTION_AZURITE_BLOB_PORT:-10000}"
QUEUE_PORT="${ATTRIBUTION_AZURITE_QUEUE_PORT:-10001}"
TABLE_PORT="${ATTRIBUTION_AZURITE_TABLE_PORT:-10002}"
AZ_PID_FILE="$RUN_DIR/azurite.pid"
AZ_LOG="$LOG_DIR/azurite.log"
TIMEOUT=60
# Well-known Azurite development account key (public, not a secret).
AZ_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

log() { printf '[services] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

# Locate a PostgreSQL binary: PATH first, then Debian-style versioned dirs (newest first).
pg_bin() {
  if have "$1"; then command -v "$1"; return; fi
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -rn); do
    [[ -x "$d/$1" ]] && { echo "$d/$1"; return; }
  done
  die "PostgreSQL binary '$1' not found (install PostgreSQL 15 or put its bin dir on PATH)"
}

# Is TCP port $1 on 127.0.0.1 accepting connections? (bash /dev/tcp, no extra tools)
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

file_owner() { stat -c %U "$1" 2>/dev/null || stat -f %Su "$1"; }

# Run a command as the PostgreSQL OS user (PG_USER empty = current user).
# cd / first: the postgres user may not be allowed to stat the caller's cwd.
as_pg() {
  if [[ -z "$PG_USER" ]]; then (cd / && "$@")
  elif have runuser; then (cd / && runuser -u "$PG_USER" -- "$@")
  else (cd / && su "$PG_USER" -s /bin/sh -c "$(printf '%q ' "$@")"); fi
}

# Decide who runs PostgreSQL and where its files live. Sets PG_USER, PG_REAL (real
# data dir), PG_SOCK (unix socket dir), PG_LOG. $1=create → may create the OS user.
pg_layout() {
  PG_USER=""
  local reloc="${TMPDIR:-/tmp}"
  reloc="${reloc%/}/attribution-pg-$(printf '%08x' "$(printf %s "$ROOT" | cksum | cut -d' ' -f1)")"
  if [[ $(id -u) -eq 0 ]]; then
    # postgres refuses to run as root. Prefer the owner of an existing cluster.
    if [[ -e "$PG_DATA/PG_VERSION" ]]; then PG_USER=$(file_owner "$PG_DATA/PG_VERSION")
    elif id postgres >/dev/null 2>&1; then PG_USER=postgres
    elif id attribution-pg >/dev/null 2>&1; then PG_USER=attribution-pg
    elif [[ "${1:-}" == create ]]; then
      log "creating system user attribution-pg"
      if have useradd; then useradd --system --no-create-home --home-dir / --shell /usr/sbin/nologin attribution-pg
      else adduser -S -H -h / -s /sbin/nologin attribution-pg; fi
      PG_USER=attribution-pg
    else PG_USER=postgres; fi  # status/stop without any cluster: harmless placeholder
  fi
  # If the repo sits somewhere the postgres user cannot reach (e.g. under /root, mode 700),
  # keep the real cluster under $TMPDIR and make .local/pg a symlink to it.
  if [[ -L "$PG_DATA" ]] || { [[ -n "$PG_USER" ]] && id "$PG_USER" >/dev/null 2>&1 && ! as_pg test -x "$STATE"; }; then
    PG_REAL="$reloc/data"; PG_SOCK="$reloc/socket"; PG_LOG="$reloc/postgres.log"
  else
    PG_REAL="$PG_DATA"; PG_SOCK="$RUN_DIR/pg-socket"; PG_LOG="$LOG_DIR/postgres.log"
    # Unix socket paths are limited to ~107 bytes; fall back to $TMPDIR for deep checkouts.
    (( ${#PG_SOCK} < 90 )) || PG_SOCK="$reloc/socket"
  fi
}

pg_ready() { "$(pg_bin pg_isready)" -q -h "$PG_SOCK" -p "$PG_PORT" -U postgres -d postgres >/dev/null 2>&1; }

# Create a directory owned by the PostgreSQL user (mode 700).
mk_pg_dir() {
  mkdir -p "$1"
  [[ -z "$PG_USER" ]] || chown "$PG_USER" "$1"
  chmod 700 "$1"
}

pg_start() {
  pg_layout create
  if [[ "$PG_REAL" != "$PG_DATA" && ! -L "$PG_DATA" ]]; then
    # Replace a leftover empty dir with the symlink; refuse to clobber real data.
    [[ -d "$PG_DATA" ]] && { rmdir "$PG_DATA" 2>/dev/null || die "$PG_DATA is a non-empty dir the '$PG_USER' user cannot reach; move it away"; }
    mkdir -p "$(dirname "$PG_REAL")"
    ln -s "$PG_REAL" "$PG_DATA"
    log "postgres data relocated to $PG_REAL ($PG_DATA is a symlink; $PG_USER cannot traverse $STATE)"
  fi
  if [[ "$PG_REAL" != "$PG_DATA" ]]; then
    # The relocated dir has a predictable name in a shared tmp dir: only trust it if it is ours.
    local base o; base=$(dirname "$PG_REAL")
    if [[ -e "$base" ]]; then o=$(file_owner "$base"); [[ "$o" == "${PG_USER:-$(id -un)}" || "$o" == root ]] || die "$base is owned by '$o'"; fi
    mk_pg_dir "$base"
  fi
  mk_pg_dir "$PG_REAL"; mk_pg_dir "$PG_SOCK"
  [[ -L "$LOG_DIR/postgres.log" || "$PG_LOG" == "$LOG_DIR/postgres.log" ]] || ln -sfn "$PG_LOG" "$LOG_DIR/postgres.log"
  touch "$PG_LOG"; [[ -z "$PG_USER" ]] || chown "$PG_USER" "$PG_LOG"

  if [[ ! -f "$PG_REAL/PG_VERSION" ]]; then
    log "initializing PostgreSQL cluster in $PG_REAL"
    local pw locale=C
    # (no grep -q: with pipefail an early grep exit could SIGPIPE locale and fail the pipeline)
    locale -a 2>/dev/null | grep -iE '^c\.utf-?8$' >/dev/null && locale=C.UTF-8
    pw=$(mktemp)   # password file must be readable by the postgres user
    echo postgres >"$pw"; [[ -z "$PG_USER" ]] || chown "$PG_USER" "$pw"
    if ! as_pg "$(pg_bin initdb)" -D "$PG_REAL" -U postgres --pwfile="$pw" -E UTF8 --locale="$locale" \
      --auth-host=scram-sha-256 --auth-local=trust >>"$PG_LOG" 2>&1; then
      rm -f "$pw"; tail -n 30 "$PG_LOG" >&2; die "initdb failed"
    fi
    rm -f "$pw"
  fi

  if pg_ready; then
    log "postgres already running on 127.0.0.1:$PG_PORT"
  else
    # Recover from a crash: postmaster.pid whose pid is gone or now belongs to another program.
    local pidf="$PG_REAL/postmaster.pid" pid
    if [[ -f "$pidf" ]]; then
      pid=$(head -n1 "$pidf")
      if ! kill -0 "$pid" 2>/dev/null || ! ps -p "$pid" -o comm= | grep -q postgres; then
        log "removing stale $pidf (pid $pid)"; rm -f "$pidf"
      fi
    fi
    if [[ ! -f "$pidf" ]]; then
      log "starting postgres on 127.0.0.1:$PG_PORT (log: $PG_LOG)"
      as_pg "$(pg_bin pg_ctl)" -D "$PG_REAL" -l "$PG_LOG" -W \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$PG_SOCK'" start >/dev/null
    fi
    local i
    for ((i = 0; i < TIMEOUT; i++)); do pg_ready && break; sleep 1; done
    pg_ready || { tail -n 30 "$PG_LOG" >&2; die "postgres not ready after ${TIMEOUT}s"; }
  fi

  local -a psql=(as_pg "$(pg_bin psql)" -X -q -h "$PG_SOCK" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1)
  # Two roles: attribution_owner owns the schema and runs migrations; attribution_app serves requests
  # (not an owner, no BYPASSRLS), so row-level security always applies to it.
  "${psql[@]}" -c "do \$\$ begin
      if not exists (select from pg_roles where rolname = 'attribution_owner') then
        create role attribution_owner login password 'attribution_owner';
      end if;
      if not exists (select from pg_roles where rolname = 'attribution_app') then
        create role attribution_app login password 'attribution_app' nobypassrls;
      end if;
    end \$\$;"
  if [[ -z "$("${psql[@]}" -tAc "select 1 from pg_database where datname = 'attribution'")" ]]; then
    log "creating database attribution"; "${psql[@]}" -c 'create database attribution owner attribution_owner'
  fi
  "${psql[@]}" -c 'alter database attribution owner to attribution_owner'
}

pg_stop() {
  pg_layout
  if [[ -f "$PG_REAL/postmaster.pid" ]] && as_pg "$(pg_bin pg_ctl)" -D "$PG_REAL" status >/dev/null 2>&1; then
    log "stopping postgres"; as_pg "$(pg_bin pg_ctl)" -D "$PG_REAL" -m fast -w stop >/dev/null
  else
    log "postgres not running"
  fi
}

# Print the pid of *our* Azurite: pid file present, process alive and its command line
# carries our --location (guards against pid reuse and other instances on other ports).
az_pid() {
  local pid; pid=$(cat "$AZ_PID_FILE" 2>/dev/null) || return 1
  ps -p "$pid" -o args= 2>/dev/null | grep -qF -- "--location $AZ_DATA " && echo "$pid"
}
az_up() { port_open "$BLOB_PORT" && port_open "$QUEUE_PORT" && port_open "$TABLE_PORT"; }

az_start() {
  if az_pid >/dev/null && az_up; then log "azurite already running (pid $(az_pid))"; return; fi
  if ! az_pid >/dev/null; then
    rm -f "$AZ_PID_FILE"
    az_up && die "azurite ports $BLOB_PORT-$TABLE_PORT are taken by a process not started by this script"
    local bin="$ROOT/node_modules/.bin/azurite"
    if [[ ! -x "$bin" ]]; then
      log "installing npm dev tools (npm ci)"
      (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) >"$LOG_DIR/npm-ci.log" 2>&1 \
        || { tail -n 30 "$LOG_DIR/npm-ci.log" >&2; die "npm ci failed"; }
    fi
    log "starting azurite (blob $BLOB_PORT, queue $QUEUE_PORT, table $TABLE_PORT; log: $AZ_LOG)"
    # setsid: own session/process group, so it survives the calling shell and its job control.
    local launcher=(nohup); have setsid && launcher=(setsid nohup)
    "${launcher[@]}" "$bin" --location "$AZ_DATA" --silent --skipApiVersionCheck --loose \
      --blobHost 127.0.0.1 --blobPort "$BLOB_PORT" --queueHost 127.0.0.1 --queuePort "$QUEUE_PORT" \
      --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" >>"$AZ_LOG" 2>&1 </dev/null &
    echo $! >"$AZ_PID_FILE"
  fi
  local i
  for ((i = 0; i < TIMEOUT; i++)); do az_up && return; az_pid >/dev/null || break; sleep 1; done
  tail -n 30 "$AZ_LOG" >&2; die "azurite did not come up"
}

az_stop() {
  local pid i
  if pid=$(az_pid); then
    log "stopping azurite (pid $pid)"
    kill -- "-$pid" 2>/dev/null || kill "$pid"   # whole process group if it leads one
    for ((i = 0; i < 20; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  else
    log "azurite not running"
  fi
  rm -f "$AZ_PID_FILE"
}

print_env() {
  local ep="http://127.0.0.1"
  cat <<EOF
export ATTRIBUTION_PG_PORT=$PG_PORT
export ATTRIBUTION_AZURITE_BLOB_PORT=$BLOB_PORT
export ATTRIBUTION_AZURITE_QUEUE_PORT=$QUEUE_PORT
export ATTRIBUTION_AZURITE_TABLE_PORT=$TABLE_PORT
export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PG_PORT;Database=attribution;Username=attribution_app;Password=attribution_app"
export ConnectionStrings__PostgresOwner="Host=127.0.0.1;Port=$PG_PORT;Database=attribution;Username=attribution_owner;Password=attribution_owner"
export ConnectionStrings__Storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$AZ_KEY;BlobEndpoint=$ep:$BLOB_PORT/devstoreaccount1;QueueEndpoint=$ep:$QUEUE_PORT/devstoreaccount1;TableEndpoint=$ep:$TABLE_PORT/devstoreaccount1;"
EOF
}

case "${1:-}" in
  start)
    mkdir -p "$STATE" "$LOG_DIR" "$RUN_DIR" "$AZ_DATA"
    pg_start
    az_start
    print_env >"$ENV_FILE"
    log "services ready; env written to $ENV_FILE"
    cat "$ENV_FILE"
    ;;
  stop)
    az_stop
    pg_stop
    ;;
  status)
    rc=0
    pg_layout
    if pg_ready; then echo "postgres: running (127.0.0.1:$PG_PORT, data $PG_REAL)"; else echo "postgres: stopped"; rc=3; fi
    if az_pid >/dev/null && az_up; then echo "azurite: running (pid $(az_pid), ports $BLOB_PORT/$QUEUE_PORT/$TABLE_PORT)"
    else echo "azurite: stopped"; rc=3; fi
    exit "$rc"
    ;;
  env) print_env ;;
  *) echo "usage: $0 start|stop|status|env" >&2; exit 2 ;;
esac
