import { isHttpError, isRedirect } from '@sveltejs/kit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from './session';

const event = vi.hoisted(() => ({
	locals: { user: null as SessionUser | null },
	url: new URL('https://suaraanak.test/moderasi?tab=1'),
	request: new Request('https://suaraanak.test/moderasi?tab=1')
}));
vi.mock('$app/server', () => ({ getRequestEvent: () => event }));

const { requirePermission, requireRole, requireSecondFactorPage, requireUser, SECOND_FACTOR_SETUP_PATH } =
	await import('./guard');

const staff = (over: Partial<SessionUser> = {}): SessionUser => ({
	id: 'u1',
	username: 'fasil',
	kind: 'staff',
	displayName: 'Fasil',
	birthYear: null,
	birthMonth: null,
	desaCode: null,
	verifiedAt: null,
	opdId: null,
	roles: ['fasilitator'],
	...over
});

function outcome(run: () => unknown): string {
	try {
		run();
		return 'through';
	} catch (e) {
		if (isRedirect(e)) return `redirect ${e.location}`;
		if (isHttpError(e)) return `error ${e.status}`;
		throw e;
	}
}

describe('guards and the required second factor', () => {
	beforeEach(() => {
		event.locals.user = null;
	});

	it('sends an anonymous visitor to sign in, and back afterwards', () => {
		expect(outcome(() => requireUser())).toBe('redirect /masuk?redirectTo=%2Fmoderasi%3Ftab%3D1');
	});

	it('lets a staff member without a required second factor through', () => {
		event.locals.user = staff();
		expect(outcome(() => requireRole('fasilitator'))).toBe('through');
	});

	// What the session gives such an account (session.ts, effectiveUser): no roles, the real ones waiting.
	const pending = (over: Partial<SessionUser> = {}) =>
		staff({
			roles: [],
			mustSetUpSecondFactor: true,
			rolesAwaitingSecondFactor: ['fasilitator', 'admin'],
			...over
		});

	it('sends a staff member who must set up the second factor to its page, from every guard', () => {
		event.locals.user = pending();
		const setup = `redirect ${SECOND_FACTOR_SETUP_PATH}?wajib=1`;
		expect(outcome(() => requireUser())).toBe(setup);
		expect(outcome(() => requireRole('fasilitator'))).toBe(setup);
		expect(outcome(() => requirePermission('moderate'))).toBe(setup);
		expect(outcome(() => requirePermission('account.second_factor'))).toBe(setup);
	});

	it('opens only the set-up page itself meanwhile, from the roles waiting for the factor', () => {
		event.locals.user = pending();
		expect(outcome(() => requireSecondFactorPage())).toBe('through');
		// A staff account with no staff role waiting has no second factor to set up.
		event.locals.user = pending({ rolesAwaitingSecondFactor: [] });
		expect(outcome(() => requireSecondFactorPage())).toBe('error 403');
		event.locals.user = staff({ kind: 'child', roles: ['anak'], mustSetUpSecondFactor: false });
		expect(outcome(() => requireSecondFactorPage())).toBe('error 403');
		event.locals.user = staff();
		expect(outcome(() => requireSecondFactorPage())).toBe('through');
		event.locals.user = null;
		expect(outcome(() => requireSecondFactorPage())).toBe('redirect /masuk?redirectTo=%2Fmoderasi%3Ftab%3D1');
	});
});
