import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { useNarrow } from './use-narrow';

// The tables of the task panel and the dashboard switch by the width of their own box (jsdom has
// no layout: a stand-in ResizeObserver reports the widths).

type Callback = (entries: { contentRect: { width: number } }[]) => void;
let report: Callback | null = null;
let disconnected = false;

class FakeResizeObserver {
  constructor(callback: Callback) {
    report = callback;
  }
  observe(): void {}
  disconnect(): void {
    disconnected = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  report = null;
  disconnected = false;
});

const Probe = defineComponent({
  setup() {
    const root = ref<HTMLElement>();
    const narrow = useNarrow(root, 760);
    return () => h('div', { ref: root, 'data-narrow': String(narrow.value) });
  },
});

describe('useNarrow', () => {
  it('follows the width of its element, not the window', async () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const wrapper = mount(Probe);
    expect(wrapper.attributes('data-narrow')).toBe('false');
    report!([{ contentRect: { width: 450 } }]);
    await nextTick();
    expect(wrapper.attributes('data-narrow')).toBe('true');
    report!([{ contentRect: { width: 900 } }]);
    await nextTick();
    expect(wrapper.attributes('data-narrow')).toBe('false');
    wrapper.unmount();
    expect(disconnected).toBe(true);
  });

  it('without ResizeObserver keeps the full layout off a phone', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    expect(mount(Probe).attributes('data-narrow')).toBe('false');
  });
});
