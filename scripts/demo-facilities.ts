// Demo facilities and audits: four play spaces (RBRA) and four Puskesmas in real kecamatan, three
// published audits with findings (some answered by the agency, one fixed with a photo, one overdue),
// one audit waiting for review and one in progress for `forum1`. Uses the domain's own verbs for
// publishing and answering, so the demo holds exactly what the app would write.
import fs from 'node:fs';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../src/lib/server/auth/permissions';
import { config } from '../src/lib/server/config';
import type { Db } from '../src/lib/server/db/client';
import {
	auditAnswers,
	auditFindings,
	auditMembers,
	auditPhotos,
	audits,
	facilities,
	opds,
	regions,
	userRoles,
	users,
	type AuditAnswer,
	type AuditStatus,
	type FacilityType
} from '../src/lib/server/db/schema';
import { answer, markFixed } from '../src/lib/server/facilities/findings';
import { publish } from '../src/lib/server/facilities/review';
import * as templates from '../src/lib/server/facilities/templates';
import * as uploads from '../src/lib/server/uploads';

const DAY = 86_400_000;

/** name, type, kecamatan, desa, managing agency's code, address. */
const FACILITIES: [string, FacilityType, string, string, string, string][] = [
	[
		'Taman Bermain Ramah Anak Bumi Emas',
		'rbra',
		'Bengkayang',
		'Bumi Emas',
		'dlh',
		'Jl. Sanggau Ledo, dekat lapangan'
	],
	['Ruang Bermain Anak Taman Kota Sebalo', 'rbra', 'Bengkayang', 'Sebalo', 'pupr', 'Kompleks taman kota'],
	['RBRA Balai Desa Lesabela', 'rbra', 'Ledo', 'Lesabela', 'dpmd', 'Halaman balai desa'],
	['Taman Bermain Sungai Duri', 'rbra', 'Sungai Raya', 'Sungai Duri', 'perkim', 'Tepi pantai Sungai Duri'],
	['Puskesmas Bengkayang', 'puskesmas', 'Bengkayang', 'Bumi Emas', 'dinkes', 'Jl. Guna Baru'],
	['Puskesmas Ledo', 'puskesmas', 'Ledo', 'Lesabela', 'dinkes', 'Jl. Raya Ledo'],
	['Puskesmas Samalantan', 'puskesmas', 'Samalantan', 'Samalantan', 'dinkes', 'Jl. Raya Samalantan'],
	['Puskesmas Seluas', 'puskesmas', 'Seluas', 'Seluas', 'dinkes', 'Jl. Perbatasan Seluas']
];

type Answers = Record<string, AuditAnswer | [AuditAnswer, string]>;

/** Published, waiting and in-progress audits: facility, status, days ago, answers other than "Ya". */
const AUDITS: { facility: string; status: AuditStatus; daysAgo: number; answers: Answers; all: boolean }[] = [
	{
		facility: 'Taman Bermain Ramah Anak Bumi Emas',
		status: 'diterbitkan',
		daysAgo: 45,
		all: true,
		answers: {
			'R1.3': 'sebagian',
			'R2.3': ['tidak', 'Tidak ada tanda umur di alat main.'],
			'R3.2': 'tidak',
			'R4.3': ['tidak', 'Di bawah ayunan tanahnya keras dan berbatu.'],
			'R6.1': 'tb',
			'R8.2': 'sebagian',
			'R9.3': ['tidak', 'Hanya ada satu tempat sampah.'],
			'R11.2': 'tidak',
			'R11.4': 'sebagian'
		}
	},
	{
		facility: 'RBRA Balai Desa Lesabela',
		status: 'diterbitkan',
		daysAgo: 30,
		all: true,
		answers: {
			'R1.2': 'sebagian',
			'R3.3': 'tidak',
			'R6.1': 'tb',
			'R6.2': ['tidak', 'Tidak ada lampu, gelap sesudah magrib.'],
			'R8.1': 'tidak',
			'R8.2': ['tidak', 'Tidak ada papan nomor darurat.'],
			'R10.1': 'sebagian'
		}
	},
	{
		facility: 'Puskesmas Bengkayang',
		status: 'diterbitkan',
		daysAgo: 70,
		all: true,
		answers: {
			'P1.2': 'sebagian',
			'P1.5': 'tidak',
			'P2.1': ['tidak', 'Anak-anak menunggu bersama pasien dewasa yang batuk.'],
			'P2.4': 'sebagian',
			'P2.7': ['tidak', 'Tidak ada poster hak anak.'],
			'P3.5': 'sebagian',
			'P4.1': ['tidak', 'Kepala Puskesmas bilang SK belum ada.']
		}
	},
	{
		facility: 'Puskesmas Seluas',
		status: 'diajukan',
		daysAgo: 3,
		all: true,
		answers: {
			'P1.2': 'tidak',
			'P2.1': ['tidak', 'Tidak ada pojok bermain, anak menunggu di lorong.'],
			'P2.6': 'sebagian',
			'P3.5': ['tidak', 'Belum ada layanan khusus remaja.'],
			'P3.8': 'tb'
		}
	},
	// Started by forum1 at a facility with earlier findings: the team can confirm or reopen them.
	{
		facility: 'Puskesmas Bengkayang',
		status: 'draf',
		daysAgo: 0,
		all: false,
		answers: { 'P1.1': 'ya', 'P1.2': 'sebagian', 'P1.3': ['ya', 'Petugas pendaftaran menyapa kami.'] }
	}
];

