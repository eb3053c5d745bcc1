// The Sources and Quotations views as plain data over the workspace index's report: actor → documents → claims, or
// document → actors → claims, and quotation groups → where each was said; labels escaped, no editor types.
import type { CorpusReport, NamedActor, NamedClaim } from '../corpus/report';
import { compareDates, compareText } from '../corpus/order';
import { ACTOR_TYPE_NAMES, plural } from '../presentation/wording';
import { markdownText, ownMarkdown, ownText, uiText, type MarkdownText, type UiText } from '../presentation/uiText';

export type SourcesMode = 'actor' | 'document';
export type SourcesSort = 'claims' | 'documents' | 'firstDate';

export type SourceNodeKind = 'actor' | 'document' | 'claim' | 'quotation' | 'occurrence' | 'more';

export interface SourceNode {
  /** Stable while the report keeps the item, so the view keeps expansion. */
  id: string;
  kind: SourceNodeKind;
  label: UiText;
  description?: UiText;
  tooltip?: MarkdownText;
  accessibilityLabel: UiText;
  icon: string;
  collapsible: 'none' | 'collapsed';
  /** Where a click goes: a document of the index by name, and a 1-based line. */
  target?: { document: string; line: number };
  actorId?: string;
  document?: string;
  quotation?: number;
}

/** Children listed under one node before a "more" row: a prolific actor's claims never flood the view. */
export const SOURCES_PAGE = 200;
const QUOTE_LABEL_MAX = 100;

/** A row naming a document by its path, read aloud with its description; a click opens it at `line`. */
function documentRow(id: string, document: string, description: UiText, line: number): SourceNode {
  const label = uiText(document, 120);
  return {
    id,
    kind: 'document',
    label,
    description,
    accessibilityLabel: ownText(`${label}, ${description}`),
    icon: 'file',
    collapsible: 'none',
    target: { document, line },
    document,
  };
}

function claimNode(parentId: string, claim: NamedClaim, index: number, withDocument: boolean): SourceNode {
  const where = withDocument ? `${claim.document}:${claim.line}` : `line ${claim.line}`;
  return {
    id: `${parentId}/c${index}`,
    kind: 'claim',
    label: ownText(`“${uiText(claim.text, QUOTE_LABEL_MAX)}”`),
    description: ownText(`${uiText(claim.cue, 40)} · ${uiText(where, 120)}`),
    tooltip: ownMarkdown(
      `**${markdownText(claim.speaker)}** · ${markdownText(claim.cue)}\n\n> ${markdownText(claim.text, 500)}\n\n` +
        `${markdownText(claim.document, 200)}, line ${claim.line}`,
    ),
    accessibilityLabel: ownText(
      `${uiText(claim.speaker)} ${uiText(claim.cue)}: ${uiText(claim.text, QUOTE_LABEL_MAX)}, ${uiText(where, 120)}`,
    ),
    icon: claim.kind === 'direct' ? 'quote' : 'comment',
    collapsible: 'none',
    target: { document: claim.document, line: claim.line },
    document: claim.document,
  };
}

/** A "N more" row at the end of a cut list. */
function moreNode(parentId: string, hidden: number): SourceNode {
  return {
    id: `${parentId}/more`,
    kind: 'more',
    label: ownText(`${hidden} more…`),
    accessibilityLabel: ownText(`${hidden} more not listed; Find Claims searches them all`),
    tooltip: ownMarkdown('Not listed here: **Find Claims…** searches every claim of the index.'),
    icon: 'ellipsis',
    collapsible: 'none',
  };
}

function capped(parentId: string, nodes: SourceNode[]): SourceNode[] {
  if (nodes.length <= SOURCES_PAGE) return nodes;
  const kept = nodes.slice(0, SOURCES_PAGE);
  kept.push(moreNode(parentId, nodes.length - SOURCES_PAGE));
  return kept;
}

export class SourcesTreeModel {
  /** Claims by actor id, then document. */
  private readonly claimsOf = new Map<string, Map<string, NamedClaim[]>>();
  private readonly actorsById = new Map<string, NamedActor>();
  /** Per document, the actors in it and their first line there. */
  private readonly actorsIn = new Map<string, Array<{ actor: NamedActor; line: number }>>();

