#!/bin/bash
# Benchmark of notification-ingest-service on the local stack (not a test): the signing bound of the
# merchant key on every core, then N signed credit notifications posted over K concurrent connections
# (after a warm-up) as fast as the ingest acknowledges them, N more at half the signing bound and N more
# at half the throughput reached. Every reply must be a signed OK that verifies with the merchant's key.
# See bench/README.md.
#
# Usage: bench/ingest-notifications.sh [N] [K]    (defaults: N=5000 notifications per pass, K=16 connections)
# PAYBRIDGE_BENCH_WARM_UP_SECONDS (default 60): how long the ingest is warmed up before the passes.
# The stack's own settings (PAYBRIDGE_STATE_DIR, the ports) are those of ./paybridge.
set -euo pipefail

ROOT="$(cd -- "${BASH_SOURCE[0]%/*}/.." && pwd)"
N="${1:-5000}"
K="${2:-16}"
for value in "$N" "$K"; do
  if ! [[ "$value" =~ ^[1-9][0-9]*$ ]]; then
    printf 'ingest-notifications: N and K must be positive whole numbers, not %s\nusage: bench/ingest-notifications.sh [N] [K]\n' "'$value'" >&2
    exit 2
  fi
done

STATE_DIR="${PAYBRIDGE_STATE_DIR:-$ROOT/.paybridge}"
TESTKIT="$ROOT/testkit/target"

# The stack as ./paybridge runs it (started if it is not running; built if it is not built).
"$ROOT/paybridge" up | sed 's/^/  /'

# The services that consume payments.notifications.v1 run on their own pods in production; here they would
# take the same 2 cores as the ingest (checkout-service alone took 0.5 cores and PostgreSQL 0.15 more at
# 650 notifications/s). They are stopped for the run and started again afterwards.
CONSUMERS=()
STATUS="$("$ROOT/paybridge" status)"
for service in checkout-service payout-service; do
  if grep -Eq "^$service +running" <<<"$STATUS"; then CONSUMERS+=("$service"); fi
done
if ((${#CONSUMERS[@]} > 0)); then
  echo
  echo "stopping the notification consumers for the run (they take the same cores here): ${CONSUMERS[*]}"
  "$ROOT/paybridge" stop "${CONSUMERS[@]}" | sed 's/^/  /'
  trap 'echo; echo "starting the notification consumers again"; "$ROOT/paybridge" up | sed "s/^/  /"' EXIT
fi
if [[ ! -f "$TESTKIT/classes/io/paybridge/testkit/bench/IngestBench.class" ]]; then
  printf 'ingest-notifications: testkit was built before the benchmark existed; rebuild it: ./mvnw -B -q package -DskipTests\n' >&2
  exit 1
fi

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/java}"
[[ -n "$JAVA" && -x "$JAVA" ]] || JAVA="$(command -v java)"
# testkit's runtime classpath, with log4j2 instead of JBoss LogManager's backend, as ./paybridge runs its tools.
DEPS="$(tr ':' '\n' <"$TESTKIT/runtime-classpath.txt" | grep -v '/slf4j-jboss-logmanager-' | paste -sd:)"

echo
printf 'machine: %s, %s CPUs, %s RAM, %s\n' "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" \
  "$(nproc)" "$(free -h | awk '/^Mem:/ {print $2}')" "$(uname -sr)"
printf 'command: bench/ingest-notifications.sh %s %s\n' "$N" "$K"
export PAYBRIDGE_STATE_DIR="$STATE_DIR"
"$JAVA" -Xmx1g -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dlog4j2.configurationFile="$STATE_DIR/conf/log4j2-tool.properties" \
  -cp "$TESTKIT/classes:$DEPS:$TESTKIT/stack-lib/log4j-slf4j2-impl.jar" io.paybridge.testkit.bench.IngestBench "$N" "$K"
