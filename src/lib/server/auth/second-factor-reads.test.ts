// A staff member whose role requires the second factor, and who has not set it up, reads exactly what
// a visitor reads: the route handlers themselves, run with the user the hooks take from the session.
// (The policy is one setting per role for the whole site, so the end-to-end tests, which sign in as the
// demo facilitator in parallel, cannot turn it on; this walks the same reads against a database of its own.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from './session';

interface RouteEvent {
	params: Record<string, string>;
	url: URL;
	request: Request;
	locals: { user: SessionUser | null; sessionId: string | null };
	depends: () => void;
}
type Route = (event: RouteEvent) => unknown;

// The guards read the request through getRequestEvent(): the same event the handler is given.
const current = vi.hoisted(() => ({ event: null as unknown }));
vi.mock('$app/server', () => ({ getRequestEvent: () => current.event }));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suara-2fa-reads-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const routes = {} as Record<
	'idea' | 'ideaPhoto' | 'auditPhoto' | 'export' | 'moderation' | 'facilities' | 'layout' | 'security',
	Route
>;
let ids: { idea: number; cycle: number };
let photos: { idea: string; audit: string };
let session: { facilitator: string; bappeda: string };
let turnOnSecondFactor: (userId: string) => void;
let userOf: (token: string) => SessionUser;
let accounts: { facilitator: string; bappeda: string };

beforeAll(async () => {
	// config reads these when first imported, so set them before importing any route.
	process.env.UPLOADS_DIR = path.join(dir, 'uploads');
	process.env.DATABASE_PATH = path.join(dir, 'test.db');
	const route = (module: Record<string, unknown>, name: string) => module[name] as Route;
	routes.idea = route(await import('../../../routes/(public)/aspirasi/[id=int]/+page.server'), 'load');
	routes.ideaPhoto = route(await import('../../../routes/foto/[name]/+server'), 'GET');
	routes.auditPhoto = route(await import('../../../routes/(public)/audit/foto/[name]/+server'), 'GET');
	routes.export = route(await import('../../../routes/(staff)/bappeda/ekspor/[cycle=int]/+server'), 'GET');
	routes.moderation = route(await import('../../../routes/(staff)/moderasi/+page.server'), 'load');
	routes.facilities = route(await import('../../../routes/(public)/fasilitas/+page.server'), 'load');
	routes.layout = route(await import('../../../routes/+layout.server'), 'load');
	routes.security = route(await import('../../../routes/(staff)/akun/keamanan/+page.server'), 'load');

	const { getDb } = await import('../db');
	const { auditPhotos, ideas, totpCredentials } = await import('../db/schema');
	const { makeCycle, makeIdea, makeUser } = await import('../ideas/test-helpers');
	const { makeAudit, makeTemplate } = await import('../audits/test-helpers');
	const audits = await import('../audits');
	const uploads = await import('../uploads');
	const { createSession, generateSessionToken, validateSessionToken } = await import('./session');
	const { setRequiredRoles } = await import('./totp-policy');
	const db = getDb();

	const cycle = makeCycle(db);
	const child = makeUser(db);
	const admin = makeUser(db, { kind: 'staff', roles: ['admin'] });
	const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#264653' } })
		.png()
		.toBuffer();

	// An idea still waiting for moderation, with a phone number in it and a photo.
	const idea = makeIdea(db, child, {
		status: 'menunggu',
		title: 'Taman bermain',
		body: 'Hubungi aku di 0812 3456 7890 ya'
	});
	const ideaPhoto = await uploads.savePhoto(png);
	db.update(ideas).set({ photo: ideaPhoto }).where(eq(ideas.id, idea.id)).run();

	// A draft audit with a photo; its own facilitator is the one who has not set up the factor.
	makeTemplate(db, 'rbra');
	const audit = makeAudit(db);
	await audits.saveSection(db, audit.starter, audit.id, {
		answers: [],
		photos: [{ itemCode: 'T1.1', bytes: png }]
	});
	const auditPhoto = db.select().from(auditPhotos).get()!.file;

	const bappeda = makeUser(db, { kind: 'staff', roles: ['bappeda'] });
	setRequiredRoles(db, admin.id, ['fasilitator', 'bappeda']);

	const signIn = (userId: string) => {
		const token = generateSessionToken();
		createSession(db, token, userId);
		return token;
	};
	ids = { idea: idea.id, cycle: cycle.id };
	photos = { idea: ideaPhoto, audit: auditPhoto };
	accounts = { facilitator: audit.facilitator.id, bappeda: bappeda.id };
	session = { facilitator: signIn(audit.facilitator.id), bappeda: signIn(bappeda.id) };
	// What hooks.server.ts puts in locals.user for the session cookie.
	userOf = (token) => validateSessionToken(db, token)!.user;
	turnOnSecondFactor = (userId) =>
		db
			.insert(totpCredentials)
			.values({ userId, secret: Buffer.alloc(20), enabledAt: new Date() })
			// Opening the set-up page already made the secret waiting for its first code.
			.onConflictDoUpdate({ target: totpCredentials.userId, set: { enabledAt: new Date() } })
			.run();
});

