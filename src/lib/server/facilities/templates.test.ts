import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, audits, checklistTemplates } from '../db/schema';
import { createTestDb } from '../db/test-db';
import { Forbidden } from '../errors';
import { publish } from './review';
import { report } from './read';
import { InvalidContent } from './rules';
import * as templates from './templates';
import { answerAll, makeAudit, makeFacility, makeUser, prepare } from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);
beforeAll(() => prepare(db));

const versions = () => db.select({ n: count() }).from(checklistTemplates).get()?.n;

describe('shipped templates', () => {
	it('adds version 1 of both checklists once, however often it runs', () => {
		templates.ensureShippedTemplates(db);
		templates.ensureShippedTemplates(db);
		expect(versions()).toBe(2);
		expect(templates.latest(db, 'rbra')?.version).toBe(1);
		expect(templates.latest(db, 'puskesmas')?.content.sections[0]?.items[0]?.code).toBe('P1.1');
	});

	it('reads any version by id, and nothing for an unknown id', () => {
		const rbra = templates.latest(db, 'rbra');
		expect(templates.get(db, rbra?.id ?? 0)?.type).toBe('rbra');
		expect(templates.get(db, 9999)).toBeUndefined();
	});
});

describe('publishing a new version', () => {
	it('is for admins only, and a refusal writes nothing', () => {
		const facilitator = makeUser(db, ['fasilitator']);
		const before = versions();
		const content = templates.latest(db, 'rbra')!.content;
		expect(() => templates.publishVersion(db, facilitator, 'rbra', content, 'x')).toThrow(Forbidden);
		expect(versions()).toBe(before);
	});

	it('refuses a checklist with problems and writes nothing', () => {
		const admin = makeUser(db, ['admin']);
		const before = versions();
		const content = structuredClone(templates.latest(db, 'rbra')!.content);
		content.sections[0]!.items[0]!.question.en = '';
		expect(() => templates.publishVersion(db, admin, 'rbra', content, '')).toThrow(InvalidContent);
		expect(versions()).toBe(before);
	});

	it('adds the next version with a log entry and keeps the old one readable', () => {
		const admin = makeUser(db, ['admin']);
		const v1 = templates.latest(db, 'puskesmas')!;
		const content = structuredClone(v1.content);
		content.sections[0]!.items[0]!.question.id = 'Siapa penanggung jawab layanan ramah anak?';
		const id = templates.publishVersion(db, admin, 'puskesmas', content, 'Pertanyaan lebih jelas');
		expect(templates.latest(db, 'puskesmas')).toMatchObject({
			id,
			version: 2,
			note: 'Pertanyaan lebih jelas'
		});
		expect(templates.get(db, v1.id)?.content).toEqual(v1.content);
		const log = db.select().from(auditLog).where(eq(auditLog.action, 'checklist.publish')).all();
		expect(log.at(-1)).toMatchObject({ actorId: admin.id, targetId: String(id) });
	});
});

describe('an audit keeps its checklist version', () => {
	it('is scored and reported against the version it started with after the template changed', () => {
		const admin = makeUser(db, ['admin']);
		const facilitator = makeUser(db, ['fasilitator']);
		const child = makeUser(db, ['anak', 'forum_anak']);
		const facility = makeFacility(db, 'rbra', 'dlh');
		const v1 = templates.latest(db, 'rbra')!;
		const auditId = makeAudit(db, {
			facilityId: facility.id,
			members: [child],
			templateId: v1.id,
			answers: answerAll(v1.content, 'ya', { 'R1.3': 'tidak' })
		});
		// Version 2 drops R1.3 and makes R2.1 a key item.
		const next = structuredClone(v1.content);
		next.sections[0]!.items = next.sections[0]!.items.filter((i) => i.code !== 'R1.3');
		next.sections[1]!.items[0]!.key = true;
		templates.publishVersion(db, admin, 'rbra', next, 'v2');

		const result = publish(db, facilitator, auditId);
		expect(result.findings).toBe(1);
		expect(db.select().from(audits).where(eq(audits.id, auditId)).get()?.templateId).toBe(v1.id);
		const r = report(db, auditId);
		expect(r.audit.version).toBe(1);
		expect(r.findings[0]?.item?.code).toBe('R1.3');
		expect(r.content.sections[0]?.items).toHaveLength(3);
	});
});
