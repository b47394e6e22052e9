import { type Ref, onBeforeUnmount, ref, watch } from 'vue';

/** `source` trimmed, `ms` after the last change: a search box asks the server once the typing stops. */
export function useDebounced(source: Ref<string>, ms = 300): Ref<string> {
  const settled = ref(source.value.trim());
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(source, (value) => {
    clearTimeout(timer);
    timer = setTimeout(() => (settled.value = value.trim()), ms);
  });
  onBeforeUnmount(() => clearTimeout(timer));
  return settled;
}
