#!/usr/bin/env bash
# Benchmark of the directory and the library (issue 4) against the packaged application, loopback only.
#
#   bench/run.sh                      # 20,000 cities, 200,000 practices, 30 s per endpoint
#   CITIES=2000 PRACTICES=20000 DURATION=10s bench/run.sh    # a quicker look
#
# Environment: CITIES, PRACTICES, SEED (data); DURATION, THREADS, CONNECTIONS, WARMUP, WRK_TIMEOUT (wrk);
# BUILD=1 rebuilds platform.jar even when present; HEAP (application -Xmx, default 4g);
# APP_OPTS adds JVM options to the application (e.g. -XX:StartFlightRecording=filename=app.jfr);
# INDEX=disk (default): the generator also builds the on-disk search index with the application's indexing code
# and the application opens it (platform.web.search.index-dir); INDEX=memory: the default in-memory index, rebuilt
# from MongoDB at start (see bench/README.md: at 200,000 practices that start fails on the embedded MongoDB);
# KEEP_DATA=1 keeps bench/target/<run>/data. Everything is written under bench/target/ (git-ignored).
set -euo pipefail

CITIES=${CITIES:-20000}
PRACTICES=${PRACTICES:-200000}
SEED=${SEED:-4}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}
HEAP=${HEAP:-4g}
INDEX=${INDEX:-disk}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
RUN="$ROOT/bench/target/run-$(date -u +%Y%m%dT%H%M%SZ)"
# DATA_DIR=<data folder of an earlier run with KEEP_DATA=1>: measure again on that data, without generating
REUSE=${DATA_DIR:+1}
DATA=${DATA_DIR:-$RUN/data}
mkdir -p "$RUN" "$DATA"
JAR=platform-web/target/platform.jar

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# --- build (offline): the jar, and the generator in the web test classes -----------------------------------
if [[ ${BUILD:-0} == 1 || ! -f $JAR || ! -f platform-web/target/test-classes/org/inclusivecities/platform/bench/BenchData.class ]]; then
	log "building platform.jar and test classes (offline)"
	./mvnw -o -q -B -DskipTests package
fi
CP_FILE=platform-web/target/bench-classpath.txt
if [[ ! -f $CP_FILE || pom.xml -nt $CP_FILE || platform-web/pom.xml -nt $CP_FILE ]]; then
	./mvnw -o -q -B -pl platform-web dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi
# the project's own modules come from this working copy, never from (possibly stale) jars in ~/.m2
CP="platform-web/target/test-classes:platform-web/target/classes:platform-review/target/classes:platform-core/target/classes:$(
	tr ':' '\n' <"$CP_FILE" | grep -v '/org/inclusivecities/' | paste -sd: -)"

# --- application -----------------------------------------------------------------------------------------
# run a copy, so a rebuild in this working copy during the run cannot change the jar under the application
cp "$JAR" "$RUN/platform.jar"
JAR="$RUN/platform.jar"
free_port() {
	local port
	for port in $(seq "$1" $(($1 + 200))); do
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return
		fi
	done
	echo "no free port from $1" >&2
	exit 1
}
PORT=$(free_port 18480)
MONGO_PORT=$(free_port 28480)
BASE="http://127.0.0.1:$PORT"
APP_PID=

start_app() {
	# shellcheck disable=SC2086 # APP_OPTS: extra JVM options, e.g. a flight recording to profile with
	"$JAVA" -Xmx"$HEAP" ${APP_OPTS:-} -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
		--platform.data-dir="$DATA" --platform.embedded-mongodb.port="$MONGO_PORT" "${@:2}" >"$RUN/$1.log" 2>&1 &
	APP_PID=$!
	local started=$SECONDS
	until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			log "the application stopped; see $RUN/$1.log"
			exit 1
		fi
		if ((SECONDS - started > 1800)); then
			log "not ready after 30 minutes; see $RUN/$1.log"
			exit 1
		fi
		sleep 1
	done
	log "application ready on $BASE after $((SECONDS - started)) s (pid $APP_PID)"
}

stop_app() {
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=
}

cleanup() {
	stop_app
	if [[ ${KEEP_DATA:-0} != 1 ]]; then
		rm -rf "$DATA"
	fi
}
trap cleanup EXIT

