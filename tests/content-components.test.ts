/**
 * The registry's own MDX elements: the allowlist names them once, src/text/elements.ts
 * renders them, and a policy page shows them.
 */
import { describe, expect, inject, it } from 'vitest';
import { contentElements } from '../src/text/content-components.ts';
import { renderForTest } from './support/render.ts';
import { readPage, text } from './support/html.ts';

describe('the allowlist', () => {
  it('renders every element it lists, from its own example, with the attributes it takes', () => {
    for (const [name, element] of Object.entries(contentElements)) {
      const { html } = renderForTest(`Text.\n\n${element.example}\n`, { file: `${name}.mdx` });
      const tag = {
        Callout: '<aside class="callout',
        Definition: '<dl class="definition"',
        Clause: '<div class="clause"',
      }[name];
      expect(html, name).toContain(tag ?? `<${name}`);
    }
  });
});

describe('a policy page', () => {
  const page = readPage(inject('fixtureDist'), '/policies/skills-guideline/');
  const policyText = page.querySelector('.policy-text')!;

  it('renders a callout with its kind in words', () => {
    const callout = policyText.querySelector('aside.callout.warning')!;
    expect(text(callout)).toBe('Warning Staff never ask residents for their passwords.');
  });

  it('renders a definition as a glossary entry', () => {
    expect(text(policyText.querySelector('dl.definition dt dfn'))).toBe('Online service');
    expect(text(policyText.querySelector('dl.definition dd'))).toBe(
      'A municipal service that residents can use on the web.',
    );
  });

  it('gives a clause its permanent anchor', () => {
    const clause = policyText.querySelector('#clause-help-desk')!;
    expect(clause.getAttribute('data-clause')).toBe('help-desk');
    expect(text(clause)).toContain('Each library offers a weekly help desk');
    // Like every clause, it carries a link to itself in the exact version.
    expect(clause.querySelector('.clause-link')!.getAttribute('href')).toMatch(
      /\/v\/[\d.]+\/#clause-help-desk$/,
    );
    expect(clause.querySelector('abbr')!.getAttribute('title')).toBe('regional county municipality');
  });
});
