import { count, eq } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import {
	auditFindings,
	auditLog,
	audits,
	checklistTemplates,
	facilities,
	ideaFindings,
	ideas,
	opds,
	proposalEvents,
	proposalFindings,
	proposals,
	users
} from '../db/schema';
import { Forbidden, Invalid, NotFound } from '../errors';
import * as opdList from '../opds';
import { confirm } from './confirm';
import { ProposalIncomplete } from './errors';
import {
	forEditor,
	linkFinding,
	submitProposal,
	unlinkFinding,
	updateProposal,
	type ProposalInput
} from './proposals';
import { get } from './read';
import {
	addCycle,
	addIdea,
	addUser,
	addVotes,
	AFTER,
	DESA_A,
	DESA_B,
	KEC_A,
	KEC_B,
	thrown
} from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const facilitator = addUser(db, { roles: ['fasilitator'] });
const forumA = addUser(db, { roles: ['anak', 'forum_anak'], desa: DESA_A });
const forumB = addUser(db, { roles: ['anak', 'forum_anak'], desa: DESA_B });
const child = addUser(db, { desa: DESA_A });
const bappeda = addUser(db, { roles: ['bappeda'] });
let opdId: number;
let findings: { published: number; draft: number; cited: number };

beforeAll(() => {
	opdList.ensureShipped(db);
	opdId = db.select().from(opds).where(eq(opds.code, 'pupr')).get()!.id;
	const template = db
		.insert(checklistTemplates)
		.values({
			type: 'rbra',
			version: 1,
			content: {
				sections: [
					{
						code: 'R1',
						title: { id: 'Keamanan', en: 'Safety' },
						items: [
							{
								code: 'R1.1',
								text: { id: 'Ada pagar pengaman', en: 'There is a safety fence' },
								question: { id: '?', en: '?' },
								hint: { id: '', en: '' },
								key: true,
								weight: 2
							}
						]
					}
				]
			}
		})
		.returning({ id: checklistTemplates.id })
		.get().id;
	const facility = db
		.insert(facilities)
		.values({ type: 'rbra', name: 'Taman Sungai Duri', desaCode: DESA_A, kecamatanCode: KEC_A })
		.returning({ id: facilities.id })
		.get().id;
	const audit = (status: 'diterbitkan' | 'draf') =>
		db
			.insert(audits)
			.values({ facilityId: facility, templateId: template, status, auditDate: AFTER })
			.returning({ id: audits.id })
			.get().id;
	const finding = (auditId: number, note: string) =>
		db
			.insert(auditFindings)
			.values({ auditId, facilityId: facility, itemCode: 'R1.1', isKey: true, note })
			.returning({ id: auditFindings.id })
			.get().id;
	const published = audit('diterbitkan');
	findings = {
		published: finding(published, 'Pagar rusak'),
		draft: finding(audit('draf'), 'Belum terbit'),
		cited: finding(published, 'Ayunan patah')
	};
});

/** A confirmed cycle with one kecamatan-A ticket, one kecamatan-B ticket and one kabupaten-wide ticket. */
function tickets() {
	const cycleId = addCycle(db, { minVotesForTicket: 1, ticketsPerKecamatan: 1, ticketsForKabupaten: 1 });
	const author = addUser(db);
	const a = addIdea(db, author.id, cycleId, { title: 'Lampu jalan ke sekolah' });
	const b = addIdea(db, author.id, cycleId, { kec: KEC_B });
	const kab = addIdea(db, author.id, cycleId, { level: 'kabupaten' });
	const merged = addIdea(db, author.id, cycleId, { title: 'Jalan gelap', status: 'digabung' });
	db.update(ideas).set({ mergedIntoId: a }).where(eq(ideas.id, merged)).run();
	db.insert(ideaFindings).values({ ideaId: merged, findingId: findings.cited }).run();
	addVotes(db, cycleId, a, 5, 10);
	addVotes(db, cycleId, b, 4, 10);
	addVotes(db, cycleId, kab, 3, 10);
	confirm(db, facilitator, cycleId, [], AFTER);
	const id = (ideaId: number) => db.select().from(proposals).where(eq(proposals.ideaId, ideaId)).get()!.id;
	return { a: id(a), b: id(b), kab: id(kab), author };
}

function input(over: Partial<ProposalInput> = {}): ProposalInput {
	return {
		title: 'Lampu jalan ke sekolah',
		problem: 'Jalan ke sekolah gelap sekali waktu pulang sore, kami takut lewat sana.',
		activity: 'Pemasangan lampu penerangan jalan umum',
		kecamatanCode: KEC_A,
		desaCode: DESA_A,
		locationNote: 'Dari SDN 3 sampai simpang pasar',
		beneficiaries: 150,
		beneficiaryAges: '6–15 tahun',
		opdId,
		cost: 75_000_000,
		volume: 12,
		unit: 'titik',
		priority: 1,
		cluster: 5,
		...over
	};
}

