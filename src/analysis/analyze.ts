// Assembles a document's Analysis from per-paragraph findings: types names, merges actors, attributes claims.
import { assignActors, nameKey, type ActorDraft, type NameOccurrence } from './actors';
import { RoleIndex, resolveRole, resolveSpeakers, type PlacedFrame, type PositionedMention, type ResolvedFrame } from './claims';
import { normaliseIsoDate, parseDocumentDateHeader } from './documentDate';
import { analyzeParagraph, type ParagraphAnalysis } from './paragraph';
import { LineIndex, splitParagraphs } from './text';
import type { Actor, ActorType, Analysis, AnalyzeOptions, Claim, Entity, Mention, MentionKind, Quote, Sentence } from './types';

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function slug(name: string): string {
  const base = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return base || 'actor';
}

/** An actor being filled with mentions and claims. */
interface ActorBuild {
  draft: ActorDraft | undefined;
  name: string;
  type: ActorType;
  aliases: string[];
  roles: string[];
  mentions: Mention[];
  claimIds: string[];
  firstStart: number;
}

/**
 * Analyses documents, reusing the work done for paragraphs whose text did not change since the last
 * call: after a one-character edit only the edited paragraph is re-read, and the document-wide steps
 * (typing, merging, attribution) run over the cached findings.
 */
export class DocumentAnalyzer {
  private cache = new Map<string, ParagraphAnalysis>();
  private cacheDate: string | null = null;
  private readonly ignored: Set<string>;

