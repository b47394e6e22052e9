import { ApolloClient, HttpLink, InMemoryCache, type ApolloLink, type NormalizedCacheObject } from '@apollo/client/core';

/**
 * The admin talks to the API on its own origin (the API serves the built admin; `vite dev`
 * proxies /graphql), with the session cookie.
 */
export function createApolloClient(link?: ApolloLink): ApolloClient<NormalizedCacheObject> {
  return new ApolloClient({
    link: link ?? new HttpLink({ uri: '/graphql', credentials: 'include' }),
    cache: new InMemoryCache({
      typePolicies: {
        // Value objects without an id of their own: stored inside their parent.
        CampaignPhase: { keyFields: false },
        ResponsibleUnit: { keyFields: false },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'none' },
      query: { fetchPolicy: 'network-only', errorPolicy: 'none' },
    },
  });
}
