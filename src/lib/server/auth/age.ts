// Children give only a birth month and year, so age is counted in whole months:
// in their birth month a child counts as having had their birthday.

export const MIN_AGE = 6;
export const ADULT_AGE = 18;

export function ageInYears(birthYear: number, birthMonth: number, now = new Date()): number {
	const months = now.getFullYear() * 12 + now.getMonth() - (birthYear * 12 + (birthMonth - 1));
	return Math.floor(months / 12);
}

export function isUnder18(birthYear: number | null, birthMonth: number | null, now = new Date()): boolean {
	if (birthYear === null || birthMonth === null) return false;
	return ageInYears(birthYear, birthMonth, now) < ADULT_AGE;
}
