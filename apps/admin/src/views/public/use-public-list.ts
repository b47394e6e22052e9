import { computed, ref, watch, type ComputedRef, type Ref } from 'vue';
import { useRoute } from 'vue-router';
import { HttpApiError } from '../../composables/http-api';

/**
 * A public list of the campaign in the route (`:campaignId`), read again when the route changes;
 * a 404 reads as `notFound` (a link that names no such list), any other failure as its message.
 */
export function usePublicList<T>(
  fetchList: (campaignId: string) => Promise<T>,
  notFound: () => string,
): { campaignId: ComputedRef<string>; list: Ref<T | null>; loading: Ref<boolean>; errorMessage: Ref<string | null> } {
  const route = useRoute();
  const campaignId = computed(() => String(route.params['campaignId'] ?? ''));
  const list = ref<T | null>(null) as Ref<T | null>;
  const loading = ref(false);
  const errorMessage = ref<string | null>(null);

  async function load(): Promise<void> {
    loading.value = true;
    errorMessage.value = null;
    try {
      list.value = await fetchList(campaignId.value);
    } catch (error) {
      list.value = null;
      errorMessage.value = error instanceof HttpApiError && error.status === 404 ? notFound() : error instanceof Error ? error.message : String(error);
    } finally {
      loading.value = false;
    }
  }
  watch(campaignId, () => void load(), { immediate: true });
  return { campaignId, list, loading, errorMessage };
}