function actorOf(db: Db, username: string): Actor {
	const user = db.select().from(users).where(eq(users.username, username)).get();
	if (!user) throw new Error(`Demo data: no account ${username}`);
	const roles = db
		.select({ role: userRoles.role })
		.from(userRoles)
		.where(eq(userRoles.userId, user.id))
		.all()
		.map((r) => r.role);
	return { ...user, roles };
}

function villageCode(db: Db, kecamatanName: string, desaName: string) {
	const kec = db
		.select()
		.from(regions)
		.where(eq(regions.name, kecamatanName))
		.all()
		.find((r) => r.level === 'kecamatan');
	const desa = kec
		? db
				.select()
				.from(regions)
				.where(eq(regions.parentCode, kec.code))
				.all()
				.find((r) => r.name === desaName)
		: undefined;
	if (!kec || !desa) throw new Error(`Demo data: no desa ${desaName} in ${kecamatanName}`);
	return { desaCode: desa.code, kecamatanCode: kec.code };
}

/** Every item of the checklist: "Ya" unless the audit says otherwise. */
function answersFor(db: Db, type: FacilityType, a: (typeof AUDITS)[number]): Answers {
	if (!a.all) return a.answers;
	const content = templates.latest(db, type)?.content;
	const out: Answers = {};
	for (const s of content?.sections ?? []) for (const i of s.items) out[i.code] = a.answers[i.code] ?? 'ya';
	return out;
}
/**
 * Adds the demo facilities and audits; returns false (and changes nothing) when facilities exist.
 * Needs the demo accounts `forum1`, `fasilitator` and `dinkes` (scripts/demo-data.ts).
 */
