import { fail, redirect } from '@sveltejs/kit';
import { superValidate, withFiles } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { regionsApplySchema, regionsUploadSchema } from '$lib/schemas/admin';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as regions from '$lib/server/regions';

export const load: PageServerLoad = async () => {
	requireRole('admin');
	return {
		counts: regions.counts(getDb()),
		uploadForm: await superValidate(zod4(regionsUploadSchema), { id: 'upload' }),
		applyForm: await superValidate(zod4(regionsApplySchema), { id: 'apply' })
	};
};

export const actions: Actions = {
	/** Checks the file and shows what would change; nothing is written yet. */
	preview: async ({ request }) => {
		requireRole('admin');
		const form = await superValidate(request, zod4(regionsUploadSchema), { id: 'upload' });
		if (!form.valid) return fail(400, withFiles({ form }));
		const text = await form.data.file.text();
		const db = getDb();
		const parsed = regions.parseRegionsCsv(text, regions.levelsByCode(db));
		const ok = !parsed.fileError && parsed.errors.length === 0;
		return withFiles({
			form,
			preview: {
				fileName: form.data.file.name,
				fileError: parsed.fileError ?? null,
				errors: parsed.errors.slice(0, 100),
				errorCount: parsed.errors.length,
				rowCount: parsed.rows.length,
				summary: ok ? regions.previewImport(db, parsed) : null,
				sample: parsed.rows.slice(0, 10),
				csv: ok ? text : null
			}
		});
	},
	/** Re-checks the previewed text and writes it in one transaction. */
	apply: async ({ request }) => {
		const actor = requireRole('admin');
		const form = await superValidate(request, zod4(regionsApplySchema), { id: 'apply' });
		if (!form.valid) return fail(400, { form });
		const db = getDb();
		const parsed = regions.parseRegionsCsv(form.data.csv, regions.levelsByCode(db));
		if (parsed.fileError || parsed.errors.length > 0) return fail(400, { form });
		const n = regions.applyImport(db, actor.id, parsed.rows, form.data.fileName);
		redirect(303, `/admin/wilayah?diimpor=${n}`);
	}
};
