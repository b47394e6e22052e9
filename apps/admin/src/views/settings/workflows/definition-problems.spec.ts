// @vitest-environment node
import { ApolloError } from '@apollo/client/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { definitionProblemsOf } from './use-workflow-definitions';

describe('workflow definition upload problems', () => {
  it('lists each problem with its line, column and field', () => {
    const error = new ApolloError({
      graphQLErrors: [
        new GraphQLError('流程定义有 1 处错误', {
          extensions: { code: 'VALIDATION', details: { errors: [{ file: 'task.yaml', line: 12, column: 5, path: 'transitions[0].to', code: 'unknown-state', message: '状态「done」未定义' }] } },
        }),
      ],
    });
    expect(definitionProblemsOf(error)).toEqual([{ line: 12, column: 5, path: 'transitions[0].to', message: '状态「done」未定义' }]);
  });

  it('has none for other failures', () => {
    expect(definitionProblemsOf(new ApolloError({ graphQLErrors: [new GraphQLError('请先登录')] }))).toEqual([]);
    expect(definitionProblemsOf(new Error('x'))).toEqual([]);
  });
});
