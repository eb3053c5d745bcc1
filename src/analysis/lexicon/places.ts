// World gazetteer: countries with their demonyms, capitals and short names; regions, states and major cities.
// Format of COUNTRIES rows: "Country|demonym,demonym|Capital|alias,alias" (empty fields allowed).

export const COUNTRIES = `
Afghanistan|Afghan,Afghans|Kabul|
Albania|Albanian,Albanians|Tirana|
Algeria|Algerian,Algerians|Algiers|
Andorra|Andorran|Andorra la Vella|
Angola|Angolan,Angolans|Luanda|
Antigua and Barbuda|Antiguan|St. John's|
Argentina|Argentine,Argentinian,Argentines,Argentinians|Buenos Aires|
Armenia|Armenian,Armenians|Yerevan|
Australia|Australian,Australians|Canberra|
Austria|Austrian,Austrians|Vienna|
Azerbaijan|Azerbaijani,Azerbaijanis,Azeri,Azeris|Baku|
Bahamas|Bahamian,Bahamians|Nassau|the Bahamas
Bahrain|Bahraini,Bahrainis|Manama|
Bangladesh|Bangladeshi,Bangladeshis|Dhaka|
Barbados|Barbadian,Barbadians|Bridgetown|
Belarus|Belarusian,Belarusians,Belarussian|Minsk|
Belgium|Belgian,Belgians|Brussels|
Belize|Belizean|Belmopan|
Benin|Beninese|Porto-Novo|
Bhutan|Bhutanese|Thimphu|
Bolivia|Bolivian,Bolivians|La Paz|
Bosnia and Herzegovina|Bosnian,Bosnians|Sarajevo|Bosnia
Botswana|Botswanan|Gaborone|
Brazil|Brazilian,Brazilians|Brasilia|
Brunei|Bruneian|Bandar Seri Begawan|
Bulgaria|Bulgarian,Bulgarians|Sofia|
Burkina Faso|Burkinabe|Ouagadougou|
Burundi|Burundian,Burundians|Gitega|
Cambodia|Cambodian,Cambodians|Phnom Penh|
Cameroon|Cameroonian,Cameroonians|Yaounde|
Canada|Canadian,Canadians|Ottawa|
Cape Verde|Cape Verdean|Praia|
Central African Republic|Central African|Bangui|CAR
Chad|Chadian,Chadians|N'Djamena|
Chile|Chilean,Chileans|Santiago|
China|Chinese|Beijing|People's Republic of China,PRC,Mainland China
Colombia|Colombian,Colombians|Bogota|
Comoros|Comorian|Moroni|
Congo|Congolese|Brazzaville|Republic of Congo,Republic of the Congo
Democratic Republic of Congo|Congolese|Kinshasa|DRC,Democratic Republic of the Congo,DR Congo
Costa Rica|Costa Rican,Costa Ricans|San Jose|
Croatia|Croatian,Croatians,Croat,Croats|Zagreb|
Cuba|Cuban,Cubans|Havana|
Cyprus|Cypriot,Cypriots|Nicosia|
Czech Republic|Czech,Czechs|Prague|Czechia
Denmark|Danish,Dane,Danes|Copenhagen|
Djibouti|Djiboutian|Djibouti|
Dominican Republic|Dominican,Dominicans|Santo Domingo|
Ecuador|Ecuadorian,Ecuadorean,Ecuadorians|Quito|
Egypt|Egyptian,Egyptians|Cairo|
El Salvador|Salvadoran,Salvadorans|San Salvador|
Equatorial Guinea|Equatoguinean|Malabo|
Eritrea|Eritrean,Eritreans|Asmara|
Estonia|Estonian,Estonians|Tallinn|
Eswatini|Swazi|Mbabane|Swaziland
Ethiopia|Ethiopian,Ethiopians|Addis Ababa|
Fiji|Fijian,Fijians|Suva|
Finland|Finnish,Finn,Finns|Helsinki|
France|French,Frenchman,Frenchmen|Paris|
Gabon|Gabonese|Libreville|
Gambia|Gambian,Gambians|Banjul|the Gambia
Georgia|Georgian,Georgians|Tbilisi|
Germany|German,Germans|Berlin|
Ghana|Ghanaian,Ghanaians|Accra|
Greece|Greek,Greeks|Athens|
Guatemala|Guatemalan,Guatemalans|Guatemala City|
Guinea|Guinean,Guineans|Conakry|
Guinea-Bissau|Bissau-Guinean|Bissau|
Guyana|Guyanese|Georgetown|
Haiti|Haitian,Haitians|Port-au-Prince|
Honduras|Honduran,Hondurans|Tegucigalpa|
Hungary|Hungarian,Hungarians|Budapest|
Iceland|Icelandic,Icelander,Icelanders|Reykjavik|
India|Indian,Indians|New Delhi|
Indonesia|Indonesian,Indonesians|Jakarta|
Iran|Iranian,Iranians|Tehran|Islamic Republic
Iraq|Iraqi,Iraqis|Baghdad|
Ireland|Irish|Dublin|Republic of Ireland
Israel|Israeli,Israelis|Jerusalem|
Italy|Italian,Italians|Rome|
Ivory Coast|Ivorian,Ivorians|Yamoussoukro|Cote d'Ivoire,Côte d'Ivoire
Jamaica|Jamaican,Jamaicans|Kingston|
Japan|Japanese|Tokyo|
Jordan|Jordanian,Jordanians|Amman|
Kazakhstan|Kazakh,Kazakhs,Kazakhstani|Astana|
Kenya|Kenyan,Kenyans|Nairobi|
Kiribati||Tarawa|
Kosovo|Kosovar,Kosovars,Kosovan|Pristina|
Kuwait|Kuwaiti,Kuwaitis|Kuwait City|
Kyrgyzstan|Kyrgyz|Bishkek|
Laos|Lao,Laotian,Laotians|Vientiane|
Latvia|Latvian,Latvians|Riga|
Lebanon|Lebanese|Beirut|
Lesotho|Basotho|Maseru|
Liberia|Liberian,Liberians|Monrovia|
Libya|Libyan,Libyans|Tripoli|
Liechtenstein||Vaduz|
Lithuania|Lithuanian,Lithuanians|Vilnius|
Luxembourg|Luxembourgish,Luxembourger|Luxembourg|
Madagascar|Malagasy|Antananarivo|
Malawi|Malawian,Malawians|Lilongwe|
Malaysia|Malaysian,Malaysians|Kuala Lumpur|
Maldives|Maldivian,Maldivians|Male|the Maldives
Mali|Malian,Malians|Bamako|
Malta|Maltese|Valletta|
Mauritania|Mauritanian,Mauritanians|Nouakchott|
Mauritius|Mauritian,Mauritians|Port Louis|
Marshall Islands|Marshallese|Majuro|
Micronesia|Micronesian|Palikir|
Nauru|Nauruan|Yaren|
Samoa|Samoan,Samoans|Apia|
Solomon Islands|Solomon Islander|Honiara|
Tuvalu|Tuvaluan|Funafuti|
Timor-Leste|Timorese|Dili|East Timor
San Marino|Sammarinese|San Marino|
Saint Lucia|Saint Lucian|Castries|St. Lucia
Grenada|Grenadian|St. George's|
Dominica|Dominican|Roseau|
Saint Kitts and Nevis|Kittitian|Basseterre|
Saint Vincent and the Grenadines|Vincentian|Kingstown|
Sao Tome and Principe|Santomean|Sao Tome|
Somaliland|Somalilander|Hargeisa|
Mexico|Mexican,Mexicans|Mexico City|
Moldova|Moldovan,Moldovans|Chisinau|
Monaco|Monegasque|Monaco|
Mongolia|Mongolian,Mongolians|Ulaanbaatar|
Montenegro|Montenegrin,Montenegrins|Podgorica|
Morocco|Moroccan,Moroccans|Rabat|
Mozambique|Mozambican,Mozambicans|Maputo|
Myanmar|Burmese|Naypyidaw|Burma
Namibia|Namibian,Namibians|Windhoek|
Nepal|Nepalese,Nepali|Kathmandu|
Netherlands|Dutch,Dutchman|Amsterdam|the Netherlands,Holland
New Zealand|New Zealander,New Zealanders|Wellington|
Nicaragua|Nicaraguan,Nicaraguans|Managua|
Niger|Nigerien,Nigeriens|Niamey|
Nigeria|Nigerian,Nigerians|Abuja|
North Korea|North Korean,North Koreans|Pyongyang|DPRK
North Macedonia|Macedonian,Macedonians|Skopje|Macedonia
Norway|Norwegian,Norwegians|Oslo|
Oman|Omani,Omanis|Muscat|
Pakistan|Pakistani,Pakistanis|Islamabad|
Palau|Palauan,Palauans|Ngerulmud|
Palestine|Palestinian,Palestinians|Ramallah|Palestinian Territories
Panama|Panamanian,Panamanians|Panama City|
Papua New Guinea|Papua New Guinean|Port Moresby|
Paraguay|Paraguayan,Paraguayans|Asuncion|
Peru|Peruvian,Peruvians|Lima|
Philippines|Filipino,Filipinos,Philippine|Manila|the Philippines
Poland|Polish,Pole,Poles|Warsaw|
Portugal|Portuguese|Lisbon|
Qatar|Qatari,Qataris|Doha|
Romania|Romanian,Romanians|Bucharest|
Russia|Russian,Russians|Moscow|Russian Federation
Rwanda|Rwandan,Rwandans|Kigali|
Saudi Arabia|Saudi,Saudis,Saudi Arabian|Riyadh|
Senegal|Senegalese|Dakar|
Serbia|Serbian,Serbians,Serb,Serbs|Belgrade|
Seychelles|Seychellois|Victoria|
Sierra Leone|Sierra Leonean|Freetown|
Singapore|Singaporean,Singaporeans|Singapore|
Slovakia|Slovak,Slovaks,Slovakian|Bratislava|
Slovenia|Slovenian,Slovenians,Slovene|Ljubljana|
Somalia|Somali,Somalis|Mogadishu|
South Africa|South African,South Africans|Pretoria|
South Korea|South Korean,South Koreans|Seoul|Republic of Korea
South Sudan|South Sudanese|Juba|
Spain|Spanish,Spaniard,Spaniards|Madrid|
Sri Lanka|Sri Lankan,Sri Lankans|Colombo|
Sudan|Sudanese|Khartoum|
Suriname|Surinamese|Paramaribo|
Sweden|Swedish,Swede,Swedes|Stockholm|
Switzerland|Swiss|Bern|
Syria|Syrian,Syrians|Damascus|
Taiwan|Taiwanese|Taipei|
Tajikistan|Tajik,Tajiks|Dushanbe|
Tanzania|Tanzanian,Tanzanians|Dodoma|
Thailand|Thai,Thais|Bangkok|
Togo|Togolese|Lome|
Tonga|Tongan|Nuku'alofa|
Trinidad and Tobago|Trinidadian|Port of Spain|
Tunisia|Tunisian,Tunisians|Tunis|
Turkey|Turkish,Turk,Turks|Ankara|Turkiye,Türkiye
Turkmenistan|Turkmen|Ashgabat|
Uganda|Ugandan,Ugandans|Kampala|
Ukraine|Ukrainian,Ukrainians|Kyiv|Kiev
United Arab Emirates|Emirati,Emiratis|Abu Dhabi|UAE
United Kingdom|British,Briton,Britons|London|UK,U.K.,Britain,Great Britain
United States|American,Americans|Washington|US,U.S.,USA,U.S.A.,America,United States of America
Uruguay|Uruguayan,Uruguayans|Montevideo|
Uzbekistan|Uzbek,Uzbeks|Tashkent|
Vanuatu|Ni-Vanuatu|Port Vila|
Vatican|Vatican|Vatican City|Holy See
Venezuela|Venezuelan,Venezuelans|Caracas|
Vietnam|Vietnamese|Hanoi|Viet Nam
Yemen|Yemeni,Yemenis|Sanaa|
Zambia|Zambian,Zambians|Lusaka|
Zimbabwe|Zimbabwean,Zimbabweans|Harare|
England|English|London|
Scotland|Scottish,Scot,Scots|Edinburgh|
Wales|Welsh|Cardiff|
Northern Ireland|Northern Irish|Belfast|
`;

