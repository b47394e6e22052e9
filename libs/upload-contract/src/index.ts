export * from './evidence-upload.contract';
export * from './upload-refusal.contract';
