// Every message exists in both languages, across all message files, and no key is defined twice.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const settings = JSON.parse(fs.readFileSync('project.inlang/settings.json', 'utf8'));
const patterns: string[] = [settings['plugin.inlang.messageFormat'].pathPattern].flat();
const locales: string[] = settings.locales;

function keys(locale: string): string[] {
	return patterns.flatMap((p) => {
		const file = path.resolve(p.replace('{locale}', locale));
		const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
		return Object.keys(json).filter((k) => k !== '$schema');
	});
}

describe('messages', () => {
	it.each(locales)('%s has no key twice across files', (locale) => {
		const all = keys(locale);
		expect(all.length).toBe(new Set(all).size);
	});

	it('every language has the same keys', () => {
		const [base, ...rest] = locales.map((l) => new Set(keys(l)));
		for (const other of rest) expect([...other].sort()).toEqual([...base!].sort());
	});
});
