-- wrk script: after the run, one machine-readable line with throughput and latency percentiles (ms)
done = function(summary, latency, requests)
   local seconds = summary.duration / 1000000
   local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
   io.write(string.format("RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f requests=%d failed=%d timeouts=%d\n",
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, summary.requests, failed, summary.errors.timeout))
end
