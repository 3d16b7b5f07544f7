// Places: the 193 Member States, observer States and commonly named territories (official short
// name as the UN prints it, plus common variants), their capitals, and the conference cities of
// the genre. (The associate members of the regional commissions among the territories: "associate members of the regional
// commissions,1" with the footnote listing them, A/RES/78/271 OP3, 78/272, 78/327, 78/128.) Format of COUNTRY_ROWS: "Country|variant;variant|Capital;City;City".
// Cities the texts name for what happened there, not as venues, are rows too: Hiroshima and Nagasaki ("since the use of nuclear
// weapons in Hiroshima and Nagasaki", "the visits of leaders, youth and others to Hiroshima and Nagasaki", A/RES/80/48 PP2, PP19,
// 78/40, 79/41; "the people of Hiroshima and Nagasaki (hibakusha)", 79/60), and Qana ("the amount of 1,117,005 dollars resulting
// from the incident at Qana on 18 April 1996", A/RES/79/308 OP14, 78/305: the UNIFIL financing texts), and Srebrenica ("Security
// Council resolution 819 (1993) ... declaring Srebrenica a safe area", "the Srebrenica genocide", A/RES/78/282 PP2, OP2), and the
// Syrian governorates' seats the human rights texts name for the violence there ("violence in Suwayda’ and southern Syria", "in
// Latakia", "throughout Hasakah, Raqqah and Suwayda’", A/RES/80/224 PP20, OP2; "hostilities in Idlib", 78/222, 79/185), and the
// places of the Rohingya texts ("the root causes of the crisis in Rakhine State", "the Rohingyas relocated to Bhashan Char", "Myanmar
// officials to Cox’s Bazar", A/RES/78/219 PP5, PP68, PP58; 79/182, 80/221).
// Semey, the seat of the newly established Abai region within the Semipalatinsk region ("the city of Semey as its administrative centre",
// A/RES/78/142 PP6), is a row too: the Semipalatinsk texts name it. Nur-Sultan, Astana's name from 2019 to 2022, is a city of its own:
// the texts print it for meetings held there then ("11 April 2019 in Nur-Sultan", A/RES/79/24 OP4).
import { gazetteerEntry, type GazetteerEntry } from './types.js';

