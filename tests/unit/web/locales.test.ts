import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, resources } from '../../../app/web/i18n/setup';
import { toUiLanguage } from '../../../app/web/i18n/languages';

const WEB = new URL('../../../app/web/', import.meta.url).pathname;

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|ts)$/u.test(name) ? [path] : [];
  });
}

/** Every key as `namespace:path`. */
function allKeys(lng: string): string[] {
  return Object.entries(resources[lng] ?? {}).flatMap(([ns, strings]) =>
    keysOf(strings).map((k) => `${ns}:${k}`),
  );
}

describe('interface locales', () => {
  const en = allKeys('en').sort();

  it('has the same namespaces in every language', () => {
    expect(NAMESPACES).toContain('common');
    for (const lng of ['zh-Hant', 'en', 'vi']) {
      expect(Object.keys(resources[lng] ?? {}).sort()).toEqual(NAMESPACES);
    }
  });

  it.each(['zh-Hant', 'vi'] as const)('%s has exactly the keys of English', (lng) => {
    expect(allKeys(lng).sort()).toEqual(en);
  });

  it('has a non-empty string for every key in every language', () => {
    for (const lng of ['zh-Hant', 'en', 'vi'] as const) {
      for (const key of en) {
        const [ns = '', path = ''] = key.split(':');
        const value = path
          .split('.')
          .reduce<unknown>(
            (node, part) => (node as Record<string, unknown>)[part],
            resources[lng]?.[ns],
          );
        expect(typeof value === 'string' && value.trim() !== '', `${lng}: ${key}`).toBe(true);
      }
    }
  });

  it('defines every key the components ask for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(WEB)) {
      const source = readFileSync(file, 'utf8');
      // useTranslation('ns') names the namespace of a file's keys; `ns:key` names it explicitly.
      const ns = /useTranslation\(\s*'([\w-]+)'/u.exec(source)?.[1] ?? 'common';
      for (const match of source.matchAll(/\bt\(\s*'([\w.:-]+)'/gu)) {
        const key = match[1] ?? '';
        used.add(key.includes(':') ? key : `${ns}:${key}`);
      }
    }
    expect(used.size).toBeGreaterThan(20);
    // A plural key (`count_one`, `count_other`) is asked for by its base name with a count.
    for (const key of used) expect(en.includes(key) || en.includes(`${key}_other`), key).toBe(true);
  });

  it('maps browser languages to the three interface languages', () => {
    expect(['zh-TW', 'zh-Hant-HK', 'zh', 'vi-VN', 'en-GB', 'fr'].map(toUiLanguage)).toEqual([
      'zh-Hant',
      'zh-Hant',
      'zh-Hant',
      'vi',
      'en',
      'en',
    ]);
  });
});
