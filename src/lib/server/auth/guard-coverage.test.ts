// Walks the whole route tree with the TypeScript parser: every load, every action and every request
// handler must START with a guard from ./guard.ts (its first statement calls one), so nothing runs for a
// visitor the page refuses: no read, no await, no branch that could skip it. A layout alone protects
// nothing. The few entry points open to everyone are listed below, each with its reason.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryPoints, parse, serverFiles, unguardedEntries } from './guard-checker';

const ROUTES = path.resolve('src/routes');
const PROTECTED_GROUPS = ['(child)', '(staff)', '(admin)'];

/**
 * Entry points open without a guard, by design ("file#entry", file relative to src/routes). Nothing in
 * (child), (staff) or (admin) may be here. An entry that does start with a guard must not be listed.
 */
const PUBLIC: Record<string, string> = {
	// Every page and the home page: shown to everyone; the layout reads locals.user only for the header.
	'+layout.server.ts#load': 'every page, signed in or not',
	'+page.server.ts#load': 'the home page',
	// Infrastructure: the language switch, the health check for the process manager, and sign-out (which
	// ends whatever session the request has, and sends a visitor without one home).
	'bahasa/+server.ts#POST': 'the language switch works before signing in',
	'healthz/+server.ts#GET': 'probed by the process manager',
	'keluar/+page.server.ts#load': 'sign-out',
	'keluar/+page.server.ts#default': 'sign-out',
	// Photos. A published one is everyone's; the idea and audit handlers show an unpublished one only to
	// whom the domain's photoAccess rule allows (its author or team, and staff), else a 404.
	'foto/[name]/+server.ts#GET': "an idea's photo",
	'(public)/audit/foto/[name]/+server.ts#GET': "an audit's photo",
	'(public)/fasilitas/temuan/foto/[name]/+server.ts#GET': "a fixed finding's photo, always published",
	'(public)/tiket-emas/[id=int]/foto/+server.ts#GET': "a done golden ticket's photo, always published",
	// Signing up and signing in: for visitors without a session.
	'(public)/daftar/+page.server.ts#load': 'sign-up',
	'(public)/daftar/+page.server.ts#default': 'sign-up',
	'(public)/masuk/+page.server.ts#load': 'sign-in',
	'(public)/masuk/+page.server.ts#default': 'sign-in',
	'(public)/masuk/kode/+page.server.ts#load': "sign-in's second step, the authenticator code",
	'(public)/masuk/kode/+page.server.ts#default': "sign-in's second step, the authenticator code",
	'(public)/masuk/reset/+page.server.ts#load': 'a new password with a reset code',
	'(public)/masuk/reset/+page.server.ts#default': 'a new password with a reset code',
	// Help: a child in danger must reach it without an account.
	'(public)/bantuan/+page.server.ts#load': 'help',
	'(public)/bantuan/segera/+page.server.ts#load': 'urgent help',
	// The public record: ideas, the dashboard, open data, audits, facilities and golden tickets. Only
	// reads: their actions (voting, reporting, checking a finding) are guarded. A signed-in visitor sees
	// at most their own state and the buttons their role allows.
	'(public)/aspirasi/+page.server.ts#load': 'the list of ideas',
	'(public)/aspirasi/[id=int]/+page.server.ts#load': 'one idea',
	'(public)/aspirasi/mirip/+server.ts#GET': 'published ideas like a title being typed',
	'(public)/audit/[id=int]/+page.server.ts#load': 'a published audit',
	'(public)/dasbor/+page.server.ts#load': 'the public dashboard',
	'(public)/dasbor/bukti/[cycle=int]/+page.server.ts#load': "the dashboard's evidence pack",
	'(public)/data/+page.server.ts#load': 'open data',
	'(public)/data/[name].[format]/+server.ts#GET': 'open data downloads',
	'(public)/data/statistik/[name].[format]/+server.ts#GET': 'open statistics downloads',
	'(public)/fasilitas/+page.server.ts#load': 'the list of facilities',
	'(public)/fasilitas/[id=int]/+page.server.ts#load': 'one facility',
	'(public)/tiket-emas/+page.server.ts#load': 'the list of golden tickets',
	'(public)/tiket-emas/[id=int]/+page.server.ts#load': 'one golden ticket'
};

const files = serverFiles(ROUTES).map((f) => path.relative(ROUTES, f).split(path.sep).join('/'));
const entryNames = (name: string) =>
	entryPoints(parse(name, fs.readFileSync(path.join(ROUTES, name), 'utf8'))).map((e) => e.name);

describe('route guards', () => {
	it('finds the server files of every route group', () => {
		for (const group of [...PROTECTED_GROUPS, '(public)'])
			expect(files.filter((f) => f.startsWith(`${group}/`)).length).toBeGreaterThanOrEqual(5);
	});

	it.each(files)('%s starts every load, action and handler with a guard', (name) => {
		const source = fs.readFileSync(path.join(ROUTES, name), 'utf8');
		expect(entryNames(name).length, 'a server file with no load, action or handler').toBeGreaterThan(0);
		const open = unguardedEntries(name, source).filter(
			(problem) => !(`${name}#${problem.split(' ')[0]}` in PUBLIC)
		);
		expect(open).toEqual([]);
	});

	it('keeps the list of public entry points exact', () => {
		for (const key of Object.keys(PUBLIC)) {
			const [name, entry] = key.split('#') as [string, string];
			expect(
				PROTECTED_GROUPS.some((g) => name.startsWith(`${g}/`)),
				key
			).toBe(false);
			expect(files, key).toContain(name);
			expect(entryNames(name), key).toContain(entry);
			// Listed but guarded after all: the entry does not belong here.
			const unguarded = unguardedEntries(name, fs.readFileSync(path.join(ROUTES, name), 'utf8'));
			expect(
				unguarded.some((p) => p.startsWith(`${entry} `)),
				key
			).toBe(true);
		}
	});
});
