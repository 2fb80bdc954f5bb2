import { describe, expect, it } from 'vitest';
import { containsContactInfo } from './contact-info';

describe('containsContactInfo', () => {
	it.each([
		['a mobile number', '081234567890'],
		['an international number with dashes', '+62 812-3456-7890'],
		['a number in groups of four', '0812 3456 7890'],
		['a number with dots', '0812.3456.789'],
		['62 without plus', '62812345678'],
		['a number after a word', 'wa 0812345678'],
		['seven digits in a row', '1234567'],
		['an email', 'budi@gmail.com'],
		['an email with a country domain', 'sari.ledo@yahoo.co.id'],
		['a www link', 'www.x.com'],
		['an https link', 'https://contoh'],
		['a short link', 'bit.ly/abc'],
		['a bare domain', 'ig.com'],
		['a bare domain in capitals', 'IG.COM'],
		['an Indonesian domain', 'tokoku.id']
	])('finds %s: %s', (_label, text) => {
		expect(containsContactInfo(text)).toBe(true);
	});

	it.each([
		'Budi_12',
		'Sari Ledo',
		'anak.hebat',
		'Budi 2012',
		'Kelas 6B',
		'Juara 1',
		'Rudi123',
		'anak_2013_ok',
		'Putri.Indah',
		'Dina.Mei'
	])('lets the ordinary nickname %s through', (text) => {
		expect(containsContactInfo(text)).toBe(false);
	});
});
