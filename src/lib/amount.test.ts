import { describe, expect, it } from 'vitest';
import { amountInput, parseAmount } from './amount';

describe('parseAmount', () => {
	it.each([
		['250000000', 250_000_000],
		['250.000.000', 250_000_000],
		['250,000,000', 250_000_000],
		['Rp 250.000.000', 250_000_000],
		['Rp250.000.000,00', 250_000_000],
		['IDR 1.000', 1_000],
		['250 juta', 250_000_000],
		['250juta', 250_000_000],
		['250 Jt', 250_000_000],
		['1,5 miliar', 1_500_000_000],
		['1.5 milyar', 1_500_000_000],
		['2,75 juta', 2_750_000],
		['1.500 juta', 1_500_000_000],
		['500 ribu', 500_000],
		['  75   rb ', 75_000],
		['0', 0]
	])('reads %j as %d', (typed, amount) => {
		expect(parseAmount(typed)).toBe(amount);
	});

	it.each([
		'',
		'banyak',
		'-5',
		'250.00.000',
		'25.0000',
		'1,5',
		'250 kilo',
		'1.2345678 juta',
		'Rp',
		'12,34',
		'1e9'
	])('refuses %j', (typed) => {
		expect(parseAmount(typed)).toBeNull();
	});
});

describe('amountInput', () => {
	it('shows an amount with thousands separators, nothing for none', () => {
		expect(amountInput(250_000_000)).toBe('250.000.000');
		expect(amountInput(null)).toBe('');
	});
});
