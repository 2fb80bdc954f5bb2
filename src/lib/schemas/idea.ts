// The idea form, shared by the page and the server. Messages resolve in the reader's language.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { REPORT_REASONS } from '$lib/report-reasons';

export { REPORT_REASONS };

export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const IDEA_LEVELS = ['desa', 'kecamatan', 'kabupaten'] as const;

export const ideaSchema = z
	.object({
		title: z
			.string()
			.trim()
			.min(8, { error: () => m.idea_v_title_short() })
			.max(120, { error: () => m.idea_v_title_long() }),
		body: z
			.string()
			.trim()
			.min(30, { error: () => m.idea_v_body_short() })
			.max(2000, { error: () => m.idea_v_body_long() }),
		cluster: z
			.number({ error: () => m.idea_v_cluster() })
			.int()
			.min(1, { error: () => m.idea_v_cluster() })
			.max(5, { error: () => m.idea_v_cluster() }),
		level: z.enum(IDEA_LEVELS, { error: () => m.idea_v_level() }).default('desa'),
		desaCode: z.string().max(20).default(''),
		kecamatanCode: z.string().max(20).default(''),
		photo: z
			.instanceof(File)
			.refine((f) => f.size <= PHOTO_MAX_BYTES, { error: () => m.idea_err_photo_too_big() })
			.optional(),
		isGroup: z.boolean().default(false),
		groupForum: z.string().trim().max(100).default(''),
		groupSize: z.number().int().min(0).max(500).default(0),
		/** Ticked after screening pointed out personal data or rude words: send anyway. */
		acknowledged: z.boolean().default(false)
	})
	.superRefine((v, ctx) => {
		if (v.level === 'desa' && !v.desaCode)
			ctx.addIssue({ code: 'custom', path: ['desaCode'], message: m.idea_v_place() });
		if (v.level === 'kecamatan' && !v.kecamatanCode)
			ctx.addIssue({ code: 'custom', path: ['kecamatanCode'], message: m.idea_v_place() });
		if (v.isGroup && v.groupForum.length < 3)
			ctx.addIssue({ code: 'custom', path: ['groupForum'], message: m.idea_v_group_forum() });
		if (v.isGroup && v.groupSize < 2)
			ctx.addIssue({ code: 'custom', path: ['groupSize'], message: m.idea_v_group_size() });
	});

export const reportSchema = z.object({
	// A plain string so no reason is chosen in advance; only the listed ones pass.
	reason: z
		.string()
		.refine((v): v is (typeof REPORT_REASONS)[number] => (REPORT_REASONS as readonly string[]).includes(v), {
			error: () => m.idea_v_report_reason()
		}),
	note: z
		.string()
		.trim()
		.max(300, { error: () => m.idea_v_report_note() })
		.default('')
});

export const withdrawSchema = z.object({
	reason: z.string().trim().max(300).default('')
});
