// Who gets through where: every route and every form action, tried as every role against the built
// server. The matrix below is the contract; a route or an action added without an entry fails the
// first test, so a new page cannot ship without someone deciding who may use it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { ACCOUNT_FOR_ROLE, type DemoRole } from './fixtures/accounts';
import { apiAs, openTestDb } from './fixtures/api';
import { ACCESS, type DemoIds, type Who } from './fixtures/access-matrix';

const PERSONAS = ['anonymous', ...(Object.keys(ACCOUNT_FOR_ROLE) as DemoRole[])] as const;
type Persona = (typeof PERSONAS)[number];

const ROUTES_DIR = 'src/routes';
const SERVER_FILE = /^\+(page|layout)\.server\.ts$|^\+server\.ts$/;

/** Every route id with server code, and the form actions each declares. */
function discover(dir = ROUTES_DIR): Map<string, string[]> {
	const found = new Map<string, string[]>();
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			for (const [k, v] of discover(path)) found.set(k, [...(found.get(k) ?? []), ...v]);
		} else if (SERVER_FILE.test(name) && !name.startsWith('+layout')) {
			const id = '/' + relative(ROUTES_DIR, dir).split('\\').join('/');
			const source = readFileSync(path, 'utf8');
			const block = source.split(/export const actions[^=]*=\s*{/)[1] ?? '';
			// Prettier writes each action as a one-tab-indented key of the object.
			const actions = [...block.matchAll(/^\t(\w+): (?:async )?\(/gm)].map((m) => m[1] ?? '');
			found.set(id, [...(found.get(id) ?? []), ...actions]);
		}
	}
	return found;
}

function allowed(who: Who, persona: Persona): boolean {
	if (who === 'anyone') return true;
	if (persona === 'anonymous') return false;
	if (who === 'signed-in') return true;
	return who.includes(persona);
}

/** Ids for routes with parameters, read from the database the test server was seeded into. */
function demoIds(): DemoIds {
	const db = openTestDb();
	const one = <T>(sql: string) => Object.values(db.prepare(sql).get() as object)[0] as T;
	try {
		return {
			publishedIdea: one(`select id from ideas where status = 'terbit' order by id limit 1`),
			safeguardingIdea: one(`select id from ideas where status = 'perlindungan' order by id limit 1`),
			childUserId: one(`select id from users where username = 'anak2'`),
			cycleId: one(`select id from cycles order by id limit 1`),
			inviteCodeId: one(`select id from invite_codes order by id limit 1`),
			proposalId: one(`select id from proposals order by id limit 1`),
			proposalCycleId: one(`select cycle_id from proposals order by id limit 1`),
			templateId: one(`select id from checklist_templates order by id limit 1`),
			facilityId: one(`select id from facilities order by id limit 1`),
			publishedAuditId: one(`select id from audits where status = 'diterbitkan' order by id limit 1`),
			// facilities.e2e.ts may publish the demo's only submitted audit meanwhile; who may open the
			// review page does not depend on the audit's status, so any audit will do after that.
			submittedAuditId: one(
				`select id from audits order by status = 'diajukan' desc, status = 'diterbitkan' desc, id limit 1`
			),
			draftAuditId: one(
				`select a.id from audits a join audit_members m on m.audit_id = a.id join users u on u.id = m.user_id
				 where a.status = 'draf' and u.username = 'forum1' order by a.id limit 1`
			),
			opdFindingId: one(
				`select f.id from audit_findings f join users u on u.opd_id = f.opd_id
				 where u.username = 'dinkes' order by f.id limit 1`
			)
		};
	} finally {
		db.close();
	}
}

/** The address of a form action; the default action takes a plain POST to the page. */
const actionUrl = (url: string, action: string) =>
	action === 'default' ? url : `${url}${url.includes('?') ? '&' : '?'}/${action}`;

test('every route and action with server code is in the access matrix', () => {
	const missing: string[] = [];
	for (const [id, actions] of discover()) {
		const entry = ACCESS[id];
		if (!entry) {
			missing.push(id);
			continue;
		}
		for (const a of actions) if (!entry.actions?.includes(a)) missing.push(`${id} ?/${a}`);
	}
	expect(missing, 'decide who may use these and add them to fixtures/access-matrix.ts').toEqual([]);
});

for (const persona of PERSONAS) {
	test(`access as ${persona}`, async ({ baseURL }) => {
		test.setTimeout(120_000);
		const ctx = await apiAs(persona === 'anonymous' ? null : ACCOUNT_FOR_ROLE[persona], baseURL!);
		const ids = demoIds();
		const wrong: string[] = [];
		for (const [id, entry] of Object.entries(ACCESS)) {
			if (!entry.url) continue;
			const url = entry.url(ids);
			const ok = allowed(entry.who, persona);
			const res = await ctx.get(url, { maxRedirects: 0 });
			const status = res.status();
			const toSignIn = status === 303 && (res.headers().location ?? '').startsWith('/masuk');
			if (ok && (status === 403 || toSignIn)) wrong.push(`${id}: refused (${status})`);
			if (!ok && persona === 'anonymous' && !toSignIn) wrong.push(`${id}: ${status}, not sent to sign in`);
			if (!ok && persona !== 'anonymous' && status !== 403) wrong.push(`${id}: ${status}, not 403`);

			// Actions: only the refusals are tried (the allowed path of each is a feature test, and an
			// empty post by an allowed role could change shared demo data).
			if (allowed(entry.actionWho ?? entry.who, persona)) continue;
			for (const action of entry.actions ?? []) {
				const post = await ctx.post(actionUrl(url, action), { form: {}, maxRedirects: 0 });
				const s = post.status();
				const signIn = s === 303 && (post.headers().location ?? '').startsWith('/masuk');
				if (persona === 'anonymous' ? !signIn : s !== 403) wrong.push(`${id} ?/${action}: ${s}`);
			}
		}
		await ctx.dispose();
		expect(wrong).toEqual([]);
	});
}