log "run folder: $RUN"
if [[ -n $REUSE ]]; then
	log "reusing the data in $DATA (not generating)"
	KEEP_DATA=1
	cp "$DATA/slugs.txt" "$RUN/slugs.txt"
	CITIES=$(sed -n 's/^CITIES //p' "$DATA/slugs.txt")
	PRACTICES=$(sed -n 's/^PRACTICES //p' "$DATA/slugs.txt")
else
	log "starting the application on an empty database"
	start_app app-empty
	log "generating $CITIES cities and $PRACTICES practices (seed $SEED) into the embedded MongoDB on port $MONGO_PORT"
	gen_started=$SECONDS
	index_args=()
	if [[ $INDEX == disk ]]; then
		index_args=("$DATA")
	fi
	"$JAVA" -Xmx3g -cp "$CP" org.inclusivecities.platform.bench.BenchData \
		"mongodb://127.0.0.1:$MONGO_PORT/inclusive-cities" "$CITIES" "$PRACTICES" "$SEED" "${index_args[@]}" \
		>"$RUN/slugs.txt" 2>"$RUN/generator.log"
	grep -h "^Generated\|^Search index" "$RUN/generator.log" | sed 's/^/    /' >&2
	log "generated in $((SECONDS - gen_started)) s"
	printf 'CITIES %s\nPRACTICES %s\n' "$CITIES" "$PRACTICES" >>"$RUN/slugs.txt"
	cp "$RUN/slugs.txt" "$DATA/slugs.txt"
	stop_app
fi
log "(re)starting on the generated data (index: $INDEX)"
restart_started=$SECONDS
if [[ $INDEX == disk ]]; then
	start_app app --platform.web.search.index-dir=search-index
else
	start_app app
fi
RESTART=$((SECONDS - restart_started))
grep -h "Search index rebuilt" "$RUN/app.log" | sed 's/^/    /' >&2 || true

SLUG=$(awk '/^SLUG /{print $2; exit}' "$RUN/slugs.txt")
STATIC="/favicon.svg"
TARGETS=("$STATIC" "/cities" "/cities/$SLUG" "/practices?q=herstelwandeling" "/api/v1/practices?q=recovery")

for target in "${TARGETS[@]}"; do
	status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$target")
	if [[ $status != 200 ]]; then
		log "$target answers $status, not 200; see $RUN/app.log"
		exit 1
	fi
done

# --- rotating scenarios: many distinct URLs, so the page cache and the search cache rarely help ---------------
# lists are shuffled deterministically (awk srand); each wrk thread walks its own part of the list
shuffle() { awk 'BEGIN { srand(4) } { print rand() "\t" $0 }' | sort -k1,1 | cut -f2-; }
curl -s "$BASE/sitemap.xml" | grep -o '/cities/[a-z0-9-]*<' | tr -d '<' | shuffle >"$RUN/rotate-profiles.txt"
for sort in name population member-since; do
	for band in "" under-50k 50k-250k 250k-1m over-1m; do
		for page in $(seq 1 1000); do
			echo "/cities?sort=$sort${band:+&population=$band}&page=$page"
		done
	done
done | shuffle >"$RUN/rotate-cities.txt"
WORDS=(herstelcafé herstelwandeling lotgenotengroep werkgeversprogramma herstelspelen fietstocht zelfhulpbijeenkomst
	voorlichtingscampagne festival stigma werkplek buurtkeuken sportclub familieavond wonen ervaringsdeskundigen
	stad inwoners werkgevers families gemeente behandeling vrijwilligers bibliotheek recovery café walk peer support
	employer programme games bike mutual aid campaign month training workplace community kitchen sober sports family
	housing panel experience people stigma employers families council residents volunteers library treatment)
for a in "${WORDS[@]}"; do
	for b in "${WORDS[@]}"; do
		[[ $a == "$b" ]] || echo "$a $b"
	done
done | shuffle | head -20000 | sed "s/é/%C3%A9/g" >"$RUN/rotate-words.txt"
# every pair of words, pages 1-5 (the API counts pages from 0)
awk '{ gsub(/ /, "+"); for (p = 1; p <= 5; p++) print "/practices?q=" $0 "&page=" p }' "$RUN/rotate-words.txt" |
	shuffle >"$RUN/rotate-practices.txt"
awk '{ gsub(/ /, "+"); for (p = 0; p < 5; p++) print "/api/v1/practices?q=" $0 "&page=" p }' "$RUN/rotate-words.txt" |
	shuffle >"$RUN/rotate-api.txt"
