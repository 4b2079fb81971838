export * from './contract';
export * from './errors';
export type * from './types';
export type * from './signature-types';
export type * from './cards';
export * from './bridge';