/** Regions, continents, states, provinces and well-known cities that are not capitals above. */
export const OTHER_PLACES = `
Africa Asia Europe Antarctica Oceania Arctic Eurasia Scandinavia Balkans Caucasus Caribbean Mediterranean Sahara Sahel
Siberia Crimea Donbas Donbass Kashmir Tibet Xinjiang Kurdistan Darfur Gaza Chechnya Dagestan Punjab Bengal Sindh Baluchistan Balochistan
Waziristan Kandahar Helmand Mosul Basra Fallujah Ramadi Kirkuk Tikrit Najaf Karbala Aleppo Homs Idlib Raqqa Benghazi Misrata
Hebron Nablus Jenin Bethlehem Haifa Galilee Golan Sinai Alexandria Mombasa Lagos Kano Johannesburg Durban
Soweto Casablanca Marrakech Timbuktu Goma Peshawar Karachi Lahore Quetta Rawalpindi Mumbai Bombay Kolkata Calcutta
Chennai Madras Bangalore Bengaluru Hyderabad Ahmedabad Pune Srinagar Shanghai Guangzhou Shenzhen Wuhan Chengdu
Chongqing Tianjin Nanjing Hangzhou Xian Harbin Lhasa Urumqi Macau Macao Osaka Kyoto Yokohama Nagasaki Hiroshima Okinawa
Fukushima Busan Incheon Saigon Danang Mandalay Yangon Rangoon Penang Bali Java Sumatra Borneo Mindanao Luzon Cebu Davao
Sydney Melbourne Brisbane Perth Adelaide Auckland Christchurch Toronto Montreal Vancouver Calgary Edmonton Quebec Ontario
Alberta Manitoba Saskatchewan Nova Scotia Newfoundland Yukon Nunavut Winnipeg Halifax Kanata
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa Kansas
Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada
Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming
Chicago Houston Phoenix Philadelphia Dallas Boston Seattle Denver Detroit Miami Atlanta Baltimore Cleveland Pittsburgh
Orlando Tampa Portland Minneapolis Milwaukee Nashville Memphis Louisville Austin Sacramento Honolulu Anchorage Manhattan
Brooklyn Bronx Queens Hollywood Berkeley Oakland Cambridge Oxford Manchester Liverpool Birmingham Glasgow Leeds Bristol
Sheffield Newcastle Dover Calais Marseille Lyon Toulouse Nice Bordeaux Strasbourg Lille Munich Hamburg Frankfurt
Cologne Stuttgart Dresden Leipzig Bonn Milan Naples Turin Venice Florence Genoa Palermo Sicily Sardinia Barcelona Valencia
Seville Bilbao Catalonia Andalusia Porto Geneva Zurich Basel Davos Lausanne Antwerp Rotterdam Hague Salzburg Krakow Gdansk
Lviv Kharkiv Odesa Odessa Mariupol Kherson Zaporizhzhia Donetsk Luhansk Bakhmut Dnipro Mykolaiv Sevastopol Chernobyl
Kursk Belgorod Rostov Volgograd Kaliningrad Petersburg Novosibirsk Vladivostok Murmansk Grozny Istanbul Izmir Antalya
Tabriz Isfahan Mashhad Qom Shiraz Natanz Bushehr Jeddah Mecca Medina Dubai Sharjah Aden Hodeida Marib Taiz Sirte
Guantanamo Rio Sao Paulo Medellin Cali Cartagena Guadalajara Monterrey Tijuana Juarez Cancun Acapulco Valparaiso
Patagonia Amazon Andes Alps Himalayas Pyrenees Urals Everest Kilimanjaro Hokkaido Honshu Kyushu Tasmania Greenland
Madeira Canaries Azores Corsica Crete Rhodes Gibraltar Hong Kong Kowloon Tamil Nadu Kerala Gujarat Uttar Pradesh
Bihar Assam Manipur Maharashtra Rajasthan Karnataka Odisha Jammu Ladakh Sikkim
`;

