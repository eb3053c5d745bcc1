// Evidence for people: titles and roles written before names, honorifics, common given names and East Asian surnames.

/** Title words that end a title phrase: a name may follow them directly ("Minister Qin", "spokesman Peskov"). */
export const TITLE_HEADS = `
president minister premier chancellor secretary secretary-general undersecretary under-secretary ambassador envoy king queen
prince princess emperor empress sultan emir sheikh shaikh pope cardinal archbishop bishop reverend rev father imam ayatollah
rabbi patriarch lama mufti mullah maulana senator sen representative rep congressman congresswoman assemblyman assemblywoman councillor
councilor councilman councilwoman governor gov governor-general mayor lieutenant lt general gen colonel col major maj captain
capt commander cmdr admiral adm sergeant sgt corporal cpl private marshal brigadier chief director director-general chairman
chairwoman chairperson chair president-elect vice-president spokesman spokeswoman spokesperson judge justice magistrate
attorney attorney-general prosecutor inspector superintendent detective officer constable mr mrs ms miss mx dr prof professor
sir dame lord lady baron baroness count countess duke duchess leader speaker commissioner ceo cfo coo treasurer ombudsman
coach manager taoiseach minister-president general-secretary administrator
`;

/**
 * Capitalised words that, before a title head, belong to the title ("Foreign Minister", "Vice Admiral"). With the
 * heads they are the title words: a run of them in front of a name is a title, not part of the name.
 */
export const TITLE_MODIFIERS = `
vice prime crown cleric field deputy acting former interim foreign defense defence interior finance home shadow health trade
economy economic energy education labor labour agriculture environment transport culture information security intelligence
opposition executive chief-executive grand supreme first second state military national regional provincial federal party junior
senior assistant associate principal
`;

/** Lower-case role nouns that, written just before or in apposition to a name, mark a person. */
export const ROLE_NOUNS = `
president minister premier chancellor secretary ambassador envoy king queen prince princess emperor sultan emir sheikh pope
cardinal archbishop bishop imam ayatollah rabbi senator congressman congresswoman governor mayor general colonel commander
admiral chief director chairman chairwoman chairperson chair spokesman spokeswoman spokesperson judge justice prosecutor
inspector detective officer leader speaker commissioner adviser advisor aide analyst lawyer attorney barrister solicitor
campaigner activist economist expert researcher scientist professor author writer novelist poet journalist reporter
correspondent editor columnist commentator blogger photographer official diplomat negotiator lawmaker legislator politician
candidate nominee counterpart founder co-founder owner head boss manager coach player striker captain singer musician rapper
actor actress filmmaker producer artist doctor physician surgeon nurse teacher student pupil resident farmer worker soldier
militant rebel cleric priest pastor monk nun executive ceo chief-executive president-elect vice-president treasurer
secretary-general deputy mp mep representative delegate organizer organiser volunteer witness survivor victim suspect
defendant plaintiff driver pilot engineer architect designer consultant strategist pollster historian philosopher
psychologist entrepreneur businessman businesswoman banker investor trader broker developer programmer inventor explorer
astronaut athlete champion goalkeeper midfielder defender forward batsman bowler cyclist runner swimmer skier boxer wrestler
chef host presenter anchor broadcaster pundit critic playwright composer conductor dancer comedian model
veteran ranger mediator rapporteur observer monitor investigator auditor regulator governor-general
prime-minister mother father son daughter wife husband brother sister uncle aunt cousin grandmother grandfather widow
widower girlfriend boyfriend fiancee fiance partner colleague friend neighbour neighbor archaeologist archeologist
astronomer biologist chemist physicist geologist epidemiologist virologist anthropologist sociologist linguist mathematician
sprinter tennis footballer cricketer golfer jockey marathoner lyricist guitarist drummer pianist violinist
sculptor painter cartoonist satirist screenwriter photojournalist vlogger podcaster influencer tycoon
billionaire millionaire magnate mogul hostage detainee prisoner inmate defector dissident exile refugee migrant pilgrim
mullah maulana warlord chieftain
`;

/** Honorifics and military/clerical abbreviations that always precede a person's name. */
export const HONORIFICS = `
mr mrs ms miss mx dr prof sir dame lord lady sen rep gov gen col lt sgt capt maj adm cmdr cpl rev fr msgr sheikh ayatollah
`;

