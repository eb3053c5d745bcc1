// Reporting cues: the verbs and phrases that attribute a statement to a speaker, kept as data rather than code.
// The inventory is WordNet's verbs of communication (cues.generated.json, extracted at build time); the rows below
// come first and add what WordNet lacks ("tweet") or says otherwise (addressees, quotation-only verbs).
// Rows: "base" for regular verbs, or "base:third-person:past:participle:gerund" for irregular ones.
// A leading "+" marks verbs that take an addressee before the content ("told reporters that ...");
// a leading "=" marks verbs that report only when a quotation or colon follows ("the letter reads: ...").

export const REPORTING_VERBS = `
say:says:said:said:saying
+tell:tells:told:told:telling
add
write:writes:wrote:written:writing
tweet
post
suggest
declare
stress
warn
deny:denies:denied:denied:denying
claim
insist
argue:argues:argued:argued:arguing
note:notes:noted:noted:noting
explain
acknowledge:acknowledges:acknowledged:acknowledged:acknowledging
admit:admits:admitted:admitted:admitting
confirm
report
state:states:stated:stated:stating
announce:announces:announced:announced:announcing
assert
emphasize:emphasizes:emphasized:emphasized:emphasizing
emphasise:emphasises:emphasised:emphasised:emphasising
reiterate:reiterates:reiterated:reiterated:reiterating
remark
comment
observe:observes:observed:observed:observing
predict
promise:promises:promised:promised:promising
pledge:pledges:pledged:pledged:pledging
vow
threaten
+urge:urges:urged:urged:urging
allege:alleges:alleged:alleged:alleging
complain
concede:concedes:conceded:conceded:conceding
contend
counter
respond
reply:replies:replied:replied:replying
+ask
recall
estimate:estimates:estimated:estimated:estimating
indicate:indicates:indicated:indicated:indicating
maintain
mention
reveal
disclose:discloses:disclosed:disclosed:disclosing
testify:testifies:testified:testified:testifying
+inform
+assure:assures:assured:assured:assuring
caution
conclude:concludes:concluded:concluded:concluding
continue:continues:continued:continued:continuing
agree:agrees:agreed:agreed:agreeing
protest
charge:charges:charged:charged:charging
boast
joke:jokes:joked:joked:joking
quip:quips:quipped:quipped:quipping
shout
lament
+advise:advises:advised:advised:advising
propose:proposes:proposed:proposed:proposing
recommend
demand
+remind
+brief
blog:blogs:blogged:blogged:blogging
+message
+email
+text
answer
affirm
forecast:forecasts:forecast:forecast:forecasting
signal:signals:signaled:signaled:signaling
signal:signals:signalled:signalled:signalling
hint
retort
object
accuse
assess:assesses:assessed:assessed:assessing
specify:specifies:specified:specified:specifying
clarify:clarifies:clarified:clarified:clarifying
elaborate:elaborates:elaborated:elaborated:elaborating
=read:reads:read:read:reading
=call:calls:called:called:calling
=describe:describes:described:described:describing
`;

/**
 * Phrasal cues WordNet does not list as communication, in the rows' format with "/particle": "went on" reports in
 * narrative (`‘…,’ the Hatter went on.`) but means "continued" elsewhere, so only beside a quotation or colon.
 */
export const PHRASAL_REPORTING_VERBS = `
=go:goes:went:gone:going/on
=carry:carries:carried:carried:carrying/on
`;

/**
 * Words of a speaker's own stance that report a "that" clause only after "I" ("I believe that …", "I am sure that …"):
 * in a turn of a dialogue, the speaker's view stated as such. Verbs follow "I"; adjectives follow "I am" / "I'm".
 */
export const FIRST_PERSON_STANCE_VERBS = ['believe'];
export const FIRST_PERSON_STANCE_ADJECTIVES = ['sure', 'convinced'];

/**
 * Light verbs that report a "that" clause together with a noun of cognition, communication or feeling after them
 * ("expressed concern that", "made the case that", "took the view that"); the nouns come from WordNet
 * (cues.generated.json). Rows as in REPORTING_VERBS.
 */
export const LIGHT_VERBS = `
make:makes:made:made:making
take:takes:took:taken:taking
give:gives:gave:given:giving
express
voice
raise
share
offer
repeat
air
`;

/** Adjectives that report a "that" clause after a light verb ("made clear that", "made it plain that"). */
export const CLARITY_ADJECTIVES: readonly string[] = ['clear', 'plain', 'known'];

/**
 * WordNet verbs of communication that are no reporting cue in news text: their commonest senses are not speech
 * ("break", "file", "return"), they take an object rather than a statement ("reject", "support"), or they report
 * findings rather than speech ("find", "show"). Lemmas; phrasal verbs as "verb_particle".
 */
