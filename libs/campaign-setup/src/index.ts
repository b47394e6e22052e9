export * from './campaign-setup.service';
export * from './campaign-setup.module';
export * from './campaign-templates';
