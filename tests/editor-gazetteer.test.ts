/**
 * The editor's municipality lookup (src/admin/gazetteer-widget.ts) on the real gazetteer:
 * every census subdivision, labelled in both languages with what tells two places of the
 * same name apart, found by any part of the name with or without accents.
 * tests/editor.test.ts drives the widget itself in Chromium.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteerList } from '../src/admin/gazetteer-list.ts';
import { places, search } from '../src/admin/gazetteer-widget.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { projectRoot } from './support/build.ts';

const list = gazetteerList(
  readFileSync(resolve(projectRoot, 'src/data/ocd-division-ids-ca/ca_census_subdivisions.csv'), 'utf8'),
  loadGazetteer(),
);
const english = places(list, 'en');
const french = places(list, 'fr');

describe('the gazetteer lookup', () => {
  it('lists every census subdivision, each with an id the check finds', () => {
    expect(english).toHaveLength(5162);
    const gazetteer = loadGazetteer();
    expect(english.filter((place) => !gazetteer.lookup(place.id))).toEqual([]);
  });

  it('labels each place with its kind, census division and province, in the editor’s language', () => {
    const brock = english.find((place) => place.id === 'ocd-division/country:ca/csd:3518039')!;
    expect(brock).toEqual({
      id: 'ocd-division/country:ca/csd:3518039',
      name: 'Brock',
      label: 'Brock — Township, Durham, Ontario',
    });
    expect(french.find((place) => place.id === brock.id)!.label).toBe('Brock — Canton, Durham, Ontario');
    expect(french.find((place) => place.name === 'Trois-Rivières')!.label).toBe(
      'Trois-Rivières — Ville, Francheville, Québec',
    );
  });

  it('finds a place by any part of its name, accents or not, those that start with it first', () => {
    expect(search(english, 'trois-rivieres').map((place) => place.label)).toEqual([
      'Trois-Rivières — City, Francheville, Quebec',
    ]);
    expect(search(english, 'SCUGOG').map((place) => place.name)).toEqual([
      'Scugog',
      'Mississaugas of Scugog Island',
    ]);
    expect(search(english, 'division no. 1')).toHaveLength(8);
    expect(search(english, '   ')).toEqual([]);
    expect(search(english, 'zzzz-nowhere')).toEqual([]);
  });
});
