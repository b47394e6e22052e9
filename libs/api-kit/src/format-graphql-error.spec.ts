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

  it('names the value and the closed set when a value is outside an enum, literal or variable', () => {
    const request = (message: string, code = 'GRAPHQL_VALIDATION_FAILED') => formatGraphqlError({ message, extensions: { code } }, new GraphQLError(message));
    const literal = request('Value "sideways" does not exist in "DueDateScope" enum. Did you mean the enum value "rule"?');
    expect(literal.message).toBe('取值「sideways」不在 DueDateScope 的可选范围内，请改用接口定义中列出的取值');
    expect(literal.extensions?.['code']).toBe(ErrorCode.Validation);
    const quoted = request('Enum "WorkflowSubjectType" cannot represent non-enum value: "task". Did you mean the enum value "task"?');
    expect(quoted.message).toBe('取值 "task" 不在 WorkflowSubjectType 的可选范围内（可选值不加引号），请改用接口定义中列出的取值');
    const variable = request('Variable "$t" got invalid value "evidence"; Value "evidence" does not exist in "WorkflowSubjectType" enum.', 'BAD_USER_INPUT');
    expect(variable.message).toBe('取值「evidence」不在 WorkflowSubjectType 的可选范围内，请改用接口定义中列出的取值');
  });

  it('says a @oneOf input takes exactly one field, for a literal and a variable', () => {
    const request = (message: string, code: string) => formatGraphqlError({ message, extensions: { code } }, new GraphQLError(message));
    const literal = request('OneOf Input Object "RuleScoringInput" must specify exactly one key.', 'GRAPHQL_VALIDATION_FAILED');
    expect(literal).toMatchObject({ message: 'RuleScoringInput 须恰好给出一项（不能不给，也不能同时给两项），请只填与类型同名的那一项', extensions: { code: ErrorCode.Validation } });
    const variable = request('Variable "$input" got invalid value {}; Exactly one key must be specified for OneOf type "RuleScoreValueInput".', 'BAD_USER_INPUT');
    expect(variable.message).toMatch(/^RuleScoreValueInput 须恰好给出一项/);
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
