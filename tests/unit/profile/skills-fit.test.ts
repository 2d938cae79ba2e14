import { describe, expect, it } from 'vitest';
import { SKILL_NAMES } from '../../../lib/profile/skill-names';
import { canonicalSkill, skillKey, skillsFit } from '../../../lib/profile/skills-fit';

const names = (skills: { name: string }[]) => skills.map((skill) => skill.name);

describe('skill names', () => {
  it('read "React", "React.js", "ReactJS" and "react js" as one skill, case and accents aside', () => {
    expect(new Set(['React', 'React.js', 'ReactJS', 'react js', 'REACT'].map(skillKey))).toEqual(new Set(['react']));
    expect(skillKey('Rédaction web')).toBe(skillKey('redaction WEB'));
    expect(canonicalSkill('Expo.io')).toEqual({ name: 'Expo', key: 'expo' });
    expect(canonicalSkill('Postgres')).toEqual({ name: 'PostgreSQL', key: 'postgresql' });
    expect(canonicalSkill('Gluestack UI')).toEqual({ name: 'Gluestack UI', key: 'gluestackui' });
  });

  it('keep React Native apart from React, and C# apart from C++ and C', () => {
    expect(canonicalSkill('React Native').key).not.toBe(canonicalSkill('React').key);
    expect(new Set(['C#', 'C++', 'C'].map((name) => canonicalSkill(name).key)).size).toBe(3);
  });

  it('give each spelling in the dictionary to one skill only', () => {
    const owner = new Map<string, string>();
    for (const entry of SKILL_NAMES) {
      for (const spelling of [entry.name, ...(entry.also ?? []), ...(entry.ambiguous ?? [])]) {
        const key = skillKey(spelling);
        expect(owner.get(key) ?? entry.name, `${spelling} is in ${owner.get(key)} and ${entry.name}`).toBe(entry.name);
        owner.set(key, entry.name);
      }
    }
  });
});

describe('skillsFit', () => {
  const job = {
    skills: ['React Native', 'Mobile App Design', 'Expo.io'],
    description:
      'I need a developer experienced with Expo and React Native.\nThe prototype must replicate an existing ReactJS application, with Tailwind.\nGo ahead and send a Swift reply if you excel at this.',
  };

  it('sorts the job’s skills into strengths and skills you would be promising', () => {
    const fit = skillsFit(job, ['react.js', 'Expo', 'Figma'], {
      'job.skills': 'Job details › skills and expertise',
      'job.description': 'Job details › summary',
    });
    expect(fit.skills).toEqual([
      { name: 'React Native', key: 'reactnative', source: 'skill-list' },
      { name: 'Mobile App Design', key: 'mobileappdesign', source: 'skill-list' },
      { name: 'Expo.io', key: 'expo', source: 'skill-list', strength: 'Expo' },
      {
        name: 'React',
        key: 'react',
        source: 'description',
        quote: 'The prototype must replicate an existing ReactJS application, with Tailwind.',
        strength: 'react.js',
      },
      {
        name: 'Tailwind CSS',
        key: 'tailwindcss',
        source: 'description',
        quote: 'The prototype must replicate an existing ReactJS application, with Tailwind.',
      },
    ]);
    expect(names(fit.strengths)).toEqual(['Expo.io', 'React']);
    expect(names(fit.notStrengths)).toEqual(['React Native', 'Mobile App Design', 'Tailwind CSS']);
    expect(fit.skillListLocation).toBe('Job details › skills and expertise');
    expect(fit.descriptionLocation).toBe('Job details › summary');
  });

  it('never reads plain words as skills: "Go ahead", "a Swift reply", "you excel"', () => {
    const fit = skillsFit(job, ['Go', 'Swift', 'Excel'], {});
    expect(names(fit.skills)).not.toContain('Go');
    expect(names(fit.skills)).not.toContain('Swift');
    expect(names(fit.skills)).not.toContain('Excel');
    // In a platform's skill list the same names are skills.
    expect(names(skillsFit({ skills: ['Go', 'Swift'] }, ['Golang'], {}).strengths)).toEqual(['Go']);
  });

  it('finds a strength the dictionary does not know when the description names it', () => {
    const fit = skillsFit({ description: 'Use @gluestack-ui together with Gluestack UI themes.' }, ['Gluestack UI'], {});
    expect(fit.strengths).toEqual([
      { name: 'Gluestack UI', key: 'gluestackui', source: 'description', quote: 'Use @gluestack-ui together with Gluestack UI themes.', strength: 'Gluestack UI' },
    ]);
  });

  it('reads French descriptions, accents aside', () => {
    const fit = skillsFit({ description: 'Nous cherchons un expert en référencement naturel et en rédaction web.' }, ['SEO'], {});
    expect(names(fit.strengths)).toEqual(['SEO']);
    expect(names(fit.notStrengths)).toEqual(['Copywriting']);
  });

  it('quotes a long sentence cut to 300 characters', () => {
    const long = `We need React ${'and more '.repeat(60)}today.`;
    const [skill] = skillsFit({ description: long }, [], {}).skills;
    expect(skill.quote?.length).toBe(300);
    expect(skill.quote?.endsWith('…')).toBe(true);
  });

  it('has nothing to say about a job without skills or description', () => {
    expect(skillsFit(undefined, ['React'])).toEqual({ skills: [], strengths: [], notStrengths: [] });
  });
});
