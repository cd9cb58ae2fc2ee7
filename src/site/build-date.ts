// The day the site describes: today in Vietnam, or TTHC_AS_OF for reproducible builds and tests. Read once by
// the build script, which hands it to the Astro pages in TTHC_AS_OF (src/catalog/handoff.ts), so pages and
// search index describe the same day even across midnight.
import { isIsoDate, todayInVietnam } from "../domain/dates.ts";
import { FIRST_DATE, LAST_DATE } from "../domain/schema.ts";

export function buildDate(): string {
  const fixed = process.env.TTHC_AS_OF;
  if (fixed !== undefined) {
    if (!isIsoDate(fixed) || fixed < FIRST_DATE || fixed > LAST_DATE)
      throw new Error(`TTHC_AS_OF="${fixed}" cần một ngày có thật dạng YYYY-MM-DD trong khoảng 1900–2099`);
    return fixed;
  }
  return todayInVietnam();
}
