// Evidence for organizations: words that head organization names and widely known organizations and outlets.

/** Words that make a capitalised name an organization ("Foreign Ministry", "Refugee Council", "Acme Corp"). */
export const ORG_HEADS = `
ministry ministries department office agency agencies administration authority authorities bureau commission committee council
board court tribunal parliament assembly congress senate cabinet government party front movement alliance coalition league union
federation association organization organisation institute institution foundation fund bank banks corporation corp company co
inc ltd llc plc group holdings airline airlines airways motors petroleum systems technologies technology industries enterprises
partners network news times post journal herald tribune gazette telegraph guardian observer chronicle press television tv
radio broadcasting broadcaster university college school academy hospital clinic church mosque army navy forces force guard
guards police militia brigade brigades battalion regiment corps command service services society club team center centre
museum library secretariat mission program programme initiative watch international trust exchange reserve taskforce cross
crescent nations community conference forum consortium cartel junta brotherhood jihad commissioner commissioners unit
directorate inspectorate ombudsman registry council's court's treasury chamber senate's fc cf united city athletic
rovers wanderers labs laboratories pharmaceuticals insurance capital securities media studios pictures records publishing
foods energy oil gas mining steel chemicals electric electronics telecom communications automotive railways rail
transit parliament's party's cooperative co-op syndicate guild order council-general caucus delegation
`;

/** Well-known organizations, outlets and institutions (acronyms and names), matched as whole names. */
export const KNOWN_ORGS = [
  'UN', 'U.N.', 'United Nations', 'NATO', 'EU', 'European Union', 'European Commission', 'European Parliament', 'WHO',
  'World Health Organization', 'IMF', 'International Monetary Fund', 'World Bank', 'WTO', 'World Trade Organization', 'OPEC',
  'ASEAN', 'African Union', 'Arab League', 'OSCE', 'UNESCO', 'UNICEF', 'UNHCR', 'IAEA', 'ICC', 'Interpol', 'Europol',
  'Red Cross', 'Red Crescent', 'Amnesty International', 'Human Rights Watch', 'Greenpeace', 'Reuters', 'AP', 'Associated Press',
  'AFP', 'Agence France-Presse', 'BBC', 'CNN', 'Fox News', 'Al Jazeera', 'Xinhua', 'Tass', 'RIA Novosti', 'Interfax',
  'Bloomberg', 'CBS', 'NBC', 'ABC', 'NPR', 'VOA', 'Voice of America', 'Kremlin', 'Pentagon', 'White House', 'Congress',
  'Senate', 'Parliament', 'Duma', 'State Duma', 'Knesset', 'Bundestag', 'Politburo', 'Taliban', 'Taleban', 'Hamas', 'Hezbollah',
  'Hizbollah', 'al-Qaida', 'al-Qaeda', 'Al Qaeda', 'al-Shabab', 'al-Shabaab', 'Boko Haram', 'ISIS', 'ISIL', 'Islamic State',
  'Fatah', 'Wagner', 'FBI', 'CIA', 'NSA', 'KGB', 'FSB', 'Mossad', 'MI5', 'MI6', 'Google', 'Apple', 'Microsoft', 'Facebook',
  'Meta', 'Twitter', 'Tesla', 'Toyota', 'Boeing', 'Airbus', 'Gazprom', 'Rosneft', 'ExxonMobil', 'Exxon', 'Chevron', 'Shell',
  'BP', 'Nasdaq', 'Federal Reserve', 'ECB', 'European Central Bank', 'Supreme Court', 'Home Office', 'Foreign Office',
  'Downing Street', 'Scotland Yard', 'Labour', 'Labor', 'Conservatives', 'Tories', 'Democrats', 'Republicans', 'GOP', 'ANC',
  'PLO', 'Sky News', 'CBC', 'New York Times', 'Washington Post', 'Wall Street Journal', 'Financial Times', 'The Economist',
  'Guardian', 'The Guardian', 'The Times', 'The Independent', 'The Telegraph', 'The Observer', 'The Atlantic', 'The New Yorker',
  'The Hindu', 'The Australian', 'Le Monde', 'Der Spiegel', 'Al Arabiya', 'Yonhap', 'Kyodo', 'NHK', 'ITV', 'RT', 'EPA', 'NASA',
  'SEC', 'FDA', 'CDC', 'WFP', 'FAO', 'UNDP', 'UNRWA', 'OECD', 'G7', 'G8', 'G20', 'BRICS', 'Security Council',
  'General Assembly', 'Human Rights Council', 'Khmer Rouge', 'Muslim Brotherhood', 'Hurriyat', 'Mujahideen', 'Shabab',
  'Tamil Tigers', 'LTTE', 'PKK', 'IRA', 'ETA', 'FARC', 'Maoists', 'Janjaweed', 'Houthi', 'Houthis', 'Viet Cong',
  'Nobel Committee', 'Vatican', 'Holy See', 'Sinn Fein', 'Likud', 'Kadima', 'Bharatiya Janata Party', 'BJP', 'Congress Party',
  'Volkswagen', 'Samsung', 'Sony', 'Huawei', 'Alibaba', 'Tencent', 'Baidu', 'Amazon.com', 'eBay', 'Yahoo', 'IBM', 'Intel',
  'Nokia', 'Ericsson', 'Nikkei', 'Hang Seng', 'Dow Jones', 'FTSE', 'DAX', 'CAC', 'Sensex', 'Kospi', 'Siemens', 'Nestle',
  'Unilever', 'Pfizer', 'Moderna', 'AstraZeneca', 'Novartis', 'Bayer', 'BASF',
];

