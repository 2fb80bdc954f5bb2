import { describe, expect, it } from 'vitest';
import { isCrossSiteWrite } from './origin';

const SITE = 'https://suaraanak.example.go.id';
const request = (method: string, origin?: string) =>
	new Request(`${SITE}/api/x`, { method, headers: origin === undefined ? {} : { origin } });

describe('cross-site writes', () => {
	it.each([
		['POST', SITE, false],
		['PUT', SITE, false],
		['DELETE', SITE, false],
		['PATCH', SITE, false],
		['POST', 'https://evil.example', true],
		['POST', 'http://suaraanak.example.go.id', true],
		['POST', 'https://suaraanak.example.go.id.evil.example', true],
		['POST', 'null', true],
		['POST', undefined, true],
		['DELETE', 'https://evil.example', true],
		['GET', 'https://evil.example', false],
		['GET', undefined, false],
		['HEAD', 'https://evil.example', false],
		['OPTIONS', 'https://evil.example', false]
	])('%s with Origin %s: refused %s', (method, origin, refused) => {
		expect(isCrossSiteWrite(request(method, origin), SITE)).toBe(refused);
	});
});
