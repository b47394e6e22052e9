import { readRelation, readRelations } from './read-relation';

describe('readRelation', () => {
  it('stands where a table would, parenthesised, and is registered once', () => {
    const relation = readRelation('spec.rows', ['id', 'name'], ' select id, name from spec_table ');
    expect(`select r.id from ${relation} r`).toBe('select r.id from (select id, name from spec_table) r');
    expect(readRelations()).toContain(relation);
    expect(() => readRelation('spec.rows', ['id'], 'select id from spec_table')).toThrow('declared twice');
  });
});
