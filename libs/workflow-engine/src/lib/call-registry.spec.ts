import { callRegistry, type CallSpec } from './call-registry';
import { fail, ok, type ParamContext } from './params';

interface Params {
  days: { days: number };
  label: { text: string };
}

const days: CallSpec<Params['days']> = {
  summary: '天数',
  parse: (raw) => (typeof raw === 'number' ? ok({ days: raw }) : fail('应为天数')),
};
const label: CallSpec<Params['label']> = {
  summary: '标题',
  parse: (raw) => (typeof raw === 'string' ? ok({ text: raw }) : fail('应为文字')),
};
const registry = callRegistry<Params, { readonly [K in keyof Params]: CallSpec<Params[K]> }>('测试项', { days, label });
const ctx = {} as ParamContext;

describe('callRegistry', () => {
  it('lists the names in registration order and knows only those', () => {
    expect(registry.names).toEqual(['days', 'label']);
    expect(registry.has('label')).toBe(true);
    expect(registry.has('toString')).toBe(false);
  });

  it('parses a call into its type and normalised params, and passes a parser’s errors through', () => {
    expect(registry.parse('days', 3, ctx)).toEqual({ ok: true, params: { type: 'days', params: { days: 3 } } });
    expect(registry.parse('label', 3, ctx)).toEqual({ ok: false, errors: [{ path: [], message: '应为文字' }] });
  });

  it('throws on a name it does not know, naming the kind, rather than skipping it', () => {
    expect(() => registry.spec('later' as keyof Params)).toThrow('未知的测试项"later"');
    expect(() => registry.parse('later' as keyof Params, 1, ctx)).toThrow('未知的测试项"later"');
  });
});
