#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the database tests: a private cluster in
# /tmp/churnlens-pg listening on 127.0.0.1:55432 only, with password (SCRAM) logins, a
# role and database "churnlens", and the Telco table loaded from tests/data/telco.csv.
#
#   eval "$(scripts/start-postgres.sh)"      # exports CHURNLENS_PG_HOST/PORT/DB/USER/PASSWORD
#   scripts/start-postgres.sh --env-file F   # writes those lines to F (mode 600) instead
#   scripts/start-postgres.sh --stop         # stops the server (the data stays for next time)
#
# Idempotent: installs the postgresql package only when missing, reuses a running server,
# reloads the Telco table every time. Works as root (the server runs as "postgres") and as
# a normal user (the server runs as that user; apt needs sudo only if PostgreSQL is missing).
# Everything but the export lines goes to stderr.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
PGDATA="${CHURNLENS_PG_DIR:-/tmp/churnlens-pg}"
PORT="${CHURNLENS_PG_PORT:-55432}"
DB=churnlens
ROLE=churnlens
TELCO="$ROOT/tests/data/telco.csv"
ENV_FILE=""
STOP=0

while [ $# -gt 0 ]; do
  case "$1" in
    --env-file) ENV_FILE="$2"; shift 2 ;;
    --stop) STOP=1; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "start-postgres.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

log() { echo "start-postgres: $*" >&2; }

# --- install -------------------------------------------------------------------------------
find_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
BINDIR="$(find_bindir)"
if [ -z "$BINDIR" ] || [ ! -x "$BINDIR/initdb" ] || ! command -v psql >/dev/null; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  log "installing PostgreSQL (apt)"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq --no-install-recommends postgresql postgresql-client >&2
  BINDIR="$(find_bindir)"
fi
[ -n "$BINDIR" ] || { log "PostgreSQL binaries not found after installing"; exit 1; }

# --- run as the server's owner -------------------------------------------------------------
# PostgreSQL refuses to run as root, so root hands the cluster to the "postgres" account.
if [ "$(id -u)" -eq 0 ]; then
  OWNER=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  OWNER="$(id -un)"
  as_owner() { "$@"; }
fi

if [ "$STOP" -eq 1 ]; then
  if [ -f "$PGDATA/PG_VERSION" ]; then
    as_owner "$BINDIR/pg_ctl" -D "$PGDATA" -m fast -w stop >&2 || true
  fi
  exit 0
fi

if [ ! -f "$PGDATA/PG_VERSION" ]; then
  log "creating a cluster in $PGDATA"
  mkdir -p "$PGDATA"
  chown "$OWNER" "$PGDATA"
  chmod 700 "$PGDATA"
  # Local socket: trust (only the owner can reach the socket directory); TCP: passwords.
  as_owner "$BINDIR/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >&2
  cat >> "$PGDATA/postgresql.conf" <<EOF
# churnlens test cluster
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$PGDATA'
password_encryption = 'scram-sha-256'
fsync = off
EOF
fi

if ! as_owner "$BINDIR/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
  log "starting the server on 127.0.0.1:$PORT"
  if ! as_owner "$BINDIR/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 start >&2; then
    log "the server did not start; last lines of $PGDATA/server.log:"
    tail -n 20 "$PGDATA/server.log" >&2 || true
    exit 1
  fi
fi

admin() { as_owner psql -X -q -v ON_ERROR_STOP=1 -h "$PGDATA" -p "$PORT" -U postgres -d postgres "$@"; }

# --- role, database, password --------------------------------------------------------------
# The password is made once and kept with the cluster (readable by its owner only).
PWFILE="$PGDATA/churnlens-password"
if ! as_owner test -s "$PWFILE"; then
  PASSWORD="$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  printf '%s' "$PASSWORD" | as_owner tee "$PWFILE" >/dev/null
  as_owner chmod 600 "$PWFILE"
fi
PASSWORD="$(as_owner cat "$PWFILE")"

if [ "$(admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
  admin -c "CREATE ROLE $ROLE LOGIN"
fi
# Sent on stdin, so the password shows in no process list.
printf "ALTER ROLE %s PASSWORD '%s';\n" "$ROLE" "$PASSWORD" | admin
if [ "$(admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != "1" ]; then
  admin -c "CREATE DATABASE $DB OWNER $ROLE"
fi

# --- the Telco table, over TCP with the password (the way the application connects) --------
export PGPASSWORD="$PASSWORD"
psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U "$ROLE" -d "$DB" >&2 <<EOF
SET client_min_messages = warning;
DROP TABLE IF EXISTS telco;
CREATE TABLE telco (
  "customerID" text PRIMARY KEY, "gender" text, "SeniorCitizen" integer, "Partner" text,
  "Dependents" text, "tenure" integer, "PhoneService" text, "MultipleLines" text,
  "InternetService" text, "OnlineSecurity" text, "OnlineBackup" text, "DeviceProtection" text,
  "TechSupport" text, "StreamingTV" text, "StreamingMovies" text, "Contract" text,
  "PaperlessBilling" text, "PaymentMethod" text, "MonthlyCharges" double precision,
  "TotalCharges" double precision, "Churn" text);
-- Telco writes an unknown TotalCharges as a single space.
\copy telco FROM '$TELCO' WITH (FORMAT csv, HEADER true, NULL ' ')
EOF
ROWS="$(psql -X -tA -h 127.0.0.1 -p "$PORT" -U "$ROLE" -d "$DB" -c 'SELECT COUNT(*) FROM telco')"
unset PGPASSWORD
log "ready: database $DB on 127.0.0.1:$PORT, table telco with $ROWS rows"

EXPORTS="export CHURNLENS_PG_HOST=127.0.0.1
export CHURNLENS_PG_PORT=$PORT
export CHURNLENS_PG_DB=$DB
export CHURNLENS_PG_USER=$ROLE
export CHURNLENS_PG_PASSWORD=$PASSWORD"
# With a file the password stays out of logs (CTest prints a fixture's output).
if [ -n "$ENV_FILE" ]; then
  (umask 077 && printf '%s\n' "$EXPORTS" > "$ENV_FILE")
  log "connection settings written to $ENV_FILE"
else
  printf '%s\n' "$EXPORTS"
fi
