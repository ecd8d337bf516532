/**
 * The registry's own MDX elements: the allowlist names them once, src/components/content/
 * implements them, and a policy page renders them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { contentElements } from '../src/lib/content-components.ts';
import { projectRoot } from './support/build.ts';
import { readPage, text } from './support/html.ts';

describe('the allowlist', () => {
  it('has a component for every capitalised element, and only those', () => {
    const components = readFileSync(resolve(projectRoot, 'src/components/content/index.ts'), 'utf8');
    const exported = /contentComponents = \{([^}]*)\}/
      .exec(components)![1]!
      .split(',')
      .map((name) => name.trim());
    const capitalised = Object.keys(contentElements).filter((name) => /^[A-Z]/.test(name));
    expect(exported.sort()).toEqual(capitalised.sort());
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
