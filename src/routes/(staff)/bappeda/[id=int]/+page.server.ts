import { amountInput, parseAmount } from '$lib/amount';
import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate, withFiles } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { acceptSchema, assignSchema, declineSchema, deferSchema, realiseSchema } from '$lib/schemas/review';
import { requirePermission } from '$lib/server/auth/guard';
import { dayStart, isDay } from '$lib/server/cycles/wib';
import { getDb } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { pageError, refuse } from '$lib/server/form';
import * as opds from '$lib/server/opds';
import * as reviews from '$lib/server/reviews';
import { m } from '$lib/paraglide/messages';

function loadProposal(id: number) {
	try {
		return reviews.get(getDb(), id, 'staff');
	} catch (e) {
		pageError(e);
	}
}

export const load: PageServerLoad = async ({ params }) => {
	requirePermission('review.proposals');
	const p = loadProposal(Number(params.id));
	const accept = await superValidate(zod4(acceptSchema), { id: 'accept' });
	// Prefilled from the proposal: the cycle's plan year and the rough cost, when known.
	accept.data = {
		programName: p.programName ?? '',
		planYear: p.planYear ?? p.cyclePlanYear,
		amount: amountInput(p.amount ?? p.cost)
	};
	const assign = await superValidate(zod4(assignSchema), { id: 'assign' });
	assign.data.opdId = p.opdId ?? 0;
	return {
		proposal: p,
		opds: opds.list(getDb()),
		acceptForm: accept,
		deferForm: await superValidate(zod4(deferSchema), { id: 'defer' }),
		declineForm: await superValidate(zod4(declineSchema), { id: 'decline' }),
		realiseForm: await superValidate(zod4(realiseSchema), { id: 'realise' }),
		assignForm: assign
	};
};

/** A refusal goes next to its field when the form has it, else on top of the form that asked. */
const onField = (fields: string[]) => (e: DomainError) =>
	(e.field && fields.includes(e.field) ? e.field : '') as '';

const done = (id: string, what: string) => redirect(303, `/bappeda/${id}?disimpan=${what}`);

export const actions: Actions = {
	terima: async ({ request, params }) => {
		const actor = requirePermission('review.proposals');
		const form = await superValidate(request, zod4(acceptSchema), { id: 'accept' });
		if (!form.valid) return fail(400, { form });
		try {
			reviews.decide(getDb(), actor, Number(params.id), {
				status: 'diterima',
				...form.data,
				amount: parseAmount(form.data.amount)!
			});
		} catch (e) {
			return refuse(form, e, { field: onField(['programName', 'planYear', 'amount']) });
		}
		done(params.id, 'diterima');
	},
	tunda: async ({ request, params }) => {
		const actor = requirePermission('review.proposals');
		const form = await superValidate(request, zod4(deferSchema), { id: 'defer' });
		if (!form.valid) return fail(400, { form });
		const { reason, deferredToYear } = form.data;
		try {
			reviews.decide(getDb(), actor, Number(params.id), {
				status: 'ditunda',
				reason,
				deferredToYear: deferredToYear || null
			});
		} catch (e) {
			return refuse(form, e, { field: onField(['reason', 'deferredToYear']) });
		}
		done(params.id, 'ditunda');
	},
	tolak: async ({ request, params }) => {
		const actor = requirePermission('review.proposals');
		const form = await superValidate(request, zod4(declineSchema), { id: 'decline' });
		if (!form.valid) return fail(400, { form });
		try {
			reviews.decide(getDb(), actor, Number(params.id), { status: 'ditolak', reason: form.data.reason });
		} catch (e) {
			return refuse(form, e, { field: onField(['reason']) });
		}
		done(params.id, 'ditolak');
	},
	realisasi: async ({ request, params }) => {
		const actor = requirePermission('review.proposals');
		const form = await superValidate(request, zod4(realiseSchema), { id: 'realise' });
		if (!form.valid) return fail(400, withFiles({ form }));
		if (!isDay(form.data.realisedAt)) {
			setError(form, 'realisedAt', m.review_v_realised_at());
			return fail(400, withFiles({ form }));
		}
		try {
			await reviews.realise(
				getDb(),
				actor,
				Number(params.id),
				{ realisedAt: dayStart(form.data.realisedAt), note: form.data.note },
				form.data.photo ?? null
			);
		} catch (e) {
			return refuse(form, e, { field: onField(['realisedAt', 'note', 'photo']) });
		}
		done(params.id, 'direalisasikan');
	},
	opd: async ({ request, params }) => {
		const actor = requirePermission('review.proposals');
		const form = await superValidate(request, zod4(assignSchema), { id: 'assign' });
		if (!form.valid) return fail(400, { form });
		try {
			reviews.assignOpd(getDb(), actor, Number(params.id), form.data.opdId);
		} catch (e) {
			return refuse(form, e, { field: onField(['opdId']) });
		}
		done(params.id, 'opd');
	}
};
