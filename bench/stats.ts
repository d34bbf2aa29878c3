import { readFileSync } from 'node:fs';

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

/** A process's resident memory in MB, from /proc (Linux, where the bench runs). */
export function residentMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Math.round(Number(kb) / 1024) : Number.NaN;
}
