export * from './contract';
export * from './errors';
export type * from './types';
export * from './signature-types';
export * from './cards';
export * from './tunnel-types';
export * from './bridge';
export * from './replay-types';
