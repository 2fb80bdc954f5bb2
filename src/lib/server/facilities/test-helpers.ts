// Builders for facility tests: accounts, a facility, and audits with answers written directly
// (running an audit is another module's job; these tests start from its results).
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import {
	auditAnswers,
	auditMembers,
	audits,
	facilities,
	userRoles,
	users,
	type AuditAnswer,
	type AuditStatus,
	type FacilityType,
	type Role
} from '../db/schema';
import * as opds from '../opds';
import * as regions from '../regions';
import * as templates from './templates';

export const DESA = '61.07.01.2001'; // Sungai Duri, Kecamatan Sungai Raya
export const KECAMATAN = '61.07.01';
const DAY = 86_400_000;

let seq = 0;

export function prepare(db: Db): void {
	regions.ensureShipped(db);
	opds.ensureShipped(db);
	templates.ensureShippedTemplates(db);
}

export function opdId(db: Db, code: string): number {
	const opd = opds.getByCode(db, code);
	if (!opd) throw new Error(`no OPD ${code}`);
	return opd.id;
}

export function makeUser(db: Db, roles: Role[], opts: { opd?: string; age?: number } = {}): SessionUser {
	const kind = roles.some((r) => r === 'anak' || r === 'forum_anak') ? 'child' : 'staff';
	const id = `f${++seq}-${Math.random().toString(36).slice(2, 8)}`;
	const now = new Date();
	const birthYear = kind === 'child' ? now.getFullYear() - (opts.age ?? 14) - 1 : null;
	const row = {
		id,
		username: id,
		passwordHash: '!',
		kind,
		birthYear,
		birthMonth: kind === 'child' ? 1 : null,
		desaCode: kind === 'child' ? DESA : null,
		verifiedAt: now,
		opdId: opts.opd ? opdId(db, opts.opd) : null
	} as const;
	db.insert(users).values(row).run();
	db.insert(userRoles)
		.values(roles.map((role) => ({ userId: id, role })))
		.run();
	return {
		id,
		username: id,
		kind,
		displayName: null,
		birthYear,
		birthMonth: row.birthMonth,
		desaCode: row.desaCode,
		verifiedAt: now,
		opdId: row.opdId,
		roles
	};
}

export function makeFacility(db: Db, type: FacilityType = 'puskesmas', opd: string | null = 'dinkes') {
	return db
		.insert(facilities)
		.values({
			type,
			name: `Fasilitas ${++seq}`,
			desaCode: DESA,
			kecamatanCode: KECAMATAN,
			opdId: opd ? opdId(db, opd) : null
		})
		.returning()
		.get();
}

export interface AuditSetup {
	facilityId: number;
	members: SessionUser[];
	facilitator?: SessionUser;
	status?: AuditStatus;
	answers?: Record<string, AuditAnswer | [AuditAnswer, string]>;
	templateId?: number;
	daysAgo?: number;
}

/** An audit as the team leaves it: members, answers and a status, all written directly. */
export function makeAudit(db: Db, s: AuditSetup): number {
	const facility = db
		.select()
		.from(facilities)
		.all()
		.find((f) => f.id === s.facilityId);
	if (!facility) throw new Error('no facility');
	const templateId = s.templateId ?? templates.latest(db, facility.type)?.id;
	if (!templateId) throw new Error('no template');
	const at = new Date(Date.now() - (s.daysAgo ?? 1) * DAY);
	const status = s.status ?? 'diajukan';
	const { id } = db
		.insert(audits)
		.values({
			facilityId: s.facilityId,
			templateId,
			status,
			createdBy: s.members[0]?.id ?? null,
			facilitatorId: s.facilitator?.id ?? null,
			forumKecamatanCode: KECAMATAN,
			auditDate: at,
			submittedAt: status === 'draf' ? null : at
		})
		.returning({ id: audits.id })
		.get();
	const members = [
		...s.members.map((m) => ({ auditId: id, userId: m.id, role: 'anggota' as const })),
		...(s.facilitator ? [{ auditId: id, userId: s.facilitator.id, role: 'fasilitator' as const }] : [])
	];
	if (members.length) db.insert(auditMembers).values(members).run();
	const answers = Object.entries(s.answers ?? {}).map(([itemCode, a]) => ({
		auditId: id,
		itemCode,
		answer: Array.isArray(a) ? a[0] : a,
		note: Array.isArray(a) ? a[1] : null,
		answeredBy: s.members[0]?.id ?? null,
		answeredAt: at
	}));
	if (answers.length) db.insert(auditAnswers).values(answers).run();
	return id;
}

/** Every item of a template answered the same way, with some exceptions. */
export function answerAll(
	content: { sections: { items: { code: string }[] }[] },
	answer: AuditAnswer,
	except: Record<string, AuditAnswer | [AuditAnswer, string]> = {}
): Record<string, AuditAnswer | [AuditAnswer, string]> {
	const out: Record<string, AuditAnswer | [AuditAnswer, string]> = {};
	for (const s of content.sections) for (const i of s.items) out[i.code] = except[i.code] ?? answer;
	return out;
}
