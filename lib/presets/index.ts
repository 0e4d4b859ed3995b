export * from './filters';
export * from './model';
export * from './match';
