import type { Cookies } from '@sveltejs/kit';
import { config } from '../config';
import type { Db } from '../db/client';
import { createSession, generateSessionToken, invalidateSession, SESSION_COOKIE } from './session';

/**
 * Signs the browser in with a new token (never one it already had, so a planted cookie is worthless)
 * and ends the session it held before, if any.
 */
export function beginSession(db: Db, cookies: Cookies, userId: string, replacing: string | null): void {
	if (replacing) invalidateSession(db, replacing);
	const token = generateSessionToken();
	const session = createSession(db, token, userId);
	setSessionCookie(cookies, token, session.expiresAt);
}

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: config.secureCookies,
		expires: expiresAt,
		path: '/'
	});
}

export function deleteSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, {
		httpOnly: true,
		sameSite: 'lax',
		secure: config.secureCookies,
		path: '/'
	});
}

/** The sign-in waiting for its authenticator code: sent only to /masuk, never a session. */
export const CHALLENGE_COOKIE = 'masuk_kode';
const CHALLENGE_PATH = '/masuk';

export function setChallengeCookie(cookies: Cookies, token: string, expiresAt: Date): void {
	cookies.set(CHALLENGE_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: config.secureCookies,
		expires: expiresAt,
		path: CHALLENGE_PATH
	});
}

export function deleteChallengeCookie(cookies: Cookies): void {
	cookies.delete(CHALLENGE_COOKIE, {
		httpOnly: true,
		sameSite: 'lax',
		secure: config.secureCookies,
		path: CHALLENGE_PATH
	});
}
