import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { approveSchema, bulkSchema, decisionSchema, MOD_REASONS } from '$lib/schemas/moderation';
import { can } from '$lib/server/auth/permissions';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { confirmStep, readForm, refuse } from '$lib/server/form';
import * as moderation from '$lib/server/moderation';
import * as regions from '$lib/server/regions';
import * as safeguarding from '$lib/server/safeguarding';
import { m } from '$lib/paraglide/messages';

type Listed = Exclude<(typeof MOD_REASONS)[number], 'other'>;
const REASON_TEXT: Record<Listed, (i: object, o: { locale: 'id' }) => string> = {
	personal_data: m.mod_reason_personal_data,
	insult: m.mod_reason_insult,
	not_an_idea: m.mod_reason_not_an_idea,
	duplicate: m.mod_reason_duplicate,
	unclear: m.mod_reason_unclear
};

/** The reason as the child will read it: always in Bahasa Indonesia, the children's language here. */
function reasonText(reason: string, note: string): string {
	const base = reason === 'other' ? '' : REASON_TEXT[reason as Listed]({}, { locale: 'id' });
	return [base, note].filter(Boolean).join(' ');
}

export const load: PageServerLoad = ({ url }) => {
	const user = requireRole('fasilitator');
	const db = getDb();
	const kecamatan = url.searchParams.get('kecamatan')?.slice(0, 20) || undefined;
	const pending = moderation.pending(db, { kecamatan }).map(({ authorId, ...idea }) => ({
		...idea,
		own: authorId === user.id,
		pieces: moderation.highlight(idea.body, [
			...(idea.screening?.personal ?? []),
			...(idea.screening?.insult ?? []),
			...(idea.screening?.harm ?? [])
		])
	}));
	return {
		pending,
		kecamatan: regions.kecamatanWithDesa(db).map((k) => ({ code: k.code, name: k.name })),
		filter: kecamatan ?? '',
		figures: moderation.figures(db),
		safeguarding: safeguarding.counts(db, user),
		canSafeguard: can(user, 'safeguard')
	};
};

type Decide = (id: number, reason: string) => void;

/**
 * A decision with its reason. One that cannot be undone passes `check` (the same refusals, nothing
 * written): the first submit only checks and asks "Yakin?", the second (confirmed=1) runs.
 */
async function decide(request: Request, run: Decide, done: string, check?: Decide) {
	const data = (await readForm(request)) ?? new FormData();
	const form = await superValidate(data, zod4(decisionSchema));
	if (!form.valid) return fail(400, { form });
	const step = check ? confirmStep(data) : 'confirmed';
	const reason = reasonText(form.data.reason, form.data.note);
	try {
		if (step === 'confirmed') run(form.data.id, reason);
		else if (step === 'ask' && check) check(form.data.id, reason);
	} catch (e) {
		return refuse(form, e, { asMessage: true, status: 409 });
	}
	if (step !== 'confirmed') return { form, confirm: step === 'ask' };
	return message(form, done);
}

export const actions: Actions = {
	approve: async ({ request }) => {
		const user = requireRole('fasilitator');
		const form = await superValidate(request, zod4(approveSchema));
		if (!form.valid) return fail(400, { form });
		try {
			moderation.approve(getDb(), user, form.data.id, form.data.checked);
		} catch (e) {
			return refuse(form, e, { asMessage: true, status: 409 });
		}
		return message(form, m.mod_approved());
	},
	reject: ({ request }) => {
		const user = requireRole('fasilitator');
		return decide(
			request,
			(id, reason) => moderation.reject(getDb(), user, id, reason),
			m.mod_rejected(),
			(id, reason) => moderation.checkDecision(getDb(), user, id, reason)
		);
	},
	changes: ({ request }) => {
		const user = requireRole('fasilitator');
		return decide(
			request,
			(id, reason) => moderation.requestChanges(getDb(), user, id, reason),
			m.mod_sent_back()
		);
	},
	bulk: async ({ request }) => {
		const user = requireRole('fasilitator');
		const form = await superValidate(request, zod4(bulkSchema));
		if (!form.valid) return fail(400, { form });
		const done = moderation.bulkApprove(getDb(), user, form.data.ids);
		return message(form, m.mod_bulk_done({ n: done.length }));
	}
};