/** Multi-word places written with spaces; matched as whole names. */
export const MULTIWORD_PLACES = [
  'Middle East', 'Near East', 'Far East', 'East Asia', 'South Asia', 'Southeast Asia', 'Central Asia', 'North Africa', 'West Africa',
  'East Africa', 'Southern Africa', 'Horn of Africa', 'Latin America', 'South America', 'North America', 'Central America',
  'Western Europe', 'Eastern Europe', 'Central Europe', 'West Bank', 'Gaza Strip', 'Persian Gulf', 'Gulf of Mexico', 'Gulf of Aden',
  'Black Sea', 'Red Sea', 'Dead Sea', 'Caspian Sea', 'North Sea', 'Baltic Sea', 'South China Sea', 'East China Sea',
  'Sea of Japan', 'Sea of Azov', 'Arabian Sea', 'Mediterranean Sea', 'Atlantic Ocean', 'Pacific Ocean', 'Indian Ocean',
  'Arctic Ocean', 'Strait of Hormuz', 'Taiwan Strait', 'Suez Canal', 'Panama Canal', 'English Channel', 'Korean Peninsula',
  'Arabian Peninsula', 'Balkan Peninsula', 'New York', 'New York City', 'Los Angeles', 'San Francisco', 'San Diego',
  'Las Vegas', 'New Orleans', 'Salt Lake City', 'St. Louis', 'Kansas City', 'Washington D.C.', 'Washington, D.C.',
  'New Jersey', 'New Mexico', 'New Hampshire', 'North Carolina', 'South Carolina', 'North Dakota', 'South Dakota',
  'West Virginia', 'Rhode Island', 'Puerto Rico', 'Long Island', 'Silicon Valley', 'Wall Street', 'Capitol Hill',
  'St. Petersburg', 'Saint Petersburg', 'Tel Aviv', 'East Jerusalem', 'Sharm el-Sheikh', 'Rio de Janeiro', 'Sao Paulo',
  'British Columbia', 'Northern Territory', 'Western Australia', 'South Australia', 'New South Wales', 'Hong Kong',
  'Western Sahara', 'Golan Heights', 'Nagorno-Karabakh', 'South Ossetia', 'Swat Valley', 'Tora Bora',
  'Tamil Nadu', 'Uttar Pradesh',
];

