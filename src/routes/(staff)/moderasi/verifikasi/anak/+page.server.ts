import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { verifyByHandSchema } from '$lib/schemas/verification';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as regions from '$lib/server/regions';
import * as verification from '$lib/server/verification';
import { m } from '$lib/paraglide/messages';
import { pageError, refuse } from '$lib/server/form';

const STATUS = { sudah: true, belum: false } as const;

export const load: PageServerLoad = async ({ url }) => {
	requireRole('fasilitator');
	const db = getDb();
	const q = url.searchParams.get('q')?.slice(0, 100) ?? '';
	const desa = url.searchParams.get('desa')?.slice(0, 20) ?? '';
	const status = url.searchParams.get('status') ?? '';
	const page = Math.max(1, Number.parseInt(url.searchParams.get('hal') ?? '1', 10) || 1);
	const chosen = url.searchParams.get('anak');
	let selected = null;
	if (chosen) {
		try {
			selected = verification.getChild(db, chosen);
		} catch (e) {
			pageError(e, m.verif_child_not_found());
		}
	}
	return {
		filters: { q, desa, status: status in STATUS ? status : '' },
		...verification.listChildren(db, {
			q,
			desaCode: desa || undefined,
			verified: STATUS[status as keyof typeof STATUS],
			page
		}),
		kecamatan: regions.kecamatanWithDesa(db),
		selected,
		done: url.searchParams.has('selesai'),
		form: await superValidate({ childId: selected?.id ?? '' }, zod4(verifyByHandSchema), { errors: false })
	};
};

/** Back to the same list, filters kept, with the child still open and the outcome shown. */
function backTo(url: URL, childId: string): string {
	const params = new URLSearchParams(
		[...url.searchParams].filter(([k]) => !k.startsWith('/') && k !== 'anak' && k !== 'selesai')
	);
	params.set('anak', childId);
	params.set('selesai', '1');
	return `/moderasi/verifikasi/anak?${params}`;
}

async function byHand({ request, url }: RequestEvent, run: (childId: string, reason: string) => void) {
	const form = await superValidate(request, zod4(verifyByHandSchema));
	if (!form.valid) return fail(400, { form });
	try {
		run(form.data.childId, form.data.reason);
	} catch (e) {
		return refuse(form, e, { field: 'reason' });
	}
	redirect(303, backTo(url, form.data.childId));
}

export const actions: Actions = {
	verify: async (event) => {
		const actor = requireRole('fasilitator');
		return byHand(event, (childId, reason) => verification.verifyByHand(getDb(), actor.id, childId, reason));
	},
	unverify: async (event) => {
		const actor = requireRole('fasilitator');
		return byHand(event, (childId, reason) => verification.unverify(getDb(), actor.id, childId, reason));
	}
};
