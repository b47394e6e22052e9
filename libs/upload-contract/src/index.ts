export * from './evidence-upload.contract';