/** Final words that make a capitalised name a geographic place ("Yellow River", "Sichuan Province"). */
export const PLACE_HEADS: readonly string[] = [
  'sea', 'ocean', 'river', 'lake', 'mountains', 'mountain', 'mount', 'mt.', 'island', 'islands', 'isles', 'peninsula', 'gulf',
  'bay', 'strait', 'straits', 'canal', 'valley', 'desert', 'plateau', 'basin', 'coast', 'delta', 'province', 'region', 'county',
  'district', 'prefecture', 'oblast', 'governorate', 'territory', 'territories', 'city', 'town', 'village', 'street',
  'avenue', 'road', 'square', 'bridge', 'airport', 'port', 'harbor', 'harbour', 'border', 'heights', 'hills', 'highlands', 'forest',
  'park', 'falls', 'reef', 'archipelago', 'crossing', 'camp', 'base', 'creek', 'canyon', 'beach', 'highway', 'expressway',
  'freeway', 'turnpike', 'boulevard', 'blvd', 'lane', 'plaza', 'hotel',
];

/** Words that open a place's name, the kind of place written first ("Fort Lee", "Lake Chad", "Mount Merapi"). */
export const PLACE_PREFIXES: readonly string[] = ['fort', 'lake', 'mount', 'mt.', 'mt', 'port', 'cape', 'isle'];

