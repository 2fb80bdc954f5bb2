import { isHttpError, isRedirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { deleteSessionCookie, setSessionCookie } from '$lib/server/auth/cookies';
import { refuseCrossSiteWrite } from '$lib/server/security/origin';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { config } from '$lib/server/config';
import { closeDb, getDb } from '$lib/server/db';
import { describeError, errorIdOf, log, rememberErrorId, requestFields } from '$lib/server/logging';
import { templates } from '$lib/server/facilities';
import * as uploads from '$lib/server/uploads';
import * as opds from '$lib/server/opds';
import * as regions from '$lib/server/regions';
import { pageCache } from '$lib/server/page-cache';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { cookieName, extractLocaleFromRequest } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

export const init: ServerInit = () => {
	// Migrate on start and ship the pilot kabupaten's regions, the OPD list and the standard audit
	// checklists into an empty database.
	const db = getDb();
	regions.ensureShipped(db);
	opds.ensureShipped(db);
	templates.ensureShippedTemplates(db);
	// Photos stored before smaller copies existed get them in the background; until then a copy is
	// made the first time it is asked for.
	void uploads.backfillSizes(config.uploadsDir).then(
		(photos) => photos && log.info('photo_sizes', { photos }),
		(error) => log.error('photo_sizes', describeError(error))
	);
	// adapter-node emits this on SIGTERM/SIGINT once the last request in flight has been answered
	// (or SHUTDOWN_TIMEOUT passed): close the database so the WAL is checkpointed into the file.
	process.once('sveltekit:shutdown', (reason: string) => {
		closeDb();
		log.info('shutdown', { reason, db: 'closed' });
	});
	log.info('started', { db: 'ok' });
};

/** One line per request: method, route, status, duration, and the error id when one was given. */
const logRequests: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	let status = 500;
	try {
		const response = await resolve(event);
		status = response.status;
		return response;
	} catch (e) {
		// A redirect or error() thrown by a later hook is an answer, not a crash.
		if (isRedirect(e) || isHttpError(e)) status = e.status;
		throw e;
	} finally {
		log.info(
			'request',
			requestFields({
				method: event.request.method,
				routeId: event.route.id,
				params: event.params,
				url: event.url,
				isDataRequest: event.isDataRequest,
				status,
				ms: performance.now() - started,
				errorId: errorIdOf(event.locals)
			})
		);
	}
};

/** The pages a crowd of visitors opens at once: the home page, the idea list, an idea, the dashboard. */
const pages = pageCache(['/', '/(public)/aspirasi', '/(public)/aspirasi/[id=int]', '/(public)/dasbor'], {
	ttlMs: config.pageCacheMs,
	localeCookie: cookieName
});

const publicPages: Handle = ({ event, resolve }) => {
	const key = pages.keyOf({
		method: event.request.method,
		url: event.request.url,
		headers: event.request.headers,
		routeId: event.route.id,
		locale: () => extractLocaleFromRequest(event.request)
	});
	return key ? pages.respond(key, () => resolve(event)) : resolve(event);
};

/** SvelteKit checks the origin of form posts only: every other write must come from our pages too. */
const sameOrigin: Handle = ({ event, resolve }) => refuseCrossSiteWrite(event) ?? resolve(event);

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
			// Its effective rights: no roles at all while a required second factor is not set up.
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

// Logged first (so refusals are logged too), then the security headers on every answer, then what a
// visitor who is not signed in may get from the page cache.
export const handle = sequence(logRequests, headers, publicPages, sameOrigin, i18n, auth);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: m.error_not_found_text() };
	const id = crypto.randomUUID().slice(0, 8);
	rememberErrorId(event.locals, id);
	// 4xx from SvelteKit itself (a form posted with the wrong type, an unknown action) are the
	// client's mistake: a warning without the stack. Everything else is ours.
	const fields = { errorId: id, method: event.request.method, route: event.route.id, status };
	if (status < 500) log.warn('client error', { ...fields, message: describeError(error).message });
	else log.error('unexpected error', { ...fields, ...describeError(error) });
	return { message: m.error_server_text(), id };
};
