"""Legal forms and business words of other languages, as normalisation leaves them (ASCII,
lower case, accents gone: ``Spółka Akcyjna`` is ``spolka akcyjna``). ``vocab`` merges
them into its tables.

Sources: the legal entity types of each country as the registers name them (Wikipedia's
"List of legal entity types by country", checked against the ISO 20275 entity legal
forms code list for the forms' kinds); the transliterations are those the sanctions
lists use (BGN/PCGN and the lists' own spellings of Russian and Ukrainian). Each form is
mapped to the code of its English equivalent in ``vocab.LEGAL_FORMS``, so forms of one
kind agree (``spolka akcyjna`` and ``sa``; ``sp z oo`` and ``gmbh`` are both private).
"""

from __future__ import annotations

#: phrase -> form code (a code of ``vocab.LEGAL_FORMS``)
WORLD_LEGAL_FORMS: dict[str, str] = {
    # Polish, Czech, Slovak, Hungarian, Romanian, Slovenian, Croatian, Serbian, Bulgarian
    "spolka z ograniczona odpowiedzialnoscia": "srl", "sp z oo": "srl", "sp zoo": "srl",
    "spolka akcyjna": "sa", "spolka komandytowa": "kg", "spolka jawna": "kg",
    "spolecnost s rucenim omezenym": "srl", "spolocnost s rucenim obmedzenym": "srl",
    "sro": "srl", "akciova spolecnost": "sa", "akciova spolocnost": "sa",
    "korlatolt felelossegu tarsasag": "srl", "kft": "srl", "zrt": "sa", "nyrt": "sa",
    "zartkoruen mukodo reszvenytarsasag": "sa", "nyilvanosan mukodo reszvenytarsasag": "sa",
    "societate pe actiuni": "sa", "societate cu raspundere limitata": "srl",
    "druzba z omejeno odgovornostjo": "srl", "drustvo s ogranicenom odgovornoscu": "srl",
    "drustvo sa ogranicenom odgovornoscu": "srl", "doo": "srl", "dionicko drustvo": "sa",
    "akcionarsko drustvo": "sa", "eood": "srl", "ood": "srl", "ead": "sa",
    "aktsionerno druzhestvo": "sa",
    # Baltic
    "uab": "srl", "uzdaroji akcine bendrove": "srl", "akcine bendrove": "ab",
    "sabiedriba ar ierobezotu atbildibu": "srl", "akciju sabiedriba": "as",
    "aktsiaselts": "as", "osauhing": "srl",
    # Russian, Ukrainian, Belarusian, Kazakh (the lists' transliterations)
    "obshchestvo s ogranichennoi otvetstvennostyu": "ooo",
    "obshchestvo s ogranichennoy otvetstvennostiu": "ooo",
    "obshestvo s ogranichennoy otvetstvennostyu": "ooo",
    "obschestvo s ogranichennoy otvetstvennostyu": "ooo",
    "aktsionernoe obshestvo": "jsc", "aktsionernoye obshestvo": "jsc",
    "aktsionernoe obschestvo": "jsc", "aktsionernoye obschestvo": "jsc",
    "publichnoye aktsionernoye obshchestvo": "pjsc", "publichnoe aktsionernoe obshestvo": "pjsc",
    "otkrytoye aktsionernoye obshchestvo": "ojsc", "zakrytoye aktsionernoye obshchestvo": "cjsc",
    "nepublichnoe aktsionernoe obshchestvo": "jsc", "nepublichnoye aktsionernoye obshchestvo": "jsc",
    "tovarystvo z obmezhenoyu vidpovidalnistyu": "ooo",
    "tovarystvo z obmezhenoiu vidpovidalnistiu": "ooo",
    "tovarystvo z obmezhenoju vidpovidalnistju": "ooo",
    "pryvatne aktsionerne tovarystvo": "jsc", "publichne aktsionerne tovarystvo": "pjsc",
    "aktsionerne tovarystvo": "jsc",
    # (Ukrainian Cyrillic as anyascii reads it: и as i)
    "tovaristvo z obmezhenoyu vidpovidalnistyu": "ooo", "privatne aktsionerne tovaristvo": "jsc",
    "publichne aktsionerne tovaristvo": "pjsc", "aktsionerne tovaristvo": "jsc", "prat": "jsc", "nao": "jsc", "odo": "ooo",
    "tovarishchestvo s ogranichennoy otvetstvennostyu": "ooo",
    "aktsionernaya kompaniya": "jsc", "natsionalnaya aktsionernaya kompaniya": "jsc",
    "natsionalna aktsionerna kompaniya": "jsc",
    # "company" and "corporation" in other languages (forms of the generic family)
    "kompaniya": "co", "kompaniia": "co", "compania": "co", "companhia": "co",
    "compagnie": "co", "sirketi": "co", "korporatsiya": "corp", "korporatsiia": "corp",
    "korporacja": "corp", "corporacion": "corp", "corporacao": "corp",
    # Nordic
    "aktiebolag": "ab", "aktiebolaget": "ab", "publ": "ab", "aksjeselskap": "as",
    "allmennaksjeselskap": "as", "aktieselskab": "as", "aktieselskabet": "as",
    "anpartsselskab": "as", "aps": "as", "osakeyhtio": "oy", "julkinen osakeyhtio": "oy",
    "abp": "oy", "hlutafelag": "as", "ehf": "as", "hf": "as",
    # German, Dutch, French, Italian, Spanish, Portuguese
    "kommanditgesellschaft": "kg", "kgaa": "ag", "offene handelsgesellschaft": "kg",
    "ohg": "kg", "ug haftungsbeschrankt": "gmbh", "commanditaire vennootschap": "kg",
    "besloten vennootschap met beperkte aansprakelijkheid": "bv",
    "eurl": "sarl", "entreprise unipersonnelle a responsabilite limitee": "sarl",
    "sasu": "sas", "societe en nom collectif": "kg",
    "societa in accomandita semplice": "kg", "societa in nome collettivo": "kg",
    "sab de cv": "sa", "sapi de cv": "sa", "s de rl de cv": "srl",
    "sociedad anonima cerrada": "sa", "sociedad anonima abierta": "sa", "sac": "sa",
    "saa": "sa", "sau": "sa", "slu": "sl", "limitada": "ltd", "cia ltda": "ltd",
    "compania limitada": "ltd", "eirl": "ltd", "sociedade anonima": "sa",
    "sociedade limitada": "ltd", "sociedade por quotas": "ltd", "lda": "ltd",
    "eireli": "ltd",
    # Turkish, Greek
    "anonim sirketi": "sa", "anonim sirket": "sa", "limited sirketi": "ltd",
    "ltd sti": "ltd", "sti": "ltd", "anonymi etaireia": "sa",
    "etaireia periorismenis efthynis": "srl", "epe": "srl", "ike": "srl",
    # Japanese, Korean, Chinese, Vietnamese, Thai
    "kabushikigaisha": "kk", "kabushiki gaisha": "kk", "yugen kaisha": "ltd",
    "godo kaisha": "llc", "jusik hoesa": "kk", "jusikhoesa": "kk", "chusik hoesa": "kk",
    "yuhan hoesa": "ltd", "yuhanhoesa": "ltd", "youxian gongsi": "ltd",
    "youxiangongsi": "ltd", "gufen youxian gongsi": "jsc", "youxian zeren gongsi": "ltd",
    "cong ty tnhh": "ltd", "tnhh": "ltd", "cong ty co phan": "jsc",
    "borisat chamkat": "ltd", "borisat mahachon chamkat": "plc",
    # Indonesian, Malay, South Asian, Gulf
    "perseroan terbatas": "pt", "sendirian berhad": "bhd", "berhad": "bhd",
    "pvt ltd": "ltd", "pvt": "ltd", "wll": "llc", "spc": "llc", "psc": "jsc",
    "qpsc": "jsc", "saoc": "sa", "saog": "sa", "bsc": "jsc", "kscp": "jsc", "ksc": "jsc",
    # abbreviations of the Russian and Ukrainian forms above
    "ak": "jsc", "nak": "jsc",
    # a scientific production association (NPO), a kind of Soviet and Russian enterprise
    "npo": "co", "nauchno proizvodstvennoe obedinenie": "co",
    "nauchno proizvodstvennoye obyedinenie": "co", "nauchno proizvodstvennoe obyedinenie": "co",
    "nauchno proizvodstvennoye obedinenie": "co",
    # ... as the English names write it, and as ``vocab_scripts`` reads the Cyrillic
    "research and production association": "co", "scientific production association": "co",
    "scientific and production association": "co",
}

