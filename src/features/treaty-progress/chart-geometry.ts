import { INSTRUMENTS_NEEDED, type ProgressDate } from './treaty-progress';

const DAY_MS = 86_400_000;

export const CHART_HEIGHT = 200;
export const CHART_MARGIN = { top: 14, right: 14, bottom: 26, left: 34 };

export type ChartTick = { at: number; value: number };

export type LineEnd = { x: number; y: number; value: number };

export type ChartGeometry = {
  width: number;
  height: number;
  /** Step lines, each rising on the day of what was reported. */
  signatories: string;
  steps: string;
  deposits: string | null;
  /** The 40 instruments needed. */
  needed: { y: number; x1: number; x2: number };
  /** Where each line ends, and its last value, for a label there. */
  ends: { signatories: LineEnd; steps: LineEnd };
  xTicks: ChartTick[];
  yTicks: ChartTick[];
};

function dayToMs(day: string): number {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date);
}

/** The months to label: at most `most`, every 1, 2, 3, 6 or 12 months. */
function monthTicks(start: number, end: number, most: number): number[] {
  const first = new Date(start);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth() + 1;
  const months: number[] = [];
  for (;;) {
    const at = Date.UTC(year, month, 1);
    if (at > end) break;
    months.push(at);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  const every =
    [1, 2, 3, 6, 12].find((step) => months.length / step <= most) ?? 12;
  return months.filter((at) => new Date(at).getUTCMonth() % every === 0);
}

function stepLine(
  dates: readonly ProgressDate[],
  valueOf: (date: ProgressDate) => number,
  x: (ms: number) => number,
  y: (value: number) => number,
  endX: number,
): string {
  let d = `M${x(dayToMs(dates[0]?.day ?? '')).toFixed(1)},${y(0).toFixed(1)}`;
  for (const date of dates) {
    d += `H${x(dayToMs(date.day)).toFixed(1)}V${y(valueOf(date)).toFixed(1)}`;
  }
  return `${d}H${endX.toFixed(1)}`;
}

/**
 * The chart of signatories and ratification steps over time at a width in
 * px: time from a little before the first date to a little after the last,
 * counts from 0 to a round number above both the signatories and the 40.
 */
export function toChartGeometry(
  dates: readonly ProgressDate[],
  width: number,
): ChartGeometry {
  const { top, right, bottom, left } = CHART_MARGIN;
  const height = CHART_HEIGHT;
  const firstDay = dayToMs(dates[0]?.day ?? '1970-01-01');
  const lastDay = dayToMs(dates.at(-1)?.day ?? '1970-01-01');
  const pad = Math.max(15 * DAY_MS, (60 * DAY_MS - (lastDay - firstDay)) / 2);
  const start = firstDay - pad;
  const end = lastDay + pad;
  const x = (ms: number) =>
    left + ((ms - start) / (end - start)) * (width - left - right);

  const top_value = Math.max(
    INSTRUMENTS_NEEDED,
    ...dates.map((date) => Math.max(date.signatoriesSoFar, date.stepsSoFar)),
  );
  const yStep = top_value * 1.1 <= 50 ? 10 : 20;
  const yMax = Math.ceil((top_value * 1.1) / yStep) * yStep;
  const y = (value: number) =>
    top + (1 - value / yMax) * (height - top - bottom);

  const endX = x(end);
  const last = dates.at(-1);
  const endOf = (value: number): LineEnd => ({ x: endX, y: y(value), value });
  const hasDeposits = dates.some((date) => date.depositsSoFar > 0);
  return {
    width,
    height,
    signatories: stepLine(dates, (d) => d.signatoriesSoFar, x, y, endX),
    steps: stepLine(dates, (d) => d.stepsSoFar, x, y, endX),
    deposits: hasDeposits
      ? stepLine(dates, (d) => d.depositsSoFar, x, y, endX)
      : null,
    needed: { y: y(INSTRUMENTS_NEEDED), x1: left, x2: endX },
    ends: {
      signatories: endOf(last?.signatoriesSoFar ?? 0),
      steps: endOf(last?.stepsSoFar ?? 0),
    },
    xTicks: monthTicks(start, end, Math.max(2, Math.floor(width / 90))).map(
      (at) => ({ at: x(at), value: at }),
    ),
    yTicks: Array.from({ length: yMax / yStep + 1 }, (_, index) => ({
      at: y(index * yStep),
      value: index * yStep,
    })),
  };
}
