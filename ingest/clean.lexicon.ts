// The words of the resolutions' genre, for cleaning a pypdf text: pypdf breaks words inside a line ("to s ubmit it", "an
// obsta cle to"), and a word the file spells nowhere else is rejoined only when the genre knows it (clean.ts
// joinSplitWords). Every word of two letters or more printed 20 times or more, in any case, in 902 General Assembly
// resolutions of the seventy-eighth to eightieth sessions (PyMuPDF text, which splits no words), lower-cased: a list of
// words (some of them parts of names), no entities and no results. Made with:
//   cat corpus-ga/*.txt | tr -cs 'A-Za-z' '\n' | tr A-Z a-z | sort | uniq -c | awk '$1 >= 20 && length($2) >= 2 {print $2}'
const WORDS = `
ababa abandoned abduction abductions abide abidjan abilities ability able abolish abolishment about above abroad
absence absolute abu abuse abuses abyei ac academia academic academy accede acceded acceding accelerate accelerated
accelerating acceleration accelerator accept acceptable acceptance accepted accepting access accessibility accessible
accessing accession accessions accident accidental accidents accomplish accord accordance accorded according
accordingly account accountability accountable accounting accounts accreditation accredited accuracy accurate accused
achieve achieved achievement achievements achieving acidification acknowledge acknowledged acknowledges acknowledging
acquire acquired acquiring acquisition across act acting action actions active actively activities activity actors
acts actual acute ad adapt adaptation adapted adapting adaptive add added addis addition additional address addressed
addresses addressing adequacy adequate adequately adhere adherence adjacent adjustment adjustments administered
administering administration administrative admission adolescent adolescents adopt adopted adopting adoption adult
adults advance advanced advancement advancements advances advancing advantage advantages adverse adversely advice
advise adviser advisers advisory advocacy advocate affairs affect affected affecting affects affiliated affirmed
affirming affirms afford affordability affordable afforestation afghan afghanistan aforementioned africa african after
aftermath again against age ageing agencies agency agenda agendas agents ages aggravated aggression agree agreed
agreement agreements agrees agricultural agriculture agrifood ahead aid aids aim aimed aiming aims air aires al alarm
alarmed alarming albinism alert alia alien align aligned aligning alignment all allegations alleged alleviate
alleviation alliance allies allocate allocated allocating allocation allocations allow allowed allowing allows almost
alone along alongside already also alteration alternate alternative alternatives although ambition ambitious amend
amended amending amendment amendments america american amid ammunition among amount amounts amplified an analyse
analyses analysing analysis analytical analytics and anguilla animal animals annex annexation annexed annexes
anniversaries anniversary announced announcement annual annually another anthropogenic anti anticipatory antigua
antimicrobial antimicrobials antisemitism any appeal appeals appendix applicability applicable application
applications applied applies apply applying appoint appointed appointment apportion apportionment appraisal
appreciates appreciation apprised approach approaches appropriate appropriately appropriates appropriation approval
approve approved approves approving approximately april aquaculture aquatic arab arabia arabic arabs aral arbitrarily
arbitrary arbitration archaeological architecture archives are area areas arid arise arising armaments armed arms
around arrangement arrangements arrears arrest arrested arrests arrived arsenals art article articles artificial
artisanal arts as ascertained ascertaining asean asia asian aspect aspects aspirations assembly assess assessed
assessing assessment assessments asset assets assist assistance assistant assisting assistive associate associated
association associations assurances assure astana asylum at athletes atlantic atmosphere atomic attack attacks attain
attainable attained attaining attainment attempt attempts attend attendance attention attitudes attract audiovisual
audit audited auditors august auspices authorities authority authorization authorized authorizes autonomous autonomy
availability available average avert aviation avoid avoiding aware awareness away awaza back background backgrounds
backlog bacteriological baku balance balanced bali ballistic ban bangkok bangladesh bank bankable banking banks
banning barbados barbuda barriers base based baseline bases basic basin basis be bear bearing because become becoming
been before began beginning behalf behaviour behaviours behind beijing being beings bel belief beliefs believe
believing belong belonging below beneficial beneficiaries benefit benefits bermuda best better between beyond biennial
big bilateral billion binding biodiversity biological birth blended blue board boards bodies body bold bolivarian
bonds boost boosting border borders borne borrowing both bottom bound boys brain branch brazil breaches breaking
breastfeeding bridge bridgetown bridging brief briefings brindisi bring bringing brings britain british broad
broadband broaden broadening broader brought budget budgetary budgeting budgets buenos build building buildings builds
bullying buoys burden burdens bureau business businesses but bwc by cables cac caicos cairo caledonia calendar cali
call called calling calls cambodia campaign campaigns camps can canada cancellation cancer candidates cannot
capabilities capability capable capacities capacity capita capital capture carbon care caregivers cargo caribbean
carried carry carrying cartagena case cases cash casualties catalyse catalytic catastrophic catch catches categories
category caught cause caused causes causing cayman cbd ccw cd cease ceasefire celebration celestial celsius cent
central centre centred centres century certain certification cessation chad chain chains chair chaired chairs
challenge challenges challenging chambers chamoru change changes changing channel channels chap chapter character
characteristics charge charges charter charts chemical chemicals chief child childbirth childcare childhood children
china choice choose chornobyl chronic circular circulate circulation circumstances cities citizens citizenship city
civic civil civilian civilians civilization civilizations claim clarify clarity clauses clcs clean clear clearance
clearly climate climates clinical close closely closer closing closure closures cluster cma cn co coalition coastal
code codes codification coercion coercive coexistence cognizant coherence coherent cohesion cold collaborate
collaboration collaborative collect collected collecting collection collective collectively colombia colonial
colonialism combat combating combination combined come coming commemorate commemoration commemorative commence
commencement commending commends commensurate comment comments commerce commercial commission commissioner commissions
commit commitment commitments commits committed committee committees committing commodities commodity common
commonwealth communicable communicate communication communications communiqu communities community compact companies
comparable comparative compared compatible compensation competence competencies competent competition competitive
competitiveness compilation complaints complement complementarity complementary complemented complementing complements
complete completed completing completion complex complexity compliance compliant comply complying component components
composed composition compounded comprehensive comprehensively comprise comprising compulsory concentrated concept
concepts concern concerned concerning concerns concerted concessional conciliation concise conclude concluded
concluding conclusion conclusions concrete condemn condemnation condemning condemns condition conditions conducive
conduct conducted conducting conf conference conferences confidence confidential confidentiality confirmed confiscated
confiscation conflict conflicts conformity congo congress conjunction connect connected connecting connection
connections connectivity conscience conscious consecutive consensus consent consequence consequences consequent
conservation conserve conserving consider considerable consideration considerations considered considering considers
consistency consistent consistently consolidate consolidated consolidation constitute constitutes constituting
constitution constitutional constraints construction constructive constructively consular consult consultation
consultations consultative consumer consumers consumption contact contacts contain contained containing contains
contemporary content context contexts contextualize continent continental contingency contingent continuation continue
continued continues continuing continuity continuous continuously continuum contract contracting contrary
contravention contribute contributed contributes contributing contribution contributions contributors control
controlled controlling controls convene convened convening convention conventional conventions conversion conviction
convinced cooking cooperate cooperating cooperation cooperative cooperatives coordinate coordinated coordinating
coordination coordinator coordinators cop copenhagen copies coral core cornerstone coronavirus corporate corporations
corr correct corresponding corridors corrigenda corrigendum corrupt corruption cosp cost costa costs could council
counsel counselling counter counteract countering countries country course courses court courts covenant covenants
cover coverage covered covering covid cp create created creates creating creation creative creativity credentials
credibility credible credit creditors credits crescent crime crimea crimean crimes criminal criminalization
criminalize crises crisis criteria critical crop crops cross crossing crucial cruel cryosphere ctoc cuba cultivation
cultural culture cultures curb curbing currency current currently curricula custodial custody customary customs
cutting cyberbullying cybercrime cycle cycles cyprus daily damage danger dangerous dangers data database databases
date dated day days de deal dealing death deaths debate debates debris debt debtor debtors dec decade decades december
decent decentralized decide decided decides decision decisions decisive declaration declarations declare declared
declaring decline declining decolonization decrease dedicated deemed deep deepen deepening deeply defence defenders
define defined defining definition deforestation degradation degraded degrading degree degrees delay delegates
delegation delegations deliberate deliberations deliver deliverables delivered delivering delivery demand demands
democracy democratic democratization demographic demolition demonstrated demonstrating denial deny department
departments depend dependence dependent depends depleted depletion deplores deploring deploy deployed deployment
deportation deposit depositary deprivation deprived depriving depth deputy derived descent described desertification
design designate designated designation designed designing desire despite destination destruction destructive detailed
details detained detainees detect detecting detection detention detentions deter deteriorating deterioration
determinants determination determine determined determining detonation detriment detrimental devastating develop
developed developing development developments devices devote devoted dhabi diagnosis diagnostics dialogue dialogues
diamond diamonds did diet diets differences different differential differentiated difficult difficulties diffusion
digital digitalization digitization dignified dignity diligence dimension dimensions diplomacy diplomatic direct
directed direction directly director disabilities disability disaggregated disappearance disappearances disarmament
disaster disasters discarded discards discharge disciplinary disciplines disclosure discriminate discrimination
discriminatory discuss discussed discussing discussion discussions disease diseases disengagement disinformation
dismantle disparities dispatch displaced displacement disposal disproportionate disproportionately dispute disputes
disrupt disruption disruptions disseminate disseminating dissemination distance distinct distinction distortions distr
distress distribute distributed distribution district diverse diversification diversified diversify diversifying
diversion diversity divide divides division do doctrines document documentation documented documents does doha doing
dollar dollars domain domestic dominican donation done donor donors double doubling down dppa draft drafting draw
drawing draws drift drinking drive driven driver drivers driving drought droughts drug drugs drylands dual dubai due
duly dumping duplication durable duration durban during dust duties duty dynamic ea each earliest early earmarked
earth earthquakes ease easily easing east eastern ec ecological economic economically economies economy ecosystem
ecosystems ecotourism ecuador edition education educational educators effect effective effectively effectiveness
effects efficacious efficiencies efficiency efficient efficiently effort efforts egypt eight eighteenth eighth
eightieth eighty either el elaborate elaborating elaboration elect elected election elections electoral electricity
electronic element elements eleventh eligible eliminate eliminating elimination embargo embedded embodied emergence
emergencies emergency emerging eminent emirates emission emissions emotional emphasis emphasize emphasized emphasizes
emphasizing employed employers employment empower empowered empowering empowerment en enable enabled enabler enablers
enables enabling enact encountered encourage encouraged encouragement encourages encouraging end endangered endeavour
endeavours ended ending endorsed endorsement endorses ends enduring energy enforce enforced enforcement enforcing
engage engaged engagement engaging engineering english enhance enhanced enhancement enhances enhancing enjoy enjoyment
enlist enshrined ensure ensured ensures ensuring entails entebbe enter entered entering enterprise enterprises entire
entirety entities entitled entity entrepreneurial entrepreneurs entrepreneurship entrust entrusted entry environment
environmental environmentally environments envisaged envisioned envoy epidemic epidemics equal equality equalization
equally equipment equitable equity equivalent era eradicate eradicating eradication erosion es escalation especially
essential establish established establishing establishment estimated estimates et ethical ethics ethnic ethnicity
europe european evaluate evaluating evaluation evaluations evasion even event events ever every everyone everywhere
evidence evolution evolving ex exacerbate exacerbated exacerbating exacerbation examination examine examined examining
example exceed exceeding excellence except exceptional excessive excessively exchange exchanges exchanging excluded
exclusion exclusive exclusively execution executions executive executives exercise exercised exercises exercising
exert exist existence existing exists expand expanded expanding expansion expected expedite expeditious expeditiously
expenditure expenditures expenses experience experienced experiences experiencing expert expertise experts exploit
exploitation exploration explore exploring explosions explosive export exports exposed exposure express expressed
expresses expressing expression expressions expulsion extend extended extending extension extensive extent external
extrabudgetary extradition extrajudicial extraordinary extraterritorial extreme extremely extremism extremist face
faced facilitate facilitated facilitates facilitating facilitation facilitators facilities facility facing fact factor
factors facts failure fair fairly faith fall falling families family famine far farm farmers farming fast fatalities
fate fauna favour favourable favourably fccc fear feasibility feasible features february federal federation feedback
feeding fellowship fellowships female feminization fertilization few fibres field fields fifteenth fifth fiftieth
fifty fight fighters fighting figure fill final finalize finance financed financial financially financing find finding
findings fire firearms firm first fiscal fish fisheries fishers fishery fishing fissile fistula fit five fixed flag
flexibility flexible floods floors flora flow flows flying focal focus focused focusing follow followed following
follows fono food football footing for force forced forces forcible forcibly forecast forecasting foreign forensic
foresight forest forestry forests forging form formal formalization formally format formats former forms formulate
formulating formulation forth forthcoming forty forum forums forward foster fostering fosters fought found foundation
foundations four fourteenth fourth fragile fragmentation frame framework frameworks france francophone francophonie
fraud fraudulent free freedom freedoms freely freezing french frequency frequent friendly friends friendship from
front fuel fuelling fulfil fulfilled fulfilling fulfilment full fullest fully function functional functioning
functions fund fundamental funded funding funds further furthering furthermore furthest future gain gaining gains
games gap gaps gas gases gather gathering gaza gc gear gender general generally generate generated generating
generation generations generous genetic geneva genital genocide genuine geographic geographical geopolitical georgia
geospatial germany get girl girls give given giving glaciers global globalization globally glorification go goal goals
going golan good goods governance governing government governmental governments governors graduated graduating
graduation grant granted granting grants gratitude grave gravely great greater greatest greatly green greenhouse grid
gross ground grounded grounds group groups grow growing growth gs guam guarantee guaranteed guaranteeing guarantees
guardians guidance guide guided guidelines guiding guinea gulf habitat habitats had hague half hall halt halting
hamper hampering hand harassment hard hardest hardship harm harmful harmonious harmonization harmonize harmonized
harmonizing harmony harms harness harnessing harvest has hate hatred have havens having hazard hazardous hazards he
head headed headquarters heads health healthcare healthy hearing heart heavily heavy heightened held helena help
helpful helping helps hemisphere her heritage high higher highest highlight highlighted highlighting highlights highly
him hinder his historic historical history hit hiv hoc hold holder holders holding holistic home homelessness homes
honour hope hospitals host hostage hosted hostilities hostility hosting household households housing how however hrc
https hub hubs human humane humanitarian humanity humankind hunger hurricane hurricanes hybrid hydrographic hygiene
ibid ideal ideas identification identified identify identifying identity ideologies if ii iii ill illegal illegality
illicit illicitly illness immediate immediately immense immigration immunities immunization impact impacted impacting
impacts impairs impart impartial impartiality impede impediment impediments impeding imperative imperatives implement
implementation implemented implementing implications import importance important importing impose imposed imposing
imposition imprisonment improve improved improvement improvements improving improvised impunity in inadequate
inadmissibility inalienable incentives incentivize incidence incident incidental incidents incite incitement include
included includes including inclusion inclusive inclusiveness income incompatible inconsistent incorporate
incorporated incorporating incorporation increase increased increases increasing increasingly indebted independence
independent independently index india indian indicate indicator indicators indigenous indirect indiscriminate
indispensable individual individually individuals indivisible indonesia induced industrial industrialization
industries industry inequalities inequality inequities inf infants infection infections infectious inflation influence
inform informal information informed informing infrastructure inhabitants inherent inhuman initial initiate initiated
initiative initiatives injuries injurious injury injustices innovation innovations innovative input inputs inquiry
insecurity inspection instability installations instances institute institutes institution institutional institutions
instrument instruments insufficient insurance integral integrate integrated integrating integration integrity
intellectual intelligence intended intensification intensified intensify intensifying intensity intensive intent
intention intentionally inter interaction interactions interactive interconnected intercultural interdependence
interdependent interdisciplinary interest interested interests interface interfaith interfere interference
intergenerational intergovernmental intergovernmentally interim interlinkages interlinked internal internally
international internationally internet interoperability interoperable interpol interpretation interpreted
interregional interrelated interreligious intersecting intersessional intervention interventions intimidation into
intolerance introduce introduced introducing introduction invasive invest investigate investigated investigating
investigation investigations investigative investing investment investments investor investors invitation invite
invited invites inviting involuntary involve involved involvement involves involving ioc ionizing iran iraq ireland
irma irregular irrespective irreversibility irreversible irrigation is isba islamic islamophobia island islands
isolation israel israeli issuance issue issued issues istanbul it italy item items its itself iv ivoire ix janeiro
january japan jerusalem job jobs johannesburg join joint jointly jordan journalists judges judgment judicial judiciary
july june juridical jurisdiction jurisdictions just justice justify juvenile kampala kanak kazakhstan keep keeping key
kidnapping killed killing killings kimberley kind kinds kingdom kinshasa know knowledge known korea korean kosovo
kuala kunming kyoto kyrgyzstan la labour lack lacking lake land landlocked landmines lands landscape language
languages large larger largest last lasting later latest latin latter launch launched laundering law laws lawyers lead
leaders leadership leading leads league learned learners learning least leave leaving lebanese lebanon led left leg
legacy legal legality legally legislation legislative legitimate lend lending length leone leopard less lessons lethal
letter level levels leverage leveraging liability liaison liberalization liberation liberty library life lifelong
lifestyles lift light likely limit limitation limitations limited limiting limits line lines linguistic link linkages
linked links liquidity lisbon list listed lists literacy litter live livelihood livelihoods lives livestock living
local localization locally located location locations logistical logistics london long longer look looking looks
looting loss losses lost low lower lumpur machine machinery macroeconomic made madrid main mainstream mainstreaming
maintain maintained maintaining maintenance major majority make makers makes making malaria mali malnutrition manage
managed management managers managing mandate mandated mandates mandatory mandela manifest manifestations manner
manufacture manufacturing many map mapping maps march marginalization marginalized margins maria marine maritime mark
marked market marketing markets marking marks marrakech marriage mass material materials maternal mathematics matter
matters mauritius maximize maximizing maximum may mean meaningful meaningfully means measure measurement measures
measuring mechanism mechanisms media mediation mediator medical medicine medicines mediterranean medium meet meeting
meetings member members membership memorandum memory men menstrual mental mentioned mepc mercenaries mercenary
messages met metals meteorological method methodologies methodology methods mexico micro microfinance microplastics
middle midterm might migrant migrants migration migratory miles milestone military millennium million millions min
mind mindful mine minerals mines minimize minimizing minimum mining minister ministerial ministers ministries
minorities minority minutes misconduct misinformation missile missing mission missions misuse mitigate mitigating
mitigation mobile mobility mobilization mobilize mobilizing modalities model modelling models modern modernization
modes moment momentum monetary money mongolia monitor monitoring monterrey monthly months montreal montserrat
monuments moon moral moratorium morbidity more morocco mortality most mother mothers motion motivated mountain
mountains move movement movements moving msc msp much multi multicultural multidimensional multidisciplinary
multifaceted multilateral multilateralism multilaterally multilingual multilingualism multimodal multinational
multiple multisectoral munitions museums muslims must mutilation mutual mutually myanmar nagoya nairobi name namely
names narcotic narcotics narrow national nationality nationally nationals nations natural nature nautical navigation
nazi nazis nazism nd near nearly necessary necessity need needed needs negative negatively neglect negotiable
negotiated negotiating negotiation negotiations neighbouring neither nelson neo net nets network networking networks
neutral neutrality never new newborn next nexus ni nice nine nineteenth ninth no noise non noncommunicable nor norm
normal normative norms north northern norway nos not notably note noted notes notification noting notwithstanding noum
november now npt nuclear number numbers numerous nutrition nutritional nutritious object objection objections
objective objectives objectivity objects obligation obligations observance observation observations observe observed
observer observers observing obstacle obstacles obstetric obtain obtained obtaining occasion occupation occupied
occupying occur occurred occurrence occurring occurs ocean oceanographic oceans october of off offence offences
offender offenders offer offered offering offers office officer officers offices official officials offline offset
often oil older olympic ombudsman on once one ones ongoing online only onset open opened opening openness operate
operated operating operation operational operationalization operationalize operations operator operators opinion
opinions opportunities opportunity opposition optimize option optional options or oral order orderly orders ordinary
org organ organisation organization organizational organizations organize organized organizing organs oriented origin
original originating oscillation other others otherwise our out outbreaks outcome outcomes outer outline outlined
outlining outlook outreach outside outstanding over overall overarching overcapacity overcome overcoming overdue
overemphasized overfishing overlap overseeing oversight overview owing own owned owners ownership pa pace pacific
package pact paid pakistan palestine palestinian palliative pandemic pandemics panel panels paper papers para
paragraph paragraphs parallel paralympic paramount paras parental parenting parents paris parity parliamentarians
parliamentary parliaments part participants participate participating participation participatory particular
particularly parties partner partners partnership partnerships parts party passage past path pathway pathways patients
pattern patterns pay paying payment payments pdf peace peacebuilding peaceful peacekeeping peer pelindaba penal
penalties penalty pending pension people peoples per percentage perceptions perform performance period periodic
periodically periods permanent permit permitted permitting perpetrated perpetrators perpetuate persecution persist
persistence persistent persists person personal personnel persons perspective perspectives pertaining phase phased
phases phenomena phenomenon philanthropic physical pillar pillars pilot pipelines piracy pitcairn place placed
placement places placing plan planet planned planning plans plant plants plastic plastics platform platforms play
played playing plays pledge pledges plenary plight pluralism pluralistic poaching point points polar police policies
policy policymakers policymaking political politically pollution polynesia pool pooled poor poorest popular population
populations port portal ports portuguese pose posed poses position positions positive possession possibilities
possibility possible post posts potential potentially poverty power powerful powers practicable practical practice
practices practitioners pre preamble precarious precautionary precedent precious precondition predictability
predictable preferably preferences preferential pregnancy pregnant prejudice premises preparation preparations
preparatory prepare prepared preparedness preparing prerequisite presence present presentation presented presenting
presents preservation preserve preserving president presidents presiding press pressing pressure pressures pretrial
prevailing prevalence prevent preventable prevented preventing prevention preventive previous previously price prices
primarily primary prime principal principle principles prior priorities prioritize prioritized prioritizing priority
prison prisoners prisons privacy private privileges pro proactive proactively problem problems procedural procedure
procedures proceed proceedings proceeds process processes processing proclaim proclaimed proclamation procurement
produce produced producers producing product production productive productivity products professional professionals
profiles profiling profit profound programmatic programme programmes programming progress progressive progressively
prohibit prohibited prohibiting prohibition prohibitions project projected projects proliferation prolonged promise
promote promoted promotes promoting promotion prompt promptly promulgating prone proper properly properties property
proportion proportionality proportionate proposal proposals propose proposed proposing prorated prosecute prosecuted
prosecuting prosecution prosecutions prospects prosperity protect protected protecting protection protectionism
protections protective protects protesters protests protocol protocols protracted proven provide provided provider
providers provides providing provision provisional provisions prst psychological psychosocial psychotropic public
publication publications publicly publish published punish punishable punishment purpose purposes pursuant pursue
pursued pursuing pursuit put putting pv qatar quadrennial quadripartite qualified qualitative quality quantitative
quantity quantum quarter quartet question questions quickly quito quota rabat race racial racism racist radiation
radioactive radiological raise raised raising rakhine range rape rapid rapidly rapporteur rapporteurs rare rate rates
rather ratification ratifications ratified ratify ratifying rating ratings ratio rd re reach reached reaching
readiness reaffirm reaffirmation reaffirmed reaffirming reaffirms real realities reality realization realize realized
realizing reasonable reasons rebuilding rec recall recalling recalls receive received receiving recent recently
reception rechannelling recipients reclassification recognition recognize recognized recognizes recognizing recommend
recommendation recommendations recommended recommends recommit recommits recommitting reconciliation reconstruction
record recorded recording records recover recovering recovery recreational recruited recruiting recruitment recurrence
recurrent recurring recycling red redeployment redistribute redouble redress reduce reduced reducing reduction
reductions reefs refer reference references referendum referendums referral referred referring refine reflect
reflected reflecting reflects reforestation reform reforming reforms refoulement refrain refugee refugees regard
regarding regardless regards regeneration regime regimes region regional regionally regions register registration
registry regret regrets regretting regular regularly regulate regulation regulations regulatory rehabilitation
rehabilitative reimbursements reinforce reinforced reinforcing reintegration reinvigorated reiterate reiterated
reiterates reiterating relate related relating relation relations relationship relationships relative release released
relevance relevant reliability reliable reliance relief religion religions religious relocation remain remained
remaining remains remedial remediation remedies remedy remembrance reminds remittance remittances remnants remote
removal remove removing render rendered renew renewable renewed renovation reoffending repair reparation reparations
repatriation repeal repeated repertoire repertory replace replacement replenishment report reported reporting reports
repository represent representation representative representatives represented representing represents repression
reprisal reprisals reproductive republic request requested requesting requests require required requirement
requirements requires requiring res rescue research reservations reserve reserves resettlement residence resident
residents residual resilience resilient resistance resistant resolution resolutions resolve resolved resolves
resolving resort resource resourced resources respect respected respectful respecting respective respectively respects
respond responding response responses responsibilities responsibility responsible responsive restitution restoration
restorative restore restoring restraint restricted restriction restrictions restrictive restructuring result resulted
resulting results resume resumed resumption retain retention return returned returnees returning returns reunification
reuse rev revenue revenues reverse reversed reversing review reviewed reviewing reviews revised revision
revitalization revitalize revitalized rhetoric rica rich right rights rio rise rising risk risks riyadh road roadmap
roads robbery robust rohingya role roles roll rome root rough round routes rule rules run rural russian safe safeguard
safeguarding safeguards safely safety sahara saharan saint sale sales same samoa sanctions sand sanitation santiago
sao satellite satisfaction saudi save saving savings scale scaled scaling scarcity schedule scheduled scheme schemes
scholarships school schools science sciences scientific scope scourge screening sdg sdgs sea seabed seafarers search
seas second secondary secretariat secretariats secretary sect section sections sector sectoral sectors secure securing
security see seek seekers seeking seeks segment segments seize seized seizure selected selection selectivity self
seminar seminars semipalatinsk sendai senegal senior sensitive sentences sentencing seoul separate separated
separation september series serious seriously serve served serves service services servicing serving session sessions
set sets setting settings settle settlement settlements settlers sevastopol seven seventeenth seventh seventieth
seventy several severe severely sevilla sewage sex sexual sgb shall shanghai shaping share shared sharing shark sharks
sharm sheikh shelf shelter shift ship shipment shipping ships shocks shores short shortfall shortfalls should shown
sick side sides sids sierra sign signatories signatory signature signed significance significant significantly signing
similar simultaneously since singapore single site sites situation situations six sixteenth sixth sixtieth sixty size
sized skilled skills skinhead slave slavery slick slow small smallholder smallholders smart smooth smuggling snow so
social socially societies society socioeconomic soil sole solely solemn solidarity solution solutions solving somalia
some soon sought sound source sources south southeast southern sovereign sovereignty space spaces spain spatial speak
speakers speaking special specialized species specific specifically specificities specified speech speed speedy
spending spent sphere spheres spill spirit spiritual splos sport sporting sports spread sr ss st stability
stabilization stable staff staffing stage stages stakeholder stakeholders stand standard standardized standards
standing start starting state stated stateless statelessness statement statements states stations statistical
statistics status statute steering stemming step steps stereotypes stereotyping stigma stigmatization still stimulate
stipulated stock stockpiles stockpiling stocks stocktaking stolen stop storage stored storm storms straddling
strategic strategies strategy strengthen strengthened strengthening strengthens stress stressed stresses stressing
strict strictly strikes strip strive striving strong stronger strongest strongly structural structure structured
structures students studies study stunting sub subcommittee subcommittees subject subjected subjects submarine
submission submissions submit submitted submitting subnational subprogramme subregion subregional subsequent
subsequently subsidiary subsidies subsistence substance substances substantial substantially substantive substitute
success successful successfully successive such sudan sudden suffer suffered suffering sufficient sufficiently
suitable summaries summary summit summits sums superiority supervision supplement supplementary supplementing supplies
supply support supported supporting supportive supports suppress suppression supreme surge surrounding surveillance
survey surveys survival survivor survivors suspected suspension sustain sustainability sustainable sustainably
sustained sustaining swaps synergies synthesis synthetic syria syrian syrians system systematic systematically
systemic systems table tackle tackling tailored tajikistan take taken takes taking tangible target targeted targeting
targets task tasks tatars tax td te teachers teaching team teams technical techniques technological technologies
technology telecommunication telecommunications temperature temporarily temporary tension tensions tenth tenure term
terminology terms terrestrial territorial territories territory terror terrorism terrorist terrorists tertiary test
testing tests text texts th than that the their them thematic theme themes themselves therapeutics there thereafter
thereby therefore therein thereof thereon thereto these they things thinking third thirds thirteenth thirtieth thirty
this thorough those thought thousands threat threaten threatened threatening threatens threats three through
throughout thus ties timber time timeline timelines timely times tirelessly title tlatelolco to tobacco today together
tokelau tokyo tolerance tome too took tool toolkit tools topic topics torture total tourism toward towards toxic toxin
trace tracing track tracking trade trading traditional traditions traffic trafficked traffickers trafficking trained
training trans transaction transactions transatlantic transboundary transfer transferred transfers transform
transformation transformative transforming transhumance transit transition transitional transitions translate
translation transmission transmit transmitted transmitting transnational transparency transparent transplantation
transport transportation trauma travel treat treated treaties treatment treatments treaty trees trend trends trial
trials triangular tribunal tribunals trillion tripartite trips troop tropical truce trust trustworthy truth tsunami
tuberculosis tuna tunis turkmenistan turks turn twelfth twentieth twenty two type types uganda ukraine ukrainian
ukrainians ultimate ultimately un unable unacceptable unauthorized uncertain under underfunded underline underlined
underlines underlining underlying undermine undermined undermines undermining underrepresented underscore underscored
underscores underscoring understand understanding undertake undertaken undertaking undertakings underwater undue
unemployment unencumbered unep unequal unequivocal uneven unfccc unfinished unhindered unification unified unilateral
unimpeded unintended union unions unique unit united units unity universal universality universalization universally
universities university unjustifiable unlawful unlawfully unless unlock unnecessary unpaid unprecedented unproductive
unregulated unreported unsafe unsustainable until unwavering up upcoming update updated updates updating uphold
upholding upon uranium urban urbanization urge urged urgency urgent urgently urges urging uruguay use used useful user
users uses using utilization utilize utilized utilizing utmost uzbekistan vacant vaccination vaccine vaccines valid
validity valuable value values variety various vast vehicle vehicles venezuela verifiable verification version very
vessel vessels vi viability viable vice victim victimization victims vienna view views vii viii villages violate
violating violation violations violence violent virgin virtual virtue vis visas visibility vision visit visiting
visits vital vocational voice voices vol volatile volatility vols volume voluntarily voluntary volunteer volunteering
volunteerism volunteers vote voters voting vulnerabilities vulnerability vulnerable wage wages wall want war warfare
warming warning warnings was washington waste wastes wastewater water waters way ways we wealth weapon weapons weather
web website websites week weeks welcome welcomed welcomes welcoming welfare well were west western wha what when
whenever where whereabouts whereby wherever whether which while who whole whom whose wide widely widening wider
widespread widest wild wildlife will willingness winter wish wishes with withdraw withdrawal within without witnesses
women won work worker workers workforce working workload workplace workplan works workshop workshops world worldwide
worship worst would wounded writing written wrongful wt www xenophobia xenophobic xi xii xiii xiv xv xvi xvii xviii
xxi xxv xxviii yaound year yearbook years yet york young youth zaporizhzhia zealand zero zone zones zoonotic
`;

let lexicon: ReadonlySet<string> | undefined;
/** The genre's words, lower-case (built on first use: only pypdf texts need it). */
export function genreLexicon(): ReadonlySet<string> {
  lexicon ??= new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));
  return lexicon;
}
