export * from './campaign-setup.service';
export * from './campaign-setup.module';
export * from './campaign-templates';
export * from './campaign-designer.service';
export * from './campaign-setup.exception';
