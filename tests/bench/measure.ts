/** Nearest-rank percentile of a sample, in the sample's unit. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export interface BenchRow {
  metric: string;
  value: string;
  target: string;
  ratio: string;
  /** null: reported for context, no target. */
  pass: boolean | null;
}

/** A row whose ratio is measured/target: below 1.0 meets the target. */
export function againstTarget(metric: string, measured: number, target: number, unit: string): BenchRow {
  return {
    metric,
    value: `${round(measured)} ${unit}`,
    target: `≤ ${target} ${unit}`,
    ratio: `${round(measured / target, 2)}× of target`,
    pass: measured <= target,
  };
}

/** A row for a "at least" target (records/s): ratio = target ÷ measured, so below 1.0 meets it too. */
export function againstMinimum(metric: string, measured: number, target: number, unit: string): BenchRow {
  return {
    metric,
    value: `${round(measured, 0)} ${unit}`,
    target: `≥ ${target} ${unit}`,
    ratio: `${round(target / measured, 2)}× of target`,
    pass: measured >= target,
  };
}

/** A figure without a named target, reported for context. */
export function info(metric: string, measured: number, unit: string): BenchRow {
  return { metric, value: `${round(measured)} ${unit}`, target: '—', ratio: '—', pass: null };
}
