export * from './user.entity';
export * from './session.entity';
export * from './identity-settings';
export * from './access-policy';
export * from './auth.service';
export * from './users.service';
export * from './first-admin.service';
export * from './demo-accounts.service';
export * from './password-hasher';
export * from './identity.module';

import { Session } from './session.entity';
import { User } from './user.entity';
export const IDENTITY_ENTITIES = [User, Session];
