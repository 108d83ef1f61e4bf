// The popup's "Convert text" box in the built extension, opened as a tab: typed text, then the
// clipboard round trip (paste → convert → copy) with clipboard access granted to the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';

describe('popup: convert text', () => {
  let h: Harness;
  let popup: Page;

  beforeAll(async () => {
    h = await launch();
    const origin = `chrome-extension://${h.extensionId}`;
    // Playwright takes a chrome-extension:// origin for an opaque one: grant to every origin instead.
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    popup = await h.context.newPage();
    await popup.goto(`${origin}/popup.html`);
    await popup.getByText('Convert text', { exact: true }).click();
  });
  afterAll(async () => {
    await h?.close();
  });

  const result = () => popup.locator('#convert-text-result');

  it('converts typed text to the chosen target', async () => {
    await popup.locator('#convert-text-input').fill('以后的软件发展，看着里面');
    await popup.locator('.convert-target select').selectOption('hk');
    await popup.getByRole('button', { name: 'Convert', exact: true }).click();
    await expect.poll(() => result().inputValue()).toBe('以後的軟件發展，看着裏面');

    await popup.locator('.convert-target select').selectOption('tw');
    await popup.getByRole('button', { name: 'Convert', exact: true }).click();
    await expect.poll(() => result().inputValue()).toBe('以後的軟件發展，看著裡面');
  });

  it('pastes from the clipboard, converts, and copies the result back', async () => {
    await popup.evaluate(() => navigator.clipboard.writeText('科协发布通知，请各单位认真学习'));
    await popup.getByRole('button', { name: 'Paste from clipboard' }).click();
    await expect.poll(() => popup.locator('#convert-text-input').inputValue()).toBe('科协发布通知，请各单位认真学习');
    await expect.poll(() => result().inputValue()).toBe('科協發佈通知，請各單位認真學習');

    await popup.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe('科協發佈通知，請各單位認真學習');
  });
});