/** Common nouns that describe an organization before or beside its name ("oil company Yukos", "Acme, a Dutch company,"). */
export const ORG_DESCRIPTORS: readonly string[] = [
  'company', 'firm', 'maker', 'manufacturer', 'producer', 'operator', 'group', 'carrier', 'airline', 'retailer', 'bank', 'lender',
  'insurer', 'conglomerate', 'giant', 'startup', 'start-up', 'developer', 'supplier', 'utility', 'agency', 'organization',
  'organisation', 'charity', 'association', 'union', 'party', 'club', 'team', 'newspaper', 'broadcaster', 'network', 'outlet',
  'publisher', 'website', 'platform', 'institute', 'university', 'school', 'hospital', 'ministry', 'department', 'regulator',
  'watchdog', 'authority', 'body', 'consortium', 'subsidiary', 'automaker', 'carmaker', 'chipmaker', 'miner', 'exporter', 'importer',
  'distributor', 'provider', 'brand', 'chain', 'label', 'studio', 'nonprofit', 'non-profit', 'ngo', 'movement', 'coalition', 'alliance',
  'daily', 'weekly', 'magazine', 'tabloid', 'channel', 'television', 'radio', 'band', 'contractor', 'shipper',
];

/** Company forms that may be left out when a name is repeated ("Nordvik Vind ASA" → "Nordvik Vind"). */
export const COMPANY_SUFFIXES: readonly string[] = [
  'asa', 'as', 'ag', 'sa', 'ltd', 'inc', 'plc', 'gmbh', 'nv', 'bv', 'ab', 'oyj', 'spa', 'llc', 'corp', 'co', 'pty', 'srl', 'sas', 'kk',
  'bhd', 'tbk', 'pt',
];

/** Besides organization and place heads, words that head a name continued by "of" ("Republic of Korea", "House of Lords"). */
export const NAME_HEADS_BEFORE_OF: readonly string[] = ['republic', 'kingdom', 'states', 'house', 'people', 'welfare'];

/** Words an organization's initials skip ("Bank of England" → "BE", "Médecins de la Santé" → "MS"). */
export const WORDS_INITIALS_SKIP: readonly string[] = ['of', 'the', 'and', 'for', 'on', 'de', 'la', '&'];
