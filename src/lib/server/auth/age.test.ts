import { describe, expect, it } from 'vitest';
import { ADULT_AGE, ageInYears, isUnder18, MIN_AGE } from './age';

// Months are 0-based in Date: June 2025, mid-month.
const JUNE_2025 = new Date(2025, 5, 15);

describe('ageInYears', () => {
	it.each([
		// around 6
		[2019, 5, 6],
		[2019, 6, 6], // birth month counts as birthday had
		[2019, 7, 5],
		[2019, 12, 5],
		// around 18
		[2007, 5, 18],
		[2007, 6, 18],
		[2007, 7, 17],
		[2008, 1, 17],
		// others
		[2012, 1, 13],
		[2025, 6, 0]
	])('born %i-%i is %i in June 2025', (year, month, age) => {
		expect(ageInYears(year, month, JUNE_2025)).toBe(age);
	});

	it.each([
		[new Date(2024, 10, 30), 17], // November 2024
		[new Date(2024, 11, 1), 18], // December 2024, the birth month
		[new Date(2025, 0, 1), 18] // across the new year
	])('born December 2006 on %s is %i', (now, age) => {
		expect(ageInYears(2006, 12, now)).toBe(age);
	});

	it('uses the limits the product describes', () => {
		expect([MIN_AGE, ADULT_AGE]).toEqual([6, 18]);
	});
});

describe('isUnder18', () => {
	it.each([
		[2007, 7, true],
		[2007, 6, false],
		[2007, 5, false],
		[2019, 6, true]
	])('born %i-%i is under 18 in June 2025: %s', (year, month, expected) => {
		expect(isUnder18(year, month, JUNE_2025)).toBe(expected);
	});

	it.each([
		[null, 6],
		[2012, null],
		[null, null]
	])('is false without a full birth date (%s, %s)', (year, month) => {
		expect(isUnder18(year, month, JUNE_2025)).toBe(false);
	});
});
