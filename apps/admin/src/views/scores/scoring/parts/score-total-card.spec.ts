import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../../../../plugins/i18n';
import ScoreTotalCard from './score-total-card.vue';

// A total: points out of the maximum for a scored system; verdicts and progress for a checklist.

const base = { points: 0, maxTotal: 0, uncapped: 0, capped: false, complete: false, rules: 4, scoredRules: 1, vetoed: false, vetoedBy: [] };

const i18n = createAppI18n('zh-CN');

describe('ScoreTotalCard', () => {
  it('shows points out of the maximum for a scored system', () => {
    const w = mount(ScoreTotalCard, {
      global: { plugins: [i18n] },
      props: { title: '自评合计', totals: { ...base, points: 82.5, maxTotal: 100, hasPoints: true } },
    });
    expect(w.get('.total-card__value').text().replace(/\s+/g, ' ')).toBe('82.5/ 100 分');
  });

  it('shows a checklist’s verdicts and progress, never “0 / 0 分”', () => {
    const counts = [
      { label: '达标', count: 0 },
      { label: '基本达标', count: 1 },
      { label: '未达标', count: 0 },
    ];
    const w = mount(ScoreTotalCard, {
      global: { plugins: [i18n] },
      props: { title: '自评合计', totals: { ...base, hasPoints: false, verdict: null, judgedRules: 1, verdictCounts: counts } },
    });
    expect(w.get('[data-test="total-verdict"]').text().replace(/\s+/g, ' ')).toBe('待判定已判定 1/4 条');
    expect(w.get('[data-test="total-verdict-counts"]').text().replace(/\s+/g, ' ')).toBe('达标 0 条基本达标 1 条未达标 0 条');
    expect(w.text()).not.toContain('分');
  });
});
