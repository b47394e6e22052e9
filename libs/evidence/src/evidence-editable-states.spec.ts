import { join } from 'node:path';
import { loadDefinitionFile } from '@accredit/workflow-engine';
import { EVIDENCE_EDITABLE_STATES, assertEvidenceEditable, isEvidenceEditable } from './evidence-editable-states';

const TASK_WORKFLOW = join(__dirname, '../../../workflows/task.yaml');

describe('the task states in which evidence may change', () => {
  const loaded = loadDefinitionFile(TASK_WORKFLOW);
  if (!loaded.ok) throw new Error(`workflows/task.yaml does not load: ${JSON.stringify(loaded.errors)}`);
  const states = Object.keys(loaded.definition.states);

  it('names only states that exist in workflows/task.yaml', () => {
    expect(EVIDENCE_EDITABLE_STATES.filter((state) => !states.includes(state))).toEqual([]);
  });

  it('keeps evidence editable before submission and after a return', () => {
    expect([...EVIDENCE_EDITABLE_STATES].sort()).toEqual(['in_progress', 'pending', 'returned']);
    expect(states).toEqual(expect.arrayContaining(['pending', 'in_progress', 'returned']));
  });

  it('freezes evidence once submitted or approved, and in every final state', () => {
    expect(states).toEqual(expect.arrayContaining(['submitted', 'approved']));
    expect(isEvidenceEditable('submitted')).toBe(false);
    expect(isEvidenceEditable('approved')).toBe(false);
    const finals = Object.entries(loaded.definition.states).filter(([, state]) => state.final).map(([key]) => key);
    expect(finals.length).toBeGreaterThan(0);
    expect(finals.filter(isEvidenceEditable)).toEqual([]);
  });

  it('refuses a change outside those states with TRANSITION_NOT_ALLOWED and a Chinese hint', () => {
    expect(() => assertEvidenceEditable('approved')).toThrow(expect.objectContaining({ code: 'TRANSITION_NOT_ALLOWED', message: expect.stringContaining('审核通过') }));
    expect(() => assertEvidenceEditable('submitted')).toThrow(/撤回/);
    expect(() => assertEvidenceEditable('returned')).not.toThrow();
  });
});
