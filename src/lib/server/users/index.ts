export * from './admin';
export * from './login';
export * from './register';
export * from './reset';
export * from './sign-in';
