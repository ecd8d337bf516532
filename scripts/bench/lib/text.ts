/**
 * Policy texts in Markdown: headings, numbered clauses, lists and a table, 800 to 3,000
 * words. Only plain Markdown: MDX in content/ may hold no braces, angle brackets, imports
 * or expressions.
 */
import type { Random } from './random.ts';
import type { Lexicon } from './words.ts';

export interface TextContext {
  lexicon: Lexicon;
  /** The nouns this policy's topic uses most: half of its nouns come from here. */
  topicNouns: string[];
  /** Names that appear in the text: the region's members, the region. */
  places: string[];
  topic: string;
}

export interface PolicyText {
  /** The Markdown body, with no trailing spaces on any line (text hashes depend on it). */
  body: string;
  words: number;
}

/**
 * A sentence of the policy's language, with words drawn by Zipf's law: half the nouns from
 * the topic's own, the others from the whole language, flattened so that no word is on every
 * line; a fifth of the sentences cite a by-law, schedule or section, whose numbers are the
 * long tail of a real index.
 */
export function sentence(random: Random, context: TextContext): string {
  const { lexicon, places, topic, topicNouns } = context;
  const noun = () => (random.chance(0.5) ? random.zipf(topicNouns, 2) : random.zipf(lexicon.nouns, 20));
  const adjective = () => random.zipf(lexicon.adjectives, 5);
  const [verb, participle] = random.zipf(lexicon.verbs, 5);
  const actor = random.pick(lexicon.actors);
  const preposition = random.pick(lexicon.prepositions);
  const french = lexicon.sections.purpose === 'Objet';
  const templates = french
    ? [
        () =>
          `${actor} doit ${verb} les ${noun()} ${adjective()} ${preposition} les ${noun()} ${adjective()}`,
        () => `les ${noun()} ${adjective()} sont ${participle} ${preposition} ${topic.toLowerCase()}`,
        () =>
          `${actor} peut ${verb} les ${noun()} de ${random.pick(places)} dans un délai de ${random.int(2, 90)} jours`,
        () => `aucun ${noun()} n’est ${participle} sans l’avis écrit du ${noun()} ${adjective()}`,
        () => `lorsque les ${noun()} sont ${participle}, ${actor} doit ${verb} le ${noun()} et le ${noun()}`,
      ]
    : [
        () => `${actor} shall ${verb} ${adjective()} ${noun()} ${preposition} the ${noun()} ${noun()}`,
        () => `${adjective()} ${noun()}s are ${participle} ${preposition} ${topic.toLowerCase()} ${noun()}s`,
        () => `${actor} may ${verb} the ${noun()} of ${random.pick(places)} within ${random.int(2, 90)} days`,
        () => `no ${noun()} is ${participle} without the written ${noun()} of the ${adjective()} ${noun()}`,
        () =>
          `where a ${noun()} is ${participle}, ${actor} shall ${verb} the ${noun()} and the ${adjective()} ${noun()}`,
        () =>
          `${actor} keeps a ${adjective()} ${noun()} of every ${noun()} ${participle} under this ${noun()}`,
      ];
  const citation = random.chance(0.2) ? ` ${random.pick(lexicon.citations)(random)}` : '';
  const text = `${random.pick(templates)()}${citation}`.replace(/\s+/g, ' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: Random, context: TextContext, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random, context)).join(' ');
}

/** A whole policy text of about `target` words (800 to 3,000). */
export function policyText(random: Random, context: TextContext, target: number): PolicyText {
  const { sections, roleHeader } = context.lexicon;
  const blocks: string[] = [];
  let section = 0;
  const heading = (title: string) => blocks.push(`## ${++section}. ${title}`);

  heading(sections.purpose);
  blocks.push(paragraph(random, context, random.int(2, 4)));
  heading(sections.scope);
  blocks.push(paragraph(random, context, random.int(2, 3)));
  blocks.push(Array.from({ length: random.int(3, 6) }, () => `- ${sentence(random, context)}`).join('\n'));
  heading(sections.definitions);
  blocks.push(
    Array.from({ length: random.int(3, 7) }, () => {
      const term = random.zipf(context.lexicon.nouns);
      return `- **${term[0]!.toUpperCase()}${term.slice(1)}**: ${sentence(random, context)}`;
    }).join('\n'),
  );
  heading(sections.principles);
  blocks.push(
    Array.from({ length: random.int(4, 8) }, (_, i) => `${i + 1}. ${sentence(random, context)}`).join('\n'),
  );
  const roles = Array.from({ length: random.int(3, 6) }, () => {
    const role = random.pick(context.lexicon.actors).replace(/^(the|each|every|la|le|l’|chaque) /i, '');
    return `| ${role[0]!.toUpperCase()}${role.slice(1)} | ${sentence(random, context)} |`;
  });
  const closing = [
    `## ${section + 2}. ${sections.roles}`,
    `| ${roleHeader[0]} | ${roleHeader[1]} |\n| --- | --- |\n${roles.join('\n')}`,
    `## ${section + 3}. ${sections.review}`,
    paragraph(random, context, random.int(2, 3)),
  ];

  // Requirements: numbered clauses under subsections, as many as the length needs.
  const requirements = ++section;
  blocks.push(`## ${requirements}. ${sections.requirements}`);
  let words = count([...blocks, ...closing]);
  for (let sub = 1; words < target; sub++) {
    const clauses = Array.from(
      { length: random.int(3, 6) },
      (_, i) =>
        `${i + 1}. ${sentence(random, context)}${random.chance(0.3) ? ` ${sentence(random, context)}` : ''}`,
    );
    const added = [
      `### ${requirements}.${sub} ${capitalize(random.zipf(context.lexicon.nouns))}`,
      paragraph(random, context, random.int(1, 3)),
      clauses.join('\n'),
    ];
    blocks.push(...added);
    words += count(added);
  }
  blocks.push(...closing);
  return { body: blocks.join('\n\n'), words };
}

/**
 * The next version of a text: some clauses reworded and a new subsection of requirements,
 * as real revisions go. Texts only grow, so every version keeps at least 800 words.
 */
export function revisedText(random: Random, context: TextContext, text: PolicyText): PolicyText {
  const lines = text.body
    .split('\n')
    .map((line) =>
      /^\d+\. /.test(line) && random.chance(0.2)
        ? `${line.split('. ')[0]}. ${sentence(random, context)}`
        : line,
    );
  const roles = lines.findIndex(
    (line) => line.startsWith('## ') && line.endsWith(context.lexicon.sections.roles),
  );
  const last = lines.slice(0, roles).findLast((line) => line.startsWith('### '));
  const [, section, sub] = /^### (\d+)\.(\d+)/.exec(last ?? '') ?? [];
  const added = [
    `### ${section ?? 5}.${Number(sub ?? 0) + 1} ${capitalize(random.zipf(context.lexicon.nouns))}`,
    '',
    Array.from({ length: random.int(2, 4) }, (_, i) => `${i + 1}. ${sentence(random, context)}`).join('\n'),
    '',
  ];
  lines.splice(roles, 0, ...added);
  const body = lines.join('\n');
  return { body, words: count([body]) };
}

function count(blocks: string[]): number {
  return blocks.reduce(
    (total, block) => total + block.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length,
    0,
  );
}

function capitalize(word: string): string {
  return `${word[0]!.toUpperCase()}${word.slice(1)}`;
}
