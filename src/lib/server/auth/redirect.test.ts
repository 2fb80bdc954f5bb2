import { describe, expect, it } from 'vitest';
import { safeRedirect } from './redirect';

describe('safeRedirect', () => {
	it.each([
		['/', '/'],
		['/aspirasi', '/aspirasi'],
		['/aspirasi/baru?kecamatan=61.07.01', '/aspirasi/baru?kecamatan=61.07.01'],
		['/dasbor?tahun=2026&tab=opd#ringkasan', '/dasbor?tahun=2026&tab=opd#ringkasan'],
		['/admin/pengguna?q=budi%20ok', '/admin/pengguna?q=budi%20ok']
	])('keeps the same-site path %s', (target, expected) => {
		expect(safeRedirect(target)).toBe(expected);
	});

	it.each([
		['null', null],
		['undefined', undefined],
		['an empty string', ''],
		['a protocol-relative URL', '//evil.com'],
		['a protocol-relative URL with a path', '//evil.com/masuk'],
		['a backslash host', '/\\evil.com'],
		['an absolute https URL', 'https://evil.com'],
		['an absolute http URL', 'http://evil.com/aspirasi'],
		['a javascript: URL', 'javascript:alert(1)'],
		['a data: URL', 'data:text/html,<script>alert(1)</script>'],
		['a relative path without a slash', 'aspirasi'],
		['a tab inside the host part', '/\t/evil.com'],
		['a newline', '/aspirasi\nSet-Cookie: x=1'],
		['a carriage return', '/aspirasi\r'],
		['a NUL byte', '/aspirasi\u0000'],
		['a DEL character', '/\u007f/evil.com']
	])('falls back for %s', (_label, target) => {
		expect(safeRedirect(target, '/beranda')).toBe('/beranda');
	});

	it('falls back to / when no fallback is given', () => {
		expect(safeRedirect('https://evil.com')).toBe('/');
	});

	// BUG: dot segments are resolved by URL, turning these into "//evil.com" (protocol-relative).
	it.each(['/.//evil.com', '/..//evil.com', '/a/..//evil.com', '/%2e//evil.com', '/.\\/evil.com'])(
		'never returns a protocol-relative address for %s',
		(target) => {
			expect(safeRedirect(target, '/beranda')).not.toMatch(/^\/[/\\]/);
		}
	);
});
