import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, visit } from 'graphql';
import { findUnstorableText, unstorable } from './storable-text';

function unstorableField(document: DocumentNode, variables: Record<string, unknown> | undefined): string | null {
  let field = findUnstorableText(variables ?? {});
  if (field) return field;
  visit(document, {
    StringValue(node) {
      if (!field && node.value.includes('\u0000')) field = 'query';
    },
  });
  return field;
}

/** Refuses, before anything runs, a request whose variables or string literals carry a NUL character. */
export function storableInputPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          const field = unstorableField(request.document, request.request.variables);
          if (!field) return;
          const error = unstorable(field);
          throw new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
        },
      };
    },
  };
}
