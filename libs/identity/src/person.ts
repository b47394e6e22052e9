import type { Type } from '@nestjs/common';
import { Context, Field, ID, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import type { User } from './user.entity';
import { userLoader } from './user-loaders';

/**
 * Who did something, as every reader of the row may see them: the name the row already shows
 * and the organisation's name — not the account's username, e-mail, roles or lock state, which
 * User shows to those who manage accounts.
 */
@ObjectType('Person', { description: '经办人：姓名和所属单位名称（不含账号、角色、联系方式等）' })
export class PersonModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '姓名' })
  name!: string;

  @Field(() => String, { nullable: true, description: '所属单位名称；平台管理员为空' })
  organisationName!: string | null;
}

export function toPersonModel(user: User): PersonModel {
  return Object.assign(new PersonModel(), { id: user.id, name: user.displayName, organisationName: user.organisation?.isInitialized() ? user.organisation.getEntity().name : null });
}

/**
 * A resolver adding a Person link named `field.name` beside a name on `parent` (batched with
 * every user link of the request): whoever reads the row reads who did it, as the name shows.
 */
export function personLinkResolver<P>(parent: Type<P>, idOf: (row: P) => string, field: { name: string; description: string }) {
  @Resolver(() => parent)
  class PersonLink {
    constructor(readonly em: EntityManager) {}

    @ResolveField(field.name, () => PersonModel, { description: field.description })
    async person(@Parent() row: P, @Context() context: object): Promise<PersonModel> {
      return toPersonModel(await userLoader(context, this.em).load(idOf(row)));
    }
  }
  return PersonLink;
}
