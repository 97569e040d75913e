"""Country, region and people names (English and French), in ``normalize``d form.

A name made only of these words is a place or a nationality, never a party an event is
about ("Ukraine", "Xinjiang", "Taïwan", "Uyghurs", "Américain"): the mention finders
reject such names, and strip them from the front of a person's name ("l'Américain John
Mark Dougan" → "John Mark Dougan").
"""

from __future__ import annotations

_WORDS = """
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
colombia comoros congo costa croatia cuba cyprus czech czechia denmark djibouti dominica
ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia
germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india
indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati
korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma
namibia nauru nepal netherlands zealand nicaragua niger nigeria macedonia norway oman
pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania
russia rwanda samoa marino arabia senegal serbia seychelles sierra leone singapore slovakia
slovenia somalia sudan spain lanka suriname sweden switzerland syria taiwan tajikistan
tanzania thailand togo tonga trinidad tunisia turkey turkiye tuvalu uganda ukraine emirates
uae uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe crimea donbas donetsk
luhansk xinjiang tibet hong kong macau macao gaza europe asia africa america americas rdc drc crimee
kremlin moscow beijing washington london brussels paris tokyo tehran pyongyang kyiv kiev
prc dprk rpc minsk caracas havana khartoum dar es salaam nairobi damascus ankara berlin shanghai shenzhen
york geneva dubai istanbul hangzhou guangzhou wuhan chongqing tianjin seoul taipei delhi mumbai riyadh
doha abu dhabi tashkent almaty baku yerevan tbilisi warsaw vienna rome madrid lisbon amsterdam
ottawa canberra wellington bern berne oslo stockholm helsinki copenhagen copenhague dublin athens
athenes cairo caire jakarta manila manille hanoi bangkok kuala lumpur islamabad kabul baghdad
bagdad beirut beyrouth amman jerusalem tel aviv chisinau vilnius riga tallinn prague budapest
bucharest bucarest sofia belgrade zagreb ljubljana sarajevo skopje tirana valletta nicosia nicosie
brasilia aires bogota quito pretoria abuja luanda rabat algiers alger tunis tripoli damas sanaa
muscat manama astana bishkek dushanbe ashgabat ulaanbaatar
anhui fujian gansu guangdong guangxi guizhou hainan hebei heilongjiang henan hubei hunan jiangsu
jiangxi jilin liaoning ningxia qinghai shaanxi shandong shanxi sichuan yunnan zhejiang
dalian qingdao ningbo xiamen nanjing chengdu harbin suzhou zhuhai dongguan foshan xian shenyang changsha zhengzhou jinan kunming urumqi lhasa
afghan albanian algerian american argentine armenian australian austrian azerbaijani
belarusian belarussian belgian bolivian brazilian british bulgarian burmese cambodian
canadian chilean chinese colombian croatian cuban cypriot czech danish dutch egyptian
emirati english eritrean estonian ethiopian european filipino finnish french georgian
german ghanaian greek haitian hungarian indian indonesian iranian iraqi irish israeli
italian japanese jordanian kazakh kenyan korean kuwaiti kyrgyz lao latvian lebanese
libyan lithuanian malaysian malian maltese mexican moldovan mongolian moroccan nepalese
nicaraguan nigerian norwegian omani pakistani palestinian panamanian peruvian polish
portuguese qatari romanian russian rwandan saudi scottish senegalese serbian singaporean
slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese tajik thai tunisian
turkish turkmen ugandan ukrainian uyghur uyghurs uighur uighurs uzbek venezuelan vietnamese
welsh yemeni zimbabwean african asian caribbean
afghanistan algerie allemagne angleterre arabie argentine armenie australie autriche
belgique bielorussie birmanie bresil bulgarie cambodge canada chili chine chypre colombie
coree croatie danemark egypte emirats espagne estonie etats unis etatsunis ethiopie
finlande grece hongrie inde indonesie irak iran irlande islande israel italie japon
jordanie kazakhstan koweit liban libye lituanie malaisie maroc mexique moldavie mongolie
norvege nouvelle zelande ouzbekistan pakistan palestine pays bas perou philippines pologne
roumanie royaume uni russie serbie singapour slovaquie somalie soudan suede suisse syrie
taiwan tchequie thailande tunisie turquie ukraine venezuela vietnam yemen europe asie
afrique amerique oceanie orient east sahel balkans caucasus caucase maghreb levant baltics gulf golfe peninsula peninsule
pacific pacifique arctic arctique antarctica eurasia eurasie scandinavia scandinavie indochina
sea seas ocean oceans mer caspian caspienne mediterranean mediterranee adriatic
afrique amerique moscou pekin londres bruxelles kiev kyiv teheran
afghan algerien algerienne allemand allemande americain americaine americains americaines
anglais anglaise arabe argentin australien autrichien belge bielorusse bresilien britannique
britanniques bulgare canadien chinois chinoise chinoises coreen coreenne danois egyptien
espagnol europeen europeenne europeens francais francaise grec hongrois indien iranien
iranienne irakien irlandais israelien italien japonais japonaise libanais marocain mexicain
neerlandais norvegien ouzbek pakistanais polonais portugais roumain russe russes saoudien
serbe suedois suisse syrien taiwanais tcheque turc turque ukrainien ukrainienne
venezuelien vietnamien ouighour ouighours ouigour ouigours uighours africain africaine asiatique
alabama alaska arizona arkansas california californie colorado connecticut delaware florida floride
hawaii idaho illinois indiana iowa kansas kentucky louisiana louisiane maryland massachusetts
michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
pennsylvanie tennessee texas utah vermont virginia virginie wisconsin wyoming carolina caroline
dakota hampshire jersey
ontario quebec alberta manitoba saskatchewan columbia scotland ecosse wales england
bavaria baviere catalonia catalogne siberia siberie chechnya tchetchenie dagestan tatarstan
cisjordanie transnistria transnistrie abkhazia abkhazie ossetia ossetie kurdistan darfur darfour
herzegovina herzegovine srpska
albanie andorre azerbaidjan bahrein barbade bermudes bhoutan bolivie cameroun comores erythree
fidji gambie georgie groenland guinee jamaique kirghizstan lettonie malte mauritanie micronesie
namibie ouganda slovenie tadjikistan tanzanie tchad turkmenistan zambie bretagne corne
bosnian montenegrin macedonian kosovar herzegovinian kurdish belarussian moldavian
serb croat bosniak kurd pashtun tajik hazara tatar chechen ossetian abkhaz rohingya baloch
bosnien bosniaque croate kurde britain tchetchene tatare georgien georgienne
erythreen erythreenne moldave yemenite
ivoire ivory ivorian ivoirien ivoirienne salvadoran salvadorien salvadorienne
zaporizhzhia zaporijia zaporijjia zaporozhye kherson odesa odessa kharkiv kharkov mariupol
"""

