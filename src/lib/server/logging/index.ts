// Structured logs: one JSON line per event, on stdout (errors on stderr), for journald, Docker or any
// log shipper. Lines carry what operations needs and nothing else: never a cookie or token, a
// password, a query string or anything a child wrote (see request.ts for what a request line holds).
import { config, type LogLevel } from '../config';

export type LogValue = string | number | boolean | null | undefined | string[];
export type LogFields = Record<string, LogValue>;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface LogSink {
	out(line: string): void;
	err(line: string): void;
}

// Request lines are gathered and written once per turn of the event loop: under load that is one write
// instead of hundreds. Errors are written at once (after what was gathered, to keep the order); a
// process killed outright loses at most the lines of its last turn.
let pending: string[] = [];
let scheduled = false;
function flush() {
	scheduled = false;
	if (pending.length === 0) return;
	const chunk = pending.join('\n') + '\n';
	pending = [];
	process.stdout.write(chunk);
}
process.once('exit', flush);

const processSink: LogSink = {
	out: (line) => {
		pending.push(line);
		if (!scheduled) {
			scheduled = true;
			setImmediate(flush);
		}
	},
	err: (line) => {
		flush();
		process.stderr.write(line + '\n');
	}
};

/** The line as written: time and level first, so a plain `grep` or `jq` reads it easily. */
export function formatLine(
	level: Exclude<LogLevel, 'silent'>,
	msg: string,
	fields: LogFields,
	now = new Date()
) {
	return JSON.stringify({ time: now.toISOString(), level, msg, ...fields });
}

export interface Logger {
	debug(msg: string, fields?: LogFields): void;
	info(msg: string, fields?: LogFields): void;
	warn(msg: string, fields?: LogFields): void;
	error(msg: string, fields?: LogFields): void;
}

export function createLogger(threshold: LogLevel, sink: LogSink = processSink): Logger {
	const write =
		(level: Exclude<LogLevel, 'silent'>) =>
		(msg: string, fields: LogFields = {}) => {
			if (RANK[level] < RANK[threshold]) return;
			const line = formatLine(level, msg, fields);
			if (RANK[level] >= RANK.error) sink.err(line);
			else sink.out(line);
		};
	return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** The server's logger, at LOG_LEVEL (silent under vitest unless LOG_LEVEL says otherwise). */
export const log = createLogger(config.logLevel);

export { describeError, errorIdOf, rememberErrorId, requestFields, type RequestFacts } from './request';
