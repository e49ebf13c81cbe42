/**
 * Today's date, apart from the roadmap: the pane's first view shows it, and importing it must not
 * bring the roadmap catalogue along (the bundler keeps modules, not single functions).
 */

/** Today's date in UTC (YYYY-MM-DD): the default assessment date and roadmap start. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
