-- wrk script: POST /api/v1/simulate with a 5-year scenario (the shipped urban-taille3, as JSON).
-- Usage (see BENCHMARKS.md): wrk -t2 -c16 -d20s --latency -s benches/serve/simulate.lua \
--          http://127.0.0.1:8080/api/v1/simulate   (after writing target/bench-scenario.json)
local f = assert(io.open(os.getenv("SCENARIO") or "target/bench-scenario.json", "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

done = function(summary, latency, requests)
  io.write(string.format("requests/s %.0f  p50 %.2f ms  p99 %.2f ms  errors %d non-2xx %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout, summary.errors.status))
end
