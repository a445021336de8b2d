/**
 * `export tmx` checked by tools that are not ours: libxml2's DTD validation against the vendored
 * TMX 1.4b DTD, and two TMX consumers (translate-toolkit in Python, XML::TMX in Perl) reading the
 * units back; the pairs they read must be the pairs of alignment.json.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlignedUnit } from '../../corpus/alignment/alignment-types';
import { runCli } from '../helpers/run-cli';
import { realAlignment } from '../helpers/translation-data';

const DTD = new URL('../fixtures/standards/tmx14.dtd', import.meta.url).pathname;
/** Debian's Python, which has translate-toolkit (another python3 may be first on PATH). */
const PYTHON = '/usr/bin/python3';
let dir = '';

/** Writes `text` beside a copy of the DTD (the DOCTYPE names it) and returns the path. */
function tmxFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function run(command: string, args: string[], input?: string) {
  return spawnSync(command, args, { encoding: 'utf8', cwd: dir, ...(input ? { input } : {}) });
}

const GLOSSARY = new URL('../../annotations/nguyen-2020/glossary.json', import.meta.url).pathname;

/** What the glossary says the term units are: one per Chinese surface form, tuid → [Chinese, English]. */
function expectedTermPairs(): Map<string, [string, string]> {
  const glossary = JSON.parse(readFileSync(GLOSSARY, 'utf8')) as {
    terms: { id: string; zh: string[]; en: string }[];
  };
  const pairs = new Map<string, [string, string]>();
  for (const term of glossary.terms) {
    term.zh.forEach((zh, i) => pairs.set(`nguyen-2020:term:${term.id}:${i + 1}`, [zh, term.en]));
  }
  return pairs;
}

/** What the alignment and the glossary say the units are: tuid → [Chinese, English]. */
function expectedPairs(): Map<string, [string, string]> {
  return new Map([...expectedAlignedPairs(), ...expectedTermPairs()]);
}

/** What the alignment says the aligned units are: tuid → [Chinese, English]. */
function expectedAlignedPairs(): Map<string, [string, string]> {
  const alignment = realAlignment();
  const pairs = new Map<string, [string, string]>();
  const text = (unit: AlignedUnit, side: 'zh' | 'en', ids: string[]) =>
    ids.map((id) => unit[side].find((s) => s.id === id)?.text).join(side === 'zh' ? '' : ' ');
  for (const unit of [alignment.title, alignment.keywords, alignment.abstract]) {
    for (const pair of unit.pairs) {
      if (pair.zh.length && pair.en.length)
        pairs.set(`nguyen-2020:${pair.id}`, [text(unit, 'zh', pair.zh), text(unit, 'en', pair.en)]);
    }
  }
  return pairs;
}

const READ_WITH_TRANSLATE_TOOLKIT = `
import json, sys
from translate.storage.tmx import tmxfile
store = tmxfile(open(sys.argv[1], 'rb'), 'zh-Hant', 'en')
print(json.dumps([[u.getid(), u.source, u.gettarget('en'), u.getnotes()] for u in store.units], ensure_ascii=False))
`;

const READ_WITH_XML_TMX = `
use strict; use warnings; use XML::TMX::Reader; use JSON::PP;
my $reader = XML::TMX::Reader->new($ARGV[0]) or die "cannot read $ARGV[0]";
my @units;
$reader->for_tu(sub {
  my ($tu, $attributes) = @_;
  my %langs = map { $_ => $tu->{$_}{-seg} } grep { !/^-/ } keys %$tu;
  push @units, { tuid => $attributes->{tuid}, langs => \\%langs, props => $tu->{-prop} };
});
print JSON::PP->new->utf8->canonical->encode({ srclang => $reader->{header}{srclang}, units => \\@units });
`;

