import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/index.js';
import { markdownToText } from '../../src/ingest/markdown.js';
import { collect, fixture, only } from './helpers.js';

describe('markdown', () => {
  it('takes a leading # heading as the title and strips markup to text', async () => {
    const a = only((await collect([fixture('article.md')])).articles);
    expect(a.title).toBe('Ceasefire talks resume in Istanbul');
    expect(a.origin.format).toBe('markdown');
    expect(a.published).toBeNull();
    expect(
      a.text.startsWith(
        "Istanbul — Delegations from Russia and Ukraine met again on Friday, according to Turkey's foreign ministry,",
      ),
    ).toBe(true);
    expect(a.text).toContain(
      '\n\na prisoner exchange of 1,000 people on each side;\nthe return of children',
    );
    expect(a.text).toContain('"We are ready to work on a settlement," a member');
    expect(a.text).toContain('after two hours, with');
    expect(a.text).not.toMatch(/[*#`>[\]]|https?:/);
  });

  it('reads front matter: title, date, source, url', () => {
    const md =
      '---\ntitle: "Grain deal extended"\ndate: 2023-05-17\nsource: Reuters\nurl: https://example.com/grain\n---\n\nThe grain deal was extended by **60 days**.';
    const [r] = readText(md, { path: 'g.md' });
    expect(r).toMatchObject({
      article: {
        title: 'Grain deal extended',
        published: '2023-05-17',
        outlet: 'Reuters',
        text: 'The grain deal was extended by 60 days.',
        origin: { url: 'https://example.com/grain' },
      },
    });
  });

  it('fails on an unreadable front matter date', () => {
    const [r] = readText('---\ndate: soon\n---\nText.', { path: 'g.md' });
    expect(r).toMatchObject({ problem: { kind: 'failed', where: 'g.md' } });
  });

  it('setext title, code fences, tables, reference links, escapes', () => {
    const md =
      'Title line\n==========\n\nSee [the report][r] and `code`.\n\n```\nraw *kept*\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[r]: https://example.com\n\nEscaped \\*star\\*.';
    const [r] = readText(md, { path: 't.md' });
    expect(r).toMatchObject({ article: { title: 'Title line' } });
    const text = r && 'article' in r ? r.article.text : '';
    expect(text).toContain('See the report and code.');
    expect(text).toContain('raw *kept*');
    expect(text).toContain('a\tb\n1\t2');
    expect(text).toContain('Escaped *star*.');
    expect(text).not.toContain('https://example.com');
  });

  it('does not eat snake_case words or lone asterisks', () => {
    expect(markdownToText('keep snake_case_name and 5 * 3 = 15')).toBe(
      'keep snake_case_name and 5 * 3 = 15',
    );
  });
});
