import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { users } from '../db/schema';
import * as auditLog from './index';

describe('audit log', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());

	beforeAll(() => {
		db.insert(users)
			.values([
				{ id: 'a1', username: 'admin', passwordHash: 'x', kind: 'staff' },
				{ id: 'c1', username: 'sari_ledo', passwordHash: 'x', kind: 'child' },
				{ id: 'c2', username: 'sariXledo', passwordHash: 'x', kind: 'child' }
			])
			.run();
		auditLog.record(db, {
			actorId: 'a1',
			action: 'user.role_grant',
			targetType: 'user',
			targetId: 'c1',
			reason: 'Forum Anak Ledo'
		});
		auditLog.record(db, {
			actorId: 'a1',
			action: 'user.deactivate',
			targetType: 'user',
			targetId: 'c2',
			reason: 'Orang tua minta'
		});
		auditLog.record(db, {
			actorId: null,
			action: 'regions.import',
			targetType: 'regions',
			details: { rows: 3 }
		});
	});

	it('lists newest first with who did it and to whom', () => {
		const { rows } = auditLog.list(db);
		expect(rows.map((r) => r.action)).toEqual(['regions.import', 'user.deactivate', 'user.role_grant']);
		expect(rows[1]).toMatchObject({ actor: 'admin', targetName: 'sariXledo', reason: 'Orang tua minta' });
		expect(rows[0]).toMatchObject({ actor: null, targetName: null, details: { rows: 3 } });
	});

	it('finds entries by the name of the account acted on, with _ taken literally', () => {
		const { rows } = auditLog.list(db, { q: 'sari_ledo' });
		expect(rows.map((r) => r.targetId)).toEqual(['c1']);
	});

	it('finds entries by the actor and by the action', () => {
		expect(auditLog.list(db, { q: 'admin' }).rows).toHaveLength(2);
		expect(auditLog.list(db, { q: 'regions' }).rows.map((r) => r.action)).toEqual(['regions.import']);
	});

	it('gives the history of one account', () => {
		expect(auditLog.forTarget(db, 'user', 'c2').map((r) => r.action)).toEqual(['user.deactivate']);
	});
});