/** Common given names across many languages: evidence that a capitalised word starts a person's name. */
export const GIVEN_NAMES = `
aaron abby abdul abdullah abdullahi abdulaziz abel abigail abraham abu ada adam adama adel adeline adil aditya adnan adolfo
adrian adriana agnes ahmad ahmed ahmet aida aidan aiko ailsa aisha akbar akhtar akira akiko aksel alan alastair albert alberto
aldo alejandra alejandro aleksandr aleksander aleksandra aleksei alessandra alessandro alex alexander alexandra alexandre alexei
alexey alexis alfonso alfred alfredo ali alice alicia alina alison alistair allan allison alma alok alvaro amal amanda amar
amara amber ambrose amelia amina amir amit amy ana anand anastasia anatoly anders andre andrea andreas andrei andres andrew
andrey andriy andrzej andy angela angelica angelina angelo angus anika anil anita ann anna anne annette annie ansel anthony
antoine anton antonia antonio antony anwar anya aoife april arash archie ariana ariel arjun arkady armando arnold arshad
arthur arturo arvind asad asghar ashley ashok ashraf asif aslan astrid atul audrey august augusto aung aurelio austin ava
avi avraham axel ayesha ayman aziz azam babak bakhyt balaji barack barbara barry bart bashar basil beatrice beatriz becky ben
benedict benito benjamin benny bernadette bernard bernardo bernie bert beth betty bianca bilal bill billy binyamin bjorn blair
bob bobby bogdan boris brad bradley brandon brenda brendan brian bridget brigitte britney bruce bruno bryan burak byung
caitlin callum calvin camila camilla candice carl carla carlos carmen carol carole caroline carolyn carrie casey caterina
catherine cathy cecilia cedric celine cesar chad chaim chandra chang charles charlie charlotte chelsea cheng cheryl chester
chiara chinedu chloe chris christian christina christine christoph christophe christopher chuck chukwuma ciaran cindy claire
clara clarence claude claudia claudio clement cliff clifford clint clive colin connor conrad constance constantin cora
cornelius craig cristina cristiano cynthia cyril cyrus dag dai daisy dale dalia damian damien dan dana daniel daniela
danielle danny dante daria dario darius darren dave david dawit dawn dean debbie deborah declan deepak delia demetrius denis
denise dennis derek desmond devi diana diane diego dieter dilma dimitri dimitris dina dinesh dirk dmitri dmitriy dmitry
dmytro dolores dominic dominik dominique don donald donna doris dorothy doug douglas duncan dustin dwight dylan earl ed eddie
edgar edith edmund edna eduardo edward edwin efrain ehud eileen elaine eleanor elena eli elias elif elijah elisa elisabeth
eliza elizabeth ella ellen elliot ellie elmar eloise elsa elvira emad emanuel emeka emil emilia emilio emily emma emmanuel
emmanuelle enrico enrique enver eric erica erik erika ernest ernesto ernst erwin esther ethan eugene eva evan evelyn evgeny
ewa ezra fabian fabio fahad faisal farah farhad farid farida faris farouk fatima fatma federico felipe felix fernanda
fernando fidel filip fiona florence florian frances francesca francesco francis francisco franco frank frankie franz fred
freddie frederick frederik friedrich gabriel gabriela gabriele gabrielle gail gareth garry gary gavin gemma gene geoff
geoffrey george georgina gerald gerard gerhard gert ghassan gideon gilbert gina giorgio giovanni gisela giulia giuseppe
gladys glen glenn gloria gordon grace graham grant greg gregor gregory greta guido guillaume gunnar gustav gustavo guy gwen
habib hadi hafez haider hakan halima hamid hamza hana hannah hans harald hari harold harriet harry hasan hassan hayley hazel
heather hector heidi heinz helen helena helga helmut henri henrietta henrik henry herbert herman hernan hideki hilary hilda
hillary hiroshi hong horst hossein howard hu hugh hugo hussein ian ibrahim ida idris igor ikechukwu ilham ilya imran indira
ines inga ingrid irene irina iris irving isaac isabel isabella isabelle ismail israel ivan ivana ivanka ivo jack jackie
jackson jacob jacqueline jacques jagdish jaime jake james jamie jan jane janet janice janos jared jasmine jason javier javad
jawad jay jean jeanne jeff jeffrey jelena jennifer jenny jens jeremy jerome jerry jesper jess jesse jessica jesus jia jill
jim jimmy jin jo joachim joan joanna joanne joao joaquin jocelyn jodie joe joel joerg johan johann johanna john johnny jon
jonas jonathan jordi jorge jose josef joseph josephine josh joshua josie juan juanita judith judy julia julian juliana julie
julien juliet julio julius jun jung junichiro justin justine kai kamal kamala karen karim karin karl karla kasper kate
katharina katherine kathleen kathryn kathy katie katrin katrina kay keiko keith kelly ken kenji kenneth kenny kerry kevin
khalid khaled khalil kim kimberly kirsten klaus kofi konrad konstantin kostas krishna kristen kristin kristina kumar kurt
kwame kyle lakshmi lamar lance lara larry lars laszlo laura lauren laurence laurent lawrence leah lee leila lena leo leon
leonard leonardo leonid leopold leroy leslie levi lewis liam lidia lila lily lina linda lindsay lindsey lionel lisa liu
liz liza lloyd lois lorenzo loretta lori lorraine louis louise lourdes luc luca lucas lucia luciano lucy ludwig luigi luis
luisa luiz lukas luke lydia lynn madeleine madison magda magdalena maggie mahmoud mahmud maja makoto malcolm malik mandy
manfred manuel manuela marc marcel marcela marcello marco marcos marcus margaret margarita margot maria mariam marian
mariana marianne marie marina mario marion marisol marius mark marko marlene marta martha martin martina marty marvin mary
masato masood masoud mateo mathias matilda matt matteo matthew matthias maura maureen maurice mauricio max maxim maxime
maximilian maya megan mehdi mehmet mei melanie melinda melissa menachem mercedes meredith mervyn mia michael michaela michal
micheal michel michele michelle miguel mikael mikhail miklos milan miles milos mina mirela miriam misha mitch mitchell
mohamed mohammad mohammed mohammad-reza moira molly mona monica monika morgan moses muhammad muhammadu mustafa nabil nadia
nadine nancy naoki naomi narendra nasser natalia natalie natasha nathan nathaniel nawaz neil nelson nestor niamh nicholas
nick nicola nicolas nicole niels nigel nikita nikki niklas nikolai nikolaos nikolay nina noah noel nora norbert norma
norman nuno nurul oleg olena oleksandr oleksiy olga oliver olivia omar orlando oscar osman otto owen pablo paddy paloma
pamela paola paolo parvez pascal pat patricia patrick patrik paul paula paulina paulo pavel pedro peggy penelope penny
percy pere peter petr petra petro phil philip philippe phillip phoebe pierre piers pietro piotr polly priscilla priya
qasim rachel radek rafael rafaela rahul raj rajesh rajiv ralph ramesh ramon ramzan randy raphael raquel rashid raul
ravi ray raymond rebecca reggie reinhard rena renata rene reza rhys ricardo riccardo richard rick ricky rita rob robert
roberta roberto robin rocco rodney rodrigo roger roland rolf roman romeo ron ronald ronan ronnie rosa rosalind rose
rosemary ross roy ruben rudolf rudy rupert russell ruth ryan sabine sabrina sadiq saeed sahil said salah saleh salim sally
salman salvador salvatore sam samantha sameer samir sami samira samuel sandeep sandra sandro sanjay sara sarah sasha satoshi
saul scott sean sebastian selim serena serge sergei sergey sergio seth shahid shane shannon sharon shaun shauna sheila
shelley sherry shigeru shimon shinzo shirley shlomo siddharth sigrid silvia silvio simon simone sinead siobhan sofia sonia
sophia sophie stacy stan stanislav stanley stefan stefano steffen stella stephan stephanie stephen steve steven stewart
stuart subhash sujata sunil susan susanne suzanne sven svetlana sylvia tamara tanya tara tariq tatiana taylor ted teresa
terrence terry tessa thabo thaksin thea theo theodore theresa thierry thomas thorsten tiago tim timothy tina toby todd tom
tomas tommy toni tony tore tracy trevor tristan troy tsai tyler ulrich uma umar uri ursula uwe valentin valentina valeria
valerie valery vanessa vasily vasyl vera veronica veronika vicente victor victoria vijay vikram viktor viktoria vincent
vincenzo violet virginia vitaly vivian vladimir vladislav volker volodymyr walid walter wanda warren wayne wendy werner
wilfred wilhelm will william willie willy wilson winston wojciech wolfgang xavier yan yasmin yasser yelena yevgeny yitzhak
yoav yoko yolanda yosef youssef yousef yuki yukio yulia yuri yury yusuf yves yvette yvonne zach zachary zahra zainab zaid
zbigniew zelda zeynep zoe zoran zsolt zygmunt
`;

