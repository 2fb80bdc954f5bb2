// Answers sent by a phone's queue as JSON (see $lib/state/audit-queue.svelte.ts). SvelteKit checks the
// origin of form posts only, so this checks it itself; the body is read with a size cap.
import { json, type RequestHandler } from '@sveltejs/kit';
import * as audits from '$lib/server/audits';
import { requireUser } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { refusal } from '$lib/server/form';

export const POST: RequestHandler = async ({ request, params, url }) => {
	const user = requireUser();
	if (request.headers.get('origin') !== url.origin) return json({ error: 'origin' }, { status: 403 });
	if (!request.headers.get('content-type')?.startsWith('application/json'))
		return json({ error: 'content_type' }, { status: 415 });
	try {
		const answers = audits.parseAnswersPayload(await audits.readLimited(request));
		const saved = audits.saveAnswers(getDb(), user, Number(params.id), answers);
		return json({ saved }, { headers: { 'Cache-Control': 'no-store' } });
	} catch (e) {
		const { error, message, status } = refusal(e);
		return json(
			{ error: error.code, item: error.field ?? null, message },
			{ status: error.code === 'audit_payload_too_big' ? 413 : status }
		);
	}
};
