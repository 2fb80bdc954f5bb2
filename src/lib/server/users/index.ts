export * from './admin';
export * from './register';
export * from './reset';
export * from './sign-in';