/** Surnames written first in Chinese, Korean and Vietnamese names ("Xi Jinping", "Kim Jong Un"). */
export const EAST_ASIAN_SURNAMES = `
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng liang xie song tang han feng deng cao
peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin xi qin wen mao bo jia kong hua xue
lei fan fu cui tan shi lai gu hou meng long wan duan qian yin bai yan qiu ge zou xiong kang hao shao mo liao zhong tao
kim lee park choi jung cho yoon jang lim moon shin kwon hwang ahn yoo ko nguyen tran le pham phan vo dang bui ngo
`;

/** Religious, ethnic and regional group words: capitalised adjectives and nouns that are not names. */
export const GROUP_WORDS = `
muslim muslims christian christians jew jews jewish hindu hindus buddhist buddhists sikh sikhs catholic catholics protestant
protestants orthodox evangelical evangelicals sunni sunnis shiite shiites shi'ite shi'ites shia shias islamic islamist islamists
arab arabs kurd kurds kurdish pashtun pashtuns tamil tamils uighur uighurs uyghur uyghurs tibetan tibetans baloch hazara hazaras
berber berbers roma maori aboriginal latino latinos latina hispanic hispanics african africans asian asians european europeans
western westerners eastern northern southern arabic persian hebrew slavic anglo scandinavian balkan caribbean mediterranean
communist communists socialist socialists marxist maoist maoists democrat democrats republican republicans conservative
conservatives liberal liberals nationalist nationalists zionist jihadist jihadists salafist salafists alawite alawites druze
copt copts coptic yazidi yazidis rohingya bedouin bedouins creole cossack cossacks islam judaism christianity hinduism buddhism
sikhism sufi sufis sufism
`;

