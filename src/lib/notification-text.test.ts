import { afterAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { NOTIFICATION_KINDS } from './notification-kinds';
import { isNotificationKind, notificationText } from './notification-text';

afterAll(() => overwriteGetLocale(() => 'id'));

const SAMPLE = { reason: 'Ada nomor HP', target: 'Taman desa', status: 'diterima' };

describe('notificationText', () => {
	it.each(['id', 'en'] as const)('gives every kind its own text in %s', (locale) => {
		overwriteGetLocale(() => locale);
		const texts = NOTIFICATION_KINDS.map((k) => notificationText(k, SAMPLE));
		expect(new Set(texts).size).toBe(NOTIFICATION_KINDS.length);
		for (const t of texts) expect(t).not.toMatch(/[{}]|undefined/);
		expect(NOTIFICATION_KINDS.every(isNotificationKind)).toBe(true);
	});

	it('fills the parameters in the reader’s language', () => {
		overwriteGetLocale(() => 'id');
		expect(notificationText('idea_rejected', { reason: 'Ada nomor HP' })).toBe(
			'Idemu tidak bisa diterbitkan. Alasannya: Ada nomor HP'
		);
		expect(notificationText('idea_decision', { status: 'diterima' })).toContain('RKPD');
		overwriteGetLocale(() => 'en');
		expect(notificationText('idea_merged', { target: 'Taman desa' })).toContain('"Taman desa"');
		expect(notificationText('idea_decision', { status: 'ditunda' })).toBe(
			'There is a decision on your idea: deferred.'
		);
		// A supporter is not told the idea is theirs.
		expect(notificationText('supported_idea_decision', { status: 'ditolak' })).toBe(
			'There is a decision on an idea you supported: not accepted.'
		);
	});

	it('reads sensibly for an unknown kind or missing parameters', () => {
		overwriteGetLocale(() => 'en');
		expect(notificationText('idea_supported', null)).toBe('There is news about your idea.');
		expect(isNotificationKind('toString')).toBe(false);
		expect(notificationText('idea_rejected', null)).toBe('Your idea cannot be published. The reason: ');
	});
});