ROTATIONS=("/cities (rotating)" "/cities/{slug} (rotating)" "/practices?q= (rotating)" "/api/v1/practices?q= (rotating)")
declare -A ROTATE_LIST=(["/cities (rotating)"]="$RUN/rotate-cities.txt" ["/cities/{slug} (rotating)"]="$RUN/rotate-profiles.txt"
	["/practices?q= (rotating)"]="$RUN/rotate-practices.txt" ["/api/v1/practices?q= (rotating)"]="$RUN/rotate-api.txt")
for label in "${ROTATIONS[@]}"; do
	log "$label: $(wc -l <"${ROTATE_LIST[$label]}") distinct URLs"
done

for word in herstelwandeling recovery; do
	log "search for '$word': $(curl -s "$BASE/api/v1/practices?q=$word&size=1" | grep -o '"total":[0-9]*') practices"
done

log "warming up ($WARMUP per endpoint)"
for target in "${TARGETS[@]}"; do
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$WRK_TIMEOUT" "$BASE$target" >/dev/null
done

# one client, one request at a time: the cost of a request without queueing (median of 21, in ms)
declare -A SERIAL
for target in "${TARGETS[@]}"; do
	SERIAL[$target]=$(for _ in $(seq 21); do curl -s -o /dev/null -w '%{time_total}\n' "$BASE$target"; done |
		sort -n | awk 'NR == 11 { printf "%.1f", $1 * 1000 }')
done
# rotating: 21 distinct URLs from the end of each list (not requested before)
for label in "${ROTATIONS[@]}"; do
	SERIAL[$label]=$(tail -n 21 "${ROTATE_LIST[$label]}" | while read -r path; do
		curl -s -o /dev/null -w '%{time_total}\n' "$BASE$path"
	done | sort -n | awk 'NR == 11 { printf "%.1f", $1 * 1000 }')
done

log "measuring ($DURATION per endpoint, $THREADS threads, $CONNECTIONS connections); load: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A RESULT
for target in "${TARGETS[@]}"; do
	out="$RUN/wrk-$(echo "$target" | tr -c 'a-zA-Z0-9\n' '_').txt"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency -s bench/report.lua \
		"$BASE$target" >"$out"
	RESULT[$target]=$(grep '^RESULT ' "$out")
done
for label in "${ROTATIONS[@]}"; do
	out="$RUN/wrk-rotate-$(echo "$label" | tr -c 'a-zA-Z0-9\n' '_').txt"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency -s bench/rotate.lua \
		"$BASE" -- "${ROTATE_LIST[$label]}" >"$out"
	RESULT[$label]=$(grep '^RESULT ' "$out")
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"${RESULT[$1]}"; }
static_rps=$(field "$STATIC" rps)
{
	echo
	echo "Directory and library benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average before: $LOAD_BEFORE, after: $LOAD_AFTER"
	echo "Data: $CITIES member cities, $PRACTICES published practices; search index: $INDEX; start on the data: ${RESTART} s"
	echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $WRK_TIMEOUT --latency (after a $WARMUP warm-up per endpoint)"
	echo
	printf '| %-36s | %9s | %8s | %8s | %8s | %6s | %8s | %7s | %8s |\n' endpoint 'req/s' 'p50 ms' 'p95 ms' \
		'p99 ms' 'errors' 'timeouts' 'static' '1 client'
	printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..38})" "----------:" "---------:" "---------:" \
		"---------:" "-------:" "---------:" "--------:" "---------:"
	for target in "${TARGETS[@]}" "${ROTATIONS[@]}"; do
		rps=$(field "$target" rps)
		printf '| %-36s | %9s | %8s | %8s | %8s | %6s | %8s | %6.0f%% | %8s |\n' "$target" "$rps" \
			"$(field "$target" p50)" "$(field "$target" p95)" "$(field "$target" p99)" "$(field "$target" failed)" \
			"$(field "$target" timeouts)" "$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { print 100 * a / b }')" \
			"${SERIAL[$target]}"
	done
	echo
	echo "Targets: search p95 <= 20 ms; pages p99 <= 50 ms; each >= 60 % of the static endpoint's throughput."
	echo "1 client: median ms of 21 sequential requests by curl (no concurrency) after the warm-up; rotating: 21 distinct URLs."
	echo "rotating: wrk walks a shuffled list of distinct URLs (bench/rotate.lua), so caches rarely help."
	echo "errors: connect/read/write errors and non-2xx answers; timeouts: no answer within $WRK_TIMEOUT (not in the percentiles)."
} | tee "$RUN/table.md"
