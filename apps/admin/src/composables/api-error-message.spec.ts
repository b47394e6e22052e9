// @vitest-environment node
import { ApolloError } from '@apollo/client/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiErrorMessage, hasApiErrorCode } from './api-error-message';

const serverError = (statusCode: number, result: unknown): Error =>
  Object.assign(new Error(`Response not successful: Received status code ${statusCode}`), {
    name: 'ServerError',
    statusCode,
    result,
    response: {} as Response,
  });

describe('apiErrorMessage', () => {
  it("shows the API's own Chinese messages", () => {
    const error = new ApolloError({
      graphQLErrors: [
        new GraphQLError('创建活动不存在或已被删除', { extensions: { code: 'NOT_FOUND' } }),
        new GraphQLError('创建活动不存在或已被删除', { extensions: { code: 'NOT_FOUND' } }),
        new GraphQLError('请先登录', { extensions: { code: 'UNAUTHENTICATED' } }),
      ],
    });
    expect(apiErrorMessage(error)).toBe('创建活动不存在或已被删除；请先登录');
  });

  it('reads the messages of a refused request (HTTP 400) instead of printing its body', () => {
    const error = new ApolloError({
      networkError: serverError(400, { errors: [{ message: '查询过深，请减少嵌套层级', extensions: { code: 'VALIDATION' } }] }),
    });
    expect(apiErrorMessage(error)).toBe('查询过深，请减少嵌套层级');
  });

  it('puts transport failures in Chinese', () => {
    expect(apiErrorMessage(new ApolloError({ networkError: serverError(502, '<html>Bad Gateway</html>') }))).toBe('服务暂时不可用（HTTP 502），请稍后重试。');
    expect(apiErrorMessage(new ApolloError({ networkError: serverError(401, {}) }))).toBe('登录已失效，请重新登录。');
    expect(apiErrorMessage(new ApolloError({ networkError: new TypeError('Failed to fetch') }))).toBe('无法连接服务器，请检查网络后重试。');
    expect(apiErrorMessage(null)).toBe('请求未成功，请稍后重试。');
  });

  it('tells which code the API refused with, in the answer or in a refused request', () => {
    const unauthenticated = new ApolloError({ graphQLErrors: [new GraphQLError('请先登录', { extensions: { code: 'UNAUTHENTICATED' } })] });
    expect(hasApiErrorCode(unauthenticated, 'UNAUTHENTICATED')).toBe(true);
    expect(hasApiErrorCode(unauthenticated, 'FORBIDDEN')).toBe(false);
    const refused = new ApolloError({
      networkError: serverError(403, { errors: [{ message: '已拒绝来自其他网站的请求（跨站请求）', extensions: { code: 'FORBIDDEN' } }] }),
    });
    expect(hasApiErrorCode(refused, 'FORBIDDEN')).toBe(true);
    expect(hasApiErrorCode(new ApolloError({ networkError: serverError(401, {}) }), 'UNAUTHENTICATED')).toBe(true);
    expect(hasApiErrorCode(new ApolloError({ networkError: new TypeError('Failed to fetch') }), 'UNAUTHENTICATED')).toBe(false);
    expect(hasApiErrorCode(null, 'UNAUTHENTICATED')).toBe(false);
  });
});
