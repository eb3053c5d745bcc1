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
explain
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

/** Generic speakers written as common nouns ("officials said", "the ministry said"). */
export const GENERIC_SPEAKERS = [
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'ministry', 'government', 'statement', 'report',
  'police', 'authorities', 'analysts', 'experts', 'critics', 'residents', 'witnesses', 'sources', 'diplomats', 'observers',
  'company', 'agency', 'department', 'military', 'army', 'president', 'leader', 'prime minister', 'embassy', 'court', 'judge',
  'prosecutors', 'prosecutor', 'lawyers', 'lawyer', 'doctors', 'scientists', 'researchers', 'organizers', 'organisers',
  'activists', 'campaigners', 'letter', 'document', 'survey', 'study', 'group', 'council', 'committee', 'office', 'board',
  'union', 'party', 'campaign', 'opposition', 'rebels', 'militants', 'protesters', 'demonstrators', 'investigators', 'aide',
  'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'source', 'official', 'chief', 'director', 'mayor', 'governor',
  'ambassador', 'envoy', 'secretary', 'chairman', 'chairwoman', 'spokespeople', 'regulator', 'regulators', 'firm', 'bank',
  'website', 'newspaper', 'broadcaster', 'channel', 'agency', 'administration', 'palace', 'association', 'federation',
  'league', 'club', 'team', 'side', 'institute', 'foundation', 'society', 'commission', 'journal', 'editors', 'editor',
  'operator', 'organizers', 'dealer', 'collector', 'owner', 'lawmaker', 'lawmakers', 'researcher', 'economist',
  'analyst', 'coach', 'manager', 'captain', 'player', 'witness', 'victim', 'resident', 'mother', 'father', 'ministry',
  'regime', 'junta', 'cabinet', 'parliament', 'tribunal', 'prosecution', 'defence', 'defense', 'airline', 'carrier',
];
