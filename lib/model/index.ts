export * from './common';
export * from './snapshot';
export * from './client';
export * from './billing';
export * from './settings';
export * from './legal-status';
