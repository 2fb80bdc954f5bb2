import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publicDashboard, resolveScope } from '../dashboard';
import {
	addAudit,
	addChild,
	addChildren,
	addCycle,
	addFacility,
	addFinding,
	addIdea,
	addProposal,
	addVote,
	DESA_B1,
	NOW,
	prepare
} from '../dashboard/test-helpers';
import type { Db } from '../db/client';
import { cycles } from '../db/schema';
import { createTestDb } from '../db/test-db';
import { eq } from 'drizzle-orm';
import { toCsv } from './csv';
import { download } from './download';
import { recordSet, type RecordSet } from './open-data';
import { statTable } from './statistics';

let db: Db;
let cleanup: () => void;
let cycle: number;

beforeEach(() => {
	({ db, cleanup } = createTestDb());
	prepare(db);
	cycle = addCycle(db);
});
afterEach(() => cleanup());

const cycleRow = () => db.select().from(cycles).where(eq(cycles.id, cycle)).get();
const csv = (name: RecordSet, withCycle = false) => {
	const set = recordSet(db, name, withCycle ? cycleRow() : undefined);
	return toCsv(set.columns, set.rows);
};

describe('aspirations', () => {
	it('lists public ideas with the author desa only, never a nickname', () => {
		const author = addChild(db, { username: 'kancil_ceria', desa: DESA_B1 });
		addIdea(db, author, cycle, { title: 'Taman baca "Pelangi", untuk anak-anak' });
		const out = csv('aspirasi');
		expect(out).not.toContain('kancil_ceria');
		expect(out).toContain('Samalantan');
		expect(out).toContain('"Taman baca ""Pelangi"", untuk anak-anak"');
		expect(out.startsWith('\uFEFFid,siklus_id,')).toBe(true);
	});

	it('leaves out withdrawn, hidden, waiting, rejected and safeguarding items', () => {
		const author = addChild(db);
		for (const status of ['ditarik', 'disembunyikan', 'menunggu', 'ditolak', 'perlindungan'] as const)
			addIdea(db, author, cycle, { status, title: `Usulan ${status}` });
		addIdea(db, author, cycle, { title: 'Usulan terbit' });
		addIdea(db, author, cycle, { status: 'digabung', title: 'Usulan digabung' });
		const out = csv('aspirasi');
		expect(out).toContain('Usulan terbit');
		expect(out).toContain('Usulan digabung');
		for (const status of ['ditarik', 'disembunyikan', 'menunggu', 'ditolak', 'perlindungan'])
			expect(out).not.toContain(`Usulan ${status}`);
	});

	it('filters by cycle and shows a small group as "< 5"', () => {
		const other = addCycle(db, { opensAt: new Date(2025, 0, 1), votingClosesAt: new Date(2025, 6, 1) });
		addIdea(db, addChild(db), other, { title: 'Usulan lama' });
		addIdea(db, addChild(db), cycle, { title: 'Usulan kelompok', group: 3 });
		expect(csv('aspirasi')).toContain('Usulan lama');
		const one = csv('aspirasi', true);
		expect(one).not.toContain('Usulan lama');
		expect(one).toContain('< 5');
	});

	it('streams page by page beyond one page', () => {
		const author = addChild(db);
		for (let i = 0; i < 1005; i++) addIdea(db, author, cycle);
		expect(csv('aspirasi').trim().split('\r\n')).toHaveLength(1006);
	});
});

describe('facilities, audits and findings', () => {
	it('never shows an unpublished audit or its findings', () => {
		const f = addFacility(db, { name: 'RBRA Sungai Duri' });
		const pub = addAudit(db, f, { score: 0.75 });
		const draft = addAudit(db, f, { score: 0.2, published: false, date: new Date(2026, 5, 1) });
		addFinding(db, pub, f, { status: 'terbuka' });
		addFinding(db, draft, f, { status: 'terbuka' });
		expect(csv('fasilitas')).toContain(',75\r\n');
		const audits = csv('audit').trim().split('\r\n');
		expect(audits).toHaveLength(2);
		expect(audits[1]).toContain('75');
		expect(csv('temuan').trim().split('\r\n')).toHaveLength(2);
	});
});

