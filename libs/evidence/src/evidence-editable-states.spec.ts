import { join } from 'node:path';
import { loadDefinitionFile, parseDefinition } from '@accredit/workflow-engine';
import { assertEvidenceEditable } from './evidence-editable-states';

const TASK_WORKFLOW = join(__dirname, '../../../workflows/task.yaml');

describe('the task states in which evidence may change, as the definition declares them', () => {
  const loaded = loadDefinitionFile(TASK_WORKFLOW);
  if (!loaded.ok) throw new Error(`workflows/task.yaml does not load: ${JSON.stringify(loaded.errors)}`);
  const task = loaded.definition;

  it('allows changes where the shipped task workflow says evidenceEditable', () => {
    for (const state of ['pending', 'in_progress', 'returned']) expect(() => assertEvidenceEditable(task, state)).not.toThrow();
  });

  it('refuses with what to do, in the definition’s own words', () => {
    expect(() => assertEvidenceEditable(task, 'submitted')).toThrow(expect.objectContaining({ code: 'TRANSITION_NOT_ALLOWED', message: expect.stringMatching(/正在审核.*请先「撤回」/) }));
    expect(() => assertEvidenceEditable(task, 'approved')).toThrow(expect.objectContaining({ message: expect.stringContaining('「已通过」状态，流程已结束') }));
  });

  it('follows a definition with other state names, without code', () => {
    const parsed = parseDefinition(
      `key: other\nversion: 1\nentityType: task\nname: 其他\nstates:\n  draft: { label: 起草, initial: true, evidenceEditable: true }\n  sent: { label: 送审, reviewQueue: true }\n  done: { label: 办结, final: true }\ntransitions:\n  - { event: send, label: 送出, from: draft, to: sent, roles: [liaison] }\n  - { event: recall, label: 收回, from: sent, to: draft, roles: [liaison] }\n  - { event: close, label: 办结, from: sent, to: done, roles: [office_admin] }\n`,
      'other.yaml',
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(() => assertEvidenceEditable(parsed.definition, 'draft')).not.toThrow();
    expect(() => assertEvidenceEditable(parsed.definition, 'sent')).toThrow(/请先「收回」/);
    expect(() => assertEvidenceEditable(parsed.definition, 'in_progress')).toThrow(/不能修改佐证材料/);
  });
});
