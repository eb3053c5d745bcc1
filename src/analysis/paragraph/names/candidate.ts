// What name finding yields for a paragraph: name candidates with their typing evidence, role descriptions, demonyms.

/** Evidence for each type; summed over a name's occurrences before a type is chosen. */
export interface TypeEvidence {
  person: number;
  org: number;
  place: number;
}

/** A name found in a paragraph; offsets are relative to the paragraph's start. */
export interface NameCandidate {
  start: number;
  end: number;
  text: string;
  /** Token index range of the name within the paragraph. */
  firstToken: number;
  lastToken: number;
  /** Lower-cased words of the name, without punctuation ("dmitry", "peskov"). */
  words: string[];
  /** Title or role written before the name ("Kremlin spokesman", "Chinese Foreign Minister"). */
  role?: { start: number; end: number; text: string; firstToken: number } | undefined;
  /** A role an apposition gives the name (", the mayor of Oakdale," → "mayor"): a role, never part of how it is written. */
  apposedRole?: string | undefined;
  /** Country named by a demonym in the role ("Russian President" → Russia). */
  roleCountry?: string | undefined;
  evidence: TypeEvidence;
  /**
   * The learned model's scores for this occurrence (typingModel.ts): person, organization and place against no
   * name, in integer weight units. Summed over a key's occurrences, they type it.
   */
  typing: TypeEvidence;
  /** Starts a sentence with a word that is also a common English word ("Both", "Bush"). */
  initialCommon: boolean;
  /** Seen in the middle of a sentence: capitalisation there is real evidence of a name. */
  midSentence: boolean;
  /** An acronym in brackets after the lower-case words it abbreviates ("sea surface salinity (SSS)"); set with `typing`. */
  termAcronym?: boolean | undefined;
  possessive: boolean;
  precededByThe: boolean;
  /** The first name of its sentence, outside a leading prepositional phrase: most likely the subject. */
  subject: boolean;
  /** Token index after the name and any letters written after it ("KC", "Jr"). */
  tailToken?: number;
  /** The name as compared across the document: lower case, no company form, countries canonical. */
  key: string;
  /** For a last word that may be a possessive written without its apostrophe ("Zelenskyys"): the words without the "s". */
  stem?: { words: string[]; key: string };
}

/** A role description that can stand for a person ("the Russian leader", "the minister"). */
export interface RoleMention {
  start: number;
  end: number;
  text: string;
  firstToken: number;
  lastToken: number;
  /** The role noun ("leader", "minister", "spokesman"). */
  head: string;
  /** Country named by a demonym or country in the description. */
  country?: string | undefined;
}

/** A nationality adjective standing for its country ("Chinese officials said", "the Russians"). */
export interface DemonymMention {
  start: number;
  end: number;
  text: string;
  country: string;
}

export interface NamesInParagraph {
  names: NameCandidate[];
  roles: RoleMention[];
  demonyms: DemonymMention[];
}

export function emptyEvidence(): TypeEvidence {
  return { person: 0, org: 0, place: 0 };
}

/** A name found without tokens of its own (part of a hyphenated word): a place or organization inside it. */
export function simpleCandidate(paragraph: string, start: number, end: number, evidence: TypeEvidence): NameCandidate {
  const text = paragraph.slice(start, end);
  return {
    start,
    end,
    text,
    firstToken: -1,
    lastToken: -1,
    words: [text.toLowerCase()],
    evidence,
    typing: emptyEvidence(),
    initialCommon: false,
    midSentence: true,
    possessive: false,
    precededByThe: false,
    subject: false,
    key: '',
  };
}
