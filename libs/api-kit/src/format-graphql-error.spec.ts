import { GraphQLError } from 'graphql';
import { AppError } from './app-error';
import { ErrorCode } from './error-code';
import { formatGraphqlError } from './format-graphql-error';

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original });

describe('formatGraphqlError', () => {
  it('passes an AppError through with its code, message and details', () => {
    const error = AppError.notFound('创建工作', 'x');
    expect(formatGraphqlError({ message: error.message }, wrap(error))).toEqual({
      message: '找不到创建工作（x），请确认后重试',
      extensions: { code: 'NOT_FOUND', details: { id: 'x' } },
      locations: undefined,
      path: undefined,
    });
  });

  it('maps Apollo request errors to VALIDATION with a Chinese message and keeps the reason', () => {
    const formatted = formatGraphqlError({ message: 'Cannot query field "nope"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError('x'));
    expect(formatted.extensions).toEqual({ code: ErrorCode.Validation, details: { reason: 'Cannot query field "nope"' } });
    expect(formatted.message).toBe('查询不符合接口定义，请检查字段和参数');
  });

  it('hides an unexpected error behind INTERNAL and logs it', () => {
    const logged: string[] = [];
    const formatted = formatGraphqlError({ message: 'boom' }, wrap(new TypeError('cannot read x of undefined')), { logger: { error: (m) => logged.push(m) } });
    expect(formatted).toMatchObject({ extensions: { code: 'INTERNAL' } });
    expect(formatted.message).not.toContain('undefined');
    expect(logged[0]).toContain('cannot read x of undefined');
  });

  it('reports a lost database as SERVICE_UNAVAILABLE', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(formatGraphqlError({ message: error.message }, wrap(error)).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  });
});
