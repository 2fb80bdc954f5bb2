import { isHttpError, isRedirect } from '@sveltejs/kit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from './session';

const event = vi.hoisted(() => ({
	locals: { user: null as SessionUser | null },
	url: new URL('https://suaraanak.test/moderasi?tab=1'),
	request: new Request('https://suaraanak.test/moderasi?tab=1')
}));
vi.mock('$app/server', () => ({ getRequestEvent: () => event }));

const { requirePermission, requireRole, requireUser, SECOND_FACTOR_SETUP_PATH } = await import('./guard');

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

	it('sends a staff member who must set up the second factor to its page, from every guard', () => {
		event.locals.user = staff({ mustSetUpSecondFactor: true });
		const setup = `redirect ${SECOND_FACTOR_SETUP_PATH}?wajib=1`;
		expect(outcome(() => requireUser())).toBe(setup);
		expect(outcome(() => requireRole('fasilitator'))).toBe(setup);
		expect(outcome(() => requirePermission('moderate'))).toBe(setup);
	});

	it('opens only the set-up page itself meanwhile', () => {
		event.locals.user = staff({ mustSetUpSecondFactor: true });
		const options = { allowSecondFactorSetup: true };
		expect(outcome(() => requirePermission('account.second_factor', options))).toBe('through');
		// Still only for what the account may do.
		event.locals.user = staff({ kind: 'child', roles: ['anak'], mustSetUpSecondFactor: false });
		expect(outcome(() => requirePermission('account.second_factor', options))).toBe('error 403');
	});
});
