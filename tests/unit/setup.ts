import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';

// Each test starts from an empty fake browser (storage, alarms, badge).
beforeEach(() => {
  fakeBrowser.reset();
});
