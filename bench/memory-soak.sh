#!/usr/bin/env bash
# Resident size (RSS) of the packaged application under a short wrk soak, on loopback, with the demo network on the
# embedded database. Usage: bench/memory-soak.sh  (env: HEAP_OPTS, DURATION, CONNECTIONS, SAMPLE)
# Needs platform-web/target/platform.jar (./mvnw -B -o -q -DskipTests package) and wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
HEAP_OPTS=${HEAP_OPTS:--Xmx512m -XX:+ExitOnOutOfMemoryError}
DURATION=${DURATION:-120}
CONNECTIONS=${CONNECTIONS:-16}
SAMPLE=${SAMPLE:-10}
run=bench/target/memory-$(date -u +%Y%m%dT%H%M%S)
mkdir -p "$run"
cp "${JAR:-platform-web/target/platform.jar}" "$run/platform.jar"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port); mongo_port=$(free_port)
# shellcheck disable=SC2086
java $HEAP_OPTS --enable-native-access=ALL-UNNAMED -jar "$run/platform.jar" --server.address=127.0.0.1 \
  --server.port="$port" --platform.data-dir="$run/data" --platform.embedded-mongodb.port="$mongo_port" \
  --platform.demo-data=true > "$run/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
  kill -0 $app 2>/dev/null || { tail -30 "$run/app.log"; exit 1; }
  sleep 2
done
rss() { awk '/VmRSS/ {printf "%d", $2/1024}' /proc/$app/status; }
echo "heap options: $HEAP_OPTS; ${DURATION}s at $CONNECTIONS connections; load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$run/rss.txt"
echo "ready: RSS $(rss) MB" | tee -a "$run/rss.txt"
printf '/\n/cities\n/practices\n/events\n/practices?q=recovery\n/api/v1/practices?q=recovery\n/cities/gent\n' > "$run/paths.txt"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s bench/rotate.lua "http://127.0.0.1:$port" -- "$run/paths.txt" \
  > "$run/wrk.txt" 2>&1 &
load=$!
for ((t = SAMPLE; t <= DURATION; t += SAMPLE)); do
  sleep "$SAMPLE"
  echo "t=${t}s: RSS $(rss) MB" | tee -a "$run/rss.txt"
done
wait $load || true
grep -E "Requests/sec|requests in|Non-2xx|Socket errors|RESULT" "$run/wrk.txt" | tee -a "$run/rss.txt"
echo "after: RSS $(rss) MB; load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$run/rss.txt"
