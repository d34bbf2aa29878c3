/** Latency summary of a list of durations in milliseconds. */
export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  n: number;
}

/** p50, p95, p99 and max of `samples` (nearest-rank percentiles). */
export function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { p50: r(at(0.5)), p95: r(at(0.95)), p99: r(at(0.99)), max: r(sorted[sorted.length - 1] ?? 0), n: sorted.length };
}

/** Resident memory of this process, in MB. */
export function rssMb(): number {
  return Math.round(process.memoryUsage().rss / 1024 / 1024);
}
