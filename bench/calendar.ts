/**
 * Calendar bench: building the calendar (bundled 2018–2027), day look-ups, counting
 * 10 working days (the commonest deadline) and whole-year summaries, per second.
 */
import { createCalendar, deadline } from '../src/law/calendar/index.js';

function rate(label: string, n: number, fn: (i: number) => void): void {
  for (let i = 0; i < Math.min(n, 1000); i++) fn(i); // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  const ns = Number(process.hrtime.bigint() - t0);
  console.log(`calendar: ${label}: ${Math.round((n * 1e9) / ns).toLocaleString('en')} /s (${(ns / n / 1000).toFixed(2)} µs each)`);
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
