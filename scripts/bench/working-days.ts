// Times 1,000,000 addWorkingDays(d, 5) calls over varied start dates (run: npm run bench:calendar).
import { fromDay, toDay } from "../../src/domain/dates.ts";
import { WorkingCalendar } from "../../src/domain/working-days.ts";

const CALLS = 1_000_000;
const calendar = new WorkingCalendar([]);
const first = toDay("2019-01-01");
// 3,000 distinct start dates (2019–2027), cycled: varied weekdays, holidays and year ends.
const starts = Array.from({ length: 3000 }, (_, i) => fromDay(first + i));
for (const s of starts) calendar.addWorkingDays(s, 5); // build the year tables once

const t0 = performance.now();
let check = 0;
for (let i = 0; i < CALLS; i++) check += calendar.addWorkingDays(starts[i % starts.length]!, 5).length;
const ms = performance.now() - t0;
console.log(
  `${CALLS.toLocaleString("en")} addWorkingDays(d, 5): ${ms.toFixed(0)} ms (${((ms * 1e6) / CALLS).toFixed(0)} ns/call)`,
);
if (check !== CALLS * 10) throw new Error("unexpected result length");

const t1 = performance.now();
for (let i = 0; i < CALLS; i++)
  calendar.workingDaysBetween(starts[i % starts.length]!, starts[(i * 7) % starts.length]!);
console.log(`${CALLS.toLocaleString("en")} workingDaysBetween(a, b): ${(performance.now() - t1).toFixed(0)} ms`);
