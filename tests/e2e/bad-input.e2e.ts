// Hostile input to the forms, as a script would send it (no browser, no client-side checks): each
// gets a 4xx with a message the user can act on, the server stays up, and nothing with the run's
// marker reaches the database. HTML sent as text is stored as text and shown back escaped.
import { expect, test, type APIRequestContext } from '@playwright/test';
import sharp from 'sharp';
import { apiAs, openTestDb } from './fixtures/api';

const MARK = `zqx${Date.now().toString(36)}`;
const MEGABYTE = 'a'.repeat(1024 * 1024);
const SCRIPT = `<script>alert("${MARK}")</script>`;
const SQL = `'); DROP TABLE ideas; -- ${MARK}`;
const GOOD_BODY = `Taman di desa kami rusak dan licin, kami ingin diperbaiki ${MARK}.`;

type Fields = Record<string, string | number | boolean | { name: string; mimeType: string; buffer: Buffer }>;

interface Case {
	name: string;
	as: string | null;
	url: string;
	/** Sent as multipart/form-data (the forms with a file input are). */
	multipart?: boolean;
	fields: Fields;
	/** A body sent as it is, with its content type (what no form sends: text/plain, broken multipart). */
	raw?: { type: string; data: string; language?: string };
	/** Text that must be on the answer page, next to the field. */
	message: RegExp;
	/** The exact status, when it matters; otherwise any 4xx. */
	status?: number;
}

const idea = (over: Fields): Fields => ({
	title: `Taman bermain ${MARK}`,
	body: GOOD_BODY,
	cluster: 4,
	level: 'kabupaten',
	...over
});

async function bombPng(): Promise<Buffer> {
	// 48 megapixels of one colour compress to a small PNG; decoding it would take ~150 MB.
	return sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#fff' } })
		.png({ compressionLevel: 9 })
		.toBuffer();
}

