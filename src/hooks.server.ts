import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { deleteSessionCookie, setSessionCookie } from '$lib/server/auth/cookies';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import * as opds from '$lib/server/opds';
import * as regions from '$lib/server/regions';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { m } from '$lib/paraglide/messages';

export const init: ServerInit = () => {
	// Migrate on start and ship the pilot kabupaten's regions and the OPD list into an empty database.
	const db = getDb();
	regions.ensureShipped(db);
	opds.ensureShipped(db);
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

const auth: Handle = ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.sessionId = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const result = validateSessionToken(getDb(), token);
		if (result) {
			event.locals.user = result.user;
			event.locals.sessionId = result.session.id;
			setSessionCookie(event.cookies, token, result.session.expiresAt);
		} else {
			// Expired, ended or tampered: forget it.
			deleteSessionCookie(event.cookies);
		}
	}
	return resolve(event);
};

const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('Permissions-Policy', 'camera=(self), geolocation=(), microphone=()');
	// Served over https (ORIGIN): browsers must never fall back to plain http.
	if (config.secureCookies)
		response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	// Pages for a signed-in user are never cached by proxies; public photos keep their own header.
	if (event.locals.user && !response.headers.has('Cache-Control'))
		response.headers.set('Cache-Control', 'private, no-store');
	return response;
};

export const handle = sequence(i18n, auth, headers);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: m.error_not_found_text() };
	const id = crypto.randomUUID().slice(0, 8);
	console.error(`[${id}] ${event.request.method} ${event.url.pathname}`, error);
	return { message: m.error_server_text(), id };
};
