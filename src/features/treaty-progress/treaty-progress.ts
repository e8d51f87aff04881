import type { EventSummary, EventType, PartyKind } from '@/domain/event';
import { addDays, formatCalendarDay, parseWhen } from '@/domain/when';

/**
 * In force on the 90th day after the 40th instrument of ratification,
 * acceptance, approval or accession is deposited (the UN Treaty Collection).
 */
export const INSTRUMENTS_NEEDED = 40;
export const DAYS_TO_ENTRY_INTO_FORCE = 90;

/** The event types counted (docs/api.md). */
export const SIGNATURE_TYPE = 'signature' satisfies EventType;
export const RATIFICATION_TYPE = 'ratification' satisfies EventType;

/** What is counted of an event (any type: only the two above count). */
export type ProgressEvent = Pick<
  EventSummary,
  'id' | 'title' | 'start' | 'parties' | 'type'
>;

/** One date on which something was reported, with the totals after it. */
export type ProgressDate = {
  /** "2025-10-25", or "2026-02" when the sources give only the month. */
  when: string;
  /** The day it is drawn on: the date, or the month's first day. */
  day: string;
  signatures: ProgressEvent[];
  steps: ProgressEvent[];
  signatoriesSoFar: number;
  stepsSoFar: number;
  depositsSoFar: number;
};

export type TreatyProgress = {
  dates: ProgressDate[];
  signatories: number;
  steps: number;
  /** States whose instrument is reported deposited with the UN. */
  deposits: number;
  /** The states with at least one ratification step, in the order reported. */
  stepStates: string[];
  /** Those of them whose deposit is not reported. */
  withoutDeposit: string[];
  /** The day the 40th state's instrument was deposited, if it was. */
  fortiethDeposit: string | null;
  /** 90 days after it. */
  entryIntoForce: string | null;
};

/**
 * Whether a ratification step is the deposit of the instrument with the UN
 * Secretary-General, as opposed to a domestic approval (a parliament's vote,
 * a president's signature of the law). The contract has no field for it: a
 * step counts as a deposit only when its title says so ("… deposits its
 * instrument of ratification"), so a step that does not say so is never
 * counted toward the 40.
 */
export function isDeposit(event: Pick<EventSummary, 'title'>): boolean {
  return /\bdeposit/i.test(event.title);
}

/** The date key an event is counted on: its local day, or its month. */
function dateOf(start: string): { when: string; day: string } | null {
  const parsed = parseWhen(start);
  if (!parsed) return null;
  if (parsed.precision === 'month') {
    const month = `${parsed.year}-${String(parsed.month).padStart(2, '0')}`;
    return { when: month, day: `${month}-01` };
  }
  const day = formatCalendarDay(parsed.day);
  return { when: day, day };
}

/**
 * The signatures and ratification steps over time, from the events of those
 * two types: one signature event per signatory (the data's rule), a step per
 * ratification event, each counted on its start date; and how far that is
 * from entry into force. An instrument deposited by an organisation (the EU)
 * is not counted in addition to those of its member states (the UN Treaty
 * Collection's rule).
 */
export function toTreatyProgress(
  events: readonly ProgressEvent[],
  kindOf: (code: string) => PartyKind | undefined,
): TreatyProgress {
  const byDate = new Map<string, ProgressDate>();
  for (const event of events) {
    if (event.type !== SIGNATURE_TYPE && event.type !== RATIFICATION_TYPE) {
      continue;
    }
    const date = dateOf(event.start);
    if (!date) continue;
    let entry = byDate.get(date.when);
    if (!entry) {
      entry = {
        ...date,
        signatures: [],
        steps: [],
        signatoriesSoFar: 0,
        stepsSoFar: 0,
        depositsSoFar: 0,
      };
      byDate.set(date.when, entry);
    }
    (event.type === SIGNATURE_TYPE ? entry.signatures : entry.steps).push(
      event,
    );
  }
  const dates = [...byDate.values()].sort(
    (a, b) => a.day.localeCompare(b.day) || a.when.length - b.when.length,
  );

  const stateOf = (event: ProgressEvent) =>
    event.parties.find((code) => (kindOf(code) ?? 'state') === 'state');
  const stepStates: string[] = [];
  const deposited: { code: string; day: string }[] = [];
  let signatories = 0;
  let steps = 0;
  for (const date of dates) {
    signatories += date.signatures.length;
    steps += date.steps.length;
    for (const step of date.steps) {
      const state = stateOf(step);
      if (state === undefined) continue;
      if (!stepStates.includes(state)) stepStates.push(state);
      if (isDeposit(step) && !deposited.some((d) => d.code === state)) {
        deposited.push({ code: state, day: date.day });
      }
    }
    date.signatoriesSoFar = signatories;
    date.stepsSoFar = steps;
    date.depositsSoFar = deposited.length;
  }

  const fortieth = deposited[INSTRUMENTS_NEEDED - 1]?.day ?? null;
  const fortiethDay = fortieth === null ? null : parseWhen(fortieth);
  return {
    dates,
    signatories,
    steps,
    deposits: deposited.length,
    stepStates,
    withoutDeposit: stepStates.filter(
      (code) => !deposited.some((d) => d.code === code),
    ),
    fortiethDeposit: fortieth,
    entryIntoForce:
      fortiethDay?.precision === 'day'
        ? formatCalendarDay(addDays(fortiethDay.day, DAYS_TO_ENTRY_INTO_FORCE))
        : null,
  };
}
