import { today } from '../schemas/primitives.ts';

/**
 * The day review cycles are judged on: what is overdue, what falls due in the next
 * {@link REVIEW_WINDOW_DAYS} days, which proposal has waited a year. It is the build's date
 * (in the registry's time zone), or `COMMON_GROUND_TODAY=YYYY-MM-DD` when set: tests and
 * rebuilds of an old registry fix it there so that the same content builds the same pages.
 * It moves nothing else: the check still refuses dates after the real today.
 */
export function reviewDate(env: Record<string, string | undefined> = process.env): string {
  const set = env.COMMON_GROUND_TODAY;
  if (set === undefined || set === '') return today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(set) || Number.isNaN(Date.parse(`${set}T00:00:00Z`)))
    throw new Error(`COMMON_GROUND_TODAY must be a date written YYYY-MM-DD, not "${set}"`);
  return set;
}

/** How far ahead "due for review" looks. */
export const REVIEW_WINDOW_DAYS = 90;

/** `date` plus `days` calendar days, as `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
