// Audits run on the checklists the facilities area ships, and every refusal has a message.
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { audits } from '../db/schema';
import * as templates from '../facilities/templates';
import * as api from './index';
import { choiceOf, facilitator, forumChild, makeFacility } from './test-helpers';

describe('audits on the shipped checklists', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	templates.ensureShippedTemplates(db);

	it.each([
		['rbra', 'R4.2'],
		['puskesmas', 'P2.1']
	] as const)('a %s audit uses the shipped version and takes its item codes', (type, code) => {
		const starter = forumChild(db);
		const id = api.start(db, starter, {
			facilityId: makeFacility(db, type).id,
			members: [],
			facilitator: choiceOf(db, facilitator(db).id),
			auditDate: api.today()
		});
		const audit = db.select().from(audits).where(eq(audits.id, id)).get();
		expect(audit?.templateId).toBe(templates.latest(db, type)?.id);
		expect(
			api.saveAnswers(db, starter, id, [{ itemCode: code, answer: 'tidak', answeredAt: Date.now() }])
		).toMatchObject([{ itemCode: code, outcome: 'saved' }]);
		const view = api.forFilling(db, starter, id);
		expect(view.progress.reduce((n, s) => n + s.total, 0)).toBe(api.items(templates.SHIPPED[type]).length);
	});
});
