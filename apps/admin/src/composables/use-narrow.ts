import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue';
import { useIsPhone } from './use-is-phone';

/**
 * Whether an element is narrower than `below` pixels (or the screen is a phone's): for tables
 * that sit in a column whose width depends on the page around them, not on the window — the
 * task panel beside the list and the preview, a dashboard half — and switch to fewer columns or
 * cards there (1366 × 768 leaves the task panel some 450 px). Without ResizeObserver (tests) only
 * the phone counts.
 */
export function useNarrow(target: Ref<HTMLElement | null | undefined>, below: number): Readonly<Ref<boolean>> {
  const isPhone = useIsPhone();
  const width = ref<number | null>(null);
  let observer: ResizeObserver | null = null;
  onMounted(() => {
    if (typeof ResizeObserver === 'undefined' || !target.value) return;
    observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) width.value = entry.contentRect.width;
    });
    observer.observe(target.value);
  });
  onBeforeUnmount(() => observer?.disconnect());
  return computed(() => isPhone.value || (width.value !== null && width.value < below));
}
