import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFindings, ideaFindings, ideas as ideasTable } from '../db/schema';
import { createTestDb } from '../db/test-db';
import { Forbidden, Invalid } from '../errors';
import * as ideas from '../ideas';
import { findingForIdea } from './idea-link';
import { publish } from './review';
import * as templates from './templates';
import { answerAll, DESA, makeAudit, makeFacility, makeUser, prepare } from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);
beforeAll(() => prepare(db));

/** A published RBRA audit with one finding (R8.2); returns the finding's id. */
function finding(): number {
	const facility = makeFacility(db, 'rbra', 'pupr');
	const content = templates.latest(db, 'rbra')!.content;
	const auditId = makeAudit(db, {
		facilityId: facility.id,
		members: [makeUser(db, ['anak', 'forum_anak'])],
		answers: answerAll(content, 'ya', { 'R8.2': ['tidak', 'Tidak ada papan nomor darurat'] })
	});
	publish(db, makeUser(db, ['fasilitator']), auditId);
	return db.select().from(auditFindings).where(eq(auditFindings.auditId, auditId)).get()!.id;
}

const idea = (findingId: number | null): ideas.IdeaInput => ({
	title: 'Pasang papan nomor darurat di taman',
	body: 'Di taman bermain belum ada papan nomor darurat dan SAPA 129. Kami usul dipasang papan di pintu masuk.',
	cluster: 4,
	level: 'desa',
	regionCode: DESA,
	findingId
});
const links = () => db.select({ n: count() }).from(ideaFindings).get()?.n;
const ideaCount = () => db.select({ n: count() }).from(ideasTable).get()?.n;

describe('an idea started from a finding', () => {
	it('gives the facts to prefill the form for a published finding only', () => {
		const f = findingForIdea(db, finding());
		expect(f).toMatchObject({
			itemCode: 'R8.2',
			note: 'Tidak ada papan nomor darurat',
			desaCode: DESA,
			facilityType: 'rbra'
		});
		expect(f?.item?.question.en).toContain('SAPA 129');
		expect(findingForIdea(db, 99_999)).toBeUndefined();
	});

	it('cites the finding in the same transaction as the idea', async () => {
		const findingId = finding();
		const forum = makeUser(db, ['anak', 'forum_anak']);
		const { id } = await ideas.submit(db, forum, idea(findingId), null);
		expect(db.select().from(ideaFindings).where(eq(ideaFindings.ideaId, id)).get()).toEqual({
			ideaId: id,
			findingId
		});
	});

	it('refuses a child who is not in the Forum Anak, and an unknown finding, writing nothing', async () => {
		const findingId = finding();
		const before = { links: links(), ideas: ideaCount() };
		await expect(ideas.submit(db, makeUser(db, ['anak']), idea(findingId), null)).rejects.toThrow(Forbidden);
		await expect(ideas.submit(db, makeUser(db, ['anak', 'forum_anak']), idea(99_999), null)).rejects.toThrow(
			Invalid
		);
		expect({ links: links(), ideas: ideaCount() }).toEqual(before);
	});

	it('posts an ordinary idea with no finding as before', async () => {
		const { id } = await ideas.submit(db, makeUser(db, ['anak']), idea(null), null);
		expect(db.select().from(ideaFindings).where(eq(ideaFindings.ideaId, id)).get()).toBeUndefined();
	});
});