const COUNTRY_ROWS = `Afghanistan||Kabul
Albania||Tirana
Algeria||Algiers
Andorra||Andorra la Vella
Angola||Luanda
Antigua and Barbuda||St. John's;Saint John's
Argentina||Buenos Aires
Armenia||Yerevan
Australia||Canberra;Sydney;Melbourne;Brisbane
Austria||Vienna
Azerbaijan||Baku
Bahamas||Nassau
Bahrain||Manama
Bangladesh||Dhaka;Cox’s Bazar;Cox's Bazar;Bhashan Char
Barbados||Bridgetown
Belarus||Minsk
Belgium||Brussels
Belize||Belmopan
Benin||Porto-Novo;Cotonou
Bhutan||Thimphu
Bolivia (Plurinational State of)|Plurinational State of Bolivia;Bolivia|La Paz;Sucre;Cochabamba
Bosnia and Herzegovina||Sarajevo;Srebrenica
Botswana||Gaborone
Brazil||Brasília;Brasilia;Rio de Janeiro;São Paulo;Belém;Belem;Fortaleza;Santos
Brunei Darussalam||Bandar Seri Begawan
Bulgaria||Sofia
Burkina Faso||Ouagadougou
Burundi||Gitega;Bujumbura
Cabo Verde|Cape Verde|Praia
Cambodia||Phnom Penh;Siem Reap
Cameroon||Yaoundé
Canada||Ottawa;Montreal;Montréal;Toronto
Central African Republic||Bangui
Chad||N'Djamena
Chile||Santiago;Valparaiso;Valparaíso
China|People's Republic of China|Beijing;Shanghai;Hong Kong;Macao;Kunming;Hangzhou
Colombia||Bogotá;Bogota;Cartagena;Cali
Comoros||Moroni
Congo|Republic of the Congo|Brazzaville;Kintélé
Costa Rica||San José
Côte d'Ivoire|Côte d’Ivoire;Cote d'Ivoire|Yamoussoukro;Abidjan
Croatia||Zagreb
Cuba||Havana
Cyprus||Nicosia
Czechia|Czech Republic|Prague
Democratic People's Republic of Korea|Democratic People’s Republic of Korea;North Korea|Pyongyang
Democratic Republic of the Congo||Kinshasa;Goma
Denmark||Copenhagen
Djibouti||
Dominica||Roseau
Dominican Republic||Santo Domingo
Ecuador||Quito;Guayaquil
Egypt||Cairo;Sharm el-Sheikh;Sharm El-Sheikh
El Salvador||San Salvador
Equatorial Guinea||Malabo
Eritrea||Asmara
Estonia||Tallinn
Eswatini||Mbabane
Ethiopia||Addis Ababa
Fiji||Suva;Nadi
Finland||Helsinki
France||Paris;Nice;Strasbourg;Lyon;Enghien-les-Bains;Villers-Cotterêts
Gabon||Libreville
Gambia||Banjul
Georgia||Tbilisi;Abkhazia;Tskhinvali region/South Ossetia
Germany||Berlin;Bonn;Hamburg
Ghana||Accra
Greece||Athens
Grenada||St. George's;Saint George's;Grand Anse
Guatemala||Guatemala City
Guinea||Conakry
Guinea-Bissau||Bissau
Guyana||Georgetown
Haiti||Port-au-Prince
Honduras||Tegucigalpa
Hungary||Budapest
Iceland||Reykjavik;Reykjavík
India||New Delhi;Mumbai;Hyderabad
Indonesia||Jakarta;Bali;Nusa Dua
Iran (Islamic Republic of)|Islamic Republic of Iran;Iran|Tehran
Iraq||Baghdad
Ireland||Dublin
Israel||
Italy||Rome;Turin;Milan;Milano-Cortina;Fabriano
Jamaica||Kingston
Japan||Tokyo;Kyoto;Osaka;Sendai;Hyogo;Kobe;Nagoya;Aichi-Nagoya;Hiroshima;Nagasaki
Jordan||Amman
Kazakhstan||Astana;Almaty;Semipalatinsk;Semey;Nur-Sultan
Kenya||Nairobi
Kiribati||Tarawa
Kuwait||Kuwait City
Kyrgyzstan||Bishkek
Lao People's Democratic Republic|Lao People’s Democratic Republic|Vientiane
Latvia||Riga
Lebanon||Beirut;Qana
Lesotho||Maseru
Liberia||Monrovia
Libya||Tripoli
Liechtenstein||Vaduz
Lithuania||Vilnius
Luxembourg||
Madagascar||Antananarivo
Malawi||Lilongwe
Malaysia||Kuala Lumpur
Maldives||Malé
Mali||Bamako
Malta||Valletta
Marshall Islands||Majuro
Mauritania||Nouakchott
Mauritius||Port Louis
Mexico||Mexico City;Monterrey;Cancún;Cancun;Guadalajara
Micronesia (Federated States of)|Federated States of Micronesia|Palikir;Pohnpei
Monaco||
Mongolia||Ulaanbaatar
Montenegro||Podgorica
Morocco|Kingdom of Morocco|Rabat;Marrakech;Marrakesh;Casablanca;Fez
Mozambique||Maputo
Myanmar||Nay Pyi Taw;Yangon;Rakhine State
Namibia||Windhoek
Nauru||
Nepal||Kathmandu
Netherlands (Kingdom of the)|Kingdom of the Netherlands;Netherlands|Amsterdam;The Hague
New Zealand||Wellington
Nicaragua||Managua
Niger||Niamey
Nigeria||Abuja;Lagos
North Macedonia||Skopje
Norway||Oslo;Lillestrøm;Lillestrom
Oman||Muscat
Pakistan||Islamabad
Palau||Ngerulmud
Panama||Panama City
Papua New Guinea||Port Moresby
Paraguay||Asunción
Peru||Lima
Philippines||Manila
Poland||Warsaw;Katowice;Krakow;Kraków
Portugal||Lisbon;Matosinhos;Cascais
Qatar||Doha
Republic of Korea|South Korea|Seoul;Busan;Incheon;Gangwon;Pyeongchang;PyeongChang
Republic of Moldova|Moldova|Chisinau
Romania||Bucharest
Russian Federation|Russia|Moscow;Saint Petersburg
Rwanda||Kigali
Saint Kitts and Nevis||Basseterre
Saint Lucia||Castries
Saint Vincent and the Grenadines||Kingstown
Samoa||Apia
San Marino||
Sao Tome and Principe|Sao Tome and Príncipe;São Tomé and Príncipe|São Tomé;Sao Tome
Saudi Arabia||Riyadh;Jeddah
Senegal||Dakar
Serbia||Belgrade
Seychelles||Victoria
Sierra Leone||Freetown
Singapore||
Slovakia||Bratislava
Slovenia||Ljubljana
Solomon Islands||Honiara
Somalia||Mogadishu
South Africa||Pretoria;Cape Town;Johannesburg;Durban
South Sudan||Juba
Spain||Madrid;Sevilla;Seville;Barcelona
Sri Lanka||Colombo
Sudan||Khartoum
Suriname||Paramaribo
Sweden||Stockholm
Switzerland||Bern;Geneva;Davos;Lausanne
Syrian Arab Republic|Syria|Damascus;Aleppo;Latakia;Idlib;Hasakah;Raqqah;Suwayda’;Suwayda
Tajikistan||Dushanbe
Thailand||Bangkok
Timor-Leste||Dili
Togo||Lomé
Tonga||Nuku'alofa
Trinidad and Tobago||Port of Spain
Tunisia||Tunis
Türkiye|Turkey;Turkiye|Ankara;Istanbul;Antalya
Turkmenistan||Ashgabat;Awaza
Tuvalu||Funafuti
Uganda||Kampala
Ukraine||Kyiv;Kiev;Sevastopol;Kherson;Zaporizhzhia;Donetsk;Luhansk
United Arab Emirates||Abu Dhabi;Dubai
United Kingdom of Great Britain and Northern Ireland|United Kingdom|London;Glasgow;Scotland
United Republic of Tanzania|Tanzania|Dodoma;Dar es Salaam;Arusha
United States of America|United States|Washington, D.C.;New York;San Francisco;Los Angeles;Atlanta;Manhasset;Long Island
Uruguay||Montevideo
Uzbekistan||Tashkent;Samarkand
Vanuatu||Port Vila
Venezuela (Bolivarian Republic of)|Bolivarian Republic of Venezuela;Venezuela|Caracas;Margarita Island
Viet Nam||Hanoi;Ho Chi Minh City
Yemen||Sana'a;Aden
Zambia||Lusaka
Zimbabwe||Harare;Victoria Falls
Holy See||Vatican City
State of Palestine|Palestine|Ramallah;East Jerusalem;Gaza;Gaza Strip;West Bank;Bethlehem;Occupied Palestinian Territory;Khan al-Ahmar;Masafer Yatta;Sur Bahir;Wadi al-Hummus;Jericho
Kosovo||Pristina
Western Sahara||
Puerto Rico||
Greenland||
New Caledonia||Nouméa
French Polynesia||Papeete
Gibraltar||
Falkland Islands (Malvinas)|Falkland Islands|
Tokelau||
American Samoa||
Guam||
Bermuda||
Cayman Islands||
Montserrat||
Pitcairn||
Saint Helena||
Turks and Caicos Islands||
United States Virgin Islands||
British Virgin Islands||
Anguilla||
Northern Mariana Islands|Commonwealth of the Northern Mariana Islands|
Aruba||
Curaçao|Curacao|
Sint Maarten||`;

