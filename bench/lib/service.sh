# Sourced by the bench scripts: the packaged service started on loopback and stopped again, written once.
#
#   lkg_start_service JAR PORT LOG [SERVICE OPTIONS…]   starts it, waits until /actuator/health is UP (it answers 200
#                                                        only then; 503 while the seeds load), sets service_pid;
#                                                        exits 1 with the log's tail if it dies or never comes up
#   lkg_stop_service                                     stops it (a no-op when none runs)
service_pid=""

lkg_start_service() {
  local jar="$1" port="$2" log="$3"; shift 3
  java -Xmx1g -jar "$jar" --port "$port" "$@" >"$log" 2>&1 &
  service_pid=$!
  local health="http://127.0.0.1:$port/actuator/health"
  for _ in $(seq 1 1200); do   # up to 10 min: a first start loads the seeds
    if curl -fs -o /dev/null "$health"; then return 0; fi
    if ! kill -0 "$service_pid" 2>/dev/null; then tail -30 "$log" >&2; exit 1; fi
    sleep 0.5
  done
  echo "the service did not come up:" >&2; curl -sS "$health" >&2; tail -20 "$log" >&2; exit 1
}

lkg_stop_service() {
  if [ -n "$service_pid" ]; then kill "$service_pid" 2>/dev/null || true; wait "$service_pid" 2>/dev/null || true; fi
  service_pid=""
}
