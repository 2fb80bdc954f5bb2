// The answers a phone sends as JSON: read with a size cap, then checked for shape. The domain checks
// the content (item codes, answers, notes) when saving.
import { z } from 'zod';
import { Invalid } from '../errors';
import type { AnswerInput } from './answers';
import { ANSWERS_PER_REQUEST, NOTE_MAX } from './rules';

/** A full checklist of answers with long notes fits many times over. */
export const PAYLOAD_MAX_BYTES = 256 * 1024;

const payloadSchema = z.object({
	answers: z
		.array(
			z.object({
				itemCode: z.string().min(1).max(20),
				answer: z.string().max(20),
				note: z
					.string()
					.max(NOTE_MAX * 2)
					.nullable()
					.optional(),
				answeredAt: z.number().finite()
			})
		)
		.min(1)
		.max(ANSWERS_PER_REQUEST)
});

/** Reads a request body, refusing one larger than `max` without reading past it. */
export async function readLimited(request: Request, max = PAYLOAD_MAX_BYTES): Promise<string> {
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > max) throw new Invalid('audit_payload_too_big');
	if (!request.body) return '';
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > max) {
			await reader.cancel();
			throw new Invalid('audit_payload_too_big');
		}
		chunks.push(value);
	}
	return new TextDecoder().decode(Buffer.concat(chunks));
}

/** The answers of a JSON body, or Invalid('audit_payload') when it is not the expected shape. */
export function parseAnswersPayload(text: string): AnswerInput[] {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new Invalid('audit_payload');
	}
	const parsed = payloadSchema.safeParse(json);
	if (!parsed.success) throw new Invalid('audit_payload');
	return parsed.data.answers;
}
