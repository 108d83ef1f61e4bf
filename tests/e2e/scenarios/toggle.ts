// Script toggling: conversion of a seed page and exact restore (CONTRACTS "Exact restore").
import { expect } from 'vitest';
import type { PageStatus } from '../../../lib/types';
import { stripPinyinResidue } from '../../../lib/text/pinyin';
import type { Driver, DriverTab } from './driver';

/** The page's serialised DOM without the extension's own UI host. */
export function pageHtml(tab: DriverTab): Promise<string> {
  return tab.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('gongwen-lens-ui').forEach((el) => el.remove());
    return `${document.title}\n${clone.outerHTML}`;
  });
}

export const bodyText = (tab: DriverTab) => tab.evaluate(() => document.body.innerText);

export async function convertsAndRestoresExactly(d: Driver, path: string): Promise<void> {
  const tab = await d.open(path);
  const status = await d.status(tab.tabId);
  await d.hook('act', tab.tabId, { action: 'highlights', on: false });
  const before = await pageHtml(tab);
  const textBefore = await bodyText(tab);

  const converted = (await d.hook('act', tab.tabId, { action: 'toggle' })) as PageStatus;
  expect(converted.converted).toBe(status.offer);
  const textAfter = await bodyText(tab);
  expect(textAfter).not.toBe(textBefore);
  // Conversion keeps the text's length with these presets; only pinyin residue (seed 001's
  // 科協(xié)) is hidden for reading.
  expect(textAfter.length).toBe(stripPinyinResidue(textBefore).length);
  if (textBefore.includes('(xié)')) expect(textAfter).not.toContain('(xié)');
  const lang = () => tab.evaluate(() => document.documentElement.lang);
  if (status.script === 'simplified') {
    expect(textBefore).toContain('协');
    expect(textAfter).not.toContain('协');
    expect(textAfter).toContain('協');
    expect(await lang()).toBe('zh-TW');
  } else {
    expect(textAfter).not.toContain('協');
    expect(textAfter).toContain('协');
    expect(await lang()).toBe('zh-CN');
  }

  const restored = (await d.hook('act', tab.tabId, { action: 'toggle' })) as PageStatus;
  expect(restored.converted).toBeNull();
  expect(await pageHtml(tab)).toBe(before);
  await tab.close();
}

/** Expects no site rules. */
export async function followsSiteRules(d: Driver): Promise<void> {
  await d.setSettings({ siteRules: { '127.0.0.1': { mode: 'always', target: 'hk' } } });
  const auto = await d.open('/002-hubei-notice.html');
  await expect.poll(async () => (await d.status(auto.tabId)).converted).toBe('hk');
  expect(await bodyText(auto)).toContain('湖北省科學技術協會');
  await auto.close();

  await d.setSettings({ siteRules: { '127.0.0.1': { mode: 'never' } } });
  const never = await d.open('/002-hubei-notice.html');
  expect((await d.status(never.tabId)).converted).toBeNull();
  await expect(d.hook('act', never.tabId, { action: 'toggle' })).rejects.toThrow(/turned off for this site/);
  await never.close();
  await d.setSettings({ siteRules: {} });
}
