// What a request line and an error line may say. Kept apart from the hooks so the rules about what is
// never logged are plain functions with their own tests.
import type { LogFields } from './index';

export interface RequestFacts {
	method: string;
	/** The route pattern, e.g. `/aspirasi/[id=int]`; null when no route matched (a 404). */
	routeId: string | null;
	params: Record<string, string>;
	url: URL;
	isDataRequest: boolean;
	status: number;
	ms: number;
	errorId?: string;
}

const MAX_PATH = 200;

/** Only numeric parameters (idea and cycle ids): other values may be photo names or account ids. */
function numericParams(params: Record<string, string>): string | undefined {
	const kept = Object.entries(params).filter(([, v]) => /^\d{1,12}$/.test(v));
	return kept.length ? kept.map(([k, v]) => `${k}=${v}`).join(',') : undefined;
}

/** A form action's name (`?/dukung`); the rest of the query string is never logged. */
function actionName(url: URL): string | undefined {
	const match = /^\?\/([A-Za-z_][\w-]{0,40})(?:&|$)/.exec(url.search);
	return match?.[1];
}

export function requestFields(f: RequestFacts): LogFields {
	return {
		method: f.method,
		route: f.routeId,
		// Unmatched addresses are worth seeing (probes, broken links); matched ones say it by route.
		path: f.routeId === null ? f.url.pathname.slice(0, MAX_PATH) : undefined,
		params: f.routeId === null ? undefined : numericParams(f.params),
		action: actionName(f.url),
		data: f.isDataRequest || undefined,
		status: f.status,
		ms: Math.round(f.ms * 10) / 10,
		errorId: f.errorId
	};
}

const MAX_MESSAGE = 500;
const MAX_FRAMES = 12;

/**
 * An unexpected error as log fields: its name, message and stack frames. Some messages quote the
 * input they choked on (JSON.parse does), so long quoted parts are cut: they may be a child's text.
 */
export function describeError(error: unknown): LogFields {
	if (!(error instanceof Error)) return { error: typeof error };
	const message = error.message.replace(/"[^"]{24,}"|'[^']{24,}'|`[^`]{24,}`/g, '[…]').slice(0, MAX_MESSAGE);
	const frames = (error.stack ?? '')
		.split('\n')
		.filter((line) => line.trimStart().startsWith('at '))
		.slice(0, MAX_FRAMES)
		.map((line) => line.trim());
	return { error: error.name, message, stack: frames };
}

// The error id handleError hands out, found again by the request line of the same request. Keyed by
// the request's `locals` (the one object SvelteKit passes to both hooks); entries go with the request.
const errorIds = new WeakMap<object, string>();

export function rememberErrorId(locals: object, id: string): void {
	errorIds.set(locals, id);
}

export function errorIdOf(locals: object): string | undefined {
	return errorIds.get(locals);
}
