import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, type FetchResult, type NormalizedCacheObject, type Operation } from '@apollo/client/core';
import { hasApiErrorCode } from './composables/api-error-message';

export interface ApolloClientOptions {
  /** The terminating link; the API on this origin when absent (tests pass a fake one). */
  link?: ApolloLink;
  /**
   * Called when the API answers UNAUTHENTICATED. When the admin handles it by leaving for the
   * login page (an expired session) it returns a promise settled once the pages are gone: the
   * answer is held back meanwhile and the operation then ends without one, so that no
   * "请先登录" flashes under the login redirect. Null lets the answer through (a wrong password,
   * the guard's own `me`).
   */
  onUnauthenticated?: (operation: Operation) => Promise<void> | null;
}

const UNAUTHENTICATED = 'UNAUTHENTICATED';

const answerIsUnauthenticated = (result: FetchResult): boolean => hasApiErrorCode({ graphQLErrors: result.errors ?? [], networkError: null }, UNAUTHENTICATED);

/** A refused request (HTTP 401, or 4xx with the GraphQL `errors` in its body). */
const failureIsUnauthenticated = (error: unknown): boolean => error instanceof Error && hasApiErrorCode({ graphQLErrors: [], networkError: error }, UNAUTHENTICATED);

/** Watches every answer for UNAUTHENTICATED and lets `onUnauthenticated` decide. */
function sessionLink(onUnauthenticated: (operation: Operation) => Promise<void> | null): ApolloLink {
  return new ApolloLink(
    (operation, forward) =>
      new Observable<FetchResult>((observer) => {
        let held: Promise<void> | null = null;
        // Ends a held-back operation without an answer: nothing is left waiting on it (Apollo
        // shares an in-flight request with later identical queries).
        const release = (leaving: Promise<void>): void => {
          held = leaving;
          const end = (): void => observer.complete();
          leaving.then(end, end);
        };
        const subscription = forward(operation).subscribe({
          next: (result) => {
            const leaving = answerIsUnauthenticated(result) ? onUnauthenticated(operation) : null;
            if (leaving) release(leaving);
            else observer.next(result);
          },
          error: (error: unknown) => {
            const leaving = failureIsUnauthenticated(error) ? onUnauthenticated(operation) : null;
            if (leaving) release(leaving);
            else observer.error(error);
          },
          complete: () => {
            if (!held) observer.complete();
          },
        });
        return () => subscription.unsubscribe();
      }),
  );
}

/**
 * The admin talks to the API on its own origin (the API serves the built admin; `vite dev`
 * proxies /graphql), with the session cookie. Apollo's HttpLink posts
 * `content-type: application/json`, which the API's CSRF prevention requires.
 */
export function createApolloClient(options: ApolloClientOptions = {}): ApolloClient<NormalizedCacheObject> {
  const terminating = options.link ?? new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  return new ApolloClient({
    link: options.onUnauthenticated ? ApolloLink.from([sessionLink(options.onUnauthenticated), terminating]) : terminating,
    cache: new InMemoryCache({
      typePolicies: {
        // Value objects without an id of their own: stored inside their parent.
        CampaignPhase: { keyFields: false },
        ResponsibleUnit: { keyFields: false },
        // A graph's node ids are state keys, the same in every definition: never shared.
        WorkflowGraph: { keyFields: false },
        WorkflowGraphNode: { keyFields: false },
        WorkflowGraphEdge: { keyFields: false },
        // An evidence's version list is replaced whole by each answer.
        Evidence: { fields: { versions: { merge: false } } },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'none' },
      query: { fetchPolicy: 'network-only', errorPolicy: 'none' },
    },
  });
}