/** Nouns that describe a person by someone else (", the father of a soldier,"): a relation, not a role held. */
export const RELATION_NOUNS: readonly string[] = [
  'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'uncle', 'aunt', 'cousin', 'grandmother',
  'grandfather', 'widow', 'widower', 'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'partner', 'colleague', 'friend', 'neighbour',
  'neighbor',
];

/** Lower-case particles inside personal names ("Ursula von der Leyen", "Osama bin Laden", "Pedro de la Cruz"). */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'al', 'el', 'bin', 'ibn',
  'bint', 'ben', 'abu', 'y', 'zu',
];

/** Letters written after a person's name: honours, degrees, generations ("KC", "Jr", "PhD"). */
export const POSTNOMINALS: readonly string[] = [
  'kc', 'qc', 'mp', 'mep', 'jr', 'sr', 'phd', 'md', 'obe', 'mbe', 'cbe', 'ii', 'iii', 'iv', 'esq', 'msp', 'mla',
];

/** Role nouns that, after "the", can stand for one named person ("the minister", "the Russian leader"). */
export const DESCRIPTION_HEADS: readonly string[] = [
  'leader', 'president', 'minister', 'premier', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'ambassador',
  'envoy', 'king', 'queen', 'prince', 'pope', 'governor', 'mayor', 'senator', 'general', 'commander', 'chief', 'chairman',
  'chairwoman', 'official', 'diplomat', 'adviser', 'advisor', 'monarch', 'head', 'prime minister', 'foreign minister',
  'chief executive', 'ceo',
];

/** Words between "the" and a role noun that keep it a description ("the former prime minister", "the country's top diplomat"). */
export const DESCRIPTION_MODIFIERS: readonly string[] = [
  'foreign', 'prime', 'former', 'new', 'top', 'senior', 'chief', 'defence', 'defense', 'interior', 'finance', 'country', 'veteran',
  'two', 'deputy', 'vice',
];

/** Words that end a lower-case role phrase read backwards from a name ("the water resources minister, …"). */
export const ROLE_PHRASE_BOUNDARIES: readonly string[] = ['this', 'that', 'said', 'and', 'or', 'by', 'with', 'as'];

/** Nouns right after a name that speak for an organization or a state ("Kremlin spokesman", "Pentagon officials"). */
export const SPOKESPERSON_NOUNS: readonly string[] = ['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials'];

/** Nouns right after a name that make it a state or a body ("Afghan government", "Kurdish forces"). */
export const STATE_BODY_NOUNS: readonly string[] = ['government', 'forces', 'authorities', 'troops', 'police'];

/** Words in a title or role that state its holder is a man ("Mr", "King", "spokesman"). */
export const MASCULINE_WORDS: readonly string[] = [
  'mr', 'mr.', 'sir', 'king', 'prince', 'father', 'lord', 'duke', 'baron', 'count', 'emperor', 'sultan', 'sheikh', 'spokesman',
  'chairman', 'congressman', 'councilman', 'assemblyman', 'businessman', 'actor', 'husband', 'son', 'brother', 'widower',
  'grandfather', 'uncle', 'monk', 'pope', 'cardinal', 'bishop', 'archbishop', 'imam', 'ayatollah', 'rabbi',
];

/** Words in a title or role that state its holder is a woman ("Ms", "Queen", "spokeswoman"). */
export const FEMININE_WORDS: readonly string[] = [
  'ms', 'ms.', 'mrs', 'mrs.', 'miss', 'dame', 'lady', 'queen', 'princess', 'duchess', 'baroness', 'countess', 'empress', 'spokeswoman',
  'chairwoman', 'congresswoman', 'councilwoman', 'assemblywoman', 'businesswoman', 'actress', 'wife', 'daughter', 'sister', 'widow',
  'grandmother', 'aunt', 'mother', 'nun',
];

/** Initials of the parties in a US legislator's tag ("R-Pa.", "D-R.I.", "I-Vt."), lower-case. */
export const PARTY_INITIALS: readonly string[] = ['d', 'r', 'i'];
