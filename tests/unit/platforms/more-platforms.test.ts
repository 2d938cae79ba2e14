import { describe, expect, it } from 'vitest';
import { extractOtherPlatform } from '../../../lib/platforms/other-platforms';
import { expectValidSnapshot, field, fixtureText, loadFixture } from './helpers';

/** Fiverr, PeoplePerHour, Guru and ComeUp: reconstructed pages, read by the tolerant reader. */
const read = (fixture: string) => {
  const address = fixtureText(fixture).match(/https:\/\/[^\s"'<>]+/)![0];
  const snapshot = extractOtherPlatform(loadFixture(fixture, address), new URL(address));
  expectValidSnapshot(snapshot);
  return snapshot;
};

describe('platforms without public markup evidence (reconstructions)', () => {
  it.each([
    ['fiverr/inbox-conversation.html', 'fiverr', { 'client.externalId': 'northfield_goods', 'client.countryName': 'United Kingdom', 'signals.rating': 4.9, 'signals.reviewsCount': 23, 'signals.memberSince': '2021-02-01' }],
    ['peopleperhour/project-page.html', 'peopleperhour', { 'client.displayName': 'Harbourside Dental Care', 'client.city': 'Bristol', 'job.externalId': '4123456', 'job.budget.min': { amount: 30000, currency: 'GBP' }, 'signals.memberSince': '2022-05-12' }],
    ['guru/job-detail.html', 'guru', { 'client.displayName': 'Pine Ridge Outfitters LLC', 'client.website': 'https://www.pineridge-outfitters.example', 'job.budget.max': { amount: 100000, currency: 'USD' } }],
    ['comeup/request-page.html', 'comeup', { 'client.displayName': 'Boulangerie Lefèvre SARL', 'client.city': 'Lille', 'job.budget.min': { amount: 15000, currency: 'EUR' }, 'signals.memberSince': '2023-01-09' }],
  ] as const)('%s', (fixture, platform, expected) => {
    const snapshot = read(fixture);
    expect(snapshot.platform).toBe(platform);
    for (const [path, value] of Object.entries(expected)) expect(field(snapshot, path), path).toEqual(value);
  });

  it('flags a free test and an off-platform request in the descriptions', () => {
    expect(read('peopleperhour/project-page.html').redFlags.map((f) => f.kind)).toEqual(['free-work']);
    expect(read('guru/job-detail.html').redFlags.map((f) => f.kind)).toEqual(['off-platform']);
  });
});