export const CUE_BLOCK_LIST = `
refuse project reach break order ordain predestine will designate make induce determine expect exact pretend blow question
vouch reject accept snub swallow mark disregard ignore certificate yield hold concord grant support deliberate
consider moot repay return rejoin sustain evidence negate learn teach apprise apprize feign sham affect dissemble mind
expose gag crow triumph hiss sign oppugn account contest repugn lodge file move volunteer commend remember swash gas
wish kick plain pipe inject thunder roar snap guess venture hazard suppose forebode anticipate bet wager guesstimate
find ascertain gauge translate check see suspect surmise point show record marvel calculate unwrap discover uncover
interpret deduce infer gather set count weigh lilt relate air bare bulletin qualify judge rule trump advertise
ballyhoo enter cable telegraph wire cipher cypher punctuate prove presume condition resolve arrange particularize
particularise specialize specialise extrapolate insert append supply block notice cut hypothecate provide demonstrate
ensure insure guarantee stipulate recognize recognise swan depose depone endorse indorse accent plead pray petition
debate contradict cry siss sizz sibilate heliograph gnarl croak grizzle yawp bark cackle beef crab squawk bellyache
kvetch quetch bitch post sound signal play call describe defend read cover carry pass put take turn go come get give
let keep stand send have do lead reflect cast shift whip throw strike seek receive offer hit invite name edit list
release deliver distribute miss revoke address talk require represent shoot face mean draw prompt smile mock mislead
press express refer challenge chant speak title term label style dub nickname word phrase type film photograph
videotape phone telephone dial page fax radio televise log flag cue wave nod motion gesture gesticulate greet hail
thank bless curse damn court direct command permit forbid prohibit sanction authorize okay nix approve oppose summon
subpoena sentence convict acquit pardon excuse forgive introduce nominate interview investigate research probe consult
contact network mediate negotiate deal issue leak circulate broadcast headline program schedule reschedule detail
document chronicle outline illustrate characterize portray amend revise rewrite transcribe retranslate spell misspell
initial autograph shake_hands sign_in sign_off point_jam spot_jam blanket_jam write_down write_in write_up write_out
set_down take_down get_down put_down put_in put_on put_out put_up go_ahead go_around go_back go_by go_for go_under
hold_on hold_firm make_up make_out make_fun come_in come_back come_out come_over come_down come_across get_out
get_across get_around get_away get_by get_into get_off get_through turn_over turn_down turn_to look_up look_into
call_up call_back call_in call_down call_attention bring_up bring_down bring_around bring_round bring_forward break_in
break_into break_up check_in check_out clock_in clock_off clock_on clock_out clock_up give_away give_in give_thanks
talk_about talk_down talk_into talk_of talk_over talk_shop talk_terms talk_turkey tell_off tell_on swear_in swear_off
cut_in cut_off let_off let_loose take_back take_in take_five take_ten throw_in throw_out pass_along pass_around
pass_off pass_on send_back send_for send_off
`;

/**
 * Cues whose content may be a noun phrase or an object and infinitive rather than a clause ("criticized the plan",
 * "called for an inquiry", "urged Congress to act", "citing safety concerns"). Lemmas; phrasal verbs as "verb_particle".
 * Not "warn" ("warned about X" names a topic) or "ask" ("asked for X" is a request).
 */
export const NOUN_PHRASE_CUES = `
call_for call_on call_out urge praise criticize criticise defend accuse blame reject dismiss question thank attack blast cite
slam echo dispute tout lament propose demand recommend announce promise pledge vow endorse condemn denounce applaud
welcome deny acknowledge confirm reveal disclose predict mock ridicule decry rebuke chide scold berate castigate hail laud
commend congratulate advise invite challenge
`;

/**
 * WordNet's verbs of evaluation (cues.generated.json: those under "criticize", "praise", "thank", "question", "reject"
 * and "defend") that judge no statement in news text even with an object and "as" or "for" after them: their
 * commonest sense is physical or commercial ("push", "plug", "whip"), or they do not tell what someone said ("ignored
 * the warnings for years", "supported Doe for president"). Lemmas.
 */
export const EVALUATION_BLOCK_LIST = `
abuse advertise answer apologize assault bill bombard cheer color correct curse deflate disbelieve discount disregard
distrust doubt excuse extenuate flame flout gloss ignore knock kowtow lecture minimize mistrust mitigate oppose pan pick
plead plug promote propagandize puff push rail rationalize recognize retract round scald slight stroke support suspect
swallow uphold whip withdraw
`;

/** Verbs of evaluation WordNet lacks in that sense ("slammed the plan as reckless"), in all five forms. */
export const EVALUATION_VERBS_ADDED: readonly string[] = ['slam:slams:slammed:slammed:slamming'];