const rows = (table: SQLiteTable) => db.select({ n: count() }).from(table).get()?.n ?? 0;
const written = () => [rows(proposalEvents), rows(proposalFindings), rows(auditLog)];

let t: ReturnType<typeof tickets>;
beforeEach(() => {
	t = tickets();
});

describe('reading a proposal', () => {
	it('credits the author by nickname and desa, lists merged ideas and evidence from published audits only', () => {
		const p = get(db, t.a);
		expect(p.author).toEqual({ name: t.author.username, desa: 'Sungai Duri' });
		expect(p.mergedIdeas.map((i) => i.title)).toEqual(['Jalan gelap']);
		expect(p.findings).toEqual([
			expect.objectContaining({
				id: findings.cited,
				source: 'idea',
				facilityName: 'Taman Sungai Duri',
				itemText: { id: 'Ada pagar pengaman', en: 'There is a safety fence' }
			})
		]);
		expect(p.events.map((e) => e.kind)).toEqual(['created']);
		db.update(users).set({ deletedAt: AFTER }).where(eq(users.id, t.author.id)).run();
		expect(get(db, t.a).author).toBeNull();
	});

	it('shows the form to those who may work on it, with what is still missing', () => {
		const p = forEditor(db, forumA, t.a, AFTER);
		expect(p).toMatchObject({ editable: true, kecamatanName: 'Sungai Raya' });
		expect(p.missing).toEqual(['activity', 'beneficiaries', 'beneficiaryAges', 'opdId', 'volume', 'unit']);
		expect(p.linkable.map((f) => f.id)).toEqual([findings.cited, findings.published]);
		expect(thrown(() => forEditor(db, forumB, t.a, AFTER))).toBeInstanceOf(Forbidden);
		expect(thrown(() => forEditor(db, facilitator, 99_999, AFTER))).toBeInstanceOf(NotFound);
	});
});

describe('updateProposal', () => {
	it.each([
		['a facilitator', () => facilitator, () => t.a],
		['a Forum Anak member of its kecamatan', () => forumA, () => t.a],
		['a Forum Anak member of another kecamatan, kabupaten-wide', () => forumB, () => t.kab]
	])('saves for %s and logs the changed fields', (_name, who, which) => {
		const over = which() === t.kab ? { kecamatanCode: null, desaCode: null } : {};
		updateProposal(db, who(), which(), input(over), AFTER);
		expect(db.select().from(proposals).where(eq(proposals.id, which())).get()).toMatchObject({
			activity: 'Pemasangan lampu penerangan jalan umum',
			opdId,
			volume: 12,
			unit: 'titik',
			status: 'disusun',
			updatedAt: AFTER
		});
		expect(db.select().from(auditLog).all().at(-1)).toMatchObject({
			action: 'proposal.update',
			actorId: who().id,
			targetId: String(which())
		});
	});

	it.each([
		['a Forum Anak member of another kecamatan', () => forumB, Forbidden, 'ticket_forbidden'],
		['a child outside the Forum Anak', () => child, Forbidden, 'ticket_forbidden'],
		['the planning agency', () => bappeda, Forbidden, 'ticket_forbidden']
	])('refuses %s, writing nothing', (_name, who, type, code) => {
		const before = db.select().from(proposals).where(eq(proposals.id, t.a)).get();
		const e = thrown(() => updateProposal(db, who(), t.a, input(), AFTER));
		expect(e).toBeInstanceOf(type);
		expect(e).toMatchObject({ code });
		expect(db.select().from(proposals).where(eq(proposals.id, t.a)).get()).toEqual(before);
	});

	it.each([
		['a desa outside the kecamatan', { desaCode: DESA_B }, 'ticket_desa_outside', 'desaCode'],
		['a desa without a kecamatan', { kecamatanCode: null }, 'ticket_desa_outside', 'desaCode'],
		[
			'a kecamatan that is not one',
			{ kecamatanCode: DESA_A, desaCode: null },
			'ticket_place',
			'kecamatanCode'
		],
		['an unknown agency', { opdId: 99_999 }, 'ticket_opd_unknown', 'opdId'],
		['a short title', { title: 'Lampu' }, 'ticket_field', 'title'],
		['a negative cost', { cost: -1 }, 'ticket_field', 'cost'],
		['half a child', { beneficiaries: 1.5 }, 'ticket_field', 'beneficiaries'],
		['a zero volume', { volume: 0 }, 'ticket_field', 'volume'],
		['cluster 6', { cluster: 6 }, 'ticket_field', 'cluster']
	] as const)('refuses %s on its field, writing nothing', (_name, over, code, field) => {
		const before = [db.select().from(proposals).where(eq(proposals.id, t.a)).get(), ...written()];
		const e = thrown(() => updateProposal(db, facilitator, t.a, input(over), AFTER));
		expect(e).toBeInstanceOf(Invalid);
		expect(e).toMatchObject({ code, field });
		expect([db.select().from(proposals).where(eq(proposals.id, t.a)).get(), ...written()]).toEqual(before);
	});
});

