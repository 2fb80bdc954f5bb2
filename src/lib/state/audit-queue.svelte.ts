// Answers a Forum Anak member gives while filling an audit, kept on the phone until the server has
// them: written to localStorage first, then sent; sent again when the signal returns (the `online`
// event, a timer, the next page load). The server merges by when each answer was given, so sending
// one twice is harmless.

export type QueuedAnswer = 'ya' | 'sebagian' | 'tidak' | 'tb';

export interface QueueEntry {
	/** null while only a note has been typed: nothing to send yet. */
	answer: QueuedAnswer | null;
	note: string;
	/** When the member answered, by the phone's clock (epoch ms). */
	answeredAt: number;
}

export interface ServerAnswer {
	answer: QueuedAnswer;
	note: string | null;
	answeredAt: number;
}

/** none: no answer · local: kept on this phone only · sending · sent: the server has it · refused. */
export type ItemState = 'none' | 'local' | 'sending' | 'sent' | 'refused';

const RETRY_MS = 20_000;

export class AuditQueue {
	/** Not yet confirmed by the server; mirrored in localStorage. */
	pending = $state<Record<string, QueueEntry>>({});
	/** What the server said it keeps, after each send (may be a teammate's later answer). */
	sent = $state<Record<string, ServerAnswer>>({});
	sending = $state<Record<string, boolean>>({});
	/** Refused by the server (e.g. the audit was submitted meanwhile): message per item. */
	refused = $state<Record<string, string>>({});
	/** The session ended: answers wait on the phone until the member signs in again. */
	signedOut = $state(false);
	#busy = false;

	constructor(
		private readonly endpoint: string,
		private readonly storageKey: string
	) {}

	/** Loads what this phone kept, sends it, and keeps retrying; returns the cleanup. */
	start(): () => void {
		try {
			this.pending = JSON.parse(localStorage.getItem(this.storageKey) ?? '{}') as Record<string, QueueEntry>;
		} catch {
			this.pending = {};
		}
		const retry = () => void this.flush();
		window.addEventListener('online', retry);
		const timer = setInterval(() => {
			if (Object.keys(this.pending).length) retry();
		}, RETRY_MS);
		retry();
		return () => {
			window.removeEventListener('online', retry);
			clearInterval(timer);
		};
	}

	#save() {
		try {
			if (Object.keys(this.pending).length)
				localStorage.setItem(this.storageKey, JSON.stringify(this.pending));
			else localStorage.removeItem(this.storageKey);
		} catch {
			// Storage full or blocked: the answer still goes out while there is signal.
		}
	}

	/** The member tapped an answer: keep it, then try to send it. */
	answer(itemCode: string, answer: QueuedAnswer, note: string) {
		this.pending[itemCode] = { answer, note, answeredAt: Date.now() };
		delete this.refused[itemCode];
		this.#save();
		void this.flush();
	}

	/** The note changed: kept at once; sent with the answer when `send` is true (on leaving the field). */
	note(itemCode: string, note: string, current: QueuedAnswer | null, send: boolean) {
		const entry = this.pending[itemCode];
		if (!entry || entry.note !== note)
			this.pending[itemCode] = { answer: entry?.answer ?? current, note, answeredAt: Date.now() };
		this.#save();
		if (send) void this.flush();
	}

	stateOf(itemCode: string, onServer: boolean): ItemState {
		const entry = this.pending[itemCode];
		if (entry?.answer) {
			if (this.refused[itemCode]) return 'refused';
			return this.sending[itemCode] ? 'sending' : 'local';
		}
		return onServer || this.sent[itemCode] ? 'sent' : 'none';
	}

	#sendable(): [string, QueueEntry][] {
		return Object.entries(this.pending).filter(([code, e]) => e.answer && !this.refused[code]);
	}

	/** Answers on this phone that the server does not have yet. */
	get waiting(): number {
		return this.#sendable().length;
	}

	/** Sends every answer still on the phone; failures leave them there for the next try. */
	async flush(): Promise<void> {
		if (this.#busy) return;
		const batch = this.#sendable();
		if (!batch.length) return;
		let ok = false;
		this.#busy = true;
		for (const [code] of batch) this.sending[code] = true;
		try {
			const response = await fetch(this.endpoint, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({
					answers: batch.map(([itemCode, e]) => ({
						itemCode,
						answer: e.answer,
						note: e.note,
						answeredAt: e.answeredAt
					}))
				}),
				// A signed-out member is redirected to sign in: notice it instead of following it.
				redirect: 'manual'
			});
			this.signedOut = response.type === 'opaqueredirect';
			ok = response.ok;
			if (ok) this.#confirm(batch, (await response.json()) as { saved: SavedItem[] });
			else if (response.status >= 400 && response.status < 500 && !this.signedOut) {
				const body = (await response.json().catch(() => ({}))) as { message?: string };
				for (const [code] of batch) this.refused[code] = body.message ?? String(response.status);
			}
		} catch {
			// No signal: the answers stay on the phone.
		} finally {
			for (const [code] of batch) delete this.sending[code];
			this.#busy = false;
		}
		// Answers given (or changed) while this batch was on its way go out now.
		if (ok && this.#sendable().length) await this.flush();
	}

	#confirm(batch: [string, QueueEntry][], body: { saved: SavedItem[] }) {
		for (const s of body.saved) this.sent[s.itemCode] = s.current;
		for (const [code, entry] of batch) {
			// Only if the member did not change it again while it was being sent.
			const now = this.pending[code];
			if (now && now.answeredAt === entry.answeredAt && now.note === entry.note) delete this.pending[code];
		}
		this.#save();
	}
}

interface SavedItem {
	itemCode: string;
	outcome: 'saved' | 'older' | 'unchanged';
	current: ServerAnswer;
}