/** Words that open the judgement after a verb of evaluation and its object ("blasted the plan as …", "thanked her for …"). */
export const JUDGEMENT_OPENERS: readonly string[] = ['as', 'for', 'over', 'against'];

/** Words that open a question a verb of evaluation reports ("questioned whether …"). */
export const QUESTION_COMPLEMENTS: readonly string[] = ['whether', 'if'];

/** Cues whose content may be an infinitive: a commitment or threat ("vowed to stay", "threatened to sue"). Lemmas. */
export const INFINITIVE_CUES: readonly string[] = ['promise', 'pledge', 'vow', 'threaten', 'swear'];

/**
 * Verbs before "to" after which a reporting verb still reports ("went on to say", "was quick to add", "had come to
 * acknowledge").
 */
export const GOING_ON_TO: readonly string[] = [
  'on', 'continued', 'continues', 'proceeded', 'proceeds', 'quick', 'hastened', 'rushed', 'come', 'came', 'comes',
];

/** Nouns that carry a statement: "in a statement", "in an interview with", "according to a report". */
export const STATEMENT_NOUNS = [
  'statement', 'interview', 'press conference', 'news conference', 'briefing', 'speech', 'address', 'letter', 'tweet', 'post',
  'message', 'email', 'report', 'communique', 'communiqué', 'declaration', 'testimony', 'op-ed', 'editorial', 'column', 'video',
  'broadcast', 'televised address', 'radio address', 'blog post', 'memo', 'filing', 'release', 'press release', 'note',
];

/** Adverbs that may stand between a speaker and its cue ("also said") or after the cue ("said later that"). */
export const CUE_ADVERBS: readonly string[] = [
  'also', 'later', 'again', 'previously', 'earlier', 'repeatedly', 'further', 'separately', 'publicly', 'privately', 'recently',
];

/** Other words that may stand between a speaker and its cue: adverbs, auxiliaries, reflexives ("has flatly denied"). */
export const WORDS_BEFORE_CUE: readonly string[] = [
  'then', 'reportedly', 'has', 'have', 'had', 'once', 'additionally', 'quickly', 'simply', 'just', 'cautiously', 'firmly', 'flatly',
  'strongly', 'angrily', 'openly', 'herself', 'himself', 'themselves', 'itself', 'already', 'subsequently', 'finally', 'initially',
  'originally', 'often', 'frequently', 'even', 'clearly', 'explicitly', 'bluntly', 'first', 'since', 'long', 'still', 'now',
  'always', 'however', 'therefore', 'too', 'meanwhile', 'instead', 'nonetheless', 'nevertheless', 'thus',
];

/** Other words of the adjuncts between a cue and its content ("said on Monday in a statement that", "said on Twitter:"). */
export const CUE_ADJUNCTS: readonly string[] = [
  'on', 'in', 'at', 'last', 'this', 'next', 'yesterday', 'today', 'tonight', 'week', 'month', 'year', 'morning', 'evening',
  'afternoon', 'night', 'statement', 'interview', 'conference', 'news', 'press', 'briefing', 'twitter', 'x', 'facebook', 'telegram',
  'television', 'speech', 'letter', 'post', 'with', 'during', 'after', 'before', 'late', 'early', 'tweet', 'video', 'message',
  'broadcast', 'address', 'radio', 'tv', 'written', 'joint', 'to', 'parliament',
];

/** Forms of "be" that make a verb group with a gerund or participle ("is saying", "was told"). */
export const BE_AUXILIARIES: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am'];

/** Modal and "do" auxiliaries after which a reporting verb stands in its base form ("would argue", "did say"). */
export const MODAL_AUXILIARIES: readonly string[] = [
  'will', 'would', 'could', 'can', 'should', 'shall', 'may', 'might', 'must', 'do', 'does', 'did', "'ll", "'d",
];

/** Prepositions besides the commonest that open an adjunct after a cue ("said during a visit to Kyiv that …"). */
export const CUE_ADJUNCT_PREPOSITIONS: readonly string[] = [
  'during', 'before', 'after', 'to', 'from', 'outside', 'inside', 'near', 'following', 'ahead', 'at', 'via', 'through', 'in',
];

/** Words of a short adjunct of time between a speaker and a cue ("on Tuesday", "earlier this week", "at the time"). */
export const TIME_ADJUNCT_WORDS: readonly string[] = [
  'on', 'last', 'this', 'earlier', 'later', 'week', 'month', 'year', 'morning', 'evening', 'afternoon', 'night', 'today',
  'yesterday', 'tonight', 'weekend', 'in', 'a', 'statement', 'recently', 'at', 'the', 'time',
];

