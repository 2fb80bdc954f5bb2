import { error, fail, redirect } from '@sveltejs/kit';
import { setError, superValidate, withFiles } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { ideaSchema } from '$lib/schemas/idea';
import { requirePermission, requireUser } from '$lib/server/auth/guard';
import { can, hasRole, isChild, isSuspended } from '$lib/server/auth/permissions';
import * as limits from '$lib/server/security/limits';
import { m } from '$lib/paraglide/messages';
import * as cycles from '$lib/server/cycles';
import * as facilities from '$lib/server/facilities';
import { getDb } from '$lib/server/db';
import { refuse } from '$lib/server/form';
import * as ideas from '$lib/server/ideas';
import { toIdeaInput } from '$lib/server/ideas/form';
import * as regions from '$lib/server/regions';
import { prefillFromFinding } from './from-finding';

type Field = 'title' | 'body' | 'cluster' | 'desaCode' | 'photo' | 'groupForum' | 'groupSize';
const FIELDS: Record<string, Field> = { regionCode: 'desaCode', group: 'groupForum' };

/** `?temuan=<id>`: the idea starts from an audit finding and will cite it. */
const findingParam = (url: URL) => Number(url.searchParams.get('temuan')) || null;

export const load: PageServerLoad = async ({ url }) => {
	const user = requireUser();
	const db = getDb();
	// A suspended child is told why and until when, and one who turned 18 that posting has ended, instead
	// of meeting a bare "no access".
	const agedOut = hasRole(user, 'anak', 'forum_anak') && !isChild(user);
	if (isSuspended(user) || agedOut)
		return {
			agedOut,
			suspendedUntil: user.suspendedUntil ?? null,
			form: null,
			kecamatan: [],
			kabupaten: undefined,
			cycle: null,
			forumMember: false,
			fromFinding: null
		};
	if (!can(user, 'child.participate')) error(403, { message: m.idea_err_not_child() });
	const place = user.desaCode ? regions.getVillage(db, user.desaCode) : undefined;
	const form = await superValidate(zod4(ideaSchema));
	// Defaults to the child's own desa and kecamatan.
	form.data.desaCode = user.desaCode ?? '';
	form.data.kecamatanCode = place?.kecamatanCode ?? '';
	const finding = findingParam(url);
	const fromFinding =
		finding && user.roles.includes('forum_anak') ? facilities.findingForIdea(db, finding) : undefined;
	if (fromFinding) Object.assign(form.data, prefillFromFinding(fromFinding));
	return {
		fromFinding: fromFinding
			? { id: fromFinding.id, auditId: fromFinding.auditId, facilityName: fromFinding.facilityName }
			: null,
		form,
		kecamatan: regions.kecamatanWithDesa(db),
		kabupaten: regions.kabupaten(db),
		cycle: cycles.forNewIdea(db) ?? null,
		forumMember: user.roles.includes('forum_anak'),
		agedOut: false,
		suspendedUntil: null
	};
};

export const actions: Actions = {
	default: async ({ request, url }) => {
		const user = requirePermission('child.participate');
		const form = await superValidate(request, zod4(ideaSchema));
		if (!form.valid) return fail(400, withFiles({ form }));
		const db = getDb();
		let submitted: ideas.Submitted;
		try {
			await limits.consume(db, 'idea', user.id);
			const input = {
				...toIdeaInput(form.data, regions.kabupaten(db)?.code ?? ''),
				findingId: findingParam(url)
			};
			submitted = await ideas.submit(
				db,
				user,
				input,
				form.data.photo ?? null,
				new Date(),
				form.data.acknowledged
			);
		} catch (e) {
			// The words found go next to the text; the box to send anyway says how.
			if (e instanceof ideas.ScreeningWarning) setError(form, 'acknowledged', m.idea_warn_ack_hint());
			return refuse(form, e, {
				field: (r) =>
					r instanceof limits.RateLimited ? 'title' : r.field ? (FIELDS[r.field] ?? (r.field as Field)) : ''
			});
		}
		// A possible disclosure of harm is never shown back: the child sees how to get help, now.
		if (submitted.safeguarding) redirect(303, '/bantuan/segera');
		redirect(303, `/aspirasi/${submitted.id}?baru=1`);
	}
};
