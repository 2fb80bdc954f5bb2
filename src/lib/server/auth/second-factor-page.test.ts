// The security page's actions once guessing is limited: the route handlers themselves (as /masuk's are
// in the end-to-end tests), run against a database of their own, so no shared demo account is locked.
// A refused try answers 429 with how many minutes to wait, as every other guessed secret does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from './session';

interface ActionEvent {
	url: URL;
	request: Request;
	locals: { user: SessionUser | null; sessionId: string | null };
}
type Action = (event: ActionEvent) => Promise<unknown>;

// The guards read the request through getRequestEvent(): the same event the handler is given.
const current = vi.hoisted(() => ({ event: null as unknown }));
vi.mock('$app/server', () => ({ getRequestEvent: () => current.event }));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suara-2fa-page-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let actions: Record<'aktifkan' | 'matikan', Action>;
let staffWith: (state: 'waiting' | 'on') => { user: SessionUser; wrongCode: () => string };

beforeAll(async () => {
	// config reads these when first imported, so set them before importing the route.
	process.env.UPLOADS_DIR = path.join(dir, 'uploads');
	process.env.DATABASE_PATH = path.join(dir, 'test.db');
	const page = await import('../../../routes/(staff)/akun/keamanan/+page.server');
	actions = page.actions as unknown as typeof actions;

	const { getDb } = await import('../db');
	const { totpCredentials } = await import('../db/schema');
	const { makeUser } = await import('../ideas/test-helpers');
	const { codeAt, generateSecret, PERIOD_SECONDS } = await import('./totp');
	const db = getDb();

	staffWith = (state) => {
		const user = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
		const secret = generateSecret();
		db.insert(totpCredentials)
			.values({ userId: user.id, secret: Buffer.from(secret), enabledAt: state === 'on' ? new Date() : null })
			.run();
		// A code the app shows at no step near now, so it is wrong whenever the test runs.
		const wrongCode = () => {
			const near = [-2, -1, 0, 1, 2].map((k) =>
				codeAt(secret, new Date(Date.now() + k * PERIOD_SECONDS * 1000))
			);
			let code = 0;
			while (near.includes(String(code).padStart(6, '0'))) code++;
			return String(code).padStart(6, '0');
		};
		return { user, wrongCode };
	};
});

interface Answer {
	status: number;
	errors: Record<string, string[] | undefined>;
}

/** Posts the form as the browser would (without JavaScript) and says what the page is answered. */
async function post(action: 'aktifkan' | 'matikan', user: SessionUser, fields: Record<string, string>) {
	const url = new URL(`/akun/keamanan?/${action}`, 'http://localhost');
	const request = new Request(url, { method: 'POST', body: new URLSearchParams(fields) });
	const event: ActionEvent = { url, request, locals: { user, sessionId: 'session' } };
	current.event = event;
	const answer = (await actions[action](event)) as { status: number; data: { form: Answer } };
	return { status: answer.status, errors: answer.data.form.errors };
}

const WAIT = /^Terlalu sering dalam waktu singkat\. Coba lagi dalam \d+ menit\.$/;

describe('the security page when guessing is limited', () => {
	it('refuses the sixth wrong password in a row to turn the second factor off: 429, with the minutes', async () => {
		const { user } = staffWith('on');
		const answers = [];
		for (let i = 0; i < 6; i++)
			answers.push(await post('matikan', user, { proof: 'bukan-sandinya-sama-sekali' }));
		expect(answers.slice(0, 5).map((a) => a.status)).toEqual([400, 400, 400, 400, 400]);
		expect(answers[0]!.errors.proof?.[0]).not.toMatch(WAIT);
		expect(answers[5]).toEqual({ status: 429, errors: { proof: [expect.stringMatching(WAIT)] } });
		expect(answers[5]!.errors.proof?.[0]).toContain('Coba lagi dalam 15 menit');
	});

	it('refuses the sixth wrong code to turn it off: 429, with the minutes', async () => {
		const { user, wrongCode } = staffWith('on');
		const answers = [];
		for (let i = 0; i < 6; i++) answers.push(await post('matikan', user, { proof: wrongCode() }));
		expect(answers.slice(0, 5).map((a) => a.status)).toEqual([400, 400, 400, 400, 400]);
		expect(answers[5]).toEqual({ status: 429, errors: { proof: [expect.stringMatching(WAIT)] } });
	});

	it('refuses the sixth wrong first code to turn it on: 429, with the minutes', async () => {
		const { user, wrongCode } = staffWith('waiting');
		const answers = [];
		for (let i = 0; i < 6; i++) answers.push(await post('aktifkan', user, { code: wrongCode() }));
		expect(answers.slice(0, 5).map((a) => a.status)).toEqual([400, 400, 400, 400, 400]);
		expect(answers[0]!.errors.code?.[0]).not.toMatch(WAIT);
		expect(answers[5]).toEqual({ status: 429, errors: { code: [expect.stringMatching(WAIT)] } });
	});
});
