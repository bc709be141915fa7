/**
 * Calendar bench: building the calendar (bundled 2018–2027), day look-ups, counting
 * 10 working days (the commonest deadline) and whole-year summaries, per second.
 */
import { createCalendar, deadline } from '../src/law/calendar/index.js';

/**
 * Rate in CPU time of this process, wall time beside it: on a machine loaded by others the wall time
 * grows with the load (a 10-working-day deadline read 11 µs wall at load 5 where its CPU time was 2.2 µs,
 * the same as the code of the day before), so the figure to compare is the CPU one.
 */
function rate(label: string, n: number, fn: (i: number) => void): void {
  for (let i = 0; i < Math.min(n, 1000); i++) fn(i); // warm-up
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  const ns = Number(process.hrtime.bigint() - t0);
  const c = process.cpuUsage(c0);
  const cpuNs = (c.user + c.system) * 1000;
  console.log(`calendar: ${label}: ${Math.round((n * 1e9) / cpuNs).toLocaleString('en')} /s CPU (${(cpuNs / n / 1000).toFixed(2)} µs each; wall ${(ns / n / 1000).toFixed(2)} µs)`);
}

export async function run(): Promise<void> {
  rate('createCalendar()', 200, () => void createCalendar());
  const cal = createCalendar();
  const dates: string[] = [];
  for (let y = 2018; y <= 2027; y++) for (let m = 1; m <= 12; m++) for (const d of [1, 9, 17, 25]) dates.push(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  let sink = 0;
  rate('isWorkingDay', 1_000_000, (i) => { if (cal.isWorkingDay(dates[i % dates.length]!)) sink++; });
  rate('deadline 10 working days', 200_000, (i) => { sink += deadline(cal, { from: dates[i % dates.length]!, count: 10, unit: 'working-days' }).skipped.length; });
  rate('workingDaysBetween over one year', 20_000, (i) => { const d = dates[i % dates.length]!; sink += cal.workingDaysBetween(d, cal.addYears(d, 1)).days; });
  rate('year() summary', 20_000, (i) => { sink += cal.year(2018 + (i % 10)).workingDays; });
  if (sink < 0) console.log(sink);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