/** Nouns after a nationality that make it stand for the country's state ("Chinese officials", "Russian forces"). */
export const STATE_NOUNS: readonly string[] = [
  'officials', 'official', 'government', 'authorities', 'forces', 'troops', 'army', 'military', 'navy', 'diplomats', 'diplomat',
  'ministry', 'leader', 'leaders', 'leadership', 'president', 'state', 'media', 'police', 'side', 'delegation', 'embassy',
  'negotiators', 'regime', 'parliament', 'lawmakers', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ambassador', 'officers',
  'soldiers', 'warships', 'jets', 'aircraft', 'sanctions', 'intelligence', 'prosecutors', 'courts', 'court', 'administration',
  'cabinet', 'counterparts', 'counterpart',
];

/** Lower-case nouns that follow a place's name ("Kunar province", "Madura route", "Gaza border"). */
export const PLACE_NOUNS_AFTER: readonly string[] = [
  'province', 'provinces', 'region', 'district', 'city', 'town', 'village', 'county', 'island', 'islands', 'river', 'valley',
  'border', 'area', 'state', 'governorate', 'prefecture', 'municipality', 'coast', 'peninsula', 'mountains', 'desert', 'basin',
  'strait', 'sea', 'lake', 'airport', 'port', 'harbour', 'harbor', 'route', 'capital', 'suburb', 'neighbourhood', 'neighborhood',
  'enclave', 'territory', 'oblast', 'refugee',
];

/**
 * The abbreviations of US states that news style writes after a city ("Jackson, Miss.", "Erie, Pa."), without their
 * stop; the two-letter ones of two initials ("N.H.") are read from their shape.
 */
export const STATE_ABBREVIATIONS: readonly string[] = [
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn',
  'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'vt', 'va', 'wash', 'wis', 'wyo',
];