  constructor(private readonly options: AnalyzeOptions = {}) {
    this.ignored = new Set((options.ignoreNames ?? []).map((n) => n.toLowerCase().replace(/[.’']/g, '').trim()).filter(Boolean));
  }

  analyze(text: string): Analysis {
    const started = now();
    const header = parseDocumentDateHeader(text);
    const callerDate = this.options.documentDate ? normaliseIsoDate(this.options.documentDate) : null;
    const documentDate = header?.date ?? callerDate;
    if (documentDate !== this.cacheDate) {
      this.cache.clear();
      this.cacheDate = documentDate;
    }
    const lines = new LineIndex(text);
    const paragraphSpans = splitParagraphs(text);
    // The inline date header is metadata, not the first words of the article's opening sentence.
    if (header && paragraphSpans.length > 0 && paragraphSpans[0].start <= header.start && header.end < paragraphSpans[0].end) {
      const rest = { start: header.end, end: paragraphSpans[0].end };
      while (rest.start < rest.end && /\s/.test(text[rest.start])) rest.start++;
      paragraphSpans.splice(0, 1, { start: paragraphSpans[0].start, end: header.end }, rest);
    }
    const paragraphs: ParagraphAnalysis[] = [];
    const nextCache = new Map<string, ParagraphAnalysis>();
    for (const span of paragraphSpans) {
      const key = text.slice(span.start, span.end);
      const found = nextCache.get(key) ?? this.cache.get(key) ?? analyzeParagraph(key, documentDate);
      nextCache.set(key, found);
      paragraphs.push(found);
    }
    this.cache = nextCache;
    const result = assemble(text, lines, paragraphSpans, paragraphs, this.options, this.ignored);
    const warnings: string[] = [];
    if (this.options.documentDate && !callerDate) warnings.push(`Ignored the reference date "${this.options.documentDate}": not a calendar date in YYYY-MM-DD form.`);
    if (!documentDate) warnings.push('No document date: relative dates ("Monday", "last week") are marked but not resolved.');
    let tokenCount = 0;
    for (const p of paragraphs) tokenCount += p.tokenCount;
    return {
      schema: 1,
      document: this.options.document ?? 'untitled',
      documentDate,
      documentDateSource: header ? 'header' : callerDate ? 'caller' : null,
      ...result,
      stats: {
        characters: text.length,
        lines: lines.lineCount,
        paragraphs: paragraphs.length,
        sentences: result.sentences.length,
        tokens: tokenCount,
        elapsedMs: Math.round((now() - started) * 100) / 100,
      },
      warnings,
    };
  }
}

/** Analyses one text from scratch. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return new DocumentAnalyzer(options).analyze(text);
}

type Assembled = Pick<Analysis, 'entities' | 'actors' | 'quotes' | 'claims' | 'sentences'>;

function assemble(
  text: string,
  lines: LineIndex,
  spans: ReadonlyArray<{ start: number; end: number }>,
  paragraphs: readonly ParagraphAnalysis[],
  options: AnalyzeOptions,
  ignored: ReadonlySet<string>,
): Assembled {
  // Names, in reading order, with absolute offsets.
  const occurrences: NameOccurrence[] = [];
  const occurrenceOf: Array<Map<number, number>> = [];
  paragraphs.forEach((p, pi) => {
    const base = spans[pi].start;
    const byCandidate = new Map<number, number>();
    const order = p.names.map((_, i) => i).sort((a, b) => p.names[a].start - p.names[b].start);
    for (const ci of order) {
      const candidate = p.names[ci];
      if (ignored.has(nameKey(candidate.words)) || ignored.has(candidate.text.toLowerCase())) continue;
      byCandidate.set(ci, occurrences.length);
      occurrences.push({ candidate, start: base + candidate.start, end: base + candidate.end, paragraph: pi, roleStart: candidate.role ? base + candidate.role.start : undefined });
    }
    occurrenceOf.push(byCandidate);
  });
  const assignment = assignActors(occurrences, options.knownActors ?? [], ignored);
  const { drafts, actorOf } = assignment;

  const builds: ActorBuild[] = drafts.map((draft) => ({ draft, name: draft.name, type: draft.type, aliases: [], roles: draft.roles, mentions: [], claimIds: [], firstStart: Number.MAX_SAFE_INTEGER }));
  const mention = (actor: number, start: number, end: number, kind: MentionKind): void => {
    const build = builds[actor];
    build.mentions.push({ text: text.slice(start, end), start, end, line: lines.lineAt(start), kind });
    if (start < build.firstStart) build.firstStart = start;
  };

  // Name mentions and the positions pronouns and descriptions look back to.
  const positioned: PositionedMention[] = [];
  const entities: Entity[] = [];
  occurrences.forEach((o, i) => {
    const actor = actorOf[i];
    if (actor < 0) return;
    const build = builds[actor];
    mention(actor, o.start, o.end, build.type === 'PLACE' && o.candidate.words.join(' ') !== build.name.toLowerCase() && isCapitalOf(build, o) ? 'capital' : 'name');
    positioned.push({ start: o.start, actor, paragraph: o.paragraph, subject: o.candidate.subject });
    const entity: Entity = { text: o.candidate.text, type: build.type, start: o.start, end: o.end, line: lines.lineAt(o.start), actorId: '' };
    if (o.candidate.role) entity.role = o.candidate.role.text;
    entities.push(entity);
  });

  // Role descriptions ("the Russian leader") resolved to the person they describe.
  const roleActors: Array<Map<number, number>> = [];
  const roleIndex = new RoleIndex(drafts);
  paragraphs.forEach((p, pi) => {
    const base = spans[pi].start;
    const resolvedRoles = new Map<number, number>();
    p.roles.forEach((role, ri) => {
      const actor = resolveRole(role, base + role.start, roleIndex, positioned);
      resolvedRoles.set(ri, actor);
      if (actor >= 0 && role.text.includes(' ')) {
        mention(actor, base + role.start, base + role.end, 'role');
        const form = role.text.startsWith('The ') ? `the ${role.text.slice(4)}` : role.text;
        if (!builds[actor].aliases.includes(form)) builds[actor].aliases.push(form);
      }
    });
    roleActors.push(resolvedRoles);
  });
  positioned.sort((a, b) => a.start - b.start);

  // Attributed statements, placed in the document.
  const placed: PlacedFrame[] = [];
  paragraphs.forEach((p, pi) => {
    const base = spans[pi].start;
    for (const frame of p.frames) {
      let nameActor = -1;
      let roleActor = -1;
      const speaker = frame.speaker;
      const nameIndex = speaker.kind === 'name' ? speaker.name : speaker.kind === 'generic' ? speaker.name : undefined;
      if (nameIndex !== undefined) {
        const occurrence = occurrenceOf[pi].get(nameIndex);
        if (occurrence !== undefined) nameActor = actorOf[occurrence];
      }
      if (speaker.kind === 'role') roleActor = roleActors[pi].get(speaker.role) ?? -1;
      placed.push({ frame, paragraph: pi, base, nameActor, roleActor });
    }
  });
  const resolved = resolveSpeakers(placed, drafts, positioned);
  addContinuedQuotes(resolved, paragraphs, spans);
  addQuotesNamedAfter(resolved, paragraphs, spans, occurrenceOf, assignment.actorOf, drafts);

  // Claims and quotations.
  const groupActor = new Map<string, number>();
  const claims: Claim[] = [];
  const quoteClaim = new Map<string, string>();
  const unmarkedQuotes: Quote[] = [];
  for (const r of resolved) {
    const { frame, base } = r.placed;
    let actor = r.actor;
    if (actor < 0 && r.group) {
      actor = groupActor.get(r.group) ?? -1;
      if (actor < 0) {
        actor = builds.length;
        builds.push({ draft: undefined, name: r.group, type: 'ORG', aliases: [], roles: [], mentions: [], claimIds: [], firstStart: Number.MAX_SAFE_INTEGER });
        groupActor.set(r.group, actor);
      }
    }
    if (actor < 0) continue;
    const id = `c${claims.length + 1}`;
    const start = base + frame.contentStart;
    const end = base + frame.contentEnd;
    const cueStart = base + frame.cueStart;
    const cueEnd = base + frame.cueEnd;
    const speakerStart = base + frame.speakerStart;
    const speakerEnd = base + frame.speakerEnd;
    const claim: Claim = {
      id,
      speakerId: String(actor),
      speaker: builds[actor].name,
      cue: text.slice(cueStart, cueEnd),
      cueSpan: { text: text.slice(cueStart, cueEnd), start: cueStart, end: cueEnd, line: lines.lineAt(cueStart) },
      kind: frame.kind,
      text: text.slice(start, end),
      start,
      end,
      line: lines.lineAt(start),
    };
    if (speakerEnd > speakerStart) claim.speakerSpan = { text: text.slice(speakerStart, speakerEnd), start: speakerStart, end: speakerEnd, line: lines.lineAt(speakerStart) };
    claims.push(claim);
    builds[actor].claimIds.push(id);
    if (frame.speaker.kind === 'pronoun' || (frame.speaker.kind === 'generic' && r.placed.nameActor < 0)) mention(actor, speakerStart, speakerEnd, r.group ? 'name' : frame.speaker.kind === 'pronoun' ? 'pronoun' : 'role');
    if (frame.quote !== undefined) quoteClaim.set(`${r.placed.paragraph}:${frame.quote}`, id);
    if (frame.unmarkedQuote) unmarkedQuotes.push({ text: claim.text, start, end, line: claim.line, marked: false, claimId: id });
  }

  // Stable ids from names, in order of first appearance.
  const kept = builds.map((b, i) => ({ b, i })).filter(({ b }) => b.mentions.length > 0 || b.claimIds.length > 0);
  kept.sort((x, y) => x.b.firstStart - y.b.firstStart || x.i - y.i);
  const idOf = new Map<number, string>();
  const used = new Set<string>();
  for (const { b, i } of kept) {
    let id = slug(b.name);
    for (let n = 2; used.has(id); n++) id = `${slug(b.name)}-${n}`;
    used.add(id);
    idOf.set(i, id);
  }
  for (const claim of claims) {
    const index = Number(claim.speakerId);
    claim.speakerId = idOf.get(index) ?? null;
  }
  let e = 0;
  occurrences.forEach((_, i) => {
    if (actorOf[i] < 0) return;
    entities[e++].actorId = idOf.get(actorOf[i]) ?? '';
  });

  const actors: Actor[] = kept.map(({ b, i }) => {
    const forms = b.draft ? b.draft.forms : [];
    const aliases: string[] = [];
    for (const form of [...forms, ...b.aliases]) if (form !== b.name && !aliases.includes(form)) aliases.push(form);
    b.mentions.sort((x, y) => x.start - y.start);
    return { id: idOf.get(i) ?? slug(b.name), name: b.name, type: b.type, aliases, roles: b.roles, mentions: b.mentions, claimIds: b.claimIds };
  });

  // Dates join the entities; a name overlapping a date gives way to it.
  const dates: Entity[] = [];
  paragraphs.forEach((p, pi) => {
    const base = spans[pi].start;
    for (const d of p.dates) {
      const entity: Entity = { text: d.text, type: 'DATE', start: base + d.start, end: base + d.end, line: lines.lineAt(base + d.start) };
      if (d.value !== undefined) entity.value = d.value;
      dates.push(entity);
    }
  });
  const allEntities = mergeEntities(entities, dates);

  const quotes: Quote[] = [];
  paragraphs.forEach((p, pi) => {
    const base = spans[pi].start;
    p.quotes.forEach((q, qi) => {
      const quote: Quote = { text: text.slice(base + q.start, base + q.end), start: base + q.start, end: base + q.end, line: lines.lineAt(base + q.start), marked: true, open: q.open, close: q.close };
      const claimId = quoteClaim.get(`${pi}:${qi}`);
      if (claimId) quote.claimId = claimId;
      quotes.push(quote);
    });
  });
  quotes.push(...unmarkedQuotes);
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);

  const sentences: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    const base = spans[pi].start;
    for (const s of p.sentenceSpans) sentences.push({ start: base + s.start, end: base + s.end, line: lines.lineAt(base + s.start) });
  });

  return { entities: allEntities, actors, quotes, claims, sentences };
}

function isCapitalOf(build: ActorBuild, occurrence: NameOccurrence): boolean {
  return build.type === 'PLACE' && occurrence.candidate.words.length >= 1 && build.draft !== undefined && build.draft.words.join(' ') !== occurrence.candidate.words.join(' ');
}

function mergeEntities(names: Entity[], dates: Entity[]): Entity[] {
  dates.sort((a, b) => a.start - b.start);
  const result: Entity[] = [...dates];
  let d = 0;
  for (const name of names.sort((a, b) => a.start - b.start)) {
    while (d < dates.length && dates[d].end <= name.start) d++;
    if (d < dates.length && dates[d].start < name.end) continue;
    result.push(name);
  }
  return result.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A quotation that opens a paragraph and is not attributed there continues the speech of the paragraph
 * before when that one ended inside a quotation or after a colon (the news convention for long quotes).
 */
function addContinuedQuotes(resolved: ResolvedFrame[], paragraphs: readonly ParagraphAnalysis[], spans: ReadonlyArray<{ start: number; end: number }>): void {
  const usedQuotes = new Set<string>();
  const lastByParagraph = new Map<number, ResolvedFrame>();
  for (const r of resolved) {
    if (r.placed.frame.quote !== undefined) usedQuotes.add(`${r.placed.paragraph}:${r.placed.frame.quote}`);
    lastByParagraph.set(r.placed.paragraph, r);
  }
  const additions: ResolvedFrame[] = [];
  for (let pi = 1; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    const qi = p.quotes.findIndex((q) => q.depth === 0 && q.openToken === 0);
    if (qi < 0 || usedQuotes.has(`${pi}:${qi}`)) continue;
    const before = lastByParagraph.get(pi - 1);
    if (!before) continue;
    const previousParagraph = paragraphs[pi - 1];
    const beforeQuote = before.placed.frame.quote !== undefined ? previousParagraph.quotes[before.placed.frame.quote] : undefined;
    const endsInSpeech = (beforeQuote !== undefined && beforeQuote.unclosed) || before.placed.frame.contentEnd >= previousParagraph.lastWordEnd;
    if (!endsInSpeech || before.placed.frame.kind !== 'direct') continue;
    const quote = p.quotes[qi];
    const frame = {
      ...before.placed.frame,
      contentStart: quote.contentStart,
      contentEnd: quote.unclosed ? lastWordEnd(p) : quote.contentEnd,
      quote: qi,
      unmarkedQuote: false,
      cueToken: -1,
      // The cue and speaker stay where they were written, in the paragraph before.
      cueStart: before.placed.base + before.placed.frame.cueStart - spans[pi].start,
      cueEnd: before.placed.base + before.placed.frame.cueEnd - spans[pi].start,
      speakerStart: before.placed.base + before.placed.frame.speakerStart - spans[pi].start,
      speakerEnd: before.placed.base + before.placed.frame.speakerEnd - spans[pi].start,
    };
    const addition: ResolvedFrame = { placed: { frame, paragraph: pi, base: spans[pi].start, nameActor: before.placed.nameActor, roleActor: before.placed.roleActor }, actor: before.actor, group: before.group };
    additions.push(addition);
    lastByParagraph.set(pi, addition);
  }
  if (additions.length === 0) return;
  resolved.push(...additions);
  resolved.sort((a, b) => a.placed.base + a.placed.frame.contentStart - (b.placed.base + b.placed.frame.contentStart));
}

/** Words that open a sentence pointing back at the paragraph before ("That was the warning of …"). */
const BACK_REFERENCES = new Set(['that', 'this', 'those', 'these', 'such']);
const SPEECH_NOUNS = new Set(['words', 'warning', 'message', 'view', 'verdict', 'assessment', 'reaction', 'comment', 'comments', 'remarks', 'conclusion', 'argument', 'advice', 'prediction', 'promise', 'plea', 'appeal', 'answer', 'reply', 'response', 'claim', 'position', 'case']);
const SPEECH_WORDS = new Set(['words', 'remarks', 'comments', 'said', 'says', 'told', 'statement', 'speaking', 'spoke', 'wrote', 'added', 'message', 'according']);

/**
 * A paragraph that is one quotation with no cue of its own, whose speaker the next paragraph names
 * ("Those were the words of the company's director, Dewi Kartikasari, …").
 */
function addQuotesNamedAfter(
  resolved: ResolvedFrame[],
  paragraphs: readonly ParagraphAnalysis[],
  spans: ReadonlyArray<{ start: number; end: number }>,
  occurrenceOf: ReadonlyArray<ReadonlyMap<number, number>>,
  actorOf: Int32Array,
  drafts: readonly ActorDraft[],
): void {
  const attributed = new Set<number>();
  for (const r of resolved) attributed.add(r.placed.paragraph);
  const additions: ResolvedFrame[] = [];
  for (let pi = 0; pi + 1 < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    if (attributed.has(pi) || p.tokenCount === 0) continue;
    const next = paragraphs[pi + 1];
    const lead = next.leadWords;
    if (lead.length === 0) continue;
    // A paragraph that is one quotation, or — marks or not — one that the next paragraph points back
    // to as speech ("That was the warning of …", "Those were the words of …").
    const qi = p.quotes.findIndex((q) => q.depth === 0 && q.openToken === 0 && q.afterToken >= p.tokenCount - 1);
    const pointsBack = BACK_REFERENCES.has(lead[0].lower);
    if (qi < 0 && !pointsBack) continue;
    const cue = lead.find((w) => SPEECH_WORDS.has(w.lower) || (pointsBack && SPEECH_NOUNS.has(w.lower)));
    if (!cue) continue;
    const sentence = { first: lead[0].token, last: lead[lead.length - 1].token + 1 };
    // The first person named in that sentence.
    let speaker = -1;
    let speakerName = -1;
    next.names.forEach((name, ni) => {
      if (speaker >= 0 || name.firstToken < sentence.first || name.lastToken > sentence.last) return;
      const occurrence = occurrenceOf[pi + 1].get(ni);
      const actor = occurrence === undefined ? -1 : actorOf[occurrence];
      if (actor >= 0 && drafts[actor].type === 'PERSON') {
        speaker = actor;
        speakerName = ni;
      }
    });
    if (speaker < 0) continue;
    const quote = qi >= 0 ? p.quotes[qi] : undefined;
    const base = spans[pi].start;
    const nextBase = spans[pi + 1].start;
    const name = next.names[speakerName];
    const cueToken = cue;
    const frame = {
      speaker: { kind: 'name' as const, name: speakerName },
      speakerStart: nextBase + name.start - base,
      speakerEnd: nextBase + name.end - base,
      cueStart: nextBase + lead[0].start - base,
      cueEnd: nextBase + cueToken.end - base,
      contentStart: quote ? quote.contentStart : 0,
      contentEnd: quote && !quote.unclosed ? quote.contentEnd : lastWordEnd(p),
      kind: 'direct' as const,
      quote: quote ? qi : undefined,
      unmarkedQuote: quote === undefined,
      cueToken: -1,
    };
    additions.push({ placed: { frame, paragraph: pi, base, nameActor: speaker, roleActor: -1 }, actor: speaker });
  }
  if (additions.length === 0) return;
  resolved.push(...additions);
  resolved.sort((a, b) => a.placed.base + a.placed.frame.contentStart - (b.placed.base + b.placed.frame.contentStart));
}

function lastWordEnd(p: ParagraphAnalysis): number {
  return p.lastWordEnd;
}
