import { ApiKitRefusal, apiKitError } from './api-kit.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; a malformed one is the caller's mistake, not a missing row. */
export function assertId(id: string, argument = 'id'): string {
  if (!UUID.test(id)) {
    throw apiKitError(ApiKitRefusal.BadId, `参数 ${argument} 不是有效的编号：${id}`, { [argument]: id });
  }
  return id;
}
