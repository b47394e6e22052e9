import { defineComponent, h } from 'vue';

// jsdom draws no canvas: in the specs a chart (components/charts/chart-box.vue, mocked for every
// DOM spec in testing/dom-setup.ts) is a box with its label, and the option it was drawn with is
// kept here by its data-test (else its label) for the specs that check what a chart shows.

export const chartOptions = new Map<string, unknown>();

export const ChartStub = defineComponent({
  props: { label: { type: String, default: '' }, option: { type: Object, default: null } },
  setup:
    (props, { attrs }) =>
    () => {
      chartOptions.set(String(attrs['data-test'] ?? props.label), props.option);
      return h('div', { class: 'chart-stub' }, props.label);
    },
});
