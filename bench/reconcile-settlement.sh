#!/bin/bash
# Benchmark of reconciliation-service on the local stack (not a test): a deterministic data set of N expected
# movements and an N-row v1.2 settlement report that settles them (with a small share of every break class and fee
# legs), the movements loaded as untimed setup into a scratch database, then, timed in the same run, the plain
# alternative (COPY of the CSV into PostgreSQL and one SQL join) and the reconciliation through the service
# (POST /v1/reports of the CSV until its run is finished), with the service JVM's peak memory; both, their ratio,
# and the class counts of both beside the planted ones. Exits non-zero if the counts disagree. See bench/README.md.
#
# Usage: bench/reconcile-settlement.sh [N]    (default N=1000000, a multiple of 1000)
# PAYBRIDGE_BENCH_SEED (7), PAYBRIDGE_BENCH_SETTLEMENT_DATE (2026-11-20): the data set;
# PAYBRIDGE_BENCH_RECONCILIATION_PORT (18084): the benchmark's own reconciliation-service.
# The stack's own settings (PAYBRIDGE_STATE_DIR, the ports) are those of ./paybridge.
set -euo pipefail

ROOT="$(cd -- "${BASH_SOURCE[0]%/*}/.." && pwd)"
N="${1:-1000000}"
if ! [[ "$N" =~ ^[1-9][0-9]*000$ ]]; then
  printf 'reconcile-settlement: N must be a positive multiple of 1000, not %s\nusage: bench/reconcile-settlement.sh [N]\n' "'$N'" >&2
  exit 2
fi

STATE_DIR="${PAYBRIDGE_STATE_DIR:-$ROOT/.paybridge}"
TESTKIT="$ROOT/testkit/target"
MERCHANT_DIR="$STATE_DIR/merchant"

# The stack as ./paybridge runs it (started if it is not running; built if it is not built): its PostgreSQL holds the
# benchmark's scratch database, its Kafka takes the service's events.
"$ROOT/paybridge" up | sed 's/^/  /'
if [[ ! -f "$TESTKIT/classes/io/paybridge/testkit/bench/ReconcileBench.class" ]]; then
  printf 'reconcile-settlement: testkit was built before the benchmark existed; rebuild it: ./mvnw -B -q package -DskipTests\n' >&2
  exit 1
fi

# The benchmark's reconciliation-service gets the stack's Trustly settings, as ./paybridge gives them (exported, so
# the password never appears on a command line); it pulls nothing during the run.
export PAYBRIDGE_TRUSTLY_ENVIRONMENT=sandbox
export PAYBRIDGE_TRUSTLY_API_URL="http://localhost:${PAYBRIDGE_PSP_SANDBOX_PORT:-8090}/api/1"
export PAYBRIDGE_TRUSTLY_PUBLIC_KEY_FILE="$MERCHANT_DIR/psp-public-key.pem"
export PAYBRIDGE_TRUSTLY_PRIVATE_KEY_FILE="$MERCHANT_DIR/private.pem"
export PAYBRIDGE_TRUSTLY_USERNAME=paybridge
PAYBRIDGE_TRUSTLY_PASSWORD="$(<"$MERCHANT_DIR/password")"
export PAYBRIDGE_TRUSTLY_PASSWORD

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/java}"
[[ -n "$JAVA" && -x "$JAVA" ]] || JAVA="$(command -v java)"
# testkit's runtime classpath, with log4j2 instead of JBoss LogManager's backend, as ./paybridge runs its tools.
DEPS="$(tr ':' '\n' <"$TESTKIT/runtime-classpath.txt" | grep -v '/slf4j-jboss-logmanager-' | paste -sd:)"

echo
printf 'machine: %s, %s CPUs, %s RAM, %s\n' "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" \
  "$(nproc)" "$(free -h | awk '/^Mem:/ {print $2}')" "$(uname -sr)"
printf 'command: bench/reconcile-settlement.sh %s (load average before: %s)\n' "$N" "$(cut -d' ' -f1-3 /proc/loadavg)"
export PAYBRIDGE_STATE_DIR="$STATE_DIR"
"$JAVA" -Xmx512m -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dlog4j2.configurationFile="$STATE_DIR/conf/log4j2-tool.properties" \
  -cp "$TESTKIT/classes:$DEPS:$TESTKIT/stack-lib/log4j-slf4j2-impl.jar" io.paybridge.testkit.bench.ReconcileBench "$ROOT" "$N"