#: forms that are also words or names: read as forms only at either end of a name
WORLD_AMBIGUOUS: frozenset[str] = frozenset(
    ["hf", "sac", "saa", "sau", "odo", "nao", "epe", "ike", "sti", "publ", "spc", "ead",
     "lda", "pvt", "limitada", "berhad", "doo", "ood", "ak", "nak", "npo"])

#: words of other languages that say what kind of business it is, -> the English word
#: ``normalize`` reads for it (the English ones are ``vocab.GENERIC_ORG_WORDS``)
WORLD_WORDS: dict[str, str] = {
    "grupo": "group", "gruppa": "group", "gruppe": "group", "groupe": "group",
    "grup": "group", "gruppo": "group", "groep": "group", "grupa": "group",
    "kholding": "holding", "holdingi": "holding",
    "kontsern": "concern", "koncern": "concern", "konzern": "concern",
    "gosudarstvennaya": "state", "gosudarstvennoe": "state", "derzhavne": "state",
    "derzhavna": "state", "gosudarstvennoye": "state",
    "neftyanaya": "oil", "naftova": "oil", "neftegazovaya": "oil and gas",
    "banka": "bank", "banco": "bank", "banque": "bank", "bankasi": "bank",
    "torgovaya": "trading", "torgovyy": "trading", "torgovyi": "trading",
    "promyshlennaya": "industrial", "promyshlennyy": "industrial",
    "mezhdunarodnaya": "international", "mizhnarodna": "international",
    "internacional": "international", "internationale": "international",
    "internazionale": "international",
    "tekhnologii": "technology", "tekhnologiya": "technology", "tecnologia": "technology",
    "technologie": "technology", "teknoloji": "technology",
    "rossii": "russia", "rossiya": "russia", "rossiyskaya": "russia",
    "rossiyskie": "russia", "rossiiskaia": "russia", "rossiyskiy": "russia",
    "ukrainy": "ukraine", "ukraina": "ukraine", "ukrayiny": "ukraine",
    "predpriyatie": "enterprise", "pidpriiemstvo": "enterprise",
    "pidpryiemstvo": "enterprise", "obedinenie": "association",
    "obyedinenie": "association",
    "jidosha": "automobile", "jeonja": "electric", "denki": "electric",
    "denshi": "electric", "koninklijke": "royal", "royale": "royal", "reale": "royal",
}

