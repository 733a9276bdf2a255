import { describe, expect, it } from 'vitest';
import { searchStatus, type DeviceSearch } from './declarationsApi';

const search = (over: Partial<DeviceSearch>): DeviceSearch => ({
  id: 1,
  reference: 'DSR-1',
  pupilReference: 'P-0042',
  yearGroup: 'Year 9',
  device: 'Phone',
  ownership: 'personal',
  grounds: 'Seen sharing an image',
  requestedBy: 'staff',
  requestedAt: '2026-12-03T10:00:00Z',
  status: 'requested',
  mayBeIllegal: false,
  ...over,
});

describe('a device search in words', () => {
  it('says who it waits for and what became of the device', () => {
    expect(searchStatus(search({}))).toBe('Waiting for the head');
    expect(searchStatus(search({ status: 'refused', decidedBy: 'head' }))).toBe('Refused by head');
    expect(
      searchStatus(search({ status: 'returned', returnedTo: 'Mother', handedOn: '2026-12-04' })),
    ).toBe('Returned to Mother on 2026-12-04');
    expect(
      searchStatus(
        search({ status: 'with_police', handedOn: '2026-12-04', policeReference: 'CAD-1' }),
      ),
    ).toBe('Handed to the police on 2026-12-04 (CAD-1)');
  });
});