/** Bodies that are not form data a browser would send: each action that reads them must say so. */
const BOUNDARY = 'zqxBoundary';
const TEXT_PLAIN = { kind: 'a text/plain body', type: 'text/plain', data: `id=1&${MARK}` };
const UNREADABLE = [
	TEXT_PLAIN,
	{
		kind: 'multipart cut off before its end',
		type: `multipart/form-data; boundary=${BOUNDARY}`,
		data: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="note"\r\n\r\n${MARK}`
	}
];

/** Demo records the actions below need, read from the test server's database. */
function demoIds() {
	const db = openTestDb();
	const one = (sql: string) => Object.values(db.prepare(sql).get() as object)[0] as number;
	try {
		return {
			// forum1's audit in progress (its own team may fill it).
			draftAudit: one(
				`select a.id from audits a join audit_members m on m.audit_id = a.id join users u on u.id = m.user_id
				 where a.status = 'draf' and m.role = 'anggota' and u.username = 'forum1' order by a.id limit 1`
			),
			template: one(`select id from checklist_templates order by id limit 1`)
		};
	} finally {
		db.close();
	}
}

/** The actions that read the posted form themselves, each as the role that may use it. */
function unreadableCases(): Case[] {
	const ids = demoIds();
	const actions = [
		{ name: 'notification read', as: 'anak16', url: '/saya/notifikasi?/read' },
		{ name: 'audit section save', as: 'forum1', url: `/audit/${ids.draftAudit}/isi?/simpan` },
		{ name: 'checklist editor', as: 'admin', url: `/admin/checklist/${ids.template}/ubah` }
	];
	const bahasa = actions.flatMap((a) =>
		UNREADABLE.map((u) => ({
			name: `${a.name}: ${u.kind}`,
			as: a.as,
			url: a.url,
			fields: {},
			raw: { type: u.type, data: u.data },
			message: /Formulir tidak terbaca/,
			status: 400
		}))
	);
	// The message is in the reader's language.
	const english = actions.map((a) => ({
		name: `${a.name}: a text/plain body, read in English`,
		as: a.as,
		url: a.url,
		fields: {},
		raw: { ...TEXT_PLAIN, language: 'en' },
		message: /The form could not be read/,
		status: 400
	}));
	return [...bahasa, ...english];
}

function cases(bomb: Buffer): Case[] {
	return [
		...unreadableCases(),
		{
			name: 'registration: a 1 MB nickname',
			as: null,
			url: '/daftar',
			fields: { nickname: MEGABYTE, password: 'rahasia-sekali', birthMonth: 5, birthYear: 2013 },
			message: /Nama panggilan paling banyak 30 huruf/
		},
		{
			name: 'registration: wrong types and no consent',
			as: null,
			url: '/daftar',
			fields: { nickname: `u${MARK}`, password: 'rahasia-sekali', birthMonth: 'Mei', birthYear: '1e99' },
			message: /Pilih bulan lahirmu/
		},
		{
			name: 'registration: nothing at all',
			as: null,
			url: '/daftar',
			fields: {},
			message: /Pilih desamu/
		},
		{
			name: 'sign-in: a 1 MB name and SQL',
			as: null,
			url: '/masuk',
			fields: { login: MEGABYTE, password: SQL },
			message: /.+/
		},
		{
			name: 'new idea: a 1 MB title',
			as: 'anak16',
			url: '/aspirasi/baru',
			multipart: true,
			fields: idea({ title: MEGABYTE + MARK }),
			message: /Judul paling banyak 120 huruf/
		},
		{
			name: 'new idea: SQL and a script in a too-short title',
			as: 'anak16',
			url: '/aspirasi/baru',
			multipart: true,
			fields: idea({ title: SCRIPT.slice(0, 7), body: SQL }),
			message: /Judul paling sedikit 8 huruf/
		},
		{
			name: 'new idea: a cluster that is not a number',
			as: 'anak16',
			url: '/aspirasi/baru',
			multipart: true,
			fields: idea({ cluster: 'DROP' }),
			message: /Pilih tentang apa aspirasimu/
		},
		{
			name: 'new idea: a text file that says it is a JPEG',
			as: 'anak16',
			url: '/aspirasi/baru',
			multipart: true,
			fields: idea({
				photo: { name: 'foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(`#!/bin/sh\necho ${MARK}\n`) }
			}),
			message: /bukan foto JPEG, PNG, atau WebP/
		},
		{
			name: 'new idea: a decompression bomb',
			as: 'anak16',
			url: '/aspirasi/baru',
			multipart: true,
			fields: idea({ photo: { name: 'taman.png', mimeType: 'image/png', buffer: bomb } }),
			message: /Ukuran gambar ini tidak wajar/
		},
		{
			name: 'report: a reason not on the list and a 1 MB note',
			as: 'anak16',
			url: '/aspirasi/1?/lapor',
			fields: { reason: SCRIPT, note: MEGABYTE },
			message: /.+/
		},
		{
			name: 'moderation: an id that is not a number',
			as: 'fasilitator',
			url: '/moderasi?/reject',
			fields: { id: `1 OR 1=1 ${MARK}`, reason: 'other', note: SCRIPT },
			message: /.+/
		},
		{
			name: 'admin cycle: dates that are not dates',
			as: 'admin',
			url: '/admin/siklus/baru',
			fields: { name: `Siklus ${MARK}`, planYear: 'next', opensAt: 'kemarin', votingClosesAt: SQL },
			message: /.+/
		}
	];
}

async function send(ctx: APIRequestContext, c: Case) {
	if (c.raw) {
		const headers: Record<string, string> = { 'content-type': c.raw.type };
		if (c.raw.language) headers['accept-language'] = c.raw.language;
		return ctx.post(c.url, {
			headers,
			data: c.raw.data,
			maxRedirects: 0
		});
	}
	return c.multipart
		? ctx.post(c.url, { multipart: c.fields as never, maxRedirects: 0 })
		: ctx.post(c.url, { form: c.fields as never, maxRedirects: 0 });
}

