import type { Cookies } from '@sveltejs/kit';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { addUser } from '../account/test-helpers';
import { createTestDb } from '../db/test-db';
import { beginSession } from './cookies';
import { SESSION_COOKIE, validateSessionToken } from './session';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

function fakeCookies() {
	const jar = new Map<string, string>();
	const cookies = {
		set: vi.fn((name: string, value: string) => void jar.set(name, value)),
		delete: vi.fn((name: string) => void jar.delete(name))
	};
	return { jar, cookies: cookies as unknown as Cookies, set: cookies.set };
}

describe('beginning a session', () => {
	it('gives a new token at every sign-in and ends the session the browser held before', () => {
		const userId = addUser(db, 'anak.token');
		const { jar, cookies, set } = fakeCookies();
		beginSession(db, cookies, userId, null);
		const first = jar.get(SESSION_COOKIE) ?? '';
		const firstSession = validateSessionToken(db, first);
		expect(firstSession?.user.id).toBe(userId);

		beginSession(db, cookies, userId, firstSession?.session.id ?? null);
		const second = jar.get(SESSION_COOKIE) ?? '';
		expect(second).not.toBe(first);
		expect(validateSessionToken(db, first)).toBeNull();
		expect(validateSessionToken(db, second)?.user.id).toBe(userId);
		expect(set).toHaveBeenLastCalledWith(
			SESSION_COOKIE,
			second,
			expect.objectContaining({ httpOnly: true, sameSite: 'lax', path: '/' })
		);
	});
});
