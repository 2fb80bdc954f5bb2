// Every error code the facilities domain throws has a message for the reader.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACILITIES_MESSAGES } from '../form-messages/facilities';

const dir = path.resolve('src/lib/server/facilities');
const sources = fs
	.readdirSync(dir)
	.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
	.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
	.join('\n');
const codes = [...new Set(sources.match(/'fac_[a-z_]+'/g)?.map((c) => c.slice(1, -1)))];

describe('facilities error messages', () => {
	it('finds the codes the domain uses', () => {
		expect(codes.length).toBeGreaterThan(20);
	});

	it.each(codes)('%s has a message', (code) => {
		expect(FACILITIES_MESSAGES[code]?.()).toMatch(/\S/);
	});
});
