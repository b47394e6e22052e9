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

  it('keeps evidence editable wherever a submission is prepared, and frozen where it is reviewed', () => {
    // Submissions are the transitions guarded by hasEvidence (submit, resubmit): their sources are
    // where evidence is gathered, their targets where it is reviewed.
    const submissions = loaded.definition.transitions.filter((transition) => transition.guards.some((guard) => guard.type === 'hasEvidence'));
    expect(submissions.length).toBeGreaterThan(0);
    for (const submission of submissions) {
      expect({ event: submission.event, from: submission.from.filter((state) => !isEvidenceEditable(state)) }).toEqual({ event: submission.event, from: [] });
      expect({ event: submission.event, to: submission.to, editable: isEvidenceEditable(submission.to) }).toEqual({ event: submission.event, to: submission.to, editable: false });
    }
    // The initial state (before any work) allows evidence too.
    const initial = Object.values(loaded.definition.states).filter((state) => state.initial && !state.parent);
    expect(initial.filter((state) => !isEvidenceEditable(state.key))).toEqual([]);
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
