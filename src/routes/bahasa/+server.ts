import { redirect, type RequestHandler } from '@sveltejs/kit';
import { safeRedirect } from '$lib/server/auth/redirect';
import { isLocale } from '$lib/paraglide/runtime';

/** The language switch works as a plain form: it sets the cookie Paraglide reads, then goes back. */
export const POST: RequestHandler = async ({ request, cookies }) => {
	const form = await request.formData().catch(() => new FormData());
	const lang = String(form.get('lang') ?? '');
	if (isLocale(lang)) {
		cookies.set('PARAGLIDE_LOCALE', lang, {
			path: '/',
			httpOnly: false,
			sameSite: 'lax',
			maxAge: 60 * 60 * 24 * 400
		});
	}
	redirect(303, safeRedirect(String(form.get('redirectTo') ?? '/')));
};
