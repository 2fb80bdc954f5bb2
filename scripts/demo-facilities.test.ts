import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFindings, audits, facilities, userRoles, users, type Role } from '../src/lib/server/db/schema';
import { createTestDb } from '../src/lib/server/db/test-db';
import * as opds from '../src/lib/server/opds';
import * as regions from '../src/lib/server/regions';
import { seedFacilities } from './demo-facilities';
import { isPhotoName } from '../src/lib/server/uploads/store';

const { db, cleanup } = createTestDb();
const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'suara-demo-fac-'));
afterAll(() => {
	cleanup();
	fs.rmSync(uploads, { recursive: true, force: true });
});

const NOW = new Date('2027-05-01T03:00:00Z');

beforeAll(() => {
	regions.ensureShipped(db);
	opds.ensureShipped(db);
	const add = (username: string, kind: 'child' | 'staff', roles: Role[], opd?: string) => {
		const id = crypto.randomUUID();
		db.insert(users)
			.values({
				id,
				username,
				passwordHash: '!',
				kind,
				birthYear: kind === 'child' ? 2012 : null,
				birthMonth: 1,
				opdId: opd ? opds.getByCode(db, opd)!.id : null
			})
			.run();
		db.insert(userRoles)
			.values(roles.map((role) => ({ userId: id, role })))
			.run();
	};
	add('forum1', 'child', ['anak', 'forum_anak']);
	add('fasilitator', 'staff', ['fasilitator']);
	add('dinkes', 'staff', ['opd'], 'dinkes');
});

describe('demo facilities', () => {
	it('adds four play spaces, four Puskesmas and the audits the demo describes, once', async () => {
		expect(await seedFacilities(db, NOW, uploads)).toBe(true);
		expect(await seedFacilities(db, NOW, uploads)).toBe(false);
		const types = db
			.select({ type: facilities.type, n: count() })
			.from(facilities)
			.groupBy(facilities.type)
			.all();
		expect(types).toEqual([
			{ type: 'puskesmas', n: 4 },
			{ type: 'rbra', n: 4 }
		]);
		const statuses = db
			.select({ status: audits.status, n: count() })
			.from(audits)
			.groupBy(audits.status)
			.all();
		expect(statuses).toEqual([
			{ status: 'diajukan', n: 1 },
			{ status: 'diterbitkan', n: 3 },
			{ status: 'draf', n: 1 }
		]);
		const findings = db.select().from(auditFindings).all();
		expect(findings.length).toBeGreaterThan(8);
		expect(findings.filter((f) => f.status === 'diperbaiki')).toHaveLength(1);
		expect(findings.filter((f) => f.status === 'direncanakan')).toHaveLength(2);
		expect(
			findings.filter((f) => f.targetDate && f.targetDate < NOW && f.status === 'direncanakan')
		).toHaveLength(1);
		expect(findings.every((f) => f.opdId !== null)).toBe(true);
		const published = db.select().from(audits).where(eq(audits.status, 'diterbitkan')).all();
		expect(published.every((a) => a.score !== null && a.score > 0 && a.score < 1)).toBe(true);
		expect(fs.readdirSync(uploads).filter(isPhotoName)).toHaveLength(3);
	});
});