/** Rows anywhere in the database that hold `needle` in a text column. */
function rowsWith(needle: string): string[] {
	const db = openTestDb();
	try {
		const found: string[] = [];
		const tables = db
			.prepare(
				`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%fts%'`
			)
			.all() as { name: string }[];
		for (const { name } of tables) {
			const cols = (db.prepare(`pragma table_info("${name}")`).all() as { name: string; type: string }[])
				.filter((c) => /text/i.test(c.type))
				.map((c) => `"${c.name}"`);
			if (!cols.length) continue;
			const where = cols.map((c) => `instr(${c}, ?) > 0`).join(' or ');
			const n = db
				.prepare(`select count(*) as n from "${name}" where ${where}`)
				.get(...cols.map(() => needle)) as {
				n: number;
			};
			if (n.n) found.push(`${name}: ${n.n}`);
		}
		return found;
	} finally {
		db.close();
	}
}

test('hostile input gets a 4xx with a message, the server stays up, and nothing is written', async ({
	baseURL
}) => {
	test.setTimeout(120_000);
	const contexts = new Map<string | null, APIRequestContext>();
	const bomb = await bombPng();
	const wrong: string[] = [];
	for (const c of cases(bomb)) {
		if (!contexts.has(c.as)) contexts.set(c.as, await apiAs(c.as, baseURL!));
		const res = await send(contexts.get(c.as)!, c);
		const status = res.status();
		const html = await res.text();
		if (c.status ? status !== c.status : status < 400 || status > 499)
			wrong.push(`${c.name}: status ${status}`);
		else if (!c.message.test(html)) wrong.push(`${c.name}: no message ${c.message}`);
		// The answer repeats what was typed, escaped: never as live markup.
		if (html.includes(SCRIPT)) wrong.push(`${c.name}: script shown back unescaped`);
	}
	expect(wrong).toEqual([]);

	const health = await contexts.get(null)!.get('/healthz');
	expect(health.status()).toBe(200);
	expect(rowsWith(MARK)).toEqual([]);
	for (const ctx of contexts.values()) await ctx.dispose();
});

test('invalid UTF-8 is refused or replaced, never stored as broken text', async ({ baseURL }) => {
	const ctx = await apiAs('anak16', baseURL!);
	// %C3%28 and %FF are not UTF-8: the parser turns them into U+FFFD, and the short title is refused.
	const res = await ctx.post('/aspirasi/baru', {
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		data: `title=%FF%C3%28${MARK}&body=%FF&cluster=4&level=kabupaten`,
		maxRedirects: 0
	});
	expect(res.status()).toBe(400);
	expect(await res.text()).toContain('Ceritakan sedikit lebih banyak');
	expect(rowsWith(MARK)).toEqual([]);
	await ctx.dispose();
});

test('HTML typed into an idea is kept as text and shown escaped to its author', async ({ baseURL }) => {
	const ctx = await apiAs('anak17', baseURL!);
	// A marker of its own: this idea is meant to be stored.
	const kept = `simpan${Date.now().toString(36)}`;
	const title = `<img src=x onerror=alert(1)> ${kept}`;
	const res = await ctx.post('/aspirasi/baru', {
		multipart: idea({
			title,
			body: `<script>alert(1)</script> Taman di desa kami rusak dan licin sekali.`
		}) as never,
		maxRedirects: 0
	});
	expect(res.status()).toBe(303);
	const mine = await (await ctx.get('/saya')).text();
	// Svelte escapes < and & in text, which is what makes markup inert.
	expect(mine).toContain(`&lt;img src=x onerror=alert(1)> ${kept}`);
	expect(mine).not.toContain('<img src=x onerror');
	const id = new URL(res.headers().location ?? '', baseURL).pathname.split('/')[2];
	const page = await (await ctx.get(`/aspirasi/${id}`)).text();
	expect(page).not.toContain('<script>alert(1)');
	expect(page).toContain('&lt;script>alert(1)&lt;/script>');
	await ctx.dispose();
});
