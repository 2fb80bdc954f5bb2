import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DesaSelect from './DesaSelect.svelte';
import SelectField from './SelectField.svelte';

/** The server's HTML without Svelte's hydration markers. */
const strip = (body: string) => body.replace(/<!--[^>]*-->/g, '');
const html = (...args: Parameters<typeof render<typeof SelectField>>) => strip(render(...args).body);

const kecamatan = [
	{ value: 'k1', label: 'Bengkayang' },
	{ value: 'k2', label: 'Sanggau Ledo' }
];

describe('SelectField', () => {
	it('renders the choice a GET filter came back with, so the page works without JavaScript', () => {
		const body = html(SelectField, {
			props: { name: 'kecamatan', label: 'Kecamatan', value: 'k2', empty: 'Semua', options: kecamatan }
		});
		expect(body).toMatch(/<label class="label-text block" for="kecamatan">Kecamatan<\/label>/);
		expect(body).toMatch(/<option value="k2" selected[^>]*>Sanggau Ledo<\/option>/);
		expect(body).not.toMatch(/<option value="k1" selected/);
		expect(body).toMatch(/<option value=""[^>]*>Semua<\/option>/);
	});

	it('ties the label, hint and error to the select and marks it invalid only when refused', () => {
		const ok = html(SelectField, {
			props: { name: 'opdId', idPrefix: 'grant-', label: 'OPD', hint: 'Boleh kosong', value: 0, options: [] }
		});
		expect(ok).toMatch(/<select class="select" id="grant-opdId" name="opdId"/);
		expect(ok).toContain('aria-describedby="grant-opdId-hint grant-opdId-error"');
		expect(ok).not.toContain('aria-invalid');
		const refused = html(SelectField, {
			props: { name: 'opdId', id: 'assign-opd', label: 'OPD', value: 0, errors: ['Pilih OPD'] }
		});
		expect(refused).toContain('id="assign-opd"');
		expect(refused).toContain('aria-invalid="true"');
		expect(refused).toContain('aria-describedby="assign-opd-error"');
		expect(refused).toMatch(/<p id="assign-opd-error"[^>]*>Pilih OPD<\/p>/);
	});

	it('keeps a number choice a number: option 3 is selected for value 3', () => {
		const body = html(SelectField, {
			props: {
				name: 'opdId',
				label: 'OPD',
				value: 3,
				empty: '—',
				emptyValue: 0,
				options: [
					{ value: 2, label: 'Dinas A' },
					{ value: 3, label: 'Dinas B' }
				]
			}
		});
		expect(body).toMatch(/<option value="3" selected[^>]*>Dinas B<\/option>/);
		expect(body).not.toMatch(/<option value="0" selected/);
	});

	it('passes attributes such as required on to the select', () => {
		const body = html(SelectField, {
			props: { name: 'reason', id: 'reason-7', label: 'Alasan', required: true, empty: 'Pilih', options: [] }
		});
		expect(body).toMatch(/<select class="select" id="reason-7" name="reason"[^>]* required/);
	});

	it('renders what the list cannot say, such as desa grouped by kecamatan, after the empty choice', () => {
		const body = strip(
			render(DesaSelect, {
				props: {
					value: 'd2',
					kecamatan: [{ code: 'k1', name: 'Ledo', desa: [{ code: 'd2', name: 'Lesabela', level: 'desa' }] }]
				}
			}).body
		);
		expect(body).toMatch(
			/<option value="">[^<]+<\/option><optgroup label="[^"]*Ledo"><option value="d2" selected[^>]*>Lesabela<\/option><\/optgroup>/
		);
		expect(body).toContain('aria-describedby="desaCode-hint desaCode-error"');
	});
});