export async function seedFacilities(
	db: Db,
	now = new Date(),
	uploadsDir = config.uploadsDir
): Promise<boolean> {
	templates.ensureShippedTemplates(db);
	if (db.select({ id: facilities.id }).from(facilities).limit(1).get()) return false;
	const [forum1, fasilitator, dinkes] = ['forum1', 'fasilitator', 'dinkes'].map((u) => actorOf(db, u)) as [
		Actor,
		Actor,
		Actor
	];
	const opdIds = new Map(
		db
			.select()
			.from(opds)
			.where(inArray(opds.code, ['dlh', 'pupr', 'perkim', 'dpmd', 'dinkes']))
			.all()
			.map((o) => [o.code, o.id])
	);
	const photo = async (file: string) =>
		uploads.savePhoto(new Uint8Array(fs.readFileSync(path.resolve('scripts/demo-photos', file))), uploadsDir);
	const playground = await photo('playground.webp');
	const clinic = await photo('clinic.webp');
	const ago = (days: number) => new Date(now.getTime() - days * DAY);

	const ids = new Map<string, { id: number; type: FacilityType; kecamatanCode: string }>();
	for (const [name, type, kec, desa, opd, address] of FACILITIES) {
		const place = villageCode(db, kec, desa);
		const row = db
			.insert(facilities)
			.values({ type, name, ...place, address, opdId: opdIds.get(opd) ?? null, createdAt: ago(120) })
			.returning({ id: facilities.id })
			.get();
		ids.set(name, { id: row.id, type, kecamatanCode: place.kecamatanCode });
	}

	const auditIds: number[] = [];
	for (const a of AUDITS) {
		const facility = ids.get(a.facility)!;
		const template = templates.latest(db, facility.type)!;
		const at = ago(a.daysAgo);
		const submitted = a.status === 'draf' ? null : new Date(at.getTime() + DAY / 4);
		const auditId = db.transaction((tx) => {
			const { id } = tx
				.insert(audits)
				.values({
					facilityId: facility.id,
					templateId: template.id,
					status: a.status === 'diterbitkan' ? 'diajukan' : a.status,
					createdBy: forum1.id,
					facilitatorId: fasilitator.id,
					forumKecamatanCode: facility.kecamatanCode,
					auditDate: at,
					submittedAt: submitted,
					createdAt: at
				})
				.returning({ id: audits.id })
				.get();
			tx.insert(auditMembers)
				.values([
					{ auditId: id, userId: forum1.id, role: 'anggota' },
					{ auditId: id, userId: fasilitator.id, role: 'fasilitator' }
				])
				.run();
			const rows = Object.entries(answersFor(db, facility.type, a)).map(([itemCode, v]) => ({
				auditId: id,
				itemCode,
				answer: Array.isArray(v) ? v[0] : v,
				note: Array.isArray(v) ? v[1] : null,
				answeredBy: forum1.id,
				answeredAt: at,
				savedAt: at
			}));
			tx.insert(auditAnswers).values(rows).run();
			return id;
		});
		auditIds.push(auditId);
		if (a.status === 'diterbitkan') publish(db, fasilitator, auditId, new Date(at.getTime() + 2 * DAY));
	}

	// Evidence photos (no faces): the play space's hard ground and the clinic's waiting room.
	const [bumiEmas, , pkmBengkayang, seluas] = auditIds as [number, number, number, number];
	db.insert(auditPhotos)
		.values([
			{ auditId: bumiEmas, itemCode: 'R4.3', file: playground, uploadedBy: forum1.id, createdAt: ago(45) },
			{ auditId: seluas, itemCode: 'P2.1', file: clinic, uploadedBy: forum1.id, createdAt: ago(3) }
		])
		.run();

	// Dinkes answers the Puskesmas Bengkayang findings: one plan on time, one overdue, one fixed.
	const finding = (code: string) =>
		db
			.select({ id: auditFindings.id, itemCode: auditFindings.itemCode })
			.from(auditFindings)
			.where(eq(auditFindings.auditId, pkmBengkayang))
			.all()
			.find((f) => f.itemCode === code)!.id;
	const day = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
	answer(
		db,
		dinkes,
		finding('P2.1'),
		{
			plan: 'Pojok tunggu anak disiapkan di ruang KIA dengan kursi kecil dan mainan.',
			targetDay: day(ago(-40))
		},
		ago(60)
	);
	answer(
		db,
		dinkes,
		finding('P4.1'),
		{ plan: 'Usulan SK Puskesmas Ramah Anak diajukan ke Kepala Dinas.', targetDay: day(ago(10)) },
		ago(60)
	);
	answer(
		db,
		dinkes,
		finding('P2.7'),
		{ plan: 'Poster hak anak dan kesehatan remaja dipasang di ruang tunggu.', targetDay: day(ago(20)) },
		ago(60)
	);
	const poster = fs.readFileSync(path.resolve('scripts/demo-photos', 'school.webp'));
	await markFixed(
		db,
		dinkes,
		finding('P2.7'),
		{ note: 'Empat poster sudah dipasang di ruang tunggu.' },
		new File([new Uint8Array(poster)], 'school.webp'),
		ago(25),
		uploadsDir
	);
	return true;
}
