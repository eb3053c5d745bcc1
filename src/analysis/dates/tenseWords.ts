// Word data of tense resolution: the cues that tell whether a sentence speaks of the past or the future, and the
// constructions (reporting verbs, plans, postponements, auxiliaries) that decide it for a date they govern.

export const PAST_CUES = new Set([
  'was', 'were', 'did', 'had', 'ago', 'yesterday', 'earlier', 'previously', 'since', 'already',
  'held', 'met', 'went', 'came', 'took', 'gave', 'made', 'left', 'began', 'saw', 'found', 'got', 'brought', 'thought',
  'spoke', 'sent', 'led', 'fled', 'fought', 'lost', 'struck', 'shot', 'broke', 'chose', 'drove', 'fell',
  'flew', 'grew', 'hid', 'kept', 'knew', 'meant', 'paid', 'ran', 'rose', 'sold', 'sought', 'shook', 'stood', 'stole',
  'swore', 'taught', 'threw', 'tore', 'understood', 'woke', 'wore', 'became', 'bought', 'caught', 'built', 'dealt',
  'felt', 'heard', 'sat', 'slept', 'spent', 'won', 'forgot', 'forgave', 'froze', 'overtook', 'undertook',
  'withdrew', 'arose', 'awoke', 'bore', 'bound', 'bent', 'bled', 'blew', 'bred', 'clung', 'crept', 'drew', 'dug',
  'fed', 'forbade', 'foresaw', 'lay', 'lent', 'lit', 'mistook', 'overcame', 'overthrew', 'rang', 'rode', 'sang',
  'sank', 'shone', 'shrank', 'slid', 'sped', 'spun', 'sprang', 'stuck', 'stung', 'strove', 'swept', 'swam', 'swung',
  'upheld', 'withheld', 'wept', 'wound', 'ruled', 'ended', 'recently',
  // Present and past share these forms, but news reports a result or a strike in the past ("United beat Chelsea on Saturday").
  'beat', 'hit',
]);
export const FUTURE_CUES = new Set([
  'will', 'shall', 'would', 'tomorrow', 'next', 'upcoming', 'forthcoming', 'scheduled', 'expected', 'plans', 'plan',
  'planned', 'planning', 'intends', 'intend', 'soon', 'coming', 'later', 'due', 'slated', 'ahead', 'expect', 'expects',
  'anticipate', 'anticipates', 'hope', 'hopes',
]);
/** Present-tense auxiliaries: in news, the present with a date usually announces something scheduled. */
export const WEAK_FUTURE_CUES = new Set(['is', 'are', 'am', 'aims', 'seeks', 'wants', 'begins', 'starts', 'opens']);
/**
 * Present-tense verbs that announce fixtures and schedules ("United host Chelsea on Saturday", "the final takes place on
 * Sunday"): weak future cues, unless an auxiliary or "to" before them makes them bare verbs of another tense.
 */
export const SCHEDULED_PRESENT_VERBS = new Set([
  // Forms that are seldom nouns: "visit", "vote", "rules" or "returns" would read "a state visit on Monday" as a plan.
  'host', 'hosts', 'face', 'faces', 'play', 'plays', 'meet', 'meets', 'travels', 'welcome', 'welcomes', 'takes',
  'resume', 'resumes', 'reopen', 'reopens', 'arrive', 'arrives', 'begin', 'closes', 'kicks', 'appear', 'appears',
  'decide', 'decides', 'expire', 'expires', 'flies',
]);
/**
 * Weak past cues. Reporting verbs are among them: "…will meet on Monday, the Kremlin said" dates the statement, not the
 * meeting, unless the verb stands right by the date ("said Friday").
 */
export const WEAK_PAST_CUES = new Set(['has', 'have', 'been', 'said', 'told', 'wrote']);
/**
 * Past reporting verbs. A date standing between one of them and its reported clause dates the statement, whatever
 * tense the clause has: "told parliament on Thursday that it would raise taxes" means the Thursday just gone.
 */
