import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { prepareStatement, runPrepared } from './prepared-statement';

describe('prepareStatement', () => {
  it('numbers each name once, in order of first use, and leaves casts alone', () => {
    const statement = prepareStatement<'a' | 'b'>('t', 'select :a::int, :b::text where :a::int > 0 and x::date = :b');
    expect(statement.text).toBe('select $1::int, $2::text where $1::int > 0 and x::date = $2');
    expect(statement.params).toEqual(['a', 'b']);
  });
});

describe('runPrepared (real PostgreSQL)', () => {
  let orm: MikroORM;

  beforeAll(async () => {
    orm = await MikroORM.init({
      driver: PostgreSqlDriver,
      clientUrl: process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/test',
      entities: [],
      discovery: { warnWhenNoEntities: false },
      pool: { min: 0, max: 1 },
    });
  });

  afterAll(async () => {
    await orm?.close(true);
  });

  const echo = prepareStatement<'n' | 'names' | 'missing'>(
    'spec.echo',
    'select :n::int + 1 as "next", array_length(:names::text[], 1) as "count", :missing::text is null as "missingIsNull", now()::date::text as "today"',
  );

  it('binds values by name (arrays as arrays, absent as null) and runs again on the same connection', async () => {
    const em = orm.em.fork();
    for (let i = 0; i < 2; i++) {
      const [row] = await runPrepared<'n' | 'names' | 'missing', Record<string, unknown>>(em, echo, { n: 41, names: ['a', 'b,c'], missing: undefined });
      expect(row).toMatchObject({ next: 42, count: 2, missingIsNull: true });
    }
  });

  it("runs on the transaction's connection inside one (it sees the transaction's own writes)", async () => {
    const seen = prepareStatement<'key'>('spec.seen', 'select current_setting(\'spec.key\', true) = :key::text as "same"');
    await orm.em.fork().transactional(async (em) => {
      await em.execute("select set_config('spec.key', 'inside', true)");
      const [row] = await runPrepared<'key', { same: boolean }>(em, seen, { key: 'inside' });
      expect(row.same).toBe(true);
    });
    const [outside] = await runPrepared<'key', { same: boolean | null }>(orm.em.fork(), seen, { key: 'inside' });
    expect(outside.same).not.toBe(true);
  });
});
