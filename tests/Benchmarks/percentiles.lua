-- Prints one machine-readable line at the end of a wrk run:
-- RESULT <requests/s> <p50 ms> <p95 ms> <p99 ms> <requests> <errors (socket errors + non-2xx/3xx)>
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1000000),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.connect + e.read + e.write + e.status + e.timeout))
end
