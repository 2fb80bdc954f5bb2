import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../db/schema';
import {
	type Action,
	type Actor,
	can,
	CHILD_ROLES,
	hasRole,
	isChild,
	roleFitsAccount,
	STAFF_ROLES
} from './permissions';

const JUNE_2025 = new Date(2025, 5, 15);
const VERIFIED = new Date(2025, 0, 10);

const ACTIONS: Action[] = [
	'account.second_factor',
	'admin.users',
	'admin.regions',
	'child.participate',
	'child.vote',
	'audit.run',
	'moderate',
	'review.proposals',
	'opd.respond'
];

function child(roles: Role[], extra: Partial<Actor> = {}): Actor {
	return { id: 'c', kind: 'child', roles, birthYear: 2012, birthMonth: 3, verifiedAt: VERIFIED, ...extra };
}

function staff(roles: Role[]): Actor {
	return { id: 's', kind: 'staff', roles, birthYear: null, birthMonth: null, verifiedAt: null };
}

// What a typical, verified holder of each single role may do.
const ALLOWED: Record<Role, { actor: Actor; actions: Action[] }> = {
	anak: { actor: child(['anak']), actions: ['child.participate', 'child.vote'] },
	forum_anak: { actor: child(['forum_anak']), actions: ['child.participate', 'child.vote', 'audit.run'] },
	fasilitator: { actor: staff(['fasilitator']), actions: ['account.second_factor', 'moderate'] },
	bappeda: { actor: staff(['bappeda']), actions: ['account.second_factor', 'review.proposals'] },
	opd: { actor: staff(['opd']), actions: ['account.second_factor', 'opd.respond'] },
	admin: { actor: staff(['admin']), actions: ['account.second_factor', 'admin.users', 'admin.regions'] }
};

const TABLE = ROLES.flatMap((role) =>
	ACTIONS.map((action) => [role, action, ALLOWED[role].actions.includes(action)] as const)
);

describe('can', () => {
	it.each(TABLE)('%s may %s: %s', (role, action, expected) => {
		expect(can(ALLOWED[role].actor, action, JUNE_2025)).toBe(expected);
	});

	it.each(ACTIONS)('nobody signed in may not %s', (action) => {
		expect(can(null, action, JUNE_2025)).toBe(false);
		expect(can(undefined, action, JUNE_2025)).toBe(false);
	});

	it.each(['child.participate', 'child.vote', 'audit.run'] as const)(
		'a forum member who turned 18 this month keeps no %s',
		(action) => {
			const turned18 = child(['anak', 'forum_anak'], { birthYear: 2007, birthMonth: 6 });
			expect(can(turned18, action, JUNE_2025)).toBe(false);
			// One month earlier the same account still had the right.
			expect(can(turned18, action, new Date(2025, 4, 15))).toBe(true);
		}
	);

	it('an unverified child may participate but not vote', () => {
		const unverified = child(['anak'], { verifiedAt: null });
		expect(can(unverified, 'child.participate', JUNE_2025)).toBe(true);
		expect(can(unverified, 'child.vote', JUNE_2025)).toBe(false);
	});

	it('an anak without forum_anak may not run audits', () => {
		expect(can(child(['anak']), 'audit.run', JUNE_2025)).toBe(false);
	});

	it('a child account without a birth date gets no child rights', () => {
		const noBirth = child(['anak', 'forum_anak'], { birthYear: null, birthMonth: null });
		expect(ACTIONS.filter((a) => can(noBirth, a, JUNE_2025))).toEqual([]);
	});

	it('a staff account holding a child role gets no child rights', () => {
		const odd: Actor = {
			...staff(['anak', 'forum_anak']),
			birthYear: 2012,
			birthMonth: 3,
			verifiedAt: VERIFIED
		};
		expect(ACTIONS.filter((a) => can(odd, a, JUNE_2025))).toEqual([]);
	});

	it('a child account without any role gets no rights', () => {
		expect(ACTIONS.filter((a) => can(child([]), a, JUNE_2025))).toEqual([]);
	});

	it('rights of several roles add up', () => {
		const both = staff(['fasilitator', 'admin']);
		expect(ACTIONS.filter((a) => can(both, a, JUNE_2025))).toEqual([
			'account.second_factor',
			'admin.users',
			'admin.regions',
			'moderate'
		]);
	});
});

describe('isChild', () => {
	it.each([
		[child(['anak']), true],
		[child(['anak'], { birthYear: 2007, birthMonth: 6 }), false],
		[staff(['anak']), false]
	])('%#: is a child: %s', (actor, expected) => {
		expect(isChild(actor, JUNE_2025)).toBe(expected);
	});
});

describe('hasRole', () => {
	it.each([
		[['anak'], ['anak'], true],
		[['anak'], ['forum_anak', 'anak'], true],
		[['admin'], ['fasilitator'], false],
		[[], ['anak'], false]
	] as [Role[], Role[], boolean][])('roles %j, asking %j: %s', (held, asked, expected) => {
		expect(hasRole({ roles: held }, ...asked)).toBe(expected);
	});

	it('is false for no actor', () => {
		expect(hasRole(null, 'admin')).toBe(false);
	});
});

describe('roleFitsAccount', () => {
	it.each([
		['anak', 'child', true],
		['forum_anak', 'child', true],
		['fasilitator', 'child', false],
		['bappeda', 'child', false],
		['opd', 'child', false],
		['admin', 'child', false],
		['anak', 'staff', false],
		['forum_anak', 'staff', false],
		['fasilitator', 'staff', true],
		['bappeda', 'staff', true],
		['opd', 'staff', true],
		['admin', 'staff', true]
	] as const)('%s fits a %s account: %s', (role, kind, expected) => {
		expect(roleFitsAccount(role, kind)).toBe(expected);
	});

	it('covers every role in exactly one of the child and staff lists', () => {
		expect([...CHILD_ROLES, ...STAFF_ROLES].sort()).toEqual([...ROLES].sort());
	});
});
