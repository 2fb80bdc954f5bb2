import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import type { SessionUser } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { NotFound } from '$lib/server/errors';
import * as cycles from '$lib/server/cycles';
import * as ideas from '$lib/server/ideas';
import { merge } from '$lib/server/moderation/merge';
import { mergeSchema } from './schema';
import { pageError, refuse } from '$lib/server/form';

const MERGEABLE = ['terbit', 'disembunyikan'];

function idParam(url: URL, name: string): number | null {
	const n = Number(url.searchParams.get(name));
	return Number.isInteger(n) && n > 0 ? n : null;
}

/** One idea as the page needs it; safeguarding posts never show here. */
function pick(id: number, viewer: SessionUser) {
	try {
		const idea = ideas.get(getDb(), id, viewer);
		if (idea.status === 'perlindungan') throw new NotFound('idea');
		const { id: ideaId, title, status, voteCount, placeName, cycleId, mergedInto } = idea;
		return { id: ideaId, title, status, voteCount, placeName, cycleId, mergedInto };
	} catch (e) {
		pageError(e);
	}
}

export const load: PageServerLoad = async ({ url }) => {
	const user = requireRole('fasilitator');
	const db = getDb();
	const q = url.searchParams.get('q')?.trim().slice(0, 100) ?? '';
	const fromId = idParam(url, 'dari');
	const from = fromId ? pick(fromId, user) : null;
	const into = from && idParam(url, 'ke') ? pick(idParam(url, 'ke')!, user) : null;
	const mergeable = !!from && MERGEABLE.includes(from.status);
	// Step 1 lists published ideas to merge away; step 2 the published ideas of the same cycle.
	const listed =
		!from || (mergeable && !into) ? ideas.browse(db, { q, cycleId: from?.cycleId ?? undefined }) : null;
	// Each candidate says its cycle: step 1 lists every cycle's ideas, and only the same cycle's merge.
	const cycleName = new Map(cycles.list(db).map((c) => [c.id, c.name]));
	const candidates = (listed?.ideas ?? [])
		.filter((i) => !from || (i.id !== from.id && i.cycleId === from.cycleId))
		.map(({ id, title, placeName, voteCount, cycleId }) => ({
			id,
			title,
			placeName,
			voteCount,
			cycleName: cycleId ? (cycleName.get(cycleId) ?? null) : null
		}));
	const target = from?.mergedInto ? pick(from.mergedInto.id, user) : null;
	return {
		q,
		from,
		into: into?.status === 'terbit' ? into : null,
		mergeable,
		candidates,
		done: url.searchParams.has('selesai') && target ? { title: target.title, n: target.voteCount } : null,
		form: await superValidate(
			{ fromId: from?.id ?? 0, intoId: into?.id ?? 0, reason: '' },
			zod4(mergeSchema),
			{ errors: false }
		)
	};
};

export const actions: Actions = {
	merge: async ({ request }) => {
		const actor = requireRole('fasilitator');
		const form = await superValidate(request, zod4(mergeSchema));
		if (!form.valid) return fail(400, { form });
		try {
			merge(getDb(), actor, form.data.fromId, form.data.intoId, form.data.reason);
		} catch (e) {
			return refuse(form, e, { field: 'reason' });
		}
		redirect(303, `/moderasi/gabung?dari=${form.data.fromId}&selesai=1`);
	}
};
