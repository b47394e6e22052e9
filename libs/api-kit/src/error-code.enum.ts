import { registerEnumType } from '@nestjs/graphql';
import { ErrorCode } from './error-code';

/**
 * The stable error codes as a GraphQL enum, for fields that report a refusal as data (one item of
 * a batch) rather than as a GraphQL error. Each name is the value itself, so the wire values are
 * those of `extensions.code` (TS enum member names would have put `Conflict` on the wire).
 */
export const ErrorCodeEnum = Object.fromEntries(Object.values(ErrorCode).map((code) => [code, code])) as { [K in ErrorCode]: K };

const descriptions: { [K in ErrorCode]: string } = {
  [ErrorCode.Unauthenticated]: '未登录或登录已过期',
  [ErrorCode.Forbidden]: '无权执行',
  [ErrorCode.NotFound]: '找不到对象',
  [ErrorCode.Validation]: '输入不正确',
  [ErrorCode.Conflict]: '已被他人修改（版本号不一致）',
  [ErrorCode.TransitionNotAllowed]: '当前状态或条件下不能执行此操作',
  [ErrorCode.ServiceUnavailable]: '服务暂时不可用',
  [ErrorCode.QueryTooComplex]: '查询过大或过深',
  [ErrorCode.Timeout]: '超时',
  [ErrorCode.TooManyRequests]: '请求过于频繁',
  [ErrorCode.Internal]: '内部错误',
};

registerEnumType(ErrorCodeEnum, {
  name: 'ErrorCode',
  description: '错误代码（与 GraphQL 错误的 extensions.code 相同）',
  valuesMap: Object.fromEntries(Object.entries(descriptions).map(([code, description]) => [code, { description }])),
});
