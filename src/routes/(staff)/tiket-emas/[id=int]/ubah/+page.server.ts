import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate, type SuperValidated } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { amountInput, parseAmount } from '$lib/amount';
import type { Actions, PageServerLoad } from './$types';
import { findingSchema, proposalSchema, type ProposalForm } from '$lib/schemas/tickets';
import { requireUser } from '$lib/server/auth/guard';
import type { SessionUser } from '$lib/server/auth/session';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { Forbidden, NotFound } from '$lib/server/errors';
import { refuse, pageError } from '$lib/server/form';
import * as opds from '$lib/server/opds';
import * as regions from '$lib/server/regions';
import * as tickets from '$lib/server/tickets';
import { m } from '$lib/paraglide/messages';

const FORM_FIELDS = Object.keys(proposalSchema.shape);

/**
 * The proposal not there → 404; not theirs to work on → 403 (facilitators and the kecamatan's Forum
 * Anak only): pages, not form errors. Other refusals (a missing finding) go on the form.
 */
function pageRefusal(e: unknown) {
	if ((e instanceof NotFound && e.code === 'proposal') || e instanceof Forbidden)
		pageError(e, m.ticket_e_not_found());
}

function toInput(d: ProposalForm): tickets.ProposalInput {
	return {
		...d,
		kecamatanCode: d.kecamatanCode || null,
		desaCode: d.desaCode || null,
		locationNote: d.locationNote || null,
		beneficiaryAges: d.beneficiaryAges || null,
		unit: d.unit || null,
		cost: parseAmount(d.cost)
	};
}

/** A refusal as a message on the field at fault (or the whole form); access refusals become pages. */
function refused(form: SuperValidated<ProposalForm>, e: unknown) {
	if (e instanceof tickets.ProposalIncomplete) {
		const agency = config.planningAgencyName;
		for (const f of e.missing)
			if (f === 'location') setError(form, 'kecamatanCode', m.ticket_v_location());
			else setError(form, f, m.ticket_v_required_to_send({ agency }));
		return setError(form, '', m.ticket_e_incomplete());
	}
	pageRefusal(e);
	return refuse(form, e, {
		field: (r) => (r.field && FORM_FIELDS.includes(r.field) ? (r.field as keyof ProposalForm) : '')
	});
}

const here = (id: string, flag = '') => `/tiket-emas/${id}/ubah${flag}`;

export const load: PageServerLoad = async ({ params }) => {
	const user = requireUser();
	const db = getDb();
	let p: ReturnType<typeof tickets.forEditor>;
	try {
		p = tickets.forEditor(db, user, Number(params.id));
	} catch (e) {
		pageError(e, m.ticket_e_not_found());
	}
	const values: ProposalForm = {
		title: p.title,
		problem: p.problem,
		activity: p.activity,
		kecamatanCode: p.kecamatanCode ?? '',
		desaCode: p.desaCode ?? '',
		locationNote: p.locationNote ?? '',
		beneficiaries: p.beneficiaries,
		beneficiaryAges: p.beneficiaryAges ?? '',
		opdId: p.opdId,
		cost: amountInput(p.cost),
		volume: p.volume,
		unit: p.unit ?? '',
		priority: p.priority,
		cluster: p.cluster
	};
	return {
		proposal: p,
		agencyName: config.planningAgencyName,
		canModerate: user.roles.includes('fasilitator'),
		opds: opds.list(db).map(({ id, name }) => ({ id, name })),
		kecamatan: regions.kecamatanWithDesa(db),
		form: await superValidate(values, zod4(proposalSchema), { errors: false }),
		linkForm: await superValidate(zod4(findingSchema), { id: 'link' })
	};
};

function attempt(user: SessionUser, run: (db: ReturnType<typeof getDb>, u: SessionUser) => void) {
	try {
		run(getDb(), user);
		return null;
	} catch (e) {
		return e;
	}
}

export const actions: Actions = {
	simpan: async ({ request, params }) => {
		const user = requireUser();
		const form = await superValidate(request, zod4(proposalSchema));
		if (!form.valid) return fail(400, { form });
		const e = attempt(user, (db, u) => tickets.updateProposal(db, u, Number(params.id), toInput(form.data)));
		if (e) return refused(form, e);
		redirect(303, here(params.id, '?disimpan=1'));
	},
	kirim: async ({ request, params }) => {
		const user = requireUser();
		const form = await superValidate(request, zod4(proposalSchema));
		if (!form.valid) return fail(400, { form });
		const e = attempt(user, (db, u) => tickets.submitProposal(db, u, Number(params.id), toInput(form.data)));
		if (e) return refused(form, e);
		redirect(303, here(params.id, '?terkirim=1'));
	},
	tautkan: async ({ request, params }) => {
		const user = requireUser();
		const form = await superValidate(request, zod4(findingSchema), { id: 'link' });
		if (!form.valid) return fail(400, { linkForm: form });
		const e = attempt(user, (db, u) => tickets.linkFinding(db, u, Number(params.id), form.data.findingId));
		pageRefusal(e);
		if (e) return refuse(form, e, { field: 'findingId' });
		redirect(303, here(params.id, '#bukti'));
	},
	lepas: async ({ request, params }) => {
		const user = requireUser();
		const form = await superValidate(request, zod4(findingSchema), { id: 'link' });
		if (!form.valid) return fail(400, { linkForm: form });
		const e = attempt(user, (db, u) => tickets.unlinkFinding(db, u, Number(params.id), form.data.findingId));
		pageRefusal(e);
		if (e) return refuse(form, e, { field: 'findingId' });
		redirect(303, here(params.id, '#bukti'));
	}
};
