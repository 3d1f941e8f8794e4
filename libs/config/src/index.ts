export * from './environment';
export * from './load-config';
export * from './config.module';
export * from './graceful-shutdown';
export * from './json-logger';
