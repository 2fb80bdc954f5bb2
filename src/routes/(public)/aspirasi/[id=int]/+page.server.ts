import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { reportSchema, withdrawSchema } from '$lib/schemas/idea';
import { requireUser } from '$lib/server/auth/guard';
import { hasRole } from '$lib/server/auth/permissions';
import { getDb } from '$lib/server/db';
import { pageError, refusal, refuse } from '$lib/server/form';
import * as ideas from '$lib/server/ideas';
import * as reports from '$lib/server/reports';
import * as reviews from '$lib/server/reviews';
import * as votes from '$lib/server/votes';
import * as limits from '$lib/server/security/limits';
import { m } from '$lib/paraglide/messages';
import { voteMessage, type VoteRefusal } from '$lib/vote-messages';

function loadIdea(id: number, viewer: App.Locals['user']) {
	try {
		return ideas.get(getDb(), id, viewer);
	} catch (e) {
		pageError(e);
	}
}

/** The refusal's words, said by the server so the page's JavaScript stays small. */
function withWords<S extends { reason: string | null }>(state: S) {
	const r = state.reason;
	return { ...state, reasonText: r && r !== 'vote_sign_in' ? voteMessage(r as VoteRefusal) : null };
}

/** Only what the box needs: the page's data is part of its weight. */
function ticketOf(ideaId: number) {
	const t = reviews.journeys(getDb(), [ideaId]).get(ideaId);
	return t ? { id: t.id, status: t.status } : null;
}

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { authorId: _authorId, ...idea } = loadIdea(Number(params.id), locals.user);
	return {
		canModerate: hasRole(locals.user, 'fasilitator'),
		// The author's account id stays on the server: pages show only nickname and desa.
		idea,
		vote: withWords(votes.formState(getDb(), locals.user, { ...idea, authorId: _authorId })),
		// Its golden ticket; the decision and each step after it are on the ticket's page (linked) and on
		// the author's /saya, which keeps this page within its JavaScript budget.
		ticket: ticketOf(idea.id),
		// How far it is from the golden ticket's minimum, and until when supports count.
		// Why the author cannot withdraw it any more (worded here for the page's JavaScript budget).
		ticketNote: m.idea_err_has_ticket(),
		// After a report sent without JavaScript: the thanks at the top.
		reportedThanks: url.searchParams.has('dilaporkan') ? m.idea_report_thanks() : null,
		reportForm: await superValidate(zod4(reportSchema), { id: 'report' }),
		withdrawForm: await superValidate(zod4(withdrawSchema), { id: 'withdraw' })
	};
};

/** A vote refused by a rule comes back as a message the page shows next to the button. */
function voteFailure(e: unknown) {
	const r = refusal(e);
	// The code too: when the reloaded page already says the same (the last vote went in another tab),
	// the message is not shown twice.
	return fail(r.status, { voteError: r.message, voteCode: r.error.code });
}

export const actions: Actions = {
	dukung: async ({ params }) => {
		const user = requireUser();
		try {
			await limits.consume(getDb(), 'vote', user.id);
			votes.cast(getDb(), user, Number(params.id));
		} catch (e) {
			return voteFailure(e);
		}
		return { voted: true };
	},
	batal: async ({ params }) => {
		const user = requireUser();
		try {
			await limits.consume(getDb(), 'vote', user.id);
			votes.withdraw(getDb(), user, Number(params.id));
		} catch (e) {
			return voteFailure(e);
		}
		return { voted: false };
	},
	lapor: async ({ request, params }) => {
		const user = requireUser();
		const form = await superValidate(request, zod4(reportSchema), { id: 'report' });
		if (!form.valid) return fail(400, { form });
		let hidden: boolean;
		try {
			await limits.consume(getDb(), 'report', user.id);
			const reason = form.data.reason as reports.ReportReason;
			hidden = reports.report(getDb(), user, Number(params.id), reason, form.data.note).hidden;
		} catch (e) {
			return refuse(form, e, { asMessage: true });
		}
		// This report hid the idea: its page is gone for the reporter too, so go back to the list.
		if (hidden) redirect(303, '/aspirasi?dilaporkan=1');
		// Without JavaScript the page comes back scrolled to the top, far from the report section: the
		// thanks goes there. With it (use:enhance sends this header) it appears where the finger is.
		if (request.headers.get('x-sveltekit-action') !== 'true')
			redirect(303, `/aspirasi/${params.id}?dilaporkan=1`);
		return message(form, m.idea_report_thanks());
	},
	tarik: async ({ request, params }) => {
		// Withdrawing stays the author's right after they turn 18.
		const user = requireUser();
		const form = await superValidate(request, zod4(withdrawSchema), { id: 'withdraw' });
		if (!form.valid) return fail(400, { form });
		try {
			ideas.withdraw(getDb(), user, Number(params.id), form.data.reason || null);
		} catch (e) {
			return refuse(form, e, { asMessage: true, status: 409 });
		}
		redirect(303, `/aspirasi/${params.id}?ditarik=1`);
	}
};
