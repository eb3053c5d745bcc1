// Reporting cues: the verbs and phrases that attribute a statement to a speaker, kept as data rather than code.
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
=defend:defends:defended:defended:defending
`;

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
  'originally', 'often', 'frequently', 'even', 'clearly', 'explicitly', 'bluntly',
];

/** Other words of the adjuncts between a cue and its content ("said on Monday in a statement that", "said on Twitter:"). */
export const CUE_ADJUNCTS: readonly string[] = [
  'on', 'in', 'at', 'last', 'this', 'next', 'yesterday', 'today', 'tonight', 'week', 'month', 'year', 'morning', 'evening',
  'afternoon', 'night', 'statement', 'interview', 'conference', 'news', 'press', 'briefing', 'twitter', 'x', 'facebook', 'telegram',
  'television', 'speech', 'letter', 'post', 'with', 'during', 'after', 'before', 'late', 'early', 'tweet', 'video', 'message',
  'broadcast', 'address', 'radio', 'tv', 'written', 'joint', 'to', 'parliament',
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
  'writing', 'according',
];

/** Gerunds that start a new statement after a reported clause (", and calling …", " and urging …"). */
export const CLAUSE_BOUNDARY_GERUNDS: readonly string[] = [
  'calling', 'saying', 'adding', 'telling', 'urging', 'noting', 'stressing', 'warning', 'arguing', 'insisting', 'accusing',
];

/** Words that may follow a trailing attribution as its own adjunct (", she said, citing …", ", he said when …"). */
export const ATTRIBUTION_TAIL_OPENERS: readonly string[] = [
  'who', 'citing', 'as', 'according', 'when', 'while', 'after', 'before', 'but', 'and', 'referring', 'where',
];

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
