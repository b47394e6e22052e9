import type { User } from './user.entity';
import { UserModel } from './user.model';

export function toUserModel(user: User): UserModel {
  return Object.assign(new UserModel(), {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email ?? null,
    roles: user.roles,
    organisationName: user.organisation?.isInitialized() ? user.organisation.getEntity().name : null,
    disabled: user.disabled,
    lastLoginAt: user.lastLoginAt ?? null,
    mustChangePassword: user.mustChangePassword,
    organisationId: user.organisation?.id ?? null,
    departmentId: user.department?.id ?? null,
  });
}
