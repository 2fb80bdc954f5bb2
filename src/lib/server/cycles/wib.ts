// Admins pick calendar days; the kabupaten keeps Western Indonesian Time (WIB, UTC+7, no daylight
// saving), so a day starts at 00:00 WIB and a day picked as a cut-off lasts to its end (23:59 WIB).
const WIB_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC midnight of a 'YYYY-MM-DD' day, or null when it is not a real calendar day. */
function utcMidnight(day: string): number | null {
	const parts = DAY_RE.exec(day);
	if (!parts) return null;
	const [y, mo, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
	const t = Date.UTC(y, mo - 1, d);
	const back = new Date(t);
	// Date.UTC rolls 2027-02-30 over to March: such a day does not exist.
	if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
	return t;
}

export function isDay(day: string): boolean {
	return utcMidnight(day) !== null;
}

function must(day: string): number {
	const t = utcMidnight(day);
	if (t === null) throw new RangeError(`not a calendar day: ${day}`);
	return t;
}

/** 00:00 WIB of the day. */
export function dayStart(day: string): Date {
	return new Date(must(day) - WIB_OFFSET_MS);
}

/** The last moment of the day in WIB (23:59:59.999), so the whole day counts. */
export function dayEnd(day: string): Date {
	return new Date(must(day) + DAY_MS - WIB_OFFSET_MS - 1);
}

/** The WIB calendar day an instant falls on, as 'YYYY-MM-DD'. */
export function dayOf(at: Date): string {
	return new Date(at.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day an end date belongs to: an instant at exactly 00:00 WIB ends the day before. */
export function lastDayOf(end: Date): string {
	return dayOf(new Date(end.getTime() - 1));
}

export function addDays(day: string, n: number): string {
	return new Date(must(day) + n * DAY_MS).toISOString().slice(0, 10);
}
