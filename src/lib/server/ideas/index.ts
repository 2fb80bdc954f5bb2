export * from './read';
export * from './rules';
export * from './write';
