import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { CHANGE_PATTERN, confirmSchema } from '$lib/schemas/tickets';
import { requirePermission } from '$lib/server/auth/guard';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { confirmStep, readForm, refuse } from '$lib/server/form';
import * as tickets from '$lib/server/tickets';
import { m } from '$lib/paraglide/messages';

/** The cycle asked for (?siklus=), else the one whose voting closed last; only closed cycles qualify. */
function chosen(url: URL) {
	const closed = tickets.closedCycles(getDb());
	const asked = url.searchParams.get('siklus');
	const cycle = asked === null ? closed[0] : closed.find((c) => String(c.id) === asked);
	if (asked !== null && !cycle) error(404, { message: m.ticket_e_cycle_not_found() });
	return { cycles: closed.map(({ id, name }) => ({ id, name })), cycle: cycle ?? null };
}

export const load: PageServerLoad = async ({ url }) => {
	requirePermission('moderate');
	const { cycles, cycle } = chosen(url);
	const agencyName = config.planningAgencyName;
	if (!cycle) return { cycles, cycle: null, agencyName };
	const db = getDb();
	const computed = tickets.computeShortlist(db, cycle.id);
	const lines = computed.lines.map((l) => ({
		ideaId: l.ideaId,
		title: l.title,
		status: l.status,
		kecamatanName: l.kecamatanName,
		placeName: l.placeName,
		votes: l.votes,
		reachedAt: l.reachedAt,
		slot: l.slot,
		rank: l.rank,
		excluded: l.excluded
	}));
	// Rows the facilitator may change: winners (skip) and other published ideas (add).
	const changeable = lines.filter((l) => l.slot !== null || l.status === 'terbit').map((l) => l.ideaId);
	return {
		cycles,
		cycle: { id: cycle.id, name: cycle.name, votingClosesAt: cycle.votingClosesAt },
		agencyName,
		rule: computed.rule,
		lines,
		selection: tickets.confirmedSelection(db, cycle.id),
		done: url.searchParams.has('selesai'),
		form: await superValidate(
			{ cycleId: cycle.id, changes: [], ideaIds: changeable, reasons: changeable.map(() => '') },
			zod4(confirmSchema),
			{ errors: false }
		)
	};
};

export const actions: Actions = {
	confirm: async ({ request }) => {
		const actor = requirePermission('moderate');
		const data = (await readForm(request)) ?? new FormData();
		const form = await superValidate(data, zod4(confirmSchema));
		if (!form.valid) return fail(400, { form });
		const { cycleId, ideaIds, reasons } = form.data;
		const changes = form.data.changes.map((c) => {
			const [, change, id] = CHANGE_PATTERN.exec(c)!;
			const ideaId = Number(id);
			return { ideaId, change: change as 'skip' | 'add', reason: reasons[ideaIds.indexOf(ideaId)] ?? '' };
		});
		// Confirming cannot be undone: the first submit only checks and asks ("Yakin? … Ya / Batal").
		const step = confirmStep(data);
		try {
			if (step === 'confirmed') tickets.confirm(getDb(), actor, cycleId, changes);
			else if (step === 'ask') tickets.checkConfirm(getDb(), actor, cycleId, changes);
		} catch (e) {
			// A refused change goes next to its line; anything else above the list.
			const row = e instanceof tickets.ChangeRefused ? ideaIds.indexOf(e.ideaId) : -1;
			if (row >= 0) return refuse(form, e, { field: `reasons[${row}]` });
			return refuse(form, e, { status: 409, notFoundPage: m.ticket_e_cycle_not_found() });
		}
		if (step !== 'confirmed') return { form, confirm: step === 'ask' };
		redirect(303, `/moderasi/tiket-emas?siklus=${cycleId}&selesai=1`);
	}
};
