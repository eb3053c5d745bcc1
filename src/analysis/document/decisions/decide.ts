// Document-wide decisions over the paragraphs' findings: which names are actors, who said each statement.
import type { ParagraphAnalysis } from '../../paragraph/analyzeParagraph';
import type { AnalyzeOptions } from '../../types';
import { resolveSpeakers } from '../speakers/resolveSpeakers';
import { assignNames } from './assignNames';
import { planActors } from './planActors';
import { planClaims } from './planClaims';
import { countryActors, placeDemonyms, placeDescriptions, placeNames } from './placeMentions';
import { FirstSeen, fingerprints, type Decisions } from './plans';
import { DecisionReuse } from './reuse';

/**
 * Decides the document, step by step: types and merges names into actors; gives each name, role description and
 * nationality adjective its actor; resolves speakers; plans every claim; orders the actors and fixes their ids.
 * After an edit, `previous` lends each step what still holds (see DecisionReuse): the result is the same as
 * deciding afresh, at the cost of what the edit changed.
 */
export function decide(
  paragraphs: readonly ParagraphAnalysis[],
  bases: Int32Array,
  options: AnalyzeOptions,
  ignored: ReadonlySet<string>,
  previous: Decisions | undefined,
): Decisions {
  const named = assignNames(paragraphs, options, ignored, previous);
  const { table, assignment, roleIndex } = named;
  const drafts = assignment.drafts;
  const reuse = DecisionReuse.of(previous, paragraphs, named);
  // Where each actor is first seen: every step that ties a mention to an actor notes it.
  const seen = new FirstSeen(drafts.length);
  const namesPlaced = placeNames(paragraphs, bases, named, reuse, seen);
  const { nameActors, positioned, firstMention } = namesPlaced;
  reuse?.settleDescriptions(roleIndex === reuse.previous.roleIndex, firstMention);
  const { roleActors, roleAliases, described } = placeDescriptions(paragraphs, bases, { roleIndex, positioned }, reuse, seen);
  const countryActor = countryActors(assignment);
  const demonymActors = placeDemonyms(paragraphs, bases, countryActor, reuse, seen);
  const resume = reuse?.speakerResume(drafts, countryActor, nameActors, roleActors);
  const speakers = resolveSpeakers({ paragraphs, bases, nameActors, roleActors }, drafts, countryActor, positioned, resume);
  const ordered = planClaims(paragraphs, { nameActors, drafts, resolved: speakers }, reuse);
  const actorInputs = { assignment, roleAliases, bases, paragraphCount: paragraphs.length };
  const { actors, actorOrder, claimsByParagraph } = planActors(ordered, actorInputs, seen, reuse);
  const claimBase = new Int32Array(paragraphs.length);
  for (let pi = 1; pi < paragraphs.length; pi++) claimBase[pi] = claimBase[pi - 1] + claimsByParagraph[pi - 1].length;
  return {
    paragraphs,
    structure: fingerprints(paragraphs, 'structureFingerprint'),
    names: named.names,
    table,
    assignment,
    roleIndex,
    nameActors,
    namesPlaced,
    bases,
    roleActors,
    described,
    demonymActors,
    countryActor,
    speakers,
    actors,
    actorOrder,
    claimsByParagraph,
    claimBase,
  };
}
