// The safeguarding queue: disclosures of harm, never public, only for facilitators with the permission.
export * from './queue';
export * from './record';
export * from './rules';
