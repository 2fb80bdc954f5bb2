import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import NumberField from './NumberField.svelte';

const html = (props: Parameters<typeof render<typeof NumberField>>[1]['props']) =>
	render(NumberField, { props }).body.replace(/<!--[^>]*-->/g, '');

describe('NumberField', () => {
	it('asks for a whole number with the phone’s number pad, within its limits', () => {
		const body = html({ name: 'maxUses', label: 'Batas pakai', value: 30, min: 1, max: 500 });
		expect(body).toMatch(/<label class="label-text block" for="maxUses">Batas pakai<\/label>/);
		expect(body).toMatch(
			/<input class="input" type="number" inputmode="numeric" id="maxUses" name="maxUses"/
		);
		expect(body).toContain('step="1"');
		expect(body).toContain('min="1"');
		expect(body).toContain('max="500"');
		expect(body).toContain('value="30"');
	});

	it('takes decimals with step "any", and keeps an extra width class', () => {
		const body = html({ name: 'volume', label: 'Volume', value: null, step: 'any', class: 'w-24' });
		expect(body).toContain('class="input w-24"');
		expect(body).toContain('inputmode="decimal"');
		expect(body).toContain('step="any"');
	});

	it('ties hint and error to the input and marks it invalid only when refused', () => {
		const ok = html({ name: 'amount', idPrefix: 'accept-', label: 'Nilai', value: 5, hint: 'Rupiah' });
		expect(ok).toContain('id="accept-amount"');
		expect(ok).toContain('aria-describedby="accept-amount-hint accept-amount-error"');
		expect(ok).not.toContain('aria-invalid');
		const refused = html({ name: 'days', label: 'Hari', value: 0, errors: ['Terlalu lama'] });
		expect(refused).toContain('aria-invalid="true"');
		expect(refused).toMatch(/<p id="days-error"[^>]*>Terlalu lama<\/p>/);
	});
});
