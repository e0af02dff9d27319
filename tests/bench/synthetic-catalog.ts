import { readFileSync } from 'node:fs';
import type { Seed, SeedMeasure, SeedPartner } from '../../server/seed/load-seed.ts';

/**
 * A synthetic catalog N times the seed, for benchmarks only (never committed as data): partners are
 * the seed's, measures keep the seed's mix of partners and categories, and their German and English
 * texts are drawn from the seed's own vocabulary by a word-bigram chain, so term frequencies, word
 * lengths and umlauts look like real reports.
 */
export function syntheticCatalog(factor: number, randomSeed = 20_21): Seed {
  const partners: SeedPartner[] = JSON.parse(readFileSync('server/seed/partners.json', 'utf8')).partners;
  const base: SeedMeasure[] = JSON.parse(readFileSync('server/seed/measures.json', 'utf8'));
  const random = mulberry32(randomSeed);
  const titles = new BigramChain(base.map((m) => m.titleDe));
  const summariesDe = new BigramChain(base.map((m) => m.summaryDe));
  const summariesEn = new BigramChain(base.map((m) => m.summaryEn));
  const years = [2019, 2020, 2021, 2022, 2023];
  const measures: SeedMeasure[] = [];
  for (let i = 0; i < base.length * factor; i++) {
    const model = base[i % base.length]!;
    measures.push({
      id: `syn-${i}`,
      partnerId: model.partnerId,
      category: model.category,
      reportingYear: years[Math.floor(random() * years.length)]!,
      line: i + 1,
      figures: model.figures,
      ...(model.unit ? { unit: model.unit } : {}),
      titleDe: titles.sentence(random, 3, 12),
      summaryDe: summariesDe.sentence(random, 25, 70),
      summaryEn: summariesEn.sentence(random, 25, 70),
    });
  }
  return { partners, measures };
}

class BigramChain {
  private readonly next = new Map<string, string[]>();
  private readonly starts: string[] = [];

  constructor(texts: string[]) {
    for (const text of texts) {
      const words = text.split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      this.starts.push(words[0]!);
      words.forEach((word, index) => {
        const follower = words[index + 1];
        if (follower === undefined) return;
        let list = this.next.get(word);
        if (!list) this.next.set(word, (list = []));
        list.push(follower);
      });
    }
  }

  sentence(random: () => number, minWords: number, maxWords: number): string {
    const target = minWords + Math.floor(random() * (maxWords - minWords + 1));
    const words: string[] = [];
    let word = pick(this.starts, random);
    while (words.length < target) {
      words.push(word);
      const followers = this.next.get(word);
      word = followers ? pick(followers, random) : pick(this.starts, random);
    }
    return words.join(' ').slice(0, 3900);
  }
}

const pick = <T>(list: T[], random: () => number): T => list[Math.floor(random() * list.length)]!;

/** A small deterministic PRNG: the same factor always yields the same catalog. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
