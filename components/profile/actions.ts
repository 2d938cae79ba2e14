import { loadSettings, saveSettings } from '@/lib/db/repositories';
import { emptyProfile, type FreelancerProfile } from '@/lib/profile/profile';
import { reportChange } from '../changes';

/** Writes of the profile: through the validating settings repository, then the background is told. */

/** A change to the profile applied to the one stored (read afresh), so two quick edits never undo each other. */
export const updateProfile = async (update: (profile: FreelancerProfile) => FreelancerProfile): Promise<void> => {
  const latest = await loadSettings();
  await saveSettings({ ...latest, profile: update(latest.profile ?? emptyProfile()) });
  await reportChange('settings');
};
