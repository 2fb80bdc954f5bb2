import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditFindings, auditPhotos } from '../db/schema';
import { createTestDb } from '../db/test-db';
import { NotFound } from '../errors';
import { facilityPage, isFixedPhoto, kecamatanWithFacilities, listFacilities, report } from './read';
import { publish } from './review';
import * as templates from './templates';
import { answerAll, KECAMATAN, makeAudit, makeFacility, makeUser, prepare } from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);
beforeAll(() => prepare(db));

function audited(status: 'draf' | 'diajukan' | 'dikembalikan' | 'publish', daysAgo = 5) {
	const child = makeUser(db, ['anak', 'forum_anak']);
	const facility = makeFacility(db, 'rbra', 'dlh');
	const content = templates.latest(db, 'rbra')!.content;
	const auditId = makeAudit(db, {
		facilityId: facility.id,
		members: [child],
		facilitator: makeUser(db, ['fasilitator']),
		status: status === 'publish' ? 'diajukan' : status,
		daysAgo,
		answers: answerAll(content, 'ya', { 'R4.2': ['tidak', 'Paku mencuat di perosotan'], 'R5.3': 'sebagian' })
	});
	if (status === 'publish') publish(db, makeUser(db, ['fasilitator']), auditId);
	return { child, facility, auditId };
}

describe('a draft is never public', () => {
	it.each(['draf', 'diajukan', 'dikembalikan'] as const)('a report that is %s is NotFound', (status) => {
		const { auditId, facility } = audited(status);
		expect(() => report(db, auditId)).toThrow(NotFound);
		expect(facilityPage(db, facility.id).history).toEqual([]);
		const listed = listFacilities(db).rows.find((f) => f.id === facility.id);
		expect(listed).toMatchObject({ latestScore: null, latestAuditId: null, latestAuditDate: null });
	});

	it('an unknown report is NotFound too', () => {
		expect(() => report(db, 99_999)).toThrow(NotFound);
	});
});

describe('a published report', () => {
	it('shows the facility, the score by section and the findings, crediting the forum and naming no child', () => {
		const { auditId, child, facility } = audited('publish');
		db.insert(auditPhotos)
			.values({ auditId, itemCode: 'R4.2', file: `${'b'.repeat(32)}.webp`, uploadedBy: child.id })
			.run();
		const r = report(db, auditId);
		expect(r.facility.name).toBe(facility.name);
		expect(r.forumKecamatan).toBe('Sungai Raya');
		expect(r.audit.scores?.sections).toHaveLength(11);
		expect(r.findings).toHaveLength(1);
		expect(r.findings[0]).toMatchObject({
			itemCode: 'R4.2',
			isKey: true,
			note: 'Paku mencuat di perosotan',
			status: 'terbuka'
		});
		expect(r.findings[0]?.photos).toEqual([`/audit/foto/${'b'.repeat(32)}.webp`]);
		expect(r.findings[0]?.item?.question.id).toContain('sisi tajam');
		expect(JSON.stringify(r)).not.toContain(child.id);
		expect(JSON.stringify(r)).not.toContain(child.username);
	});
});

describe('facility list and page', () => {
	it('shows the latest published score and filters by type and kecamatan', () => {
		const { facility, auditId } = audited('publish', 40);
		// A newer audit still in review does not change the public score.
		makeAudit(db, {
			facilityId: facility.id,
			members: [makeUser(db, ['anak', 'forum_anak'])],
			status: 'diajukan',
			daysAgo: 1
		});
		const row = listFacilities(db, { type: 'rbra', kecamatanCode: KECAMATAN }).rows.find(
			(f) => f.id === facility.id
		);
		expect(row).toMatchObject({ latestAuditId: auditId, kecamatanName: 'Sungai Raya', openFindings: 1 });
		expect(row?.latestScore).toBeGreaterThan(0.9);
		expect(listFacilities(db, { type: 'puskesmas' }).rows.some((f) => f.id === facility.id)).toBe(false);
		expect(listFacilities(db, { kecamatanCode: '61.07.02' }).rows.some((f) => f.id === facility.id)).toBe(
			false
		);
		expect(kecamatanWithFacilities(db)).toEqual([{ code: KECAMATAN, name: 'Sungai Raya' }]);
	});

	it('gives the history oldest first for the trend, and the findings not done', () => {
		const { facility, auditId } = audited('publish', 60);
		const second = makeAudit(db, {
			facilityId: facility.id,
			members: [makeUser(db, ['anak', 'forum_anak'])],
			daysAgo: 2,
			answers: answerAll(templates.latest(db, 'rbra')!.content, 'ya')
		});
		publish(db, makeUser(db, ['fasilitator']), second);
		const page = facilityPage(db, facility.id);
		expect(page.history.map((h) => [h.id, h.score])).toEqual([
			[auditId, expect.any(Number)],
			[second, 1]
		]);
		expect(page.findings.map((f) => f.itemCode)).toEqual(['R4.2']);
		expect(() => facilityPage(db, 99_999)).toThrow(NotFound);
	});

	it('serves a "fixed" photo only when a finding holds it', () => {
		const { auditId } = audited('publish');
		const name = `${'c'.repeat(32)}.webp`;
		expect(isFixedPhoto(db, name)).toBe(false);
		db.update(auditFindings).set({ fixedPhoto: name }).where(eq(auditFindings.auditId, auditId)).run();
		expect(isFixedPhoto(db, name)).toBe(true);
		expect(report(db, auditId).findings[0]?.fixedPhotoUrl).toBe(`/fasilitas/temuan/foto/${name}`);
	});
});
