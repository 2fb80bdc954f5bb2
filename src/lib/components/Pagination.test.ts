import type { ResolvedPathname } from '$app/types';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Pagination from './Pagination.svelte';

const html = (props: Parameters<typeof render<typeof Pagination>>[1]['props']) =>
	render(Pagination, { props }).body.replace(/<!--[^>]*-->/g, '');
const href = (n: number) => `/aspirasi?kecamatan=k1&hal=${n}` as ResolvedPathname;
const links = (body: string) =>
	[...body.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((l) => [l[1], l[2]]);

describe('Pagination', () => {
	it('links the previous and next pages by address, keeping the filters, and says where the reader is', () => {
		const body = html({ page: 2, pages: 5, href });
		expect(body).toContain('aria-label="Halaman"');
		expect(links(body)).toEqual([
			['/aspirasi?kecamatan=k1&amp;hal=1', '← Sebelumnya'],
			['/aspirasi?kecamatan=k1&amp;hal=3', 'Berikutnya →']
		]);
		expect(body).toContain('Halaman 2 dari 5');
	});

	it('offers no next page on the last one, and no previous page on the first', () => {
		expect(links(html({ page: 5, pages: 5, href })).map(([, label]) => label)).toEqual(['← Sebelumnya']);
		expect(links(html({ page: 1, hasNext: true, href })).map(([, label]) => label)).toEqual(['Berikutnya →']);
		expect(html({ page: 1, hasNext: true, href })).not.toContain('dari');
	});

	it('shows nothing for a list that fits on one page', () => {
		expect(html({ page: 1, pages: 1, href })).toBe('');
		expect(html({ page: 1, pages: 0, href })).toBe('');
		expect(html({ page: 1, hasNext: false, href })).toBe('');
	});
});