/** The Non-Self-Governing Territories on the Special Committee's list (the Fourth Committee's territory texts; officerPosts.ts reads
 *  "the President of French Polynesia" as the Territory's post, not "the President of" a State) */
export const NON_SELF_GOVERNING_TERRITORIES: ReadonlySet<string> = new Set([
  'American Samoa', 'Anguilla', 'Bermuda', 'British Virgin Islands', 'Cayman Islands', 'Falkland Islands (Malvinas)', 'French Polynesia',
  'Gibraltar', 'Guam', 'Montserrat', 'New Caledonia', 'Pitcairn', 'Saint Helena', 'Tokelau', 'Turks and Caicos Islands',
  'United States Virgin Islands', 'Western Sahara',
]);

/** Regions and continents the genre treats as places. */
const REGIONS = [
  'Africa', 'Asia', 'Europe', 'Latin America and the Caribbean', 'Latin America', 'the Caribbean', 'Caribbean', 'Middle East', 'Sahel', 'Central America', 'South America', 'North America',
  'Asia and the Pacific', 'Western Asia', 'Central Asia', 'South Asia', 'South-East Asia', 'South-West Asia', 'Central Africa', 'West Africa', 'East Africa', 'North Africa', 'Southern Africa',
  // one region printed whole, as "Latin America and the Caribbean" ("the Regional Action Forum to End Child Marriage in the Arab
  // States/Middle East and North Africa", A/RES/79/158 PP7): not the Middle East and a second place
  'Middle East and North Africa',
  'Horn of Africa', 'Great Lakes region', 'Arctic', 'Antarctica', 'Mediterranean', 'Pacific', 'Korean Peninsula', 'Balkans', 'Jerusalem', 'Golan', 'Syrian Golan', 'Crimea', 'Donbas',
  // the Security Council's name for the territory of the Yugoslav wars ("in the territory of the former Yugoslavia", S/RES/827 (1993))
  'former Yugoslavia',
  // the country as a whole before and across its division, as the Council and the Assembly named it in 1950 ("that part of Korea
  // where the United Nations Temporary Commission on Korea was able to observe", "the complete independence and unity of Korea",
  // S/RES/82 (1950) PP1, PP2): neither Republic, whose names are longer
  'Korea',
  // seas and oceans the resolutions name ("Towards the sustainable development of the Caribbean Sea", "the Indian Ocean as a
  // zone of peace", "the Aral Sea basin"): no place was read, or the region inside the name ("Caribbean")
  'Caribbean Sea', 'Indian Ocean', 'Aral Sea', 'South China Sea', 'Black Sea', 'Baltic Sea', 'Mediterranean Sea', 'Sargasso Sea', 'Dead Sea', 'Red Sea',
  'Caspian Sea', 'Arctic Ocean', 'Atlantic Ocean', 'Pacific Ocean', 'Southern Ocean',
  // ("parts of the Black Sea and the Sea of Azov", A/RES/80/223 PP10, 78/221, 79/184)
  'Sea of Azov',
  // ("the refusal of the request of the United Nations for humanitarian access across the Dnipro River", A/RES/78/221 PP48,
  // 79/184, 80/223): a river the texts name; no place was read
  'Dnipro River',
  // ("zones of peace in Central Asia, the South Atlantic and the Indian Ocean", A/RES/79/321 PP7; "the zone of peace and
  // cooperation of the South Atlantic", A/RES/78/69, 79/144)
  'South Atlantic',
  // the ocean printed alone as a region of small island developing States, as "the Pacific" and "the Caribbean" are: "the
  // Atlantic, Indian Ocean and South China Sea small island developing States" (A/RES/80/136 OP15, OP16; 79/227)
  'Atlantic',
  // gulfs the piracy, maritime-security and ocean texts name ("piracy and armed robbery at sea in the Gulf of Guinea",
  // A/RES/78/263 OP28, 78/59, 78/69; "the Western Indian Ocean and the Gulf of Aden", 78/69 OP142): the country inside
  // the name ("Guinea", "Mexico") was read as the place
  'Gulf of Guinea', 'Gulf of Aden', 'Gulf of Mexico',
  // a region of its own, not the continent ("six out of seven new HIV infections among adolescents ... in sub-Saharan Africa",
  // A/RES/78/188 PP19; "in the Maghreb and in the Middle East", A/RES/78/65 PP9, 79/76, 80/69)
  'sub-Saharan Africa', 'Maghreb',
];

