// Small typed errors that domain modules throw and routes turn into error() or fail().

export class DomainError extends Error {
	/** A key the route maps to a translated message. */
	constructor(
		readonly code: string,
		readonly field?: string
	) {
		super(code);
		this.name = new.target.name;
	}
}
export class NotFound extends DomainError {}
export class Forbidden extends DomainError {}
export class Conflict extends DomainError {}
export class Invalid extends DomainError {}