/** Nouns of time after which "that" is a determiner ("said that night"). */
export const TIME_NOUNS: readonly string[] = [
  'night', 'day', 'week', 'month', 'year', 'morning', 'evening', 'afternoon', 'time', 'weekend',
];

/** Words that open such an adjunct. */
export const TIME_ADJUNCT_OPENERS: readonly string[] = [
  'on', 'last', 'this', 'earlier', 'later', 'in', 'yesterday', 'today', 'tonight', 'at',
];

/** Words just before a reporting verb that deny or defer the statement ("did not say", "refused to comment"). */
export const NEGATORS: readonly string[] = [
  'not', "n't", 'never', 'neither', 'nor', 'to', 'without', 'refused', 'declined', 'no', 'cannot',
];

/** Who a statement is told to, besides pronouns ("told reporters", "assured investors"). */
export const ADDRESSEE_NOUNS: readonly string[] = [
  'reporters', 'journalists', 'lawmakers', 'parliament', 'senators', 'legislators', 'supporters', 'students', 'delegates',
  'listeners', 'viewers', 'readers', 'members', 'staff', 'officials', 'colleagues', 'residents', 'investors', 'analysts',
  'everyone', 'anyone', 'congress',
];

/** Words opening a phrase that introduces a statement rather than being one ("In a statement, the company said …"). */
export const INTRODUCING_WORDS: readonly string[] = [
  'in', 'on', 'at', 'for', 'with', 'during', 'after', 'before', 'from', 'by', 'under', 'as', 'like', 'about', 'speaking', 'asked',
  'writing', 'according', 'regarding', 'concerning',
];

/** Gerunds that start a new statement after a reported clause (", and calling …", " and urging …"). */
export const CLAUSE_BOUNDARY_GERUNDS: readonly string[] = [
  'calling', 'saying', 'adding', 'telling', 'urging', 'noting', 'stressing', 'warning', 'arguing', 'insisting', 'accusing',
];

/** Prepositions before a participial cue that goes on with the clause's subject ("responded by saying …"). */
export const GERUND_PREPOSITIONS: readonly string[] = ['by', 'before', 'after', 'while', 'when'];

/** Words that may follow a trailing attribution as its own adjunct (", she said, citing …", ", he said when …"). */
export const ATTRIBUTION_TAIL_OPENERS: readonly string[] = [
  'who', 'citing', 'as', 'according', 'when', 'while', 'after', 'before', 'but', 'and', 'referring', 'where',
];

/** Conjunctions that open a clause of time or cause after a trailing attribution ("…,” Doe said shortly after she …"). */
export const TAIL_CONJUNCTIONS: readonly string[] = ['after', 'before', 'when', 'while', 'as', 'because', 'since', 'until', 'once'];

/** Words after ", Putin said," that go on with the attribution rather than with the reported sentence. */
export const ATTRIBUTION_CONTINUATIONS: readonly string[] = ['who', 'which', 'according', 'in', 'on', 'at', 'as', 'citing'];

/** Words right after "call" or "describe" that make it no verdict ("called for", "called him"). */
export const NOT_A_VERDICT_AFTER_CALL: readonly string[] = [
  'for', 'on', 'off', 'up', 'in', 'out', 'back', 'it', 'him', 'her', 'them', 'me', 'us',
];

/** Labels of an interviewer's turn in a transcript ("Q:", "Interviewer:"). */
export const QUESTION_LABELS: readonly string[] = ['q', 'question', 'interviewer', 'moderator', 'host'];

/** Labels of the interviewee's turn in a transcript ("A:"). */
export const ANSWER_LABELS: readonly string[] = ['a', 'answer'];

/** Words that open a paragraph pointing back at the one before ("That was the warning of …"). */
export const BACK_REFERENCES: readonly string[] = ['that', 'this', 'those', 'these', 'such'];

/** The verbs between such a back-reference and its speech noun ("That **was** the warning"). */
export const LEAD_COPULAS: readonly string[] = ['was', 'were', 'is', 'are', 'has', 'had', 'came', 'comes', 'remains', 'remained'];

/** Nouns for what someone said, after such a back-reference ("Those were his **words**"). */
export const SPEECH_NOUNS: readonly string[] = [
  'words', 'warning', 'message', 'view', 'verdict', 'assessment', 'reaction', 'comment', 'comments', 'remarks', 'conclusion',
  'argument', 'advice', 'prediction', 'promise', 'plea', 'appeal', 'answer', 'reply', 'response', 'claim', 'position', 'case',
];

/** Words in a paragraph's first sentence that credit the paragraph before with speech ("…, she told reporters"). */
export const SPEECH_WORDS: readonly string[] = [
  'words', 'remarks', 'comments', 'said', 'says', 'told', 'statement', 'speaking', 'spoke', 'wrote', 'added', 'message', 'according',
];