/** Regions' spelling variants, one node each: "Southeast Asia" (A/RES/79/290 OP11) is the "South-East Asia" of most texts. */
const REGION_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  'South-East Asia': ['Southeast Asia'],
  'sub-Saharan Africa': ['Sub-Saharan Africa'],
  // FAO's and the nutrition texts' name of the region: "especially in Africa, parts of Asia, in particular West Asia, in the
  // Pacific" (A/RES/79/276 PP12), "in South and West Asia" (A/RES/79/212, 78/138; 20 in corpus-ga): the "Western Asia" of the
  // Statistics Division and of ESCWA's name, one region
  'Western Asia': ['West Asia'],
  // "its fundamental role in the Latin American and Caribbean region" (A/RES/78/189 OP53; 6 in corpus-ga): the region, not the
  // Caribbean alone
  'Latin America and the Caribbean': ['Latin American and Caribbean region'],
  // "the status of the Autonomous Republic of Crimea and the city of Sevastopol" (A/RES/78/221 PP7, OP8; 61 in corpus-ga): the
  // peninsula named whole, not its last word
  Crimea: ['Autonomous Republic of Crimea'],
};

export interface PlaceInfo {
  name: string;
  country?: string;
  variants: string[];
}

function parseRows(): PlaceInfo[] {
  const out: PlaceInfo[] = [];
  for (const row of COUNTRY_ROWS.split('\n')) {
    const [country, variants = '', cities = ''] = row.split('|');
    if (!country) continue;
    const countryVariants = variants.split(';').filter(Boolean);
    out.push({ name: country, country, variants: countryVariants });
    for (const city of cities.split(';').filter(Boolean)) {
      out.push({ name: city, country, variants: [] });
    }
  }
  return out;
}