describe('submitProposal', () => {
	it('sends a complete proposal: saved, status diajukan, on the timeline as the Forum Anak, logged', () => {
		submitProposal(db, forumA, t.a, input(), AFTER);
		expect(db.select().from(proposals).where(eq(proposals.id, t.a)).get()).toMatchObject({
			status: 'diajukan',
			submittedAt: AFTER,
			activity: 'Pemasangan lampu penerangan jalan umum'
		});
		expect(get(db, t.a).events.map((e) => [e.kind, e.status, e.actorRole])).toEqual([
			['created', 'disusun', 'fasilitator'],
			['submitted', 'diajukan', 'forum_anak']
		]);
		expect(db.select().from(auditLog).all().at(-1)).toMatchObject({
			action: 'proposal.submit',
			actorId: forumA.id
		});
		// Once sent, nobody changes it here any more.
		for (const run of [
			() => updateProposal(db, facilitator, t.a, input(), AFTER),
			() => submitProposal(db, facilitator, t.a, undefined, AFTER),
			() => linkFinding(db, facilitator, t.a, findings.published, AFTER)
		])
			expect(thrown(run)).toMatchObject({ code: 'ticket_not_editable' });
		expect(forEditor(db, facilitator, t.a, AFTER)).toMatchObject({ editable: false, linkable: [] });
	});

	it('refuses while required fields are empty, naming them, and saves nothing of the input', () => {
		const before = [db.select().from(proposals).where(eq(proposals.id, t.a)).get(), ...written()];
		const e = thrown(() =>
			submitProposal(db, facilitator, t.a, input({ activity: '', opdId: null, unit: '' }), AFTER)
		);
		expect(e).toBeInstanceOf(ProposalIncomplete);
		expect(e).toMatchObject({ missing: ['activity', 'opdId', 'unit'] });
		expect([db.select().from(proposals).where(eq(proposals.id, t.a)).get(), ...written()]).toEqual(before);
		// As confirmed, without any input: the prefilled proposal is not complete yet.
		expect(thrown(() => submitProposal(db, facilitator, t.a, undefined, AFTER))).toBeInstanceOf(
			ProposalIncomplete
		);
	});

	it('a kabupaten-wide proposal is sent with the place described', () => {
		const e = thrown(() =>
			submitProposal(
				db,
				facilitator,
				t.kab,
				input({ kecamatanCode: null, desaCode: null, locationNote: '' }),
				AFTER
			)
		);
		expect(e).toMatchObject({ missing: ['location'] });
		submitProposal(db, facilitator, t.kab, input({ kecamatanCode: null, desaCode: null }), AFTER);
		expect(get(db, t.kab).status).toBe('diajukan');
	});

	it('refuses someone who may not work on it', () => {
		expect(thrown(() => submitProposal(db, forumB, t.a, input(), AFTER))).toBeInstanceOf(Forbidden);
		expect(get(db, t.a).status).toBe('disusun');
	});
});

describe('linking audit findings', () => {
	it('links a published finding once, shows it as linked evidence, and unlinks it', () => {
		linkFinding(db, forumA, t.a, findings.published, AFTER);
		linkFinding(db, forumA, t.a, findings.published, AFTER);
		expect(rows(proposalFindings)).toBeGreaterThanOrEqual(1);
		expect(get(db, t.a).findings.map((f) => [f.id, f.source])).toEqual([
			[findings.published, 'linked'],
			[findings.cited, 'idea']
		]);
		expect(forEditor(db, forumA, t.a, AFTER).linkable.map((f) => f.id)).toEqual([findings.cited]);
		unlinkFinding(db, forumA, t.a, findings.published, AFTER);
		expect(get(db, t.a).findings.map((f) => f.id)).toEqual([findings.cited]);
		const log = db.select().from(auditLog).all().slice(-2);
		expect(log.map((l) => l.action)).toEqual(['proposal.link_finding', 'proposal.unlink_finding']);
	});

	it.each([
		[
			'a finding of an unpublished audit',
			() => findings.draft,
			() => forumA,
			Invalid,
			'ticket_finding_unpublished'
		],
		['a finding that does not exist', () => 99_999, () => forumA, NotFound, 'finding'],
		['someone of another kecamatan', () => findings.published, () => forumB, Forbidden, 'ticket_forbidden']
	])('refuses %s, writing nothing', (_name, finding, who, type, code) => {
		const before = written();
		const e = thrown(() => linkFinding(db, who(), t.a, finding(), AFTER));
		expect(e).toBeInstanceOf(type);
		expect(e).toMatchObject({ code });
		expect(written()).toEqual(before);
	});
});
