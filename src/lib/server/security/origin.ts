// Cross-site writes: SvelteKit refuses a form post from another site (csrf.checkOrigin), but only for
// form content types. A JSON (or any other) body that changes something must come from our own pages
// too, so every unsafe method must carry our Origin. GET, HEAD and OPTIONS change nothing here.
// The handle hook applies it to every request, so no endpoint can forget it.
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * True for a request that may change something and does not come from this site: its Origin header is
 * missing, "null" or another address. `siteOrigin` is the public origin (ORIGIN, as in event.url).
 */
export function isCrossSiteWrite(request: Request, siteOrigin: string): boolean {
	if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
	return request.headers.get('origin') !== siteOrigin;
}

/** A 403 for a cross-site write, or null to go on (for `handle`, before resolve). */
export function refuseCrossSiteWrite(event: { request: Request; url: URL }): Response | null {
	if (!isCrossSiteWrite(event.request, event.url.origin)) return null;
	return new Response('Cross-site request refused', {
		status: 403,
		headers: { 'Content-Type': 'text/plain' }
	});
}
