/**
 * Citations and the names in them: councils by their legal names from the gazetteer, a
 * committee's decision as that committee's of the council it reports to, in English and in
 * French, with the French article contracted the way the language does it.
 */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../src/i18n/index.ts';
import { cite, type Citable } from '../src/exports/citation.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { bodyName, councilName, deciderName, legalName, regionName } from '../src/lib/names.ts';

const gazetteer = loadGazetteer();
/** A municipality as the registry sees it: its usual name and the gazetteer's record. */
const municipality = (name: string, csd: string, name_fr?: string) => {
  const division = gazetteer.lookup(`ocd-division/country:ca/csd:${csd}`)!;
  return { name, name_fr: name_fr ?? division.name_fr, division };
};
const pickering = municipality('Pickering', '3518001');
const ajax = municipality('Ajax', '3518005');
const brock = municipality('Brock', '3518039');
const clarington = municipality('Clarington', '3518017');
const troisRivieres = municipality('Trois-Rivières', '2437067');
const yamachiche = municipality('Yamachiche', '2451020');

describe('councils', () => {
  it('are named by the gazetteer’s legal name in English', () => {
    expect(councilName(pickering, 'en')).toBe('Council of the City of Pickering');
    expect(councilName(ajax, 'en')).toBe('Council of the Town of Ajax');
    expect(councilName(brock, 'en')).toBe('Council of the Township of Brock');
    expect(councilName(clarington, 'en')).toBe('Council of the Municipality of Clarington');
    // Quebec's legal names are French: the English one is made from the type.
    expect(councilName(troisRivieres, 'en')).toBe('Council of the City of Trois-Rivières');
  });

  it('are named with the French type and its article in French', () => {
    expect(councilName(pickering, 'fr')).toBe('Conseil de la Ville de Pickering');
    expect(councilName(ajax, 'fr')).toBe('Conseil de la Ville d’Ajax');
    expect(councilName(brock, 'fr')).toBe('Conseil du Canton de Brock');
    expect(councilName(clarington, 'fr')).toBe('Conseil de la Municipalité de Clarington');
    // The gazetteer's own French legal name, and one made from the type where it has none.
    expect(councilName(troisRivieres, 'fr')).toBe('Conseil de la Ville de Trois-Rivières');
    expect(councilName(yamachiche, 'fr')).toBe('Conseil de la Municipalité d’Yamachiche');
  });

  it('fall back on the usual name when the gazetteer has no record', () => {
    const abroad = { name: 'Springfield' };
    expect(legalName(abroad, 'en')).toEqual({ name: 'Springfield' });
    expect(councilName(abroad, 'en')).toBe('Council of Springfield');
    expect(councilName(abroad, 'fr')).toBe('Conseil de Springfield');
  });

  it('name a committee’s decision as the committee of the council it reports to', () => {
    expect(deciderName('General Government Committee', clarington, 'en')).toBe(
      'General Government Committee of the Council of the Municipality of Clarington',
    );
    expect(deciderName('General Government Committee', clarington, 'fr')).toBe(
      'General Government Committee du Conseil de la Municipalité de Clarington',
    );
    expect(deciderName('Council', pickering, 'en')).toBe('Council of the City of Pickering');
  });

  it('show the default body, Council, in the page’s language', () => {
    expect(bodyName('Council', 'en')).toBe('Council');
    expect(bodyName('Council', 'fr')).toBe('Conseil');
    expect(bodyName('General Government Committee', 'fr')).toBe('General Government Committee');
  });
});

describe('region names in French sentences', () => {
  const summary = (region: Parameters<typeof regionName>[0]) =>
    useTranslations('fr')('policy.progress.summary', {
      signed: 2,
      total: 5,
      region: regionName(region, 'fr'),
      version: '1.1',
    });

  it('take their article, contracted with the preposition', () => {
    expect(summary({ name: 'Durham Region', name_fr: 'Région de Durham' })).toBe(
      '2 sur 5 membres de la Région de Durham ont cosigné ou adopté la version 1.1',
    );
    expect(summary({ name: 'X', name_fr: 'Regroupement Mauricie–Centre-du-Québec' })).toContain(
      'membres du Regroupement Mauricie–Centre-du-Québec',
    );
    expect(summary({ name: 'X', name_fr: 'MRC de Maskinongé' })).toContain('membres de la MRC de Maskinongé');
    expect(summary({ name: 'X', name_fr: 'Agglomération de Longueuil' })).toContain(
      'membres de l’Agglomération de Longueuil',
    );
  });

  it('follow article_fr when the content gives it, and take none for a bare place name', () => {
    expect(summary({ name: 'Shoreline Coalition', article_fr: 'la' })).toContain(
      'membres de la Shoreline Coalition',
    );
    expect(summary({ name: 'X', name_fr: 'Laurentides unies', article_fr: 'les' })).toContain(
      'membres des Laurentides unies',
    );
    expect(summary({ name: 'X', name_fr: 'Région de Y', article_fr: 'none' })).toContain(
      'membres de Région de Y',
    );
    expect(summary({ name: 'Durham' })).toContain('membres de Durham ont');
    expect(summary({ name: 'Oshawa-Whitby' })).toContain('membres d’Oshawa-Whitby ont');
  });

  it('contract with à too', () => {
    const forward = (name_fr: string) =>
      useTranslations('fr')('resolution.forward', {
        publisher: regionName({ name: 'X', name_fr }, 'fr'),
        registry: 'Common Ground',
      });
    expect(forward('Regroupement des villes')).toContain('copie de la présente résolution au Regroupement');
    expect(forward('Région de Durham')).toContain('copie de la présente résolution à la Région de Durham');
  });
});

