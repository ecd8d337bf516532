/**
 * Comparisons of two versions keep the text's structure: compared block by block, then word
 * by word inside a block that changed, and shown as the text's own HTML with each change
 * marked and said in words.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { compareForTest } from './support/render.ts';

/** The comparison as parsed HTML, the hidden words around each change left out. */
function compared(before: string, after: string): HTMLElement {
  const root = parse(compareForTest(before, after).html);
  for (const label of root.querySelectorAll('.visually-hidden')) label.remove();
  return root;
}

const marks = (element: HTMLElement | null) =>
  (element?.querySelectorAll('ins, del') ?? []).map((mark) => `${mark.tagName.toLowerCase()}:${mark.text}`);

const roles = (clerk: string) =>
  `## Roles\n\n| Role | Responsibility |\n| --- | --- |\n| Clerk | ${clerk} |\n| Data steward | Answers for one data set |\n`;

describe('a comparison', () => {
  it('keeps a table when a row changed, with the change inside its cell', () => {
    const page = compared(roles('Keeps the records'), roles('Keeps the data inventory'));
    const table = page.querySelector('table')!;
    expect(table).not.toBeNull();
    expect(table.querySelectorAll('thead th').map((th) => th.text)).toEqual(['Role', 'Responsibility']);
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    const [role, responsibility] = rows[0]!.querySelectorAll('td');
    expect(role!.text).toBe('Clerk');
    expect(marks(responsibility!)).toEqual(['del:records', 'ins:data inventory']);
    expect(responsibility!.text).toBe('Keeps the recordsdata inventory');
    expect(marks(rows[1]!)).toEqual([]);
    expect(page.querySelector('h2')!.text).toBe('Roles');
  });

  it('keeps a bold clause title, changed words and all', () => {
    const page = compared(
      '1. **Purpose first.** Collect less.\n2. **Notice.** Say why.\n',
      '1. **Purpose first.** Collect only what is needed.\n2. **Notice.** Say why.\n3. **Sharing.** Only under an agreement.\n',
    );
    const items = page.querySelectorAll('ol > li');
    expect(items.map((li) => li.querySelector('strong')?.text)).toEqual([
      'Purpose first.',
      'Notice.',
      'Sharing.',
    ]);
    // The title is the text's own, outside any mark; only the words that changed are marked.
    expect(items[0]!.querySelector('strong')!.parentNode).toBe(items[0]);
    expect(marks(items[0]!)).toEqual(['del:less.', 'ins:only what is needed.']);
    // A clause put in whole is marked whole, its title still bold inside the mark.
    expect(items[2]!.querySelector('ins > strong')?.text).toBe('Sharing.');
  });

  it('shows a bold title made of plain words as a change', () => {
    const page = compared('Purpose first. Collect less.', '**Purpose first.** Collect less.');
    expect(page.querySelector('p > del')!.text).toBe('Purpose first.');
    expect(page.querySelector('p > ins > strong')!.text).toBe('Purpose first.');
  });

  it('shows an inserted list item as an item of the list', () => {
    const page = compared('- Clerk\n- Staff\n', '- Clerk\n- Data steward\n- Staff\n');
    const items = page.querySelectorAll('ul > li');
    expect(items.map((li) => li.text)).toEqual(['Clerk', 'Data steward', 'Staff']);
    expect(marks(page)).toEqual(['ins:Data steward']);
    expect(items[1]!.firstChild).toBe(items[1]!.querySelector('ins'));
    expect(page.querySelectorAll('ul')).toHaveLength(1);
  });

  it('numbers a deleted clause as it was, and the others as they are', () => {
    const page = compared('1. One.\n2. Two.\n3. Three.\n', '1. One.\n2. Three.\n');
    const items = page.querySelectorAll('ol > li');
    expect(items.map((li) => [li.getAttribute('value'), li.text])).toEqual([
      ['1', 'One.'],
      ['2', 'Two.'],
      ['2', 'Three.'],
    ]);
    expect(marks(page)).toEqual(['del:Two.']);
  });

  it('compares the items of a nested list inside their list', () => {
    const page = compared('- Data\n  - kept\n  - shared\n', '- Data\n  - kept\n  - shared openly\n');
    expect(page.querySelectorAll('ul ul li')).toHaveLength(2);
    expect(marks(page)).toEqual(['ins:openly']);
  });

  it('keeps a clause and a callout, with no id twice on the page', () => {
    const before =
      '<Clause id="retention">\n**Retention.** Seven years.\n</Clause>\n\n<Callout>\nA note.\n</Callout>\n';
    const after =
      '<Clause id="retention">\n**Retention.** Ten years.\n</Clause>\n\n<Callout>\nA note.\n</Callout>\n';
    const page = compared(before, after);
    expect(page.querySelector('div.clause > p > strong')!.text).toBe('Retention.');
    expect(marks(page.querySelector('div.clause'))).toEqual(['del:Seven', 'ins:Ten']);
    expect(page.querySelector('aside.callout')!.text).toContain('A note.');
    expect(page.querySelectorAll('[id]')).toEqual([]);
  });

  it('groups changes only a space apart, and counts their words', () => {
    const [before, after] = [
      'Where no period is set, data is kept two years.',
      'Where the by-law sets no period, data is kept two years.',
    ];
    expect(marks(compared(before, after))).toEqual([
      'del:no period is set,',
      'ins:the by-law sets no period,',
    ]);
    const { wordsInserted, wordsDeleted } = compareForTest(before, after);
    expect([wordsInserted, wordsDeleted]).toEqual([5, 4]);
  });

  it('says each change in words, and never reuses <del> for a text’s own struck-through words', () => {
    const { html } = compareForTest('The ~~old~~ rule.', 'The ~~old~~ new rule.');
    expect(html).toBe(
      '<p>The <s>old</s> <ins><span class="visually-hidden">[inserted: </span>new<span class="visually-hidden">; end]</span></ins> rule.</p>',
    );
  });

  it('says when nothing changed', () => {
    const result = compareForTest('## Purpose\n\nSame words.\n', '## Purpose\n\nSame words.\n');
    expect([result.wordsInserted, result.wordsDeleted]).toEqual([0, 0]);
    expect(result.html).not.toMatch(/<(ins|del)/);
  });
});
