// The origin check for endpoints (+server.ts) that take a body: call assertSameOrigin(event) first.
// refuseCrossSiteWrite is the same rule for the handle hook, so no endpoint can forget it.
import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { isCrossSiteWrite } from '../security/origin';

type OriginEvent = Pick<RequestEvent, 'request' | 'url'>;

export function assertSameOrigin(event: OriginEvent): void {
	if (isCrossSiteWrite(event.request, event.url.origin)) error(403, { message: m.error_forbidden_text() });
}

/** A 403 for a cross-site write, or null to go on (for `handle`, before resolve). */
export function refuseCrossSiteWrite(event: OriginEvent): Response | null {
	if (!isCrossSiteWrite(event.request, event.url.origin)) return null;
	return new Response('Cross-site request refused', {
		status: 403,
		headers: { 'Content-Type': 'text/plain' }
	});
}