describe('citations of a decision', () => {
  const item: Citable = {
    title: 'Fixture Data Principles',
    version: '1.0',
    published: '2024-01-15',
    author: 'Durham Region',
    keyName: 'Pickering',
    kind: 'guideline',
    url: 'https://registry.example/policies/data-principles/v/1.0/#endorsement-pickering-co-signed-1-0',
    textHash: 'sha256:abc',
    lang: 'en',
    endorsement: {
      decider: deciderName('General Government Committee', pickering, 'en'),
      action: 'co-signed',
      date: '2024-03-01',
      instrument: 'DEMO-F-02',
      sourceUrl: 'https://example.org/minutes/demo-f-02',
    },
  };

  it('name the committee and its council, the version’s permanent page and the minutes', () => {
    const citation = cite(item, 'Common Ground', 'en');
    expect(citation.sentence).toBe(
      'On March 1, 2024, the General Government Committee of the Council of the City of Pickering co-signed version 1.0 of the Fixture Data Principles (DEMO-F-02); the text it decided on has the SHA-256 fingerprint sha256:abc and is published at https://registry.example/policies/data-principles/v/1.0/#endorsement-pickering-co-signed-1-0. Minutes: https://example.org/minutes/demo-f-02.',
    );
    expect(citation.apa).toBe(
      'General Government Committee of the Council of the City of Pickering. (2024). DEMO-F-02: co-signed Fixture Data Principles (Version 1.0). Common Ground. https://registry.example/policies/data-principles/v/1.0/#endorsement-pickering-co-signed-1-0 (Minutes: https://example.org/minutes/demo-f-02)',
    );
    expect(citation.bibtex).toContain(
      '  author = {{General Government Committee of the Council of the City of Pickering}},',
    );
    expect(citation.bibtex).toContain(
      '  note = {Text hash sha256:abc. Minutes: https://example.org/minutes/demo-f-02},',
    );
    expect(citation.bibtex).toMatch(/^@misc\{pickering2024fixturedataprinciples,/);
    expect(JSON.parse(citation.cslJson)).toMatchObject({
      type: 'legislation',
      author: [{ literal: 'General Government Committee of the Council of the City of Pickering' }],
      URL: item.url,
      note: 'Text hash sha256:abc. Minutes: https://example.org/minutes/demo-f-02',
    });
  });

  it('are wholly French in French, with the same BibTeX key', () => {
    const french = cite(
      {
        ...item,
        author: 'Région de Durham',
        endorsement: { ...item.endorsement!, decider: deciderName('Council', pickering, 'fr') },
      },
      'Common Ground',
      'fr',
    );
    expect(french.sentence).toBe(
      'Le 1 mars 2024, le Conseil de la Ville de Pickering a cosigné la version 1.0 de « Fixture Data Principles » (DEMO-F-02) ; le texte visé par la décision a l’empreinte SHA-256 sha256:abc et est publié à https://registry.example/policies/data-principles/v/1.0/#endorsement-pickering-co-signed-1-0. Procès-verbal : https://example.org/minutes/demo-f-02.',
    );
    expect(french.apa).toMatch(
      /^Conseil de la Ville de Pickering\. \(2024\)\. DEMO-F-02 : cosignature, Fixture Data Principles \(version 1\.0\)\./,
    );
    expect(french.bibtex).toMatch(/^@misc\{pickering2024fixturedataprinciples,/);
    expect(french.bibtex).toContain(
      'note = {Empreinte du texte sha256:abc. Procès-verbal : https://example.org/minutes/demo-f-02}',
    );
  });

  it('leave the minutes out when none are recorded, and word a rescinding as one', () => {
    const { sentence } = cite(
      { ...item, endorsement: { ...item.endorsement!, action: 'rescinded', sourceUrl: undefined } },
      'Common Ground',
      'fr',
    );
    expect(sentence).toContain('a annulé son appui à la version 1.0');
    expect(sentence).not.toContain('Procès-verbal');
  });
});

describe('citations of a version', () => {
  it('are in the page’s language', () => {
    const { sentence, apa } = cite(
      {
        title: 'Principes de données',
        version: '1.1',
        published: '2025-06-01',
        author: 'Région de Durham',
        keyName: 'Durham Region',
        kind: 'guideline',
        url: 'https://registry.example/fr/policies/x/v/1.1/',
        textHash: 'sha256:abc',
        lang: 'fr',
      },
      'Common Ground',
      'fr',
    );
    expect(sentence).toBe(
      'Région de Durham, « Principes de données », version 1.1 (ligne directrice), publiée le 1 juin 2025 ; empreinte du texte sha256:abc ; disponible à https://registry.example/fr/policies/x/v/1.1/.',
    );
    expect(apa).toBe(
      'Région de Durham. (2025). Principes de données (version 1.1) [ligne directrice]. Common Ground. https://registry.example/fr/policies/x/v/1.1/',
    );
  });
});
