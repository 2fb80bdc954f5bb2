// Facilities and Forum Anak audits for the bench data set: a small checklist per type, audits mostly
// published with their answers, members and the findings their "no" answers raise.
import type Database from 'better-sqlite3';
import type { ChecklistContent } from '../../src/lib/server/db/schema';
import { pick } from './random';
import type { Sizes } from './seed';

const DAY = 86_400_000;
const TYPES = ['rbra', 'puskesmas'] as const;
const ANSWERS = ['ya', 'ya', 'ya', 'sebagian', 'tidak', 'tb'] as const;

function checklist(type: string): ChecklistContent {
	const text = (s: string) => ({ id: s, en: s });
	return {
		sections: [1, 2, 3].map((s) => ({
			code: `${type === 'rbra' ? 'R' : 'P'}${s}`,
			title: text(`Bagian ${s}`),
			items: [1, 2, 3, 4].map((i) => ({
				code: `${type === 'rbra' ? 'R' : 'P'}${s}.${i}`,
				text: text(`Syarat ${s}.${i}`),
				question: text(`Apakah syarat ${s}.${i} terpenuhi?`),
				hint: text('Lihat dan tanyakan.'),
				key: i === 1,
				weight: i === 1 ? 2 : 1
			}))
		}))
	};
}

interface Input {
	villages: { code: string; name: string; kec: string }[];
	staffId: (name: string) => string;
	/** Forum Anak members, who make up the audit teams. */
	children: { id: string }[];
	sizes: Sizes;
	now: Date;
	random: () => number;
}

export function seedFacilities(sqlite: Database.Database, input: Input): void {
	const { villages, staffId, children, sizes, now, random } = input;
	const t0 = now.getTime();
	const opd = (code: string) =>
		(sqlite.prepare('select id from opds where code = ?').get(code) as { id: number } | undefined)?.id ??
		null;
	const insertTemplate = sqlite.prepare(
		'insert into checklist_templates (type, version, content, note, published_by) values (?, 1, ?, ?, ?)'
	);
	const insertFacility = sqlite.prepare(
		`insert into facilities (type, name, desa_code, kecamatan_code, address, opd_id, created_at)
		 values (?, ?, ?, ?, ?, ?, ?)`
	);
	const insertAudit = sqlite.prepare(
		`insert into audits (facility_id, template_id, status, created_by, facilitator_id, forum_kecamatan_code,
		 audit_date, submitted_at, published_at, published_by, score, scores, created_at)
		 values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const insertMember = sqlite.prepare('insert into audit_members (audit_id, user_id, role) values (?, ?, ?)');
	const insertAnswer = sqlite.prepare(
		'insert into audit_answers (audit_id, item_code, answer, answered_by, answered_at) values (?, ?, ?, ?, ?)'
	);
	const insertFinding = sqlite.prepare(
		`insert into audit_findings (audit_id, facility_id, item_code, is_key, note, opd_id, status, created_at)
		 values (?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const fasilitator = staffId('fasilitator');
	sqlite.transaction(() => {
		const templates = new Map(
			TYPES.map((type) => {
				const content = checklist(type);
				const id = Number(
					insertTemplate.run(type, JSON.stringify(content), 'bench', staffId('admin')).lastInsertRowid
				);
				return [type, { id, items: content.sections.flatMap((s) => s.items) }];
			})
		);
		const facilities = Array.from({ length: sizes.facilities }, (_, i) => {
			const type = TYPES[i % 2]!;
			const desa = pick(random, villages);
			const opdId = opd(type === 'rbra' ? 'dinsosppppa' : 'dinkes');
			const name = `${type === 'rbra' ? 'RBRA' : 'Puskesmas'} ${desa.name} ${i + 1}`;
			const id = insertFacility.run(
				type,
				name,
				desa.code,
				desa.kec,
				null,
				opdId,
				t0 - 500 * DAY
			).lastInsertRowid;
			return { id: Number(id), type, kec: desa.kec, opdId };
		});
		for (let i = 0; i < sizes.audits; i++) {
			const facility = facilities[i % facilities.length]!;
			const template = templates.get(facility.type)!;
			const r = random();
			const status = r < 0.75 ? 'diterbitkan' : r < 0.85 ? 'diajukan' : r < 0.9 ? 'dikembalikan' : 'draf';
			const date = t0 - Math.floor(random() * 700) * DAY;
			const team = [0, 1, 2].map(() => pick(random, children).id);
			const answers = template.items.map((item) => ({ item, answer: pick(random, ANSWERS) }));
			const scored = answers.filter((a) => a.answer !== 'tb');
			const points = scored.reduce(
				(s, a) => s + (a.answer === 'ya' ? 1 : a.answer === 'sebagian' ? 0.5 : 0),
				0
			);
			const score = scored.length ? points / scored.length : null;
			const published = status === 'diterbitkan';
			const auditId = Number(
				insertAudit.run(
					facility.id,
					template.id,
					status,
					team[0],
					fasilitator,
					facility.kec,
					date,
					status === 'draf' ? null : date + DAY,
					published ? date + 3 * DAY : null,
					published ? fasilitator : null,
					published ? score : null,
					published ? JSON.stringify({ overall: score, sections: [] }) : null,
					date
				).lastInsertRowid
			);
			for (const member of new Set(team)) insertMember.run(auditId, member, 'anggota');
			insertMember.run(auditId, fasilitator, 'fasilitator');
			for (const a of answers) {
				insertAnswer.run(auditId, a.item.code, a.answer, team[0], date);
				if (published && a.answer === 'tidak')
					insertFinding.run(
						auditId,
						facility.id,
						a.item.code,
						a.item.key ? 1 : 0,
						null,
						facility.opdId,
						'terbuka',
						date + 3 * DAY
					);
			}
		}
	})();
}
