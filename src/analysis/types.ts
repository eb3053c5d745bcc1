// The typed result of analysing one document: the contract read by the extension, the CLI, the exports and the scorers.

/** Kinds of named things the engine highlights. */
export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'DATE';

/** Kinds of actors: anything that can speak or act. */
export type ActorType = 'PERSON' | 'ORG' | 'PLACE';

/** A stretch of the source: `start`/`end` are JavaScript string indices (end exclusive), `line` is 1-based (of `start`). */
export interface Span {
  start: number;
  end: number;
  line: number;
}

/** A span that carries its own text; always `text === source.slice(start, end)`. */
export interface TextSpan extends Span {
  text: string;
}

export interface Entity extends TextSpan {
  type: EntityType;
  /** The actor this name belongs to (PERSON, ORG and acting PLACE entities). */
  actorId?: string;
  /**
   * DATE only: the resolved value, ISO-like: `2023-03-20`, `2023-03`, `2022`, `2023-W10`, `2023-Q4`, or a season
   * `2022-SU` (SP, SU, FA, WI as in TIMEX3).
   */
  value?: string;
  /** Title or role written in front of the name ("Kremlin spokesman"), kept out of the name itself. */
  role?: string;
}

/** How a mention refers to its actor. */
export type MentionKind =
  | 'name' // the name itself, full or partial ("Dmitry Peskov", "Peskov")
  | 'role' // a role description ("the Russian leader", "the minister")
  | 'pronoun' // a pronoun standing for a speaker ("he said")
  | 'capital' // a capital standing for its government ("Beijing feared")
  | 'demonym'; // a nationality adjective standing for its country ("Chinese officials")

export interface Mention extends TextSpan {
  kind: MentionKind;
}

export interface Actor {
  /** Stable within one analysis; derived from the canonical name ("vladimir-putin"). */
  id: string;
  /** The fullest name seen, without titles. */
  name: string;
  type: ActorType;
  /** Other surface forms that refer to this actor, in order of first appearance. */
  aliases: string[];
  /** Titles and roles seen in front of the name ("Kremlin spokesman"). */
  roles: string[];
  /** Every mention in reading order. */
  mentions: Mention[];
  /** Ids of the claims this actor made, in reading order. */
  claimIds: string[];
}

/** A quotation: marked with quote marks, or recognised as speech whose marks were stripped. */
export interface Quote extends TextSpan {
  marked: boolean;
  /** The opening/closing marks when `marked` (close is empty for a quote left open at paragraph end). */
  open?: string;
  close?: string;
  /** The claim this quotation belongs to, when attributed. */
  claimId?: string;
}

export type ClaimKind = 'direct' | 'indirect';

/** How a claim's speaker was found. */
export type EvidenceKind =
  | 'name' // named at the cue ("Peskov said", "said Dr Aminata Ouédraogo")
  | 'label' // a transcript label opening the turn ("DR. SMITH:", "A:")
  | 'pronoun' // a pronoun at the cue, resolved to an earlier mention ("he said")
  | 'description' // a role or common noun at the cue ("the spokesman added", "the agency noted")
  | 'statement' // a document speaks for its issuer ("the statement said", "in a statement, the ministry said")
  | 'group' // an unnamed group ("officials said", "analysts say")
  | 'leadIn' // a lead-in naming the speaker of the quoted paragraphs after it ("The following is a statement from …:")
  | 'reviewer'; // never the engine's: a reader's review attributed the claim (the span is the claim's cue)

/** Why a claim is credited to its speaker: how the speaker was found, and where. */
export interface ClaimEvidence extends TextSpan {
  kind: EvidenceKind;
  /** The span above is the mention at the cue; when it was resolved through another mention, that mention. */
  via?: TextSpan;
}

/** A statement attributed to a speaker by a reporting cue. */
export interface Claim extends TextSpan {
  id: string;
  /**
   * The speaking actor; null when the speaker names no one ("officials said", "analysts say": an unnamed group, whose
   * evidence kind is 'group') or could not be resolved to an actor.
   */
  speakerId: string | null;
  /** The speaker's name as shown to users (the actor's name, or the group's description when it names no one). */
  speaker: string;
  /** The reporting cue as written ("said", "according to", "in a statement"). */
  cue: string;
  /** Where the cue stands in the text. */
  cueSpan: TextSpan;
  /** Where the speaker is mentioned for this claim (may be a pronoun or a role). */
  speakerSpan?: TextSpan;
  kind: ClaimKind;
  /** How the speaker was found (see EvidenceKind), with the mention at the cue and the one it was resolved through. */
  evidence: ClaimEvidence;
  /**
   * How likely the claim is right (its words, and its speaker), from 0 to 1. Calibrated so that claims above 0.8
   * are right at least nine times in ten on the GUM development set (scripts/claimCalibration.mjs).
   */
  confidence: number;
}

/** A sentence of the document, as a span (text left out to keep the result small). */
export type Sentence = Span;

export interface AnalysisStats {
  characters: number;
  lines: number;
  paragraphs: number;
  sentences: number;
  tokens: number;
  /** Wall-clock milliseconds the analysis took. */
  elapsedMs: number;
}

export interface Analysis {
  /** Schema version of this object; bumped on any incompatible change. */
  schema: 1;
  /** The document's name as given by the caller (file name, URI, or "-" for stdin). */
  document: string;
  /** `YYYY-MM-DD` from the document's inline header or the caller, else null. */
  documentDate: string | null;
  /** Where `documentDate` came from. */
  documentDateSource: 'header' | 'caller' | null;
  entities: Entity[];
  actors: Actor[];
  quotes: Quote[];
  claims: Claim[];
  sentences: Sentence[];
  stats: AnalysisStats;
  /** Anything the engine wants the reader to know (e.g. text it could not interpret). */
  warnings: string[];
}

/** A user's correction: an actor the engine should know, with its aliases. */
export interface KnownActor {
  name: string;
  type: ActorType;
  aliases?: string[];
}

export interface AnalyzeOptions {
  /** Name recorded in `Analysis.document`. */
  document?: string;
  /** Reference date (`YYYY-MM-DD`) used when the text carries no ` date YYYY-MM-DD ` header. */
  documentDate?: string;
  /** Actors the user declared; their names and aliases are always recognised and merged. */
  knownActors?: readonly KnownActor[];
  /** Names never reported as entities or actors (matched case-insensitively, whole name). */
  ignoreNames?: readonly string[];
}