export const REPORTING_VERBS = new Set([
  'said', 'told', 'wrote', 'announced', 'stated', 'added', 'confirmed', 'declared', 'reported', 'warned', 'insisted',
  'claimed', 'argued', 'noted', 'explained', 'revealed', 'admitted', 'denied', 'acknowledged', 'tweeted', 'posted',
  'disclosed', 'indicated', 'suggested', 'stressed', 'emphasised', 'emphasized', 'testified', 'informed', 'briefed',
  'assured', 'cautioned', 'predicted', 'signalled', 'signaled', 'hinted', 'conceded', 'complained', 'replied',
  'responded', 'countered', 'alleged', 'urged', 'pledged', 'vowed', 'promised', 'spoke', 'unveiled', 'agreed',
  'decided', 'voted', 'ruled', 'ordered', 'approved',
]);
/** How many tokens from a date a reporting verb may stand and still date the statement rather than what it reports. */
export const REPORTING_REACH = 6;
/**
 * Words that make a following "to" + verb a plan or an order ("voted to shut", "plans to reopen", "ordered the plant to
 * close"): a date inside that infinitive lies ahead even when the governing verb is past.
 */
export const FORWARD_GOVERNORS = new Set([
  'voted', 'vote', 'votes', 'agreed', 'agree', 'agrees', 'decided', 'decides', 'plans', 'plan', 'planned', 'planning',
  'intends', 'intend', 'intended', 'promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows', 'due', 'set',
  'scheduled', 'slated', 'expected', 'expects', 'expect', 'hopes', 'hope', 'hoped', 'aims', 'aim', 'aimed', 'wants',
  'want', 'wanted', 'going', 'ordered', 'orders', 'asked', 'asks', 'urged', 'urges', 'told', 'called', 'threatened',
  'threatens', 'prepared', 'preparing', 'prepares', 'poised', 'proposed', 'proposes', 'offered', 'offers', 'seeks',
  'sought', 'chose', 'resolved', 'committed', 'likely', 'unlikely', 'ready', 'invited', 'summoned', 'approved',
  'moved', 'allowed', 'instructed', 'required', 'needs', 'need',
]);
/** Words after "to" that show it is a preposition, not the mark of an infinitive. */
export const NOT_VERBS_AFTER_TO = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'him', 'them',
  'me', 'us', 'it', 'some', 'all', 'each', 'every', 'any', 'no', 'one', 'date', 'court', 'power', 'work', 'office',
]);
/** Verbs that move an event later: "postponed until August", "adjourned the case to April 2" point forward. */
export const POSTPONING_VERBS = new Set([
  'postponed', 'postpone', 'postpones', 'postponing', 'delayed', 'delay', 'delays', 'delaying', 'adjourned', 'adjourn',
  'adjourns', 'deferred', 'defer', 'defers', 'rescheduled', 'reschedule', 'moved', 'pushed', 'put', 'extended',
  'extend', 'extends', 'remanded', 'suspended', 'forward', 'bailed', 'bail', 'stay', 'stays', 'remain', 'remains',
]);
/** Determiners before a verb-looking word make it a noun ("the vote on Monday", "a visit"). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'next', 'last']);
/** Verbs that fix an event for a date: "a hearing was set for April 12". */
export const SCHEDULING_VERBS = new Set([
  'set', 'scheduled', 'slated', 'planned', 'pencilled', 'penciled', 'earmarked', 'fixed', 'booked', 'called', 'timed',
]);
/**
 * Words after which a past form is a participle or a bare verb ("will be held", "would last", "to meet"): the
 * auxiliary, not the verb, tells the tense.
 */
export const PASSIVE_AUXILIARIES = new Set([
  'is', 'are', 'am', 'be', 'being', 'will', 'to', 'would', 'could', 'should', 'might', 'must', 'can', 'may', 'shall',
  'do', 'does', 'did', 'not', 'been',
  // Copulas: "will stay closed", "remains suspended" make the -ed word an adjective.
  'stay', 'stays', 'remain', 'remains', 'become', 'becomes', 'seem', 'seems', 'get', 'gets',
]);
/** Modals that look ahead ("repairs could begin in the autumn") unless "have" or, for "could", "not" follows. */
export const FORWARD_MODALS = new Set(['could', 'might', 'may', 'should', 'must']);
/** Common -ed words that are adjectives or not verbs at all. */
export const ED_NOT_PAST = new Set([
  'hundred', 'kindred', 'armed', 'alleged', 'so-called', 'called', 'related', 'based', 'limited', 'advanced',
  'detailed', 'concerned', 'interested', 'united', 'naked', 'sacred', 'wicked', 'beloved', 'rugged', 'aged',
  'skilled', 'talented', 'infrared', 'embed', 'shared', 'unprecedented', 'unexpected', 'unidentified', 'unnamed',
  'supposed', 'used', 'red',
]);
/** Words that open a new clause after a comma. */
export const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet', 'so', 'or']);