describe('golden tickets', () => {
	it('lists tickets with their outcome and money', () => {
		addProposal(db, cycle, addIdea(db, addChild(db), cycle), { status: 'diterima', amount: 125_000_000 });
		const out = csv('tiket-emas', true);
		expect(out).toContain('diterima');
		expect(out).toContain('125000000');
	});
});

describe('statistics downloads', () => {
	it('writes the same protected numbers as the page', () => {
		const idea = addIdea(db, addChild(db), cycle);
		addChildren(db, 20).forEach((id) => addVote(db, cycle, idea, id));
		addChildren(db, 2, { desa: DESA_B1 }).forEach((id) => addVote(db, cycle, idea, id));
		const d = publicDashboard(db, resolveScope(db, { cycleId: cycle }, NOW));
		const t = statTable(d, 'partisipasi-kecamatan');
		const out = toCsv(t.columns, t.rows);
		expect(out).toContain('61.07.02,Samalantan,< 5');
		expect(out).toContain('61.07.01,Sungai Raya,*');
	});

	it('writes no zero for children, and says so where a breakdown is withheld', () => {
		const idea = addIdea(db, addChild(db), cycle);
		addChildren(db, 20).forEach((id) => addVote(db, cycle, idea, id));
		addChildren(db, 1, { desa: DESA_B1, gender: 'perempuan' }).forEach((id) => addVote(db, cycle, idea, id));
		const kab = publicDashboard(db, resolveScope(db, { cycleId: cycle }, NOW));
		const lines = (name: Parameters<typeof statTable>[1], d = kab) => {
			const t = statTable(d, name);
			return toCsv(t.columns, t.rows)
				.replace(/^\uFEFF/, '')
				.trim()
				.split('\r\n')
				.slice(1);
		};
		for (const name of [
			'partisipasi-kecamatan',
			'partisipasi-desa',
			'partisipasi-gender',
			'kecamatan'
		] as const)
			expect(statTable(kab, name).rows.filter((r) => r.anak === 0)).toEqual([]);
		// Kecamatan B's one girl: not "laki 0, perempuan < 5, x 0", but no breakdown at all.
		const b = publicDashboard(db, resolveScope(db, { cycleId: cycle, kecamatan: '61.07.02' }, NOW));
		expect(lines('partisipasi-gender', b)).toEqual([
			'laki,terlalu sedikit anak untuk ditampilkan',
			'perempuan,terlalu sedikit anak untuk ditampilkan',
			'x,terlalu sedikit anak untuk ditampilkan'
		]);
		expect(
			lines('partisipasi-desa', b).every((l) => l.endsWith(',terlalu sedikit anak untuk ditampilkan'))
		).toBe(true);
	});

	it('serves JSON with the licence and the same values', async () => {
		const t = statTable(publicDashboard(db, resolveScope(db, { cycleId: cycle }, NOW)), 'alur');
		const res = download('json', 'alur', t.columns, t.rows, {
			source: 'Suara Anak',
			generatedAt: NOW,
			filter: { siklus: cycle }
		});
		expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(res.headers.get('content-disposition')).toBe('attachment; filename="alur.json"');
		const body = (await res.json()) as { lisensi: string; data: { tahap: string; jumlah: number }[] };
		expect(body.lisensi).toBe('CC BY 4.0');
		expect(body.data[0]).toEqual({ tahap: 'masuk', jumlah: 0 });
	});

	it('serves CSV as UTF-8 with a BOM and a file name', async () => {
		const t = statTable(publicDashboard(db, resolveScope(db, {}, NOW)), 'kecamatan');
		const res = download('csv', 'kecamatan', t.columns, t.rows, {
			source: 'Suara Anak',
			generatedAt: NOW,
			filter: {}
		});
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder().decode(bytes)).toContain('Sungai Raya');
	});
});
