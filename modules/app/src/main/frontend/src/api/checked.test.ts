import { describe, expect, it } from 'vitest';
import type { Checked } from './checked';

// The proof is in `tsc --noEmit` (npm run build): without the directive below the build fails, and
// if Checked stopped refusing unknown fields, the unused directive would fail it instead.
describe('the UI types held to the API schema', () => {
  it('keeps a shape whose fields the API has, and refuses one that names a field it does not', () => {
    const known: Checked<{ id: string; name: string }, 'TaskView'> = { id: '1', name: 'Triage' };
    type WithUnknownField = Checked<{ id: string; priorityScore: number }, 'TaskView'>;
    // @ts-expect-error TaskView has no field "priorityScore"
    const unknown: WithUnknownField = { id: '1', priorityScore: 3 };
    expect(known.name).toBe('Triage');
    expect(unknown).toBeDefined();
  });
});
