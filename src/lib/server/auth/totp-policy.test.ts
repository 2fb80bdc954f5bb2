import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { addUser } from '../account/test-helpers';
import { createTestDb } from '../db/test-db';
import { auditLog } from '../db/schema';
import { Invalid } from '../errors';
import { enable, status } from './second-factor';
import { codeAt } from './totp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { mustSetUp, requiredRoles, setRequiredRoles } from './totp-policy';

const { db, cleanup } = createTestDb();
afterAll(cleanup);
const adminId = addUser(db, 'admin.kebijakan', { kind: 'staff', roles: ['admin'] });

describe('second factor required for a role', () => {
	it('starts with no role required', () => {
		expect(requiredRoles(db)).toEqual([]);
	});

	it('sets the roles, logs the change with before and after, and logs nothing when nothing changes', () => {
		setRequiredRoles(db, adminId, ['opd', 'admin', 'opd']);
		expect(requiredRoles(db).sort()).toEqual(['admin', 'opd']);
		setRequiredRoles(db, adminId, ['admin', 'opd']);
		const entries = db.select().from(auditLog).where(eq(auditLog.action, 'security.totp_required')).all();
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ actorId: adminId, details: { before: [], after: ['admin', 'opd'] } });
		setRequiredRoles(db, adminId, []);
		expect(requiredRoles(db)).toEqual([]);
	});

	it('refuses child roles: only staff accounts have a second factor', () => {
		expect(() => setRequiredRoles(db, adminId, ['anak'])).toThrow(Invalid);
		expect(() => setRequiredRoles(db, adminId, ['fasilitator', 'forum_anak'])).toThrow(Invalid);
		expect(requiredRoles(db)).toEqual([]);
	});

	it('asks a staff member of a required role to set it up, until they have', () => {
		const id = addUser(db, 'fasil.wajib', { kind: 'staff', roles: ['fasilitator'] });
		expect(mustSetUp(db, id, ['fasilitator'])).toBe(false);
		setRequiredRoles(db, adminId, ['fasilitator']);
		expect(mustSetUp(db, id, ['fasilitator'])).toBe(true);
		expect(mustSetUp(db, id, ['bappeda'])).toBe(false);
		expect(mustSetUp(db, id, [])).toBe(false);
		const now = new Date();
		const secret = decodeBase32IgnorePadding((status(db, id).setup?.secretText ?? '').replace(/ /g, ''));
		// A secret waiting for its first code is not enough.
		expect(mustSetUp(db, id, ['fasilitator'])).toBe(true);
		enable(db, id, codeAt(secret, now), now);
		expect(mustSetUp(db, id, ['fasilitator'])).toBe(false);
		setRequiredRoles(db, adminId, []);
	});
});