PLACE_WORDS: frozenset[str] = frozenset(_WORDS.split())

# countries alone (no regions, cities or peoples), English and French: the parties of a
# list of states ("state sponsors of terrorism", "États soutenant le terrorisme")
COUNTRY_WORDS: frozenset[str] = frozenset("""
afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain
bangladesh belarus belgium bolivia bosnia brazil bulgaria burma cambodia cameroon canada chad
chile china colombia congo croatia cuba cyprus denmark egypt eritrea estonia ethiopia finland
france georgia germany greece guinea haiti hungary india indonesia iran iraq ireland israel italy
japan jordan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon libya
lithuania mali mexico moldova mongolia montenegro morocco mozambique myanmar nicaragua niger
nigeria norway oman pakistan panama peru philippines poland portugal qatar romania russia
rwanda serbia somalia sudan spain sweden switzerland syria tajikistan tanzania thailand tunisia
turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam yemen zimbabwe
algerie allemagne arabie belgique bielorussie birmanie bresil cambodge chili chine chypre
colombie coree croatie danemark egypte espagne ethiopie grece hongrie inde indonesie irak
irlande islande italie japon jordanie koweit liban libye lituanie malaisie maroc mexique
moldavie mongolie norvege ouzbekistan perou pologne roumanie russie serbie somalie soudan
suede suisse syrie tchequie thailande tunisie turquie yemen
albanie azerbaidjan bahrein bolivie cameroun erythree gambie georgie guinee lettonie mauritanie
ouganda slovenie tadjikistan tanzanie tchad turkmenistan zambie
""".split())

# words of a region, a faith, a creed or a people that only qualify a noun ("the Balkan
# country", "Western sanctions", "Muslim minorities", "contre des Palestiniens", "a Syrian
# Islamist militia"): a name made only of them, or of them and places, is no party; kept apart from PLACE_WORDS, which the finders also strip from the
# front of a name ("Western Union" keeps its first word)
PEOPLE_WORDS: frozenset[str] = frozenset("""
balkan balkanique western occidental occidentale occidentaux eastern oriental orientale orientaux
muslim musulman musulmane christian chretien chretienne jewish juif juive sunni sunnite shia
shiite chiite palestinien palestinienne
islamist islamiste jihadist jihadiste djihadiste salafist salafiste
""".split())
