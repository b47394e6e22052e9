import { failMany, ok, type ParamContext, type ParamResult } from './params';

/** What every built-in guard and effect declares: a summary for tooling and a parser for its YAML parameters. */
export interface CallSpec<P> {
  /** One line, Chinese; shown by tooling. */
  readonly summary: string;
  parse(raw: unknown, ctx: ParamContext): ParamResult<P>;
}

/** A parsed call of one registered name: what a compiled definition stores. */
export interface RegisteredCall<Params, K extends keyof Params> {
  readonly type: K;
  readonly params: Params[K];
}

export interface CallRegistry<Params, Specs extends { readonly [K in keyof Params]: CallSpec<Params[K]> }> {
  readonly specs: Specs;
  /** In registration order (the order error messages list them). */
  readonly names: readonly (keyof Params & string)[];
  has(name: string): name is keyof Params & string;
  /** The spec of a name; throws on an unknown one (a definition read back from storage must not skip a call). */
  spec<K extends keyof Params>(name: K): Specs[K];
  parse<K extends keyof Params>(name: K, raw: unknown, ctx: ParamContext): ParamResult<RegisteredCall<Params, K>>;
}

/**
 * The shared shape of the guard and effect registries: names, lookup and parameter parsing over
 * one table of specs. `label` names the kind in the error for an unknown name (守卫, 动作).
 */
export function callRegistry<Params, Specs extends { readonly [K in keyof Params]: CallSpec<Params[K]> }>(label: string, specs: Specs): CallRegistry<Params, Specs> {
  const has = (name: string): name is keyof Params & string => Object.hasOwn(specs, name);
  const assertKnown = (name: keyof Params): void => {
    if (!Object.hasOwn(specs, name)) throw new Error(`未知的${label}"${String(name)}"`);
  };
  // Read through the mapped type, where TypeScript keeps a generic name's own params.
  const table: { readonly [K in keyof Params]: CallSpec<Params[K]> } = specs;
  return {
    specs,
    names: Object.keys(specs) as (keyof Params & string)[],
    has,
    spec<K extends keyof Params>(name: K): Specs[K] {
      assertKnown(name);
      return specs[name];
    },
    parse<K extends keyof Params>(name: K, raw: unknown, ctx: ParamContext): ParamResult<RegisteredCall<Params, K>> {
      assertKnown(name);
      const parsed = table[name].parse(raw, ctx);
      return parsed.ok ? ok({ type: name, params: parsed.params }) : failMany(parsed.errors);
    },
  };
}
