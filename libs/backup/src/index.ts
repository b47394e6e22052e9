export * from './backup-error';
export * from './backup-manifest';
export * from './create-backup';
export * from './restore-backup';