#: words that name a kind of business in any language, beside ``GENERIC_ORG_WORDS``
WORLD_GENERIC: frozenset[str] = frozenset(
    ["concern", "state", "bank", "oil", "gas", "motor", "automobile", "electric", "royal"])

#: Chinese (and Japanese kanji, as simplified characters) business words and their
#: English equivalents as the companies' own English names write them, beside
#: ``vocab.HAN_WORDS`` (中国工商银行: Industrial and Commercial Bank of China; トヨタ自動車:
#: Toyota Motor)
WORLD_HAN_WORDS: dict[str, str] = {
    "工商": "industrial and commercial", "农业": "agricultural", "招商": "merchants",
    "保险": "insurance", "人寿": "life", "证券": "securities", "电信": "telecommunications",
    "移动": "mobile", "铁路": "railway", "重工": "heavy industry", "汽车": "automobile",
    "自动车": "motor", "钢铁": "iron and steel", "机械": "machinery", "进出口": "import export",
    "实业": "industrial", "开发": "development", "医药": "pharmaceutical", "天然气": "natural gas",
    "海洋": "ocean", "航空工业": "aviation industry", "电网": "grid", "兵器": "ordnance",
    "商船": "merchant marine", "电气": "electric", "化学": "chemical", "材料": "materials",
    "光电": "optoelectronics", "仪器": "instrument", "精密": "precision", "新能源": "new energy",
    "电机": "electric", "信息": "information", "数据": "data", "智能": "intelligent",
    # Japanese kanji company words (as simplified characters, and the shinjitai OpenCC
    # leaves): 三菱重工業 Mitsubishi Heavy Industries, 三井物産 Mitsui & Co.
    "重工业": "heavy industries", "商事": "trading", "制作所": "works", "制药": "pharmaceutical",
    "精机": "precision machinery", "铁钢": "steel", "鉄钢": "steel", "鉄鋼": "steel",
    "电工": "electric", "产业": "industries", "工业所": "works", "造船": "shipbuilding",
    "海上": "marine", "物产": "trading", "化成": "chemical", "制铁": "steel",
    "制钢": "steel", "汽船": "steamship", "运输": "transport", "会社": "company",
    "制薬": "pharmaceutical", "製薬": "pharmaceutical",
    # Chinese trade words
    "纺织": "textile", "零部件": "parts", "配件": "parts", "新材料": "new materials",
    "生物技术": "biotechnology", "生物": "bio", "食品": "food", "医疗": "medical",
    "器械": "equipment", "环保": "environmental", "电器": "electrical appliances",
    "橡胶": "rubber", "塑料": "plastics", "玻璃": "glass", "水泥": "cement",
    "港口": "port", "建材": "building materials", "房地产": "real estate",
    "置业": "property", "商贸": "trading", "电子商务": "e-commerce", "光学": "optical",
    "激光": "laser", "无人机": "drone", "机器人": "robotics", "集成电路": "integrated circuit",
    "微电子": "microelectronics", "重庆": "chongqing", "卫星": "satellite", "雷达": "radar", "导航": "navigation",
}