  constructor(
    private readonly report: CorpusReport,
    private readonly mode: SourcesMode,
    private readonly sort: SourcesSort,
  ) {
    for (const actor of report.actors) {
      this.actorsById.set(actor.id, actor);
      for (const appearance of actor.appearances) {
        let list = this.actorsIn.get(appearance.document);
        if (!list) this.actorsIn.set(appearance.document, (list = []));
        list.push({ actor, line: appearance.line });
      }
    }
    for (const claim of report.claims) {
      if (claim.actor === null) continue;
      let byDocument = this.claimsOf.get(claim.actor);
      if (!byDocument) this.claimsOf.set(claim.actor, (byDocument = new Map<string, NamedClaim[]>()));
      const list = byDocument.get(claim.document);
      if (list) list.push(claim);
      else byDocument.set(claim.document, [claim]);
    }
  }

  roots(): SourceNode[] {
    return this.mode === 'actor' ? this.actorRoots() : this.documentRoots();
  }

  children(node: SourceNode): SourceNode[] {
    if (node.kind === 'actor' && node.actorId !== undefined) {
      return node.document === undefined ? this.documentsOfActor(node) : this.claimsOfActorIn(node, node.actorId, node.document);
    }
    if (node.kind === 'document' && node.document !== undefined) {
      return node.actorId === undefined
        ? this.actorsOfDocument(node, node.document)
        : this.claimsOfActorIn(node, node.actorId, node.document);
    }
    return [];
  }

  private actorRoots(): SourceNode[] {
    const actors = [...this.report.actors];
    const byName = (a: NamedActor, b: NamedActor): number => b.claims - a.claims || compareText(a.name, b.name);
    if (this.sort === 'documents') actors.sort((a, b) => b.documents - a.documents || byName(a, b));
    else if (this.sort === 'firstDate') actors.sort((a, b) => compareDates(a.firstDate, b.firstDate) || byName(a, b));
    // `claims`: the report's own order (claims, then documents, then mentions).
    return capped('actors', actors.map((actor) => this.actorNode(actor)));
  }

  private actorNode(actor: NamedActor): SourceNode {
    const counts = ownText(`${plural(actor.claims, 'claim')} · ${plural(actor.documents, 'document')}`);
    const date = actor.firstDate === null ? '' : ownText(` · from ${uiText(actor.firstDate)}`);
    const aliases = actor.aliases.length > 0 ? ownMarkdown(`\n\nAlso: ${markdownText(actor.aliases.slice(0, 8).join(', '), 200)}`) : '';
    const kind = ACTOR_TYPE_NAMES[actor.type];
    return {
      id: `actor:${actor.id}`,
      kind: 'actor',
      label: uiText(actor.name),
      description: ownText(`${counts}${date}`),
      tooltip: ownMarkdown(`**${markdownText(actor.name)}** · ${kind}\n\n${markdownText(`${counts}${date}`)}${aliases}`),
      accessibilityLabel: ownText(
        `${uiText(actor.name)}, ${kind}, ${plural(actor.claims, 'claim')}, ${plural(actor.documents, 'document')}`,
      ),
      icon: actor.type === 'PERSON' ? 'person' : actor.type === 'ORG' ? 'organization' : 'location',
      collapsible: 'collapsed',
      actorId: actor.id,
    };
  }

  private documentsOfActor(node: SourceNode): SourceNode[] {
    const actor = this.actorsById.get(node.actorId ?? '');
    if (!actor) return [];
    const dates = new Map(this.report.documents.map((document) => [document.document, document.date]));
    const appearances = [...actor.appearances].sort(
      (a, b) => compareDates(dates.get(a.document) ?? null, dates.get(b.document) ?? null) || compareText(a.document, b.document),
    );
    const nodes = appearances.map((appearance, index): SourceNode => {
      const date = dates.get(appearance.document) ?? null;
      const counts = ownText(appearance.claims > 0 ? plural(appearance.claims, 'claim') : plural(appearance.mentions, 'mention'));
      const description = ownText(`${counts}${date === null ? '' : ` · ${uiText(date)}`}`);
      return {
        ...documentRow(`${node.id}/d${index}`, appearance.document, description, appearance.line),
        // An actor's document row lists that actor's claims in it.
        kind: 'actor',
        collapsible: appearance.claims > 0 ? 'collapsed' : 'none',
        actorId: actor.id,
      };
    });
    return capped(node.id, nodes);
  }

