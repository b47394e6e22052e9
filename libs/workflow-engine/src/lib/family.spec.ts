import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { familyOf } from './family';
import { loadWorkflowDirectory } from './loader';
import { compileOrThrow, errorsOf, WORKFLOWS_DIR } from './spec-helpers';

// `family`: batches with their own keys (their own quotas) that still count each other's
// participants as earlier batches. Only participant workflows have batches; the members of a
// family loaded together must have the states the later ones count.

function batch(key: string, { family = 'family: national-batch\n', entityType = 'participant', minus = '[named]' } = {}): string {
  return `
key: ${key}
${family}version: 1
entityType: ${entityType}
name: 批次 ${key}
states:
  applied: { label: 已申报, initial: true }
  recommended: { label: 已推荐 }
  named: { label: 已命名, final: true }
transitions:
  - event: recommend
    label: 推荐
    from: applied
    to: recommended
    roles: [office_admin]
    guards:
      - quota: { of: participants, within: province, states: [recommended], percent: 20, base: { organisations: county }, minus: ${minus}, minusOf: earlierParticipants }
  - event: name
    label: 命名
    from: recommended
    to: named
    roles: [office_admin]
`;
}

const withoutGuards = (source: string) => source.replace(/ {4}guards:\n.*\n/, '');

describe('workflow family', () => {
  it('is the declared family, or the key when none is declared', () => {
    expect(compileOrThrow(batch('second')).family).toBe('national-batch');
    expect(familyOf(compileOrThrow(batch('second')))).toBe('national-batch');
    const keyed = compileOrThrow(batch('national-batch', { family: '' }));
    expect(keyed.family).toBeUndefined();
    expect(familyOf(keyed)).toBe('national-batch');
  });

  it('refuses a family that is not an identifier, with its position', () => {
    expect(errorsOf(batch('second', { family: 'family: 第二批\n' }))).toEqual([
      expect.objectContaining({ code: 'SCHEMA_VIOLATION', path: 'family', line: 3, message: expect.stringContaining('应以小写字母开头') }),
    ]);
  });

  it('refuses a family on a workflow other than a participant’s: only participants come in batches', () => {
    expect(errorsOf(withoutGuards(batch('task-ish', { entityType: 'task' })))).toEqual([
      expect.objectContaining({ code: 'INVALID_FAMILY', path: 'family', line: 3, message: expect.stringContaining('family 只用于参与单位流程') }),
    ]);
  });

  describe('in a directory', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'families-'));
    });
    afterEach(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('loads members of one family that count states the others have', () => {
      writeFileSync(join(dir, 'first.yaml'), batch('first'));
      writeFileSync(join(dir, 'second.yaml'), batch('second'));
      writeFileSync(join(dir, 'other.yaml'), batch('other', { family: 'family: other\n', minus: '[withdrawn]' }));
      const result = loadWorkflowDirectory(dir);
      expect(result.ok).toBe(true);
    });

    it('refuses a batch counting earlier participants in a state another member lacks, at the guard', () => {
      // The first batch counts no earlier one; its named state is called otherwise.
      writeFileSync(join(dir, 'first.yaml'), withoutGuards(batch('first')).replace(/named/g, 'titled'));
      writeFileSync(join(dir, 'second.yaml'), batch('second', { minus: '[named]' }));
      // Another family's states do not matter: its participants are never counted here.
      writeFileSync(join(dir, 'z-other.yaml'), batch('z-other', { family: 'family: other\n' }).replace(/named/g, 'titled'));
      const result = loadWorkflowDirectory(dir);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const source = readFileSync(join(dir, 'second.yaml'), 'utf8').split('\n');
      expect(result.errors).toEqual([
        {
          file: join(dir, 'second.yaml'),
          line: source.findIndex((line) => line.includes('- quota:')) + 1,
          column: expect.any(Number),
          path: 'transitions[0].guards[0]',
          code: 'INVALID_FAMILY',
          message: `此前批次的状态 named 在同一批次族"national-batch"的 ${join(dir, 'first.yaml')}（first 第 1 版）中不存在，这些参与单位永远不会被计入；请改用该流程中的状态名`,
        },
      ]);
    });

    it('holds for the shipped national batches: the second counts the first’s and v1’s named counties', () => {
      const result = loadWorkflowDirectory(WORKFLOWS_DIR);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const family = result.definitions.filter((definition) => familyOf(definition) === 'national-batch');
      expect(family.map((definition) => definition.key)).toEqual(['national-batch-first', 'national-batch-second', 'national-batch']);
      const quotas = (key: string) =>
        family
          .find((definition) => definition.key === key)!
          .transitions.find((t) => t.event === 'recommend')!
          .guards.filter((guard) => guard.type === 'quota')
          .map((guard) => guard.params);
      expect(quotas('national-batch-first')).toEqual([expect.objectContaining({ base: { number: 50 } })]);
      expect(quotas('national-batch-first')[0]).not.toHaveProperty('within');
      expect(quotas('national-batch-second')).toEqual([
        expect.objectContaining({ within: 'province', percent: 20, base: { organisations: 'county' }, minus: ['named', 'warned'], minusOf: 'earlierParticipants' }),
      ]);
    });
  });
});
