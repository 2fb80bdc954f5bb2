// Cross-site writes: SvelteKit refuses a form post from another site (csrf.checkOrigin), but only for
// form content types. A JSON (or any other) body that changes something must come from our own pages
// too, so every unsafe method must carry our Origin. GET, HEAD and OPTIONS change nothing here.
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * True for a request that may change something and does not come from this site: its Origin header is
 * missing, "null" or another address. `siteOrigin` is the public origin (ORIGIN, as in event.url).
 */
export function isCrossSiteWrite(request: Request, siteOrigin: string): boolean {
	if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
	return request.headers.get('origin') !== siteOrigin;
}
