import { getCurrentScope, onScopeDispose, readonly, ref, type Ref } from 'vue';

/** Below this width the admin lays out for a phone: the menu becomes a drawer, panels stack. */
export const PHONE_MAX_WIDTH = 767;
export const PHONE_QUERY = `(max-width: ${PHONE_MAX_WIDTH}px)`;

/**
 * Whether the screen is phone-sized (liaisons open the admin from WeCom on their phones). Layout
 * differences live in CSS media queries with the same breakpoint; this flag is for what CSS
 * cannot do — a drawer instead of the sidebar, the task list and the task as two steps.
 */
export function useIsPhone(): Readonly<Ref<boolean>> {
  const media = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(PHONE_QUERY) : null;
  const isPhone = ref(media?.matches ?? false);
  if (media) {
    const onChange = (event: MediaQueryListEvent): void => {
      isPhone.value = event.matches;
    };
    media.addEventListener('change', onChange);
    if (getCurrentScope()) onScopeDispose(() => media.removeEventListener('change', onChange));
  }
  return readonly(isPhone);
}
