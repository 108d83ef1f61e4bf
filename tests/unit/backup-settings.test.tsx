// @vitest-environment happy-dom
// Backups carry the settings (site rules included) and restore them all-or-nothing with the clips;
// the reminder to back up after many new clips.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupReminder } from '../../components/common/BackupReminder';
import { exportBackup, importBackup, readBackup } from '../../lib/export/backup';
import { backupReminderDue, getBackupMark, markBackup, BACKUP_MARK_KEY } from '../../lib/library/backup-reminder';
import { getSettings, parseSettingsBackup, saveSettings } from '../../lib/settings';
import { countClips, listClips, saveClips } from '../../lib/store/clips';
import { getDb } from '../../lib/store/db';
import { clipInput, statInput } from './store-fixtures';

beforeEach(async () => {
  fakeBrowser.reset();
  await getDb().delete();
});

const RULES = { 'www.gov.cn': { mode: 'always', target: 'hk' }, 'cast.org.cn': { mode: 'never' } } as const;

describe('backup with settings', () => {
  it('restores clips, settings and site rules', async () => {
    await saveClips([clipInput(), statInput()]);
    const clips = await listClips();
    const file = exportBackup(clips, { settings: { defaultTarget: 'cn', backupEvery: 50, siteRules: RULES } });

    await getDb().delete();
    fakeBrowser.reset();
    const result = await importBackup(file);
    expect(result).toMatchObject({ added: 2, settings: { defaultTarget: 'cn', backupEvery: 50 } });
    expect(await listClips()).toEqual(clips);
    const settings = await getSettings();
    expect(settings).toMatchObject({ defaultTarget: 'cn', backupEvery: 50, siteRules: RULES });
  });

  it.each([
    ['a bad value', { defaultTarget: 'klingon' }, /setting defaultTarget/],
    ['a bad site rule', { siteRules: { 'www.gov.cn': { mode: 'sometimes' } } }, /setting siteRules/],
    ['a bad host', { siteRules: { 'not a host!': { mode: 'never' } } }, /not a host name/],
    ['not an object', ['tw'], /not an object/],
  ])('refuses %s in the settings before writing anything', async (_name, settings, message) => {
    await saveSettings({ defaultTarget: 'hk' });
    const file = JSON.stringify({ ...JSON.parse(exportBackup([])), clips: JSON.parse(exportBackup(await pendingClips())).clips, settings });
    await expect(importBackup(file)).rejects.toThrow(message);
    expect(await countClips()).toBe(0);
    expect((await getSettings()).defaultTarget).toBe('hk');
  });

  it('leaves out fields a newer version added, and keeps stored settings the file does not name', async () => {
    await saveSettings({ allowTwp: true });
    expect(parseSettingsBackup({ uiLang: 'en', futureThing: 1 })).toEqual({ uiLang: 'en' });
    await importBackup(exportBackup([], { settings: { uiLang: 'en' } }));
    expect(await getSettings()).toMatchObject({ uiLang: 'en', allowTwp: true });
    expect(readBackup(exportBackup([])).settings).toBeUndefined();
  });
});

/** Two valid clip records that are not in the library. */
async function pendingClips() {
  await saveClips([clipInput(), statInput()]);
  const clips = await listClips();
  await getDb().delete();
  return clips;
}

describe('backup reminder', () => {
  it('is due after backupEvery clips since the last backup, never with 0', async () => {
    const none = await getBackupMark();
    expect(none).toEqual({ lastBackupAt: null, clipsAtLastBackup: 0 });
    expect(backupReminderDue(200, 199, none)).toBeNull();
    expect(backupReminderDue(200, 200, none)).toBe(200);
    expect(backupReminderDue(0, 5_000, none)).toBeNull();

    const mark = await markBackup(300, new Date('2025-01-01T00:00:00Z'));
    expect(await getBackupMark()).toEqual(mark);
    expect(backupReminderDue(200, 450, mark)).toBeNull();
    expect(backupReminderDue(200, 500, mark)).toBe(200);
    // Deleting clips after a backup does not count as new ones.
    expect(backupReminderDue(1, 100, mark)).toBeNull();
  });

  it('ignores a damaged mark in storage', async () => {
    await fakeBrowser.storage.local.set({ [BACKUP_MARK_KEY]: { clipsAtLastBackup: -3, lastBackupAt: 'x' } });
    expect(await getBackupMark()).toEqual({ lastBackupAt: null, clipsAtLastBackup: 0 });
  });

  describe('on a page', () => {
    let root: HTMLElement;
    beforeEach(() => {
      root = document.createElement('div');
      document.body.append(root);
    });
    afterEach(() => {
      render(null, root);
      root.remove();
      vi.restoreAllMocks();
    });

    it('offers a backup that downloads clips and changed settings, then goes away', async () => {
      await saveClips([clipInput(), statInput()]);
      await saveSettings({ siteRules: RULES });
      const blobs: Blob[] = [];
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        blobs.push(blob as Blob);
        return 'blob:backup';
      });
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

      await saveSettings({ backupEvery: 2 });
      await act(async () => render(<BackupReminder lang="en" clipCount={2} />, root));
      await vi.waitFor(() => expect(root.textContent).toContain('2 clips since your last backup — uninstalling the extension deletes the library.'));
      await act(async () => root.querySelector('button')!.click());
      await vi.waitFor(() => expect(root.querySelector('.backup-reminder')).toBeNull());

      const backup = readBackup(await blobs[0].text());
      expect(backup.clips).toHaveLength(2);
      expect(backup.settings).toEqual({ backupEvery: 2, siteRules: RULES });
      expect((await getBackupMark()).clipsAtLastBackup).toBe(2);
    });

    it('speaks the page language and stays hidden below the threshold', async () => {
      await saveSettings({ backupEvery: 3 });
      await act(async () => render(<BackupReminder lang="zh-TW" clipCount={3} />, root));
      await vi.waitFor(() => expect(root.textContent).toContain('自上次備份以來新增了 3 筆摘錄'));
      await act(async () => render(<BackupReminder lang="zh-TW" clipCount={2} />, root));
      expect(root.querySelector('.backup-reminder')).toBeNull();
      // Turning reminders off hides it in every open page.
      await act(async () => render(<BackupReminder lang="zh-TW" clipCount={3} />, root));
      await vi.waitFor(() => expect(root.querySelector('.backup-reminder')).not.toBeNull());
      await act(async () => void (await saveSettings({ backupEvery: 0 })));
      await vi.waitFor(() => expect(root.querySelector('.backup-reminder')).toBeNull());
    });
  });
});
