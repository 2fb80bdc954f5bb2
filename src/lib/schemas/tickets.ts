// Golden-ticket forms, shared by the pages and the server, with the same numbers as the tickets domain
// ($lib/ticket-limits.ts).
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { amountField } from '$lib/schemas/amount';
import { TICKET_LIMITS as L } from '$lib/ticket-limits';

/** A change the facilitator ticked: 'skip:<ideaId>' on a winner, 'add:<ideaId>' on another idea. */
export const CHANGE_PATTERN = /^(skip|add):(\d+)$/;

/**
 * The confirmation form. Every row of the shortlist sends its idea id and its reason box (empty unless
 * the row is changed), so the two lists line up by position even with JavaScript off; ticked changes
 * come as `changes`.
 */
export const confirmSchema = z
	.object({
		cycleId: z.number().int().min(1),
		changes: z.array(z.string().regex(CHANGE_PATTERN)).max(500).default([]),
		ideaIds: z.array(z.number().int().min(1)).max(5000).default([]),
		reasons: z
			.array(z.string().max(L.reasonMax, { error: () => m.ticket_v_reason() }))
			.max(5000)
			.default([])
	})
	.superRefine((v, ctx) => {
		for (const change of v.changes) {
			const i = v.ideaIds.indexOf(Number(CHANGE_PATTERN.exec(change)?.[2]));
			if (i >= 0 && (v.reasons[i] ?? '').trim().length >= L.reasonMin) continue;
			ctx.addIssue({ code: 'custom', path: ['reasons', Math.max(i, 0)], message: m.ticket_v_reason() });
		}
	});
export type ConfirmForm = z.infer<typeof confirmSchema>;

const text = (max: number) =>
	z
		.string()
		.trim()
		.max(max, { error: () => m.ticket_v_too_long() })
		.default('');
const number = () => z.number({ error: () => m.ticket_v_number() });

/**
 * The proposal form. Empty optional fields are fine to save; sending checks what is required. Empty
 * numbers are null (what a number input binds when cleared); the cost is typed text ($lib/amount).
 */
export const proposalSchema = z.object({
	title: z
		.string()
		.trim()
		.min(L.titleMin, { error: () => m.ticket_v_title() })
		.max(L.titleMax, { error: () => m.ticket_v_title() }),
	problem: z
		.string()
		.trim()
		.min(L.problemMin, { error: () => m.ticket_v_problem() })
		.max(L.problemMax, { error: () => m.ticket_v_problem() }),
	activity: text(L.activityMax),
	kecamatanCode: z.string().max(20).default(''),
	desaCode: z.string().max(20).default(''),
	locationNote: text(L.locationNoteMax),
	beneficiaries: number()
		.int({ error: () => m.ticket_v_number() })
		.min(1, { error: () => m.ticket_v_number() })
		.max(L.beneficiariesMax, { error: () => m.ticket_v_number() })
		.nullable(),
	beneficiaryAges: text(L.agesMax),
	opdId: number().int().min(1).nullable(),
	cost: amountField(() => m.ticket_v_amount(), { min: 0, max: L.costMax, optional: true }).default(''),
	volume: number()
		.positive({ error: () => m.ticket_v_number() })
		.max(L.volumeMax, { error: () => m.ticket_v_number() })
		.nullable(),
	unit: text(L.unitMax),
	priority: number()
		.int({ error: () => m.ticket_v_priority() })
		.min(1, { error: () => m.ticket_v_priority() })
		.max(L.priorityMax, { error: () => m.ticket_v_priority() }),
	cluster: number()
		.int({ error: () => m.ticket_v_cluster() })
		.min(1, { error: () => m.ticket_v_cluster() })
		.max(5, { error: () => m.ticket_v_cluster() })
});
export type ProposalForm = z.infer<typeof proposalSchema>;

/** Link or unlink one audit finding. */
export const findingSchema = z.object({
	findingId: z
		.number({ error: () => m.ticket_v_finding() })
		.int()
		.min(1, { error: () => m.ticket_v_finding() })
});
