import { describe, expect, it } from 'vitest';
import { decisionRules, isEvaluated } from './member-decisions';

describe('member decisions', () => {
  it('exempted members are not evaluated', () => {
    expect(isEvaluated('exempted')).toBe(false);
    expect(isEvaluated('official')).toBe(true);
    expect(isEvaluated('probationary')).toBe(true);
    expect(isEvaluated('deceased')).toBe(false);
  });
  it('each decision moves the status', () => {
    expect(decisionRules.exemption.to).toBe('exempted');
    expect(decisionRules.exemption_end).toMatchObject({ from: ['exempted'], to: 'official' });
    expect(decisionRules.removal.to).toBe('removed');
    expect(decisionRules.expulsion.to).toBe('expelled');
    expect(decisionRules.death.to).toBe('deceased');
  });
});