let tmx = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'triglot-tmx-'));
  copyFileSync(DTD, join(dir, 'tmx14.dtd'));
  const exported = runCli(['export', 'tmx']);
  expect(exported.stderr).toBe('');
  expect(exported.status).toBe(0);
  tmx = exported.stdout;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('export tmx', () => {
  it('is valid against the TMX 1.4b DTD (xmllint --dtdvalid)', () => {
    const path = tmxFile('nguyen-2020.tmx', tmx);
    const result = run('xmllint', ['--noout', '--dtdvalid', DTD, path]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails the same validation when the header loses its required srclang (the check bites)', () => {
    const path = tmxFile('broken.tmx', tmx.replace(' srclang="zh-Hant"', ''));
    const result = run('xmllint', ['--noout', '--dtdvalid', DTD, path]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/srclang/u);
  });

  it('declares zh-Hant as the source language', () => {
    expect(tmx).toMatch(/<header [^>]*srclang="zh-Hant"/u);
  });

  it('reads back in translate-toolkit with the pairs of alignment.json', () => {
    const path = tmxFile('read-python.tmx', tmx);
    const result = run(PYTHON, ['-c', READ_WITH_TRANSLATE_TOOLKIT, path]);
    expect(result.stderr).toBe('');
    const units = JSON.parse(result.stdout) as [string, string, string, string][];
    const expected = expectedPairs();
    expect(units.map((u) => u[0])).toEqual([...expected.keys()]);
    for (const [tuid, zh, en] of units) expect([zh, en], tuid).toEqual(expected.get(tuid));
    const a1 = units.find((u) => u[0] === 'nguyen-2020:a1');
    expect(a1?.[3]).toContain('Triglot project note: omitted 「隨著中國的快速崛起」');
  });

  it('reads back in Perl XML::TMX with the same pairs, statuses and n:m shapes', () => {
    const path = tmxFile('read-perl.tmx', tmx);
    const result = run('perl', ['-e', READ_WITH_XML_TMX, path]);
    expect(result.stderr).toBe('');
    const read = JSON.parse(result.stdout) as {
      srclang: string;
      units: { tuid: string; langs: Record<string, string>; props: Record<string, string[]> }[];
    };
    expect(read.srclang).toBe('zh-Hant');
    const expected = expectedPairs();
    expect(read.units).toHaveLength(expected.size);
    for (const unit of read.units) {
      expect([unit.langs['zh-Hant'], unit.langs.en], unit.tuid).toEqual(expected.get(unit.tuid));
    }
    const statuses = Object.fromEntries(
      read.units.map((u) => [u.tuid, u.props['x-triglot-status']?.[0]]),
    );
    const alignment = realAlignment();
    for (const pair of [
      ...alignment.title.pairs,
      ...alignment.keywords.pairs,
      ...alignment.abstract.pairs,
    ])
      expect(statuses[`nguyen-2020:${pair.id}`]).toBe(pair.status);
    const shapes = read.units
      .filter((u) => u.props['x-triglot-alignment'] && u.props['x-triglot-alignment'][0] !== '1:1')
      .map((u) => u.tuid);
    expect(shapes).toEqual(
      alignment.abstract.pairs
        .filter((p) => p.en.length > 1 || p.zh.length > 1)
        .map((p) => `nguyen-2020:${p.id}`),
    );
  });
});

describe('export tmx with a glossary', () => {
  const glossary = {
    terms: [
      {
        id: 'hedging',
        zh: ['避險'],
        en: 'hedging',
        enSource: 'article',
        definition: 'A test definition.',
      },
      {
        id: 'soft-balancing',
        zh: ['軟制衡'],
        en: 'soft balancing',
        enSource: 'article',
        vi: 'cân bằng mềm',
        viSource: 'project',
        definition: 'A test definition.',
      },
    ],
  };
  let annotations = '';
  beforeAll(() => {
    annotations = mkdtempSync(join(tmpdir(), 'triglot-annotations-'));
    const doc = join(annotations, 'nguyen-2020');
    spawnSync('mkdir', ['-p', doc]);
    writeFileSync(join(doc, 'glossary.json'), JSON.stringify(glossary));
  });
  afterAll(() => rmSync(annotations, { recursive: true, force: true }));

  it('adds one unit per Chinese term form, with the Vietnamese where the glossary gives it', () => {
    const exported = runCli(['export', 'tmx'], { TRIGLOT_ANNOTATIONS_DIR: annotations });
    expect(exported.status).toBe(0);
    const path = tmxFile('glossary.tmx', exported.stdout);
    expect(run('xmllint', ['--noout', '--dtdvalid', DTD, path]).status).toBe(0);
    const result = run('perl', ['-e', READ_WITH_XML_TMX, path]);
    const read = JSON.parse(result.stdout) as {
      units: { tuid: string; langs: Record<string, string> }[];
    };
    expect(read.units.filter((u) => u.tuid.includes(':term:'))).toEqual([
      {
        tuid: 'nguyen-2020:term:hedging:1',
        langs: { 'zh-Hant': '避險', en: 'hedging' },
        props: expect.anything(),
      },
      {
        tuid: 'nguyen-2020:term:soft-balancing:1',
        langs: { 'zh-Hant': '軟制衡', en: 'soft balancing', vi: 'cân bằng mềm' },
        props: expect.anything(),
      },
    ]);
  });

  it('fails with a message naming the file when the glossary is malformed', () => {
    writeFileSync(join(annotations, 'nguyen-2020', 'glossary.json'), '{"terms": [{"id": "x"}]}');
    const exported = runCli(['export', 'tmx'], { TRIGLOT_ANNOTATIONS_DIR: annotations });
    expect(exported.status).toBe(1);
    expect(exported.stdout).toBe('');
    expect(exported.stderr).toMatch(
      /glossary\.json: the glossary has problems:\n.*glossary\.json: x: "zh" must be a list of non-empty NFC strings.*\[malformed-glossary\]$/mu,
    );
  });
});
