import { applyScheduled, evaluateEvent, scheduledTransitions } from './evaluator';
import { compileOrThrow, errorsOf } from './spec-helpers';

// A transition with a `schedule` is fired by the system for every subject still in `from` once
// its day has come: who-guards and roles do not apply to it, the other guards do.

const source = (schedule: string, extraGuard = '') => `
key: yearly
version: 1
entityType: participant
name: 年度报送
phases:
  reporting: { label: 报送期 }
  overdue: { label: 逾期补报期 }
states:
  pending: { label: 待报送, initial: true }
  reminded: { label: 已催报 }
  filed: { label: 已报送, final: true }
transitions:
  - { event: file, label: 报送, from: [pending, reminded], to: filed, roles: [office_admin] }
  - event: remind
    label: 催报
    from: pending
    to: reminded
    roles: [office_admin]
    ${schedule}
    guards:
      - actorIs: [owner]
      - onOrAfter: { phase: overdue, at: start }${extraGuard}
    effects:
      - notify: { roles: [office_admin] }
`;

const phases = { reporting: { startsOn: '2026-03-01', endsOn: '2026-03-31' }, overdue: { startsOn: '2026-04-01', endsOn: '2026-05-31' } };

describe('scheduled transitions', () => {
  const definition = compileOrThrow(source('schedule: { phase: overdue, at: start }'));

  it('lists the transitions the system fires by itself', () => {
    expect(scheduledTransitions(definition).map((t) => [t.event, t.schedule])).toEqual([['remind', { phase: 'overdue', at: 'start' }]]);
  });

  it('fires from the scheduled day on, as no person: actorIs does not apply, the date guards do', () => {
    const before = applyScheduled(definition, { state: 'pending', event: 'remind', facts: { now: '2026-03-31', phases } });
    expect(before).toEqual({ ok: false, refusal: expect.objectContaining({ code: 'TRANSITION_NOT_ALLOWED', reasons: ['不能催报：逾期补报期尚未开始（2026-04-01 开始）'] }) });
    const due = applyScheduled(definition, { state: 'pending', event: 'remind', facts: { now: '2026-04-01', phases } });
    expect(due.ok && due.transition).toEqual(expect.objectContaining({ from: 'pending', to: 'reminded', effects: [{ type: 'notify', params: { roles: ['office_admin'] } }] }));
  });

  it('does not fire from a state the transition does not leave (already reminded: once only)', () => {
    const again = applyScheduled(definition, { state: 'reminded', event: 'remind', facts: { now: '2026-04-02', phases } });
    expect(again.ok).toBe(false);
  });

  it('never fires a transition without a schedule, and a person still fires the scheduled one by hand', () => {
    expect(applyScheduled(definition, { state: 'pending', event: 'file', facts: { now: '2026-04-01', phases } })).toEqual({
      ok: false,
      refusal: expect.objectContaining({ reasons: ['不能报送：该操作没有计划时间，只能由人执行'] }),
    });
    const byHand = evaluateEvent(definition, {
      state: 'pending',
      event: 'remind',
      actor: { id: 'o', roles: ['office_admin'] },
      facts: { now: '2026-04-01', phases, actorPlace: { owner: true, participant: false, above: [] } },
    });
    expect(byHand.allowed).toBe(true);
  });

  it('refuses a schedule naming an undeclared phase or a bad date, at its position', () => {
    expect(errorsOf(source('schedule: { phase: overdu, at: start }'))).toEqual([
      expect.objectContaining({ code: 'INVALID_SCHEDULE', path: 'transitions[1].schedule.phase', message: 'schedule 有误：未声明的阶段"overdu"（请在 phases 中声明）' }),
    ]);
    expect(errorsOf(source('schedule: { phase: overdue, at: middle }')).map((error) => error.code)).toEqual(['SCHEMA_VIOLATION']);
  });
});
