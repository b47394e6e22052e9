import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, visit } from 'graphql';
import { findUnstorableText, unstorable } from './storable-text';

/**
 * Whether a document's string literals carry a NUL, per parsed document: Apollo keeps one
 * DocumentNode per query text, so a document the UI sends again is not walked again.
 */
const literalsChecked = new WeakMap<DocumentNode, boolean>();

function literalsUnstorable(document: DocumentNode): boolean {
  let known = literalsChecked.get(document);
  if (known === undefined) {
    known = false;
    visit(document, {
      StringValue(node) {
        if (node.value.includes('\u0000')) known = true;
      },
    });
    literalsChecked.set(document, known);
  }
  return known;
}

function unstorableField(document: DocumentNode, variables: Record<string, unknown> | undefined): string | null {
  return findUnstorableText(variables ?? {}) ?? (literalsUnstorable(document) ? 'query' : null);
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
