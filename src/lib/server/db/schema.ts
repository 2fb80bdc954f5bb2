// The one database schema, in parts by domain (schema/*.ts); everything imports it from here.
export * from './schema/core';
export * from './schema/ideas';
export * from './schema/tickets';
export * from './schema/facilities';
