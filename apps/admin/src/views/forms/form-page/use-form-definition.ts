import type { FormDefinition } from '@accredit/forms/browser';
import { ApolloError } from '@apollo/client/core';
import { useApolloClient } from '@vue/apollo-composable';
import { computed, shallowRef, watch } from 'vue';
import { asApolloError } from '../../../composables/api-error-message';
import { errorMessageOf } from '../../../composables/notify';
import { CampaignFormDefinitionsDocument, FormDefinitionRecordGraphFragmentDoc, type FormDefinitionRecordGraphFragment } from '../../../graphql/generated/graphql';
import { definitionOf } from '../forms.model';

/**
 * A filled form's compiled definition, read once: from the cache's FormDefinitionRecord when an
 * earlier opening kept it there, else asked (CampaignFormDefinitions) and kept there. Not a watched
 * query: the live updates ask every watched query again, and a record never changes (a new version
 * is a new record). Nor cached as the list of forms: the page's state query reads that list, and an
 * answer holding only definitions would leave it incomplete (and send it to the network again).
 */
export function useFormDefinition(recordId: () => string | undefined, variables: () => { campaignId: string; organisationId: string | null }) {
  const client = useApolloClient().resolveClient();
  const record = shallowRef<FormDefinitionRecordGraphFragment | null>(null);
  const error = shallowRef<ApolloError | null>(null);
  let asked = false;

  async function read(id: string): Promise<void> {
    const where = { id: client.cache.identify({ __typename: 'FormDefinitionRecord', id }), fragment: FormDefinitionRecordGraphFragmentDoc, fragmentName: 'FormDefinitionRecordGraph' };
    const kept = client.readFragment(where);
    if (kept) return void (record.value = kept);
    try {
      const answer = await client.query({ query: CampaignFormDefinitionsDocument, variables: variables(), fetchPolicy: 'no-cache' });
      const found = answer.data.campaignForms.find((form) => form.definition.id === id)?.definition ?? null;
      if (found) client.writeFragment({ ...where, data: found });
      record.value = found;
    } catch (failure) {
      error.value = asApolloError(failure) ?? new ApolloError({ errorMessage: errorMessageOf(failure) });
    }
  }

  // Asked once the form's state names its definition record.
  watch(
    recordId,
    (id) => {
      if (!id || asked) return;
      asked = true;
      void read(id);
    },
    { immediate: true },
  );

  const definition = computed<FormDefinition | null>(() => definitionOf(record.value?.definition));
  return { definition, error };
}
