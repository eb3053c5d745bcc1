// Who "I" and "you" are in a dialogue written without speaker labels (an interview, a hearing): the turns alternate
// between questions put to "you" and answers in the first person, and the answering side is the person the text
// introduces first, until someone is called on by name ("Mr. Doe, please proceed.") or names themself.
import type { TurnShape } from '../../paragraph/turnShape';
import type { ActorType } from '../../types';

/** Per paragraph, the actor its "I" stands for and the actor its "you" stands for; -1 where neither is known. */
export interface DialogueTurns {
  /** The answering side's actor in an answer (a paragraph that asks nothing of "you"). */
  answerer: Int32Array;
  /** The actor a question is put to. */
  asked: Int32Array;
}

/** Fewest questions to "you", and as many answers in the first person, that make a text a dialogue. */
const MIN_TURNS = 2;
/** Most paragraphs per question in a dialogue: a report or column that asks a question or two is none. */
const PARAGRAPHS_PER_QUESTION = 10;

/**
 * The dialogue turns of a document, or undefined when it is no dialogue: fewer than two questions to "you" or fewer
 * than two answers in the first person outside quotations (a news report quotes its speakers inside quotation marks),
 * or questions too rare among its paragraphs to make turns.
 */
export function dialogueTurns(
  paragraphs: ReadonlyArray<{ readonly turn: TurnShape; readonly tokenCount: number }>,
  nameActors: ReadonlyArray<readonly number[]>,
  typeOf: (actor: number) => ActorType | undefined,
  interviewee: number,
): DialogueTurns | undefined {
  let questions = 0;
  let answers = 0;
  let written = 0;
  for (const { turn, tokenCount } of paragraphs) {
    if (tokenCount > 0) written++;
    if (turn.question) questions++;
    else if (turn.firstPerson) answers++;
  }
  if (questions < MIN_TURNS || answers < MIN_TURNS || questions * PARAGRAPHS_PER_QUESTION < written) return undefined;
  const count = paragraphs.length;
  const turns: DialogueTurns = { answerer: new Int32Array(count).fill(-1), asked: new Int32Array(count).fill(-1) };
  let respondent = interviewee;
  for (let pi = 0; pi < count; pi++) {
    const turn = paragraphs[pi].turn;
    const namedActor = turn.named >= 0 ? nameActors[pi][turn.named] ?? -1 : -1;
    const named = namedActor >= 0 && typeOf(namedActor) === 'PERSON' ? namedActor : -1;
    if (turn.selfNamed && named >= 0) respondent = named;
    if (turn.question) turns.asked[pi] = !turn.selfNamed && named >= 0 ? named : respondent;
    else turns.answerer[pi] = respondent;
    // "Mr. Doe, please proceed.": the next turns are Doe's.
    if (!turn.selfNamed && named >= 0) respondent = named;
  }
  return turns;
}

/** Whether two readings of a document's turns agree. */
export function sameTurns(a: DialogueTurns | undefined, b: DialogueTurns | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.answerer.length !== b.answerer.length) return false;
  for (let i = 0; i < a.answerer.length; i++) if (a.answerer[i] !== b.answerer[i] || a.asked[i] !== b.asked[i]) return false;
  return true;
}
