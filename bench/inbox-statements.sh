#!/usr/bin/env bash
# PostgreSQL's CPU per stored notification, by how many notifications one statement stores.
#
#   ./paybridge up
#   bench/inbox-statements.sh [RATE] [SECONDS]     # notifications per second (800), seconds per run (20)
#
# Runs the ingest's statement (inbox row, and its outbox row only if the inbox row was inserted, no NOTIFY) with
# pgbench against the local stack's PostgreSQL at a fixed rate of RATE notifications per second: as one notification
# per statement from 8 connections (as the ingest sends them), as one per statement from 2 connections, and as 8 per
# statement from 2 connections (what statements shared by concurrent callbacks would cost, had they formed). It reads
# PostgreSQL's CPU from /proc (every process of its postmaster, and the children it reaped) and prints it per
# notification. The rows it writes carry the PSP 'PGBENCH' and the topic 'pgbench.v1' and are deleted afterwards. The
# ingest is stopped for the runs (its relay would publish the rows), and so are the services that write to the same
# PostgreSQL; the runs start once the load average is below 1 (at most 5 minutes later), and ./paybridge up starts
# everything again afterwards. The stack's own settings (PAYBRIDGE_STATE_DIR, the ports) are those of ./paybridge.
set -euo pipefail
ROOT="$(cd -- "${BASH_SOURCE[0]%/*}/.." && pwd)"
RATE=${1:-800}
SECONDS_PER_RUN=${2:-20}
for value in "$RATE" "$SECONDS_PER_RUN"; do
  if ! [[ "$value" =~ ^[1-9][0-9]*$ ]]; then
    printf 'inbox-statements: RATE and SECONDS must be positive whole numbers, not %s\n' "'$value'" >&2
    printf 'usage: bench/inbox-statements.sh [RATE] [SECONDS]\n' >&2
    exit 2
  fi
done
PORT=${PAYBRIDGE_POSTGRES_PORT:-15432}
PIDFILE="${PAYBRIDGE_STATE_DIR:-$ROOT/.paybridge}/postgres/postmaster.pid"
command -v pgbench > /dev/null || { echo "pgbench is missing (Debian: apt-get install postgresql-client)" >&2; exit 2; }
[[ -f $PIDFILE ]] || { echo "the local stack's PostgreSQL is not running: ./paybridge up" >&2; exit 2; }
export PGPASSWORD=postgres PGOPTIONS="-c search_path=notification_ingest"
psql() { command psql -h localhost -p "$PORT" -U postgres -qAt paybridge "$@"; }
scripts=$(mktemp -d)
# Afterwards: the benchmark's rows deleted, the stopped services started again.
cleanup() {
  rm -rf "$scripts"
  psql -c "DELETE FROM outbox_message WHERE topic = 'pgbench.v1'" \
    -c "DELETE FROM inbox_notification WHERE psp = 'PGBENCH'"
  "$ROOT/paybridge" up > /dev/null
}
trap cleanup EXIT
"$ROOT/paybridge" stop notification-ingest-service checkout-service payout-service reconciliation-service > /dev/null
for _ in $(seq 60); do # what the stopped services left running settles
  (( $(cut -d. -f1 /proc/loadavg) >= 1 )) || break
  sleep 5
done

# ROWS notifications per statement; notification ids grow with time, as Trustly's and the benchmark's do.
statement() {
  cat <<EOF
WITH input AS (SELECT gen_random_uuid() AS id,
    ((extract(epoch FROM clock_timestamp()) * 1000000)::bigint * 1000 + :client_id * 10 + g)::text AS nid,
    gen_random_uuid() AS event_id FROM generate_series(1, $1) g),
  stored AS (INSERT INTO inbox_notification (id, psp, notification_id, method, psp_order_id, reply_status, raw_body,
    body_sha256) SELECT id, 'PGBENCH', nid, 'credit', nid, 'OK', convert_to(repeat('x', 1100), 'UTF8'), repeat('a', 64)
    FROM input ORDER BY nid ON CONFLICT (psp, notification_id) DO NOTHING RETURNING id)
INSERT INTO outbox_message (event_id, topic, message_key, event_type, payload, headers, created_at)
  SELECT input.event_id, 'pgbench.v1', nid, 'PspNotification', convert_to(repeat('p', 520), 'UTF8'), repeat('h', 320),
    now() FROM stored JOIN input USING (id) WHERE set_config('paybridge.outbox_notify', 'off', true) = 'off';
EOF
}

# Clock ticks of PostgreSQL: its live processes, and the children its postmaster reaped. Read once the backends of
# the clients that just ended have exited and been reaped, so that their CPU is counted exactly once.
ticks() {
  local postmaster total pid
  postmaster=$(head -1 "$PIDFILE")
  for _ in $(seq 100); do
    (( $(pgrep -c -P "$postmaster") > IDLE_PROCESSES )) || break
    sleep 0.05
  done
  total=$(awk '{print $16 + $17}' "/proc/$postmaster/stat")
  for pid in "$postmaster" $(pgrep -P "$postmaster"); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2> /dev/null || echo 0)))
  done
  echo "$total"
}

run() { # NAME ROWS_PER_STATEMENT CONNECTIONS
  statement "$2" > "$scripts/$1.sql"
  local before after rows0 rows1 hz
  hz=$(getconf CLK_TCK)
  rows0=$(psql -c "SELECT count(*) FROM inbox_notification WHERE psp = 'PGBENCH'")
  before=$(ticks)
  pgbench -h localhost -p "$PORT" -U postgres -n -M prepared -c "$3" -j 1 -T "$SECONDS_PER_RUN" \
    -R "$(echo "$RATE / $2" | bc -l)" -f "$scripts/$1.sql" paybridge > "$scripts/$1.log" 2>&1
  after=$(ticks)
  rows1=$(psql -c "SELECT count(*) FROM inbox_notification WHERE psp = 'PGBENCH'")
  printf '%-34s %7d notifications  %.2f cores  %.3f ms of PostgreSQL CPU per notification  (%s)\n' "$1" \
    $((rows1 - rows0)) "$(echo "($after - $before) / $hz / $SECONDS_PER_RUN" | bc -l)" \
    "$(echo "($after - $before) * 1000 / $hz / ($rows1 - $rows0)" | bc -l)" \
    "$(grep -E '^latency average' "$scripts/$1.log")"
  psql -c "DELETE FROM outbox_message WHERE topic = 'pgbench.v1'"
  sleep 3
}

IDLE_PROCESSES=$(pgrep -c -P "$(head -1 "$PIDFILE")") # PostgreSQL's own, with no client connected
printf 'PostgreSQL at %s notifications/s, %s s per run (%s cores, load average %s)\n' "$RATE" "$SECONDS_PER_RUN" \
  "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)"
run "1 per statement, 8 connections" 1 8
run "1 per statement, 2 connections" 1 2
run "8 per statement, 2 connections" 8 2
run "1 per statement, 8 connections" 1 8
run "8 per statement, 2 connections" 8 2
