// Closed-class English words the readers test tokens against: articles, pronouns, auxiliaries, prepositions, numbers.

export const ARTICLES: readonly string[] = ['the', 'a', 'an'];

export const THIRD_PERSON_POSSESSIVES: readonly string[] = ['his', 'her', 'its', 'their'];

/** Possessives that can own a speaker or a role ("its director", "our correspondent"). */
export const POSSESSIVE_DETERMINERS: readonly string[] = [...THIRD_PERSON_POSSESSIVES, 'our'];

/** Pronouns that can be the subject of a reporting verb ("he said", "they wrote"). */
export const SUBJECT_PRONOUNS: readonly string[] = ['he', 'she', 'it', 'they', 'we', 'i'];

/**
 * A subject pronoun written with its auxiliary in one word, as pronoun:auxiliary ("I'm conceding", "you're saying"):
 * the pronoun speaks, the auxiliary shapes the verb group.
 */
export const CONTRACTED_SUBJECTS: readonly string[] = [
  "i'm:i:am", "i've:i:have", "i'd:i:would", "i'll:i:will", "you're:you:are", "you've:you:have", "you'd:you:would",
  "you'll:you:will", "we're:we:are", "we've:we:have", "we'd:we:would", "we'll:we:will", "they're:they:are",
  "they've:they:have", "they'd:they:would", "they'll:they:will",
];

/** Pronouns that can follow a verb as its object ("told him", "urged them"). */
export const OBJECT_PRONOUNS: readonly string[] = ['him', 'her', 'them', 'me', 'us', 'it', 'you'];

/** First- and second-person words: a sentence that holds one speaks to or from someone ("we will", "you know"). */
export const SPEAKING_PERSON_WORDS: readonly string[] = ['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your'];

/** Every personal pronoun form: capitalised at the start of a sentence, none of them is a name. */
export const PERSONAL_PRONOUNS: readonly string[] = [
  'i', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'its', 'our', 'their', 'my', 'your', 'me', 'him', 'us', 'them',
];

/** Pronouns of the first and second person: words that speak to or from someone, not of them. */
export const SPEAKING_PRONOUNS: readonly string[] = ['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your'];

/** Words that open an apposition describing the name before it ("Paul Dewar, an Ottawa MP,", "Kuleba, who …"). */
export const APPOSITION_OPENERS: readonly string[] = [...ARTICLES, ...THIRD_PERSON_POSSESSIVES, 'who', 'whose'];

/** Relative pronouns: a clause they open describes the noun before it; a cue may interrupt it ("which Doe said was …"). */
export const RELATIVE_PRONOUNS: readonly string[] = ['who', 'whom', 'whose', 'which', 'that'];

/** Prepositions besides the commonest that tie a name to the noun before it ("an adviser to Jane Doe", "minister under Jane Doe"). */
export const RELATING_PREPOSITIONS: readonly string[] = [
  'to', 'under', 'from', 'like', 'as', 'against', 'behind', 'including', 'among', 'between', 'than',
];

/** Auxiliaries and modals in a finite form: a clause has a verb when one of them is there. */
export const FINITE_AUXILIARIES: readonly string[] = [
  'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'has', 'have', 'had', 'did',
  'does', 'do', "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "aren't", 'shall', "didn't", "doesn't", "don't",
  "hasn't", "haven't", "hadn't", "weren't", "shouldn't", "mustn't",
];

/** Words that open an indirect question ("asked how …", "wondered whether …"). */
export const QUESTION_WORDS: readonly string[] = ['how', 'what', 'why', 'whether', 'when', 'where', 'which', 'who', 'if'];

/** Prepositions of place and direction ("in Kabul", "towards Mosul"): what follows is likely a place. */
export const LOCATIVE_PREPOSITIONS: readonly string[] = [
  'in', 'at', 'from', 'near', 'across', 'outside', 'inside', 'into', 'throughout', 'toward', 'towards', 'via', 'around', 'to',
  'within', 'of',
];

/** Conjunctions that join clauses or phrases ("…, Doe said, and …"). */
export const COORDINATORS: readonly string[] = ['and', 'but', 'or', 'nor'];

/** Words that may open a sentence before a clause of comparison ("But as Doe said, …", "Still, as …"). */
export const SENTENCE_CONNECTIVES: readonly string[] = ['but', 'and', 'yet', 'so', 'still', 'indeed', 'now'];

/** Fractions read as quantities after a preposition ("about half of …"). */
export const FRACTION_WORDS: readonly string[] = ['half', 'third', 'quarter'];

/** Numbers and quantities written as words: capitalised at a sentence start ("Two …", "Several …"), they are not names. */
export const NUMBER_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty',
  'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'dozens', 'dozen',
  'several', 'first', 'second', 'third', 'fourth', 'fifth', 'half', 'none', 'both', 'many', 'most', 'some', 'all', 'few',
];

/** The commonest prepositions, which open adjuncts rather than statements ("said in …", "told of …"). */
export const COMMON_PREPOSITIONS: readonly string[] = ['of', 'in', 'at', 'on', 'for', 'with', 'about', 'by'];
