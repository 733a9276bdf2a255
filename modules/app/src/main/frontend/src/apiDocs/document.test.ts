import { describe, expect, it } from 'vitest';
import { documentFor, refusal } from './document';

describe('the API description page', () => {
  it('sends "Try it out" to the server it was loaded from, not the one the document names', () => {
    const shown = documentFor(
      { openapi: '3.0.3', servers: [{ url: 'http://localhost:8080/' }], paths: {} },
      'https://beacon.school.example',
    );
    expect(shown.servers).toEqual([
      { url: 'https://beacon.school.example', description: 'This Beacon' },
    ]);
    expect(shown.paths).toEqual({});
  });

  it('says why the document was not shown', () => {
    expect(refusal(401)).toContain('Sign in');
    expect(refusal(403)).toContain('Only administrators');
    expect(refusal(500)).toContain('500');
  });
});