/** City spelling variants collapse onto one node. */
const CITY_CANONICAL: Record<string, string> = {
  Seville: 'Sevilla',
  'Saint John\'s': 'St. John\'s',
  Brasilia: 'Brasília',
  Bogota: 'Bogotá',
  Montréal: 'Montreal',
  Cancun: 'Cancún',
  Reykjavík: 'Reykjavik',
  Lillestrom: 'Lillestrøm',
  Kiev: 'Kyiv',
  Marrakesh: 'Marrakech',
  'Sharm El-Sheikh': 'Sharm el-Sheikh',
  'Saint George\'s': 'St. George\'s',
  Valparaíso: 'Valparaiso',
  Kraków: 'Krakow',
  'Sao Tome': 'São Tomé',
  Belem: 'Belém',
  PyeongChang: 'Pyeongchang',
};

/** the States the genre names by their adjective before "Government" (an adjective and the State's row name) */
const GOVERNMENT_BY_STATE_ADJECTIVE: ReadonlyArray<readonly [string, string]> = [
  ['Libyan', 'Libya'],
  ['Israeli', 'Israel'],
  ['Syrian', 'Syrian Arab Republic'],
  ['Palestinian', 'State of Palestine'],
  ['Iraqi', 'Iraq'],
  ['Lebanese', 'Lebanon'],
  ['Sudanese', 'Sudan'],
];

export const PLACES: PlaceInfo[] = (() => {
  const rows = parseRows();
  const byName = new Map<string, PlaceInfo>();
  for (const p of rows) {
    const canonical = CITY_CANONICAL[p.name];
    if (canonical) {
      const target = byName.get(canonical) ?? rows.find((r) => r.name === canonical);
      if (target) {
        target.variants.push(p.name);
        continue;
      }
    }
    byName.set(p.name, p);
  }
  // the venue most UN meetings are "held at"; one node whatever the article
  byName.set('United Nations Headquarters', { name: 'United Nations Headquarters', country: 'United States of America', variants: ['Headquarters of the United Nations'] });
  for (const r of REGIONS) {
    const name = r.replace(/^the /, '');
    if (!byName.has(name)) byName.set(name, { name, variants: [...(REGION_VARIANTS[name] ?? [])] });
  }
  // "the United Nations Regional Courses in International Law for Africa, for Asia-Pacific and for Latin America and the
  // Caribbean" (A/RES/79/120 PP9), "Asia-Pacific States": one region, not Asia and the Pacific apart
  byName.get('Asia and the Pacific')!.variants.push('Asia-Pacific');
  // "in the Lake Chad basin region", "the Lake Chad basin countries" (A/RES/78/235 PP9, 79/68, 80/63): the basin, not the country
  byName.set('Lake Chad basin', { name: 'Lake Chad basin', variants: ['Lake Chad Basin'] });
  // "ongoing settlement activities in the Jordan Valley" (A/RES/80/81 PP20, 79/91, 78/78): the valley, not the country
  byName.set('Jordan Valley', { name: 'Jordan Valley', variants: [] });
  // the Olympic texts' places: the Winter Games "to be held across the French Alps from 1 to 17 February ... 2030" (A/RES/80/8
  // PP20; "in the French Alps, France", 79/8 PP29), a region no row held (no venue was read); "according to the legendary oracle
  // of Delphi" (80/8 PP3, 78/10 PP3)
  byName.set('French Alps', { name: 'French Alps', country: 'France', variants: [] });
  byName.set('Delphi', { name: 'Delphi', country: 'Greece', variants: [] });
  // "Demands once again that the Libyan Government comply" (S/RES/883 (1993) OP1), "Encourages the Syrian Government to continue"
  // (A/RES/80/224 OP13), "calls upon the Israeli Government to abide by" (80/77): a State's Government by its adjective is the
  // State, as "the Government of Libya" is (a variant, so the clause's verb addresses it as it does the Government of X)
  // "throughout the occupied Palestinian territory, particularly in the Gaza Strip" (A/RES/78/121 PP4, 79/141 PP4): the territory
  // printed in lower case, as the Assembly printed it before 2012, is the one of the capitalised name
  byName.get('Occupied Palestinian Territory')!.variants.push('occupied Palestinian territory');
  for (const [adjective, state] of GOVERNMENT_BY_STATE_ADJECTIVE) byName.get(state)!.variants.push(`${adjective} Government`);
  return [...byName.values()];
})();

export const PLACE_ENTRIES: GazetteerEntry[] = PLACES.map((p) => gazetteerEntry('Place', p.name, undefined, p.variants, undefined, p.country ? { country: p.country } : {}));