  private claimsOfActorIn(node: SourceNode, actorId: string, document: string): SourceNode[] {
    const claims = this.claimsOf.get(actorId)?.get(document) ?? [];
    return capped(
      node.id,
      claims.map((claim, index) => claimNode(node.id, claim, index, false)),
    );
  }

  private documentRoots(): SourceNode[] {
    const documents = [...this.report.documents];
    if (this.sort === 'claims') documents.sort((a, b) => b.claims - a.claims || compareText(a.document, b.document));
    else if (this.sort === 'documents') documents.sort((a, b) => b.actors - a.actors || compareText(a.document, b.document));
    else documents.sort((a, b) => compareDates(a.date, b.date) || compareText(a.document, b.document));
    const nodes = documents.map((document): SourceNode => {
      const dated = document.date === null ? '' : ownText(`${uiText(document.date)} · `);
      const description = ownText(`${dated}${plural(document.actors, 'actor')} · ${plural(document.claims, 'claim')}`);
      const row = documentRow(`document:${document.document}`, document.document, description, 1);
      return { ...row, collapsible: document.actors > 0 ? 'collapsed' : 'none' };
    });
    return capped('documents', nodes);
  }

  private actorsOfDocument(node: SourceNode, document: string): SourceNode[] {
    const actors = [...(this.actorsIn.get(document) ?? [])];
    const claimsIn = (actor: NamedActor): number => this.claimsOf.get(actor.id)?.get(document)?.length ?? 0;
    actors.sort((a, b) => claimsIn(b.actor) - claimsIn(a.actor) || a.line - b.line);
    const nodes = actors.map(({ actor, line }): SourceNode => {
      const claims = claimsIn(actor);
      const description = ownText(`${ACTOR_TYPE_NAMES[actor.type]}${claims > 0 ? ` · ${plural(claims, 'claim')}` : ''}`);
      return {
        id: `${node.id}/a:${actor.id}`,
        kind: 'document',
        label: uiText(actor.name),
        description,
        accessibilityLabel: ownText(`${uiText(actor.name)}, ${description}`),
        icon: actor.type === 'PERSON' ? 'person' : actor.type === 'ORG' ? 'organization' : 'location',
        collapsible: claims > 0 ? 'collapsed' : 'none',
        target: { document, line },
        actorId: actor.id,
        document,
      };
    });
    return capped(node.id, nodes);
  }
}

/** The Quotations view: each quotation said in several documents, and where, earliest first. */
export class QuotationsTreeModel {
  constructor(private readonly report: CorpusReport) {}

  roots(): SourceNode[] {
    const nodes = this.report.quotations.map((group): SourceNode => {
      const description = ownText(plural(group.documents, 'document'));
      return {
        id: `quotation:${group.id}`,
        kind: 'quotation',
        label: ownText(`“${uiText(group.text, QUOTE_LABEL_MAX)}”`),
        description,
        tooltip: ownMarkdown(`> ${markdownText(group.text, 500)}\n\nSaid in ${plural(group.documents, 'document')}`),
        accessibilityLabel: ownText(`${uiText(group.text, QUOTE_LABEL_MAX)}, in ${description}`),
        icon: 'quote',
        collapsible: 'collapsed',
        quotation: group.id,
      };
    });
    return capped('quotations', nodes);
  }

  children(node: SourceNode): SourceNode[] {
    const group = node.kind === 'quotation' ? this.report.quotations.find((candidate) => candidate.id === node.quotation) : undefined;
    if (!group) return [];
    return group.occurrences.map((occurrence, index): SourceNode => {
      const who = occurrence.speaker === null ? 'unattributed' : occurrence.speaker;
      const description = ownText(`${uiText(who)} · ${uiText(occurrence.date ?? 'undated')} · line ${occurrence.line}`);
      return {
        id: `${node.id}/o${index}`,
        kind: 'occurrence',
        label: uiText(occurrence.document, 120),
        description,
        tooltip: ownMarkdown(
          `> ${markdownText(occurrence.text, 500)}\n\n${markdownText(occurrence.document, 200)}, line ${occurrence.line}`,
        ),
        accessibilityLabel: ownText(`${uiText(occurrence.document, 120)}, ${description}`),
        icon: 'file',
        collapsible: 'none',
        target: { document: occurrence.document, line: occurrence.line },
        document: occurrence.document,
      };
    });
  }
}