type Outcome =
	| { status: number; location?: string }
	| { status: 200; data: Record<string, unknown> }
	| { status: number; type: string | null };

/** Runs a route as `user` and says what the browser would get: data, a file, a redirect or an error. */
async function visit(route: Route, address: string, user: SessionUser | null, params = {}): Promise<Outcome> {
	const url = new URL(address, 'http://localhost');
	const event: RouteEvent = {
		params,
		url,
		request: new Request(url),
		locals: { user, sessionId: user ? 'session' : null },
		depends: () => undefined
	};
	current.event = event;
	try {
		const answer = await route(event);
		if (answer instanceof Response)
			return { status: answer.status, type: answer.headers.get('content-type') };
		return { status: 200, data: answer as Record<string, unknown> };
	} catch (e) {
		if (isRedirect(e)) return { status: e.status, location: e.location };
		if (isHttpError(e)) return { status: e.status };
		throw e;
	}
}

const SETUP = { status: 303, location: '/akun/keamanan?wajib=1' };

describe('a staff member who must still set up the required second factor', () => {
	it('reads an unmoderated idea (page and __data.json: one load) as a visitor does: not found', async () => {
		const address = `/aspirasi/${ids.idea}`;
		const params = { id: String(ids.idea) };
		const visitor = await visit(routes.idea, address, null, params);
		expect(visitor).toEqual({ status: 404 });
		expect(await visit(routes.idea, address, userOf(session.facilitator), params)).toEqual(visitor);
	});

	it('gets neither the private photo of an idea nor the photo of a draft audit it facilitates', async () => {
		const idea = { name: photos.idea };
		const audit = { name: photos.audit };
		const facilitator = userOf(session.facilitator);
		expect(await visit(routes.ideaPhoto, `/foto/${photos.idea}`, null, idea)).toEqual({ status: 404 });
		expect(await visit(routes.ideaPhoto, `/foto/${photos.idea}`, facilitator, idea)).toEqual({ status: 404 });
		expect(await visit(routes.auditPhoto, `/audit/foto/${photos.audit}`, null, audit)).toEqual({
			status: 404
		});
		expect(await visit(routes.auditPhoto, `/audit/foto/${photos.audit}`, facilitator, audit)).toEqual({
			status: 404
		});
	});

	it('is sent to set it up from staff pages and downloads, which give a visitor the sign-in page', async () => {
		const address = `/bappeda/ekspor/${ids.cycle}?format=csv`;
		const params = { cycle: String(ids.cycle) };
		expect(await visit(routes.export, address, null, params)).toMatchObject({ status: 303 });
		expect(await visit(routes.export, address, userOf(session.bappeda), params)).toEqual(SETUP);
		expect(await visit(routes.moderation, '/moderasi', userOf(session.facilitator))).toEqual(SETUP);
	});

	it('is shown no staff links or staff controls, but opens the page that sets the factor up', async () => {
		const facilitator = userOf(session.facilitator);
		expect(await visit(routes.layout, '/', facilitator)).toMatchObject({
			data: { user: { roles: [], mustSetUpSecondFactor: true } }
		});
		expect(await visit(routes.facilities, '/fasilitas', facilitator)).toMatchObject({
			data: { canManage: false }
		});
		expect(await visit(routes.security, '/akun/keamanan?wajib=1', facilitator)).toMatchObject({
			status: 200,
			data: { enabled: false, required: true }
		});
	});

	it('reads and downloads what the role gives once the factor is on', async () => {
		turnOnSecondFactor(accounts.facilitator);
		turnOnSecondFactor(accounts.bappeda);
		const facilitator = userOf(session.facilitator);
		const idea = await visit(routes.idea, `/aspirasi/${ids.idea}`, facilitator, { id: String(ids.idea) });
		expect(idea).toMatchObject({ status: 200, data: { idea: { body: 'Hubungi aku di 0812 3456 7890 ya' } } });
		expect(await visit(routes.ideaPhoto, `/foto/${photos.idea}`, facilitator, { name: photos.idea })).toEqual(
			{
				status: 200,
				type: 'image/webp'
			}
		);
		expect(
			await visit(routes.auditPhoto, `/audit/foto/${photos.audit}`, facilitator, { name: photos.audit })
		).toEqual({ status: 200, type: 'image/webp' });
		const download = await visit(
			routes.export,
			`/bappeda/ekspor/${ids.cycle}?format=csv`,
			userOf(session.bappeda),
			{
				cycle: String(ids.cycle)
			}
		);
		expect(download).toMatchObject({ status: 200, type: expect.stringContaining('text/csv') });
		expect(await visit(routes.moderation, '/moderasi', facilitator)).toMatchObject({ status: 200 });
	});
});
