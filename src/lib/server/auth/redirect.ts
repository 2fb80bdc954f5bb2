/** Only same-site paths are followed after sign-in; anything else falls back to `fallback`. */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
	if (!target) return fallback;
	// A path, not "//host" or "/\host" (browsers treat both as another site), no control characters.
	if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
	// eslint-disable-next-line no-control-regex -- refusing control characters is the point
	if (/[\u0000-\u001f\u007f]/.test(target)) return fallback;
	try {
		const url = new URL(target, 'http://suara-anak.invalid');
		if (url.origin !== 'http://suara-anak.invalid') return fallback;
		const out = url.pathname + url.search + url.hash;
		// "/.//evil.com" and the like normalise to "//evil.com": check the result too.
		return out.startsWith('//') || out.startsWith('/\\') ? fallback : out;
	} catch {
		return fallback;
	}
}
