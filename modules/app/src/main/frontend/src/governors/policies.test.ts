import { describe, expect, it } from 'vitest';
import { base64Of, versionBody, versionFields } from './policies';

describe('a new policy version', () => {
  it('needs a next review date only for a fixed-date policy', () => {
    expect(versionFields(true).find((f) => f.name === 'nextReviewDate')?.required).toBe(true);
    expect(versionFields(false).find((f) => f.name === 'nextReviewDate')?.required).toBe(false);
  });

  it('sends an uploaded document as base64 with its name and type, and no text', async () => {
    const file = new File(['Policy text é'], 'policy.txt', { type: 'text/plain' });
    const body = await versionBody({
      author: 'DSL',
      date: '2026-11-01',
      changeSummary: 'c',
      contentKind: 'file',
      file,
      text: 'ignored',
    });
    expect(body.text).toBeUndefined();
    expect(body.file).toEqual({
      name: 'policy.txt',
      contentType: 'text/plain',
      base64: Buffer.from('Policy text é').toString('base64'),
    });
    expect(body.nextReviewDate).toBeNull();
  });

  it('encodes large files in chunks', async () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 251);
    expect(await base64Of(new Blob([bytes]))).toBe(Buffer.from(bytes).toString('base64'));
  });
});
