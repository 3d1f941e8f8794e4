export * from './organization-input';
export * from './validate-organization';
export * from './import-rows';
