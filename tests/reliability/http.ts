// Form actions over plain HTTP, as `use:enhance` sends them: a form-encoded POST with the site's
// Origin (SvelteKit refuses cross-site form posts) and `x-sveltekit-action`, answered in JSON.

export const DEMO_PASSWORD = 'suaraanak-demo';

export type ActionResult =
	| { type: 'success' | 'failure'; status: number; data?: string }
	| { type: 'redirect'; status: number; location: string }
	| { type: 'error'; status?: number; error: { message: string; id?: string } };

export interface Session {
	login: string;
	cookie: string;
}

function headers(origin: string, cookie?: string): Record<string, string> {
	return {
		origin,
		accept: 'application/json',
		'content-type': 'application/x-www-form-urlencoded',
		'x-sveltekit-action': 'true',
		...(cookie ? { cookie } : {})
	};
}

export async function postAction(
	origin: string,
	path: string,
	form: Record<string, string>,
	cookie?: string
): Promise<ActionResult> {
	const response = await fetch(origin + path, {
		method: 'POST',
		headers: headers(origin, cookie),
		body: new URLSearchParams(form).toString(),
		redirect: 'manual'
	});
	const result = (await response.json()) as ActionResult;
	// error() answers carry their status only in the HTTP status line.
	return result.type === 'error' ? { ...result, status: response.status } : result;
}

/** Signs in through the sign-in form and returns the cookies the answer set. */
export async function signIn(origin: string, login: string, password = DEMO_PASSWORD): Promise<Session> {
	const response = await fetch(`${origin}/masuk`, {
		method: 'POST',
		headers: headers(origin),
		body: new URLSearchParams({ login, password }).toString(),
		redirect: 'manual'
	});
	const result = (await response.json()) as ActionResult;
	const cookie = response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
	if (result.type !== 'redirect' || !cookie)
		throw new Error(`sign-in of ${login} failed: ${JSON.stringify(result)}`);
	return { login, cookie };
}
