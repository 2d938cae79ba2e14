import type { SnapshotJob } from '../model/snapshot';
import { escapeRegExp, fold, sentencesOf } from '../text';
import { SKILL_NAMES, type SkillName } from './skill-names';

/**
 * The skills a job asks for (the platform's skill list, and skills its description names) against
 * the freelancer's strengths: which are strengths, and which they would be promising without them
 * being strengths. Said before the proposal is written, so nobody overpromises.
 */

export interface JobSkill {
  /** As the skill list shows it; for one found in the description, its usual name or the strength's. */
  name: string;
  /** The same for every spelling: "React", "React.js" and "ReactJS" share one. */
  key: string;
  source: 'skill-list' | 'description';
  /** The description's sentence that names it. */
  quote?: string;
  /** The freelancer's strength it matches, as they wrote it. */
  strength?: string;
}

export interface SkillsFit {
  /** Every skill the job asks for: the skill list first, then the description's, in page order. */
  skills: JobSkill[];
  strengths: JobSkill[];
  /** What the freelancer would be promising without it being a strength. */
  notStrengths: JobSkill[];
  /** Where on the page the skill list and the description were read. */
  skillListLocation?: string;
  descriptionLocation?: string;
}

/** One key per skill whatever its spelling: case, accents, spaces, dots and a final "JS" aside. */
export const skillKey = (name: string): string => {
  const key = fold(name).replace(/[^a-z0-9+#]/g, '');
  return key.length > 4 && key.endsWith('js') ? key.slice(0, -2) : key;
};

const spellingsOf = (entry: SkillName): string[] => [entry.name, ...(entry.also ?? []), ...(entry.ambiguous ?? [])];

const ENTRY_BY_KEY = new Map<string, SkillName>();
for (const entry of SKILL_NAMES) {
  for (const spelling of spellingsOf(entry)) if (!ENTRY_BY_KEY.has(skillKey(spelling))) ENTRY_BY_KEY.set(skillKey(spelling), entry);
}

/** The dictionary's name and key for a spelling it knows; the spelling itself otherwise. */
export const canonicalSkill = (name: string): { name: string; key: string } => {
  const entry = ENTRY_BY_KEY.get(skillKey(name));
  return entry ? { name: entry.name, key: skillKey(entry.name) } : { name: name.trim(), key: skillKey(name) };
};

const phraseOf = (text: string): string => fold(text).trim();

interface TextMatcher {
  pattern: RegExp | undefined;
  /** Folded phrase → the skill it names. */
  skills: Map<string, { name: string; key: string }>;
}

const DICTIONARY_PHRASES: [string, { name: string; key: string }][] = SKILL_NAMES.flatMap((entry) => {
  const skill = { name: entry.name, key: skillKey(entry.name) };
  return [entry.name, ...(entry.also ?? [])]
    .filter((spelling) => !entry.ambiguous?.includes(spelling))
    .map((spelling): [string, { name: string; key: string }] => [phraseOf(spelling), skill]);
});

/** A strength the description can name: not a one-letter or plain-word spelling the dictionary flags. */
const findableInText = (strength: string): boolean => {
  const entry = ENTRY_BY_KEY.get(skillKey(strength));
  if (entry?.ambiguous?.some((spelling) => skillKey(spelling) === skillKey(strength))) return false;
  return skillKey(strength).length >= 2;
};

/** Built again only when the strengths change: one profile is used for many pages. */
let matcherCache: { signature: string; matcher: TextMatcher } | undefined;
const matcherFor = (strengths: readonly string[]): TextMatcher => {
  const signature = strengths.join('\n');
  if (matcherCache?.signature === signature) return matcherCache.matcher;
  const skills = new Map<string, { name: string; key: string }>();
  for (const strength of strengths.filter(findableInText)) {
    const known = ENTRY_BY_KEY.get(skillKey(strength));
    skills.set(phraseOf(strength), known ? { name: known.name, key: skillKey(known.name) } : { name: strength.trim(), key: skillKey(strength) });
  }
  for (const [phrase, skill] of DICTIONARY_PHRASES) if (!skills.has(phrase)) skills.set(phrase, skill);
  // Longest first, so "react native" is read as one skill rather than as "react".
  const alternatives = [...skills.keys()].filter(Boolean).sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = alternatives.length ? new RegExp(`(?<![a-z0-9+#])(?:${alternatives.join('|')})(?![a-z0-9+#])`, 'g') : undefined;
  const matcher = { pattern, skills };
  matcherCache = { signature, matcher };
  return matcher;
};

const MAX_QUOTE = 300;
const quoteOf = (sentence: string): string => (sentence.length > MAX_QUOTE ? `${sentence.slice(0, MAX_QUOTE - 1).trimEnd()}…` : sentence);

/** Skills named in the description, each once, with the first sentence that names it. */
const skillsInDescription = (description: string, matcher: TextMatcher): JobSkill[] => {
  const { pattern } = matcher;
  if (!pattern) return [];
  const found = new Map<string, JobSkill>();
  const sentences = description.split(/\n+/).flatMap(sentencesOf);
  for (const sentence of sentences) {
    const folded = fold(sentence);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
      const skill = matcher.skills.get(m[0]);
      if (skill && !found.has(skill.key)) found.set(skill.key, { ...skill, source: 'description', quote: quoteOf(sentence) });
    }
  }
  return [...found.values()];
};

export const skillsFit = (
  job: Pick<SnapshotJob, 'skills' | 'description'> | undefined,
  strengths: readonly string[],
  fieldSources: Readonly<Record<string, string>> = {},
): SkillsFit => {
  const mine = new Map<string, string>();
  for (const strength of strengths) {
    const { key } = canonicalSkill(strength);
    if (key && !mine.has(key)) mine.set(key, strength);
  }

  const skills: JobSkill[] = [];
  const seen = new Set<string>();
  for (const name of job?.skills ?? []) {
    const { key } = canonicalSkill(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    skills.push({ name: name.trim(), key, source: 'skill-list' });
  }
  for (const skill of skillsInDescription(job?.description ?? '', matcherFor(strengths))) {
    if (seen.has(skill.key)) continue;
    seen.add(skill.key);
    skills.push(skill);
  }
  for (const skill of skills) {
    const strength = mine.get(skill.key);
    if (strength !== undefined) skill.strength = strength;
  }

  return {
    skills,
    strengths: skills.filter((skill) => skill.strength !== undefined),
    notStrengths: skills.filter((skill) => skill.strength === undefined),
    ...(fieldSources['job.skills'] ? { skillListLocation: fieldSources['job.skills'] } : {}),
    ...(fieldSources['job.description'] ? { descriptionLocation: fieldSources['job.description'] } : {}),
  };
};
