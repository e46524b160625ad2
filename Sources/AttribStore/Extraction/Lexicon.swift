/// The words attrib looks for, kept as data a reader can review and extend without reading the
/// rules. Each table is plain text: one entry per line, fields separated by `|`.
public enum Lexicon {
    // MARK: Speech cues

    /// How a cue connects to its content.
    public enum CueFrame: String, Sendable {
        /// takes a clause: "said (that) P", "P, he said"
        case clause
        /// takes an object noun phrase: "denied the report", "described it as ..."
        case object
        /// a mental-state or inference verb: only with an explicit that-clause ("believed that P")
        case thatOnly
    }

    public struct Cue: Sendable {
        public let lemma: String
        public let frame: CueFrame
        public let denies: Bool
    }

    /// Reporting verbs: `form form ... | lemma | frame | stance`. Forms cover tense and voice
    /// ("say says said saying"); the lemma is what attrib records as the cue.
    static let cueTable = """
    say says said saying                         | said        | clause  | asserts
    tell tells told telling                      | told        | clause  | asserts
    add adds added adding                        | added       | clause  | asserts
    note notes noted noting                      | noted       | clause  | asserts
    write writes wrote writing written           | wrote       | clause  | asserts
    report reports reported reporting            | reported    | clause  | asserts
    state states stated stating                  | stated      | clause  | asserts
    explain explains explained explaining        | explained   | clause  | asserts
    argue argues argued arguing                  | argued      | clause  | asserts
    insist insists insisted insisting            | insisted    | clause  | asserts
    warn warns warned warning                    | warned      | clause  | asserts
    claim claims claimed claiming                | claimed     | clause  | asserts
    acknowledge acknowledges acknowledged        | acknowledged| clause  | asserts
    admit admits admitted admitting              | admitted    | clause  | asserts
    concede concedes conceded conceding          | conceded    | clause  | asserts
    confirm confirms confirmed confirming        | confirmed   | clause  | asserts
    announce announces announced announcing      | announced   | clause  | asserts
    declare declares declared declaring          | declared    | clause  | asserts
    assert asserts asserted asserting            | asserted    | clause  | asserts
    stress stresses stressed stressing           | stressed    | clause  | asserts
    emphasize emphasizes emphasized emphasised   | emphasized  | clause  | asserts
    recall recalls recalled recalling            | recalled    | clause  | asserts
    reply replies replied replying               | replied     | clause  | asserts
    respond responds responded responding        | responded   | clause  | asserts
    answer answers answered                      | answered    | thatOnly| asserts
    suggest suggests suggested suggesting        | suggested   | clause  | asserts
    predict predicts predicted predicting        | predicted   | clause  | asserts
    estimate estimates estimated                 | estimated   | thatOnly| asserts
    assess assesses assessed assessing           | assessed    | thatOnly| asserts
    complain complains complained complaining    | complained  | clause  | asserts
    testify testifies testified testifying       | testified   | clause  | asserts
    tweet tweets tweeted tweeting                | tweeted     | clause  | asserts
    post posted                                  | posted      | thatOnly| asserts
    caution cautions cautioned cautioning        | cautioned   | clause  | asserts
    contend contends contended contending        | contended   | clause  | asserts
    maintain maintains maintained maintaining    | maintained  | thatOnly| asserts
    observe observes observed observing          | observed    | clause  | asserts
    reveal reveals revealed revealing            | revealed    | thatOnly| asserts
    disclose discloses disclosed disclosing      | disclosed   | thatOnly| asserts
    allege alleges alleged alleging              | alleged     | clause  | asserts
    promise promises promised promising          | promised    | thatOnly| asserts
    pledge pledges pledged pledging              | pledged     | thatOnly| asserts
    vow vows vowed vowing                        | vowed       | clause  | asserts
    indicate indicates indicated indicating      | indicated   | thatOnly| asserts
    signal signals signaled signalled            | signaled    | thatOnly| asserts
    conclude concludes concluded concluding      | concluded   | thatOnly| asserts
    agree agrees agreed agreeing                 | agreed      | thatOnly| asserts
    counter counters countered countering        | countered   | clause  | asserts
    retort retorts retorted                      | retorted    | clause  | asserts
    quip quips quipped                           | quipped     | clause  | asserts
    joke jokes joked joking                      | joked       | clause  | asserts
    lament laments lamented lamenting            | lamented    | clause  | asserts
    boast boasts boasted boasting                | boasted     | clause  | asserts
    reiterate reiterates reiterated reiterating  | reiterated  | clause  | asserts
    repeat repeated                              | repeated    | thatOnly| asserts
    underscore underscored underscoring          | underscored | thatOnly| asserts
    assure assures assured assuring              | assured     | thatOnly| asserts
    mention mentions mentioned mentioning        | mentioned   | thatOnly| asserts
    inform informs informed informing            | informed    | thatOnly| asserts
    notify notifies notified notifying           | notified    | thatOnly| asserts
    remind reminds reminded reminding            | reminded    | thatOnly| asserts
    believe believes believed believing          | believed    | thatOnly| asserts
    think thinks thought                         | thought     | thatOnly| asserts
    feel feels felt                              | felt        | thatOnly| asserts
    fear fears feared                            | feared      | thatOnly| asserts
    hope hopes hoped                             | hoped       | thatOnly| asserts
    expect expects expected                      | expected    | thatOnly| asserts
    show shows showed shown                      | showed      | thatOnly| asserts
    find finds found                             | found       | thatOnly| asserts
    know knew                                    | knew        | thatOnly| asserts
    understand understood                        | understood  | thatOnly| asserts
    learn learned learnt                         | learned     | thatOnly| asserts
    hint hints hinted                            | hinted      | thatOnly| asserts
    relay relays relayed relaying                | relayed     | thatOnly| asserts
    outline outlines outlined outlining          | outlined    | thatOnly| asserts
    summarize summarizes summarized summarised   | summarized  | thatOnly| asserts
    make-clear made-clear makes-clear            | made clear  | clause  | asserts
    make-it-clear made-it-clear makes-it-clear making-it-clear | made it clear | thatOnly | asserts
    point-out pointed-out points-out             | pointed out | clause  | asserts
    describe describes described describing      | described   | object  | asserts
    call calls called calling                    | called      | object  | asserts
    urge urges urged urging                      | urged       | object  | asserts
    demanded demanding                           | demanded    | object  | asserts
    accuse accuses accused accusing              | accused     | object  | asserts
    blame blames blamed blaming                  | blamed      | object  | asserts
    criticize criticizes criticized criticised   | criticized  | object  | asserts
    denounce denounces denounced denouncing      | denounced   | object  | asserts
    praise praises praised praising              | praised     | object  | asserts
    propose proposes proposed proposing          | proposed    | thatOnly| asserts
    rule rules ruled                             | ruled       | thatOnly| asserts
    deny denies denied denying                   | denied      | object  | denies
    refute refutes refuted refuting              | refuted     | object  | denies
    reject rejects rejected rejecting            | rejected    | object  | denies
    dismiss dismisses dismissed dismissing       | dismissed   | object  | denies
    dispute disputes disputed disputing          | disputed    | object  | denies
    rebut rebuts rebutted rebutting              | rebutted    | object  | denies
    contest contests contested                   | contested   | object  | denies
    disclaim disclaims disclaimed disclaiming    | disclaimed  | object  | denies
    rebuff rebuffs rebuffed rebuffing            | rebuffed    | object  | denies
    countered countering                         | countered   | clause  | denies
    """

    /// Every inflected form of every cue, to its entry.
    public static let cues: [String: Cue] = {
        var table: [String: Cue] = [:]
        for line in cueTable.split(separator: "\n") {
            let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 4, let frame = CueFrame(rawValue: fields[2]) else { continue }
            let cue = Cue(lemma: fields[1], frame: frame, denies: fields[3] == "denies")
            for form in fields[0].split(separator: " ") { table[form.replacingOccurrences(of: "-", with: " ")] = cue }
        }
        return table
    }()

    /// For each word that is a cue (bit 1), begins a two-word cue (bit 2, "according" of
    /// "according to") or begins a three-word cue (bit 4, "made" of "made it clear"): the
    /// extractor looks a word up once, and a longer phrase only when its first word may begin one.
    public static let cueStarts: [String: UInt8] = {
        var starts: [String: UInt8] = [:]
        for key in cues.keys {
            let words = key.split(separator: " ")
            starts[String(words[0]), default: 0] |= words.count == 1 ? 1 : words.count == 2 ? 2 : 4
        }
        return starts
    }()

    /// Verbs that report words only when they frame a quotation: right after it and its speaker
    /// ("“Is it over?” the driver asks", "“Not yet,” she laughs", "“Fine,” shrugged the clerk") or
    /// right before it ("he shouted: “Run!”", "as she pleaded “Help me”", "Marchers chant: “Q”").
    /// Elsewhere they are no speech with a content ("asked whether", "laughed at the idea",
    /// "recounted the story"), so the indirect rules never see them. `form form ... | lemma`.
    static let quoteFrameTable = """
    ask asks asked                           | asked
    laugh laughs laughed                     | laughed
    smile smiles smiled                      | smiled
    shrug shrugs shrugged                    | shrugged
    sigh sighs sighed                        | sighed
    chuckle chuckles chuckled                | chuckled
    grin grins grinned                       | grinned
    shout shouts shouted                     | shouted
    yell yells yelled                        | yelled
    scream screams screamed                  | screamed
    cry cries cried                          | cried
    exclaim exclaims exclaimed               | exclaimed
    whisper whispers whispered               | whispered
    mutter mutters muttered                  | muttered
    murmur murmurs murmured                  | murmured
    snap snaps snapped                       | snapped
    plead pleads pleaded                     | pleaded
    beg begs begged                          | begged
    chant chants chanted                     | chanted
    recount recounts recounted               | recounted
    wonder wonders wondered                  | wondered
    marvel marvels marveled marvelled        | marveled
    """

    /// Verbs that report a request or a promise by what it asks or promises done, an infinitive:
    /// "asked both sides to meet again", "threatened to cut off all support". A request names
    /// whom it asks, and that object belongs to the content ("both sides to meet again"); a
    /// promise has no object ("to cut off all support"). Without the infinitive they report no
    /// content ("asked about the deal", "promised change"), so only this pattern uses them.
    /// `form form ... | lemma | request or promise`.
    static let infinitiveSpeechActTable = """
    ask asks asked asking                        | asked       | request
    instruct instructs instructed instructing    | instructed  | request
    advise advises advised advising              | advised     | request
    encourage encourages encouraged encouraging  | encouraged  | request
    implore implores implored imploring          | implored    | request
    beg begs begged begging                      | begged      | request
    threaten threatens threatened threatening    | threatened  | promise
    promise promises promised promising          | promised    | promise
    pledge pledges pledged pledging              | pledged     | promise
    vow vows vowed vowing                        | vowed       | promise
    offer offers offered offering                | offered     | promise
    """

    /// Every form of every infinitive speech act, to its lemma and whether it asks someone.
    public static let infinitiveSpeechActs: [String: (lemma: String, request: Bool)] = {
        var table: [String: (lemma: String, request: Bool)] = [:]
        for line in infinitiveSpeechActTable.split(separator: "\n") {
            let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 3 else { continue }
            for form in fields[0].split(separator: " ") { table[String(form)] = (fields[1], fields[2] == "request") }
        }
        return table
    }()

    /// Every form of every quote-frame verb, to its lemma.
    public static let quoteFrameVerbs: [String: String] = {
        var table: [String: String] = [:]
        for line in quoteFrameTable.split(separator: "\n") {
            let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 2 else { continue }
            for form in fields[0].split(separator: " ") { table[String(form)] = fields[1] }
        }
        return table
    }()

    /// Objects of "declared" that the declaring performs, saying nothing more: "declared a state of
    /// emergency", "declared bankruptcy", "declared victory".
    public static let performedByDeclaring: Set<String> = [
        "state", "emergency", "war", "bankruptcy", "victory", "independence", "martial", "disaster", "impasse", "curfew",
        "holiday", "winner", "winners", "dead", "insolvency", "ceasefire", "truce", "amnesty", "quarantine", "lockdown",
    ]

    /// Objects that make "rejected/dismissed X" a denial of a statement rather than an act
    /// ("rejected the report" denies; "rejected the deal" is an event).
    public static let deniableObjects: Set<String> = [
        "report", "reports", "reporting", "claim", "claims", "allegation", "allegations", "accusation", "accusations",
        "story", "stories", "account", "accounts", "suggestion", "suggestions", "assertion", "assertions", "findings",
        "charge", "charges", "rumor", "rumors", "rumour", "rumours", "speculation", "article", "characterization",
        "authenticity", "notion", "idea", "timing", "version", "statement", "statements", "criticism", "assessment",
    ]

    /// Words in a quotation that deny another statement ("No such thing ever happened").
    public static let denialPhrases: [String] = [
        "no such thing", "no relation to reality", "incorrect information", "is false", "was false", "are false",
        "not true", "untrue", "baseless", "fabricated", "fabrication", "fake news", "absolutely incorrect",
        "categorically deny", "never happened", "is inaccurate", "it is inaccurate", "are inaccurate", "nonsense",
        "completely false", "totally false", "patently false", "groundless", "no truth", "no basis", "not accurate",
        "simply wrong", "is wrong", "no such agreement", "did not happen", "didn't happen", "never said",
        "was inaccurate", "were inaccurate", "is incorrect", "was incorrect", "are incorrect", "were incorrect",
        "out of context", "never called", "never met", "never received", "never paid", "never took", "never accepted",
        "never promised", "never offered", "never cheated", "never lied", "at no time", "at no point", "false information",
        "not the whole truth", "not the truth", "no evidence",
        "no knowledge", "knew nothing", "know nothing", "not credible", "forgeries", "forgery", "forged",
        "conspiracy theory", "conspiracy theories", "did nothing wrong", "done nothing wrong", "no wrongdoing",
        "no such", "not correct", "zero truth", "exact opposite", "am innocent", "is innocent", "was innocent",
        "nothing to do with", "not the case", "contrary to",
        "false and misleading", "a hoax", "is ridiculous", "are ridiculous", "without basis", "bogus", "ludicrous", "a lie", "are lies", "outrageous lies",
        "pack of lies", "not to blame", "no proof", "a smear", "smear campaign",
    ]

    /// Words in a reported clause that deny another statement ("said the report was inaccurate",
    /// "said the remarks had been taken out of context"): the judgments of a statement as untrue,
    /// not opinions of a policy ("is wrong", "nonsense") that quotations may also hold.
    public static let reportedDenialPhrases: [String] = [
        "no such thing", "no relation to reality", "incorrect information", "is false", "was false", "are false", "were false",
        "not true", "untrue", "baseless", "fabricated", "fabrication", "categorically deny", "never happened",
        "is inaccurate", "are inaccurate", "was inaccurate", "were inaccurate", "is incorrect", "was incorrect",
        "are incorrect", "were incorrect", "groundless", "no truth", "no basis", "not accurate", "did not happen",
        "didn't happen", "out of context", "false information", "not the whole truth", "not the truth", "no evidence",
        "no knowledge", "knew nothing", "know nothing", "not credible", "forgeries", "forgery", "did nothing wrong",
        "done nothing wrong", "no wrongdoing", "broken no law", "broke no law", "inaccurate", "without foundation", "unfounded", "no such", "not correct",
        "zero truth", "exact opposite", "is innocent", "was innocent", "are innocent", "were innocent", "his innocence",
        "her innocence", "their innocence", "nothing to do with", "not the case", "contrary to",
        "false and misleading", "a hoax", "knowingly false", "not to blame", "no proof", "a smear", "smear campaign", "a lie",
    ]

    /// Adverbs and auxiliaries that may stand between a speaker and the cue ("Peskov reportedly said").
    static let fillers: Set<String> = [
        "also", "later", "earlier", "then", "reportedly", "allegedly", "publicly", "privately", "previously", "repeatedly",
        "has", "had", "have", "would", "will", "could", "may", "might", "did", "does", "do", "once", "again", "further",
        "recently", "separately", "subsequently", "initially", "first", "last", "still", "yet", "always", "often",
        "never", "flatly", "firmly", "strongly", "immediately", "quickly", "simply", "openly", "explicitly", "angrily",
        "not", "already", "told", "is", "was", "were", "are", "been", "being", "had been", "just", "even", "however",
        "flat-out", "categorically", "vehemently", "strenuously", "emphatically", "swiftly", "too", "both", "long",
        "since", "twice", "only", "hotly", "fully", "truly", "dryly", "wryly", "coyly", "shyly", "now",
    ]

    /// Nouns ending in "-ly" that must not be skipped as adverbs ("the family said", "the weekly reported").
    static let lyNouns: Set<String> = ["family", "assembly", "supply", "monopoly", "anomaly", "weekly", "monthly", "quarterly", "biweekly", "elderly", "homily", "butterfly"]

    /// A manner or frequency adverb ("consistently", "angrily"): any lowercase "-ly" word outside
    /// `lyNouns`, so the list of fillers need not enumerate every adverb a writer may use.
    static func isMannerAdverb(_ word: String) -> Bool {
        word.count >= 6 && word.hasSuffix("ly") && !lyNouns.contains(word)
    }

    // MARK: Sources

    /// Head nouns of anonymous-source descriptors, plural to singular.
    static let anonymousHeads: [String: String] = {
        var table: [String: String] = [:]
        let singulars = """
        source official person individual spokesperson spokesman spokeswoman diplomat aide insider executive employee
        analyst expert lawmaker resident witness investigator officer member adviser advisor staffer worker colleague
        friend relative neighbor neighbour participant negotiator banker trader dealer economist lawyer attorney
        associate confidant ally minister envoy operative representative agent figure commander soldier
        manager director strategist consultant observer activist campaigner doctor nurse teacher student passenger
        refugee organizer organiser donor supporter critic partner operator engineer pilot contractor administrator
        prosecutor investigator inspector detective inmate researcher scientist academic author parent mother father
        scholar historian physician surgeon professor insider leader victim survivor voter shopper customer user fan viewer
        side captain president senator mayor governor judge chairman chairwoman ambassador chancellor sheriff secretary rep
        man woman guy businessman businesswoman entrepreneur farmer shopkeeper vendor merchant clerk protester
        demonstrator marcher mourner villager tenant business investor protestor oceanographer skeptic sceptic
        commuter islander motorist homeowner fisherman policeman fireman
        candidate nominee legislator councilor councillor congressman congresswoman commissioner delegate
        mediator owner landlord employer shareholder creditor lender driver athlete player coach referee
        bishop priest pastor cleric imam rabbi colonel sergeant lieutenant medic paramedic firefighter rescuer
        volunteer auditor accountant forecaster meteorologist epidemiologist virologist biologist ecologist geologist
        physicist chemist astronomer architect planner developer editor columnist
        commentator pundit pollster advocate lobbyist unionist citizen taxpayer consumer patient son daughter wife
        husband brother sister widow trustee steward caregiver psychologist psychiatrist dentist pharmacist
        chief head boss superintendent coroner warden
        arbitrator rebel militant insurgent guerrilla fighter defendant plaintiff suspect juror principal dean
        provost trainer singer actor actress artist musician rapper comedian novelist writer poet blogger tipster
        whistleblower informant hostage prisoner detainee teenager monk nun grower breeder elder
        """
        for word in singulars.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let singular = String(word)
            table[singular] = singular
            let plural: String
            // "fisherman" → "fishermen", "chairman" → "chairmen".
            if singular.hasSuffix("man") { plural = String(singular.dropLast(2)) + "en" }
            else if singular.hasSuffix("y") && !"aeiou".contains(singular.dropLast().last!) { plural = String(singular.dropLast()) + "ies" }
            else if singular.hasSuffix("s") || singular.hasSuffix("sh") || singular.hasSuffix("ch") { plural = singular + "es" }
            else { plural = singular + "s" }
            table[plural] = singular
        }
        // "Authorities said": unnamed officials. One "authority" ("the port authority") is a body.
        table["authorities"] = "authority"
        table["businessmen"] = "businessman"
        table["businesswomen"] = "businesswoman"
        table["men"] = "man"
        table["women"] = "woman"
        table["people"] = "person"
        table["spokespeople"] = "spokesperson"
        table["spokesmen"] = "spokesman"
        table["spokeswomen"] = "spokeswoman"
        table["staff"] = "staff"
        table["authorities"] = "authority"
        return table
    }()

    /// Heads of unnamed sources who inform a report, rather than voice an opinion of their own
    /// ("two officials", "people familiar with the talks" against "analysts", "residents").
    static let informantHeads: Set<String> = [
        "source", "official", "person", "individual", "insider", "diplomat", "aide", "executive", "employee", "staffer",
        "adviser", "advisor", "negotiator", "banker", "spokesperson", "spokesman", "spokeswoman", "officer", "investigator",
        "associate", "confidant", "ally", "operative", "figure", "representative", "member", "colleague", "friend",
        "relative", "authority", "document", "report",
    ]

    /// Whether the words are a bare pronoun ("they", "He"), which describes no one by itself.
    public static func isPronoun(_ words: String) -> Bool { pronouns[words.lowercased()] != nil }

    static let pronouns: [String: (plural: Bool, kind: String)] = [
        "he": (false, "person"), "she": (false, "person"), "they": (true, "any"), "it": (false, "organization"),
        "i": (false, "person"), "we": (true, "any"), "him": (false, "person"), "her": (false, "person"),
        // "he’d shouted", "they’d say": a pronoun with its auxiliary run together.
        "he’d": (false, "person"), "he'd": (false, "person"), "she’d": (false, "person"), "she'd": (false, "person"),
        "they’d": (true, "any"), "they'd": (true, "any"),
        "he’s": (false, "person"), "he's": (false, "person"), "she’s": (false, "person"), "she's": (false, "person"),
    ]

    /// Words that turn a capitalized phrase into an organization ("Defense Ministry", "Kremlin").
    static let organizationWords: Set<String> = [
        "ministry", "department", "kremlin", "pentagon", "agency", "council", "committee", "commission", "government",
        "office", "party", "police", "army", "navy", "military", "court", "parliament", "congress", "senate", "house",
        "bank", "university", "institute", "association", "union", "company", "corporation", "corp", "inc", "ltd",
        "group", "foundation", "organization", "organisation", "authority", "board", "service", "services", "bureau",
        "administration", "embassy", "cabinet", "regime", "nato", "un", "eu", "who", "fbi", "cia", "nsc", "opec",
        "fund", "reserve", "exchange", "airline", "airlines", "airways", "network", "times", "post", "journal", "news",
        "press", "network", "tribune", "herald", "guardian", "telegraph", "gazette", "ledger", "wire", "daily", "weekly",
        "magazine", "radio", "television", "tv", "channel", "ministries", "firm",
        "club", "league", "federation", "construction", "minerals", "motors", "foods", "energy", "athletic",
        "securities", "holdings", "capital", "industries", "technologies", "systems", "pharmaceuticals", "utility", "regulator", "watchdog", "charity", "firm", "lab", "laboratory", "operator's", "directorate", "secretariat", "mission", "coalition", "alliance", "forces",
        "white", "states", "nations", "centre", "center", "hospital", "school", "team", "studio", "studios", "label",
        "productions", "records", "entertainment", "pictures", "unit", "society", "guild", "brotherhood", "teamsters",
        "confederation", "syndicate", "workers", "employees", "inc.", "ltd.", "corp.", "co.", "plc", "llc", "limited", "chamber", "district",
        "guard", "coastguard", "coastguards", "judiciary", "maker", "automaker", "carmaker", "drugmaker", "chipmaker",
        "manufacturer", "retailer", "insurer", "conglomerate", "startup", "academy",
        "groupe", "gmbh", "ag", "sa", "nv", "spa", "oyj", "asa", "bv",
        "brewery", "distillery", "winery", "bakery", "refinery", "factory", "lender", "producer", "supplier", "distributor",
        "publisher", "broadcaster", "exporter", "shipyard", "railway", "railroad", "clinic", "museum", "diocese", "archdiocese",
    ]

    /// Organization words that name a body only capitalized, in a name ("Big Machine Records"):
    /// "falsifying records" and "family entertainment" are no organizations.
    static let capitalizedOnlyOrganizationWords: Set<String> = ["productions", "records", "entertainment", "pictures"]

    /// Names that are places or peoples, which speak only as their governments do ("Moscow said").
    static let governmentMetonyms: Set<String> = [
        "moscow", "kyiv", "kiev", "washington", "beijing", "london", "paris", "berlin", "tokyo", "tehran", "ankara",
        "brussels", "jerusalem", "damascus", "riyadh", "delhi", "new delhi", "ottawa", "canberra", "seoul", "pyongyang",
        "russia", "ukraine", "china", "iran", "israel", "turkey", "france", "germany", "britain", "japan", "india",
        "the us", "us", "u.s.", "the u.s.", "the united states", "united states", "the kremlin", "kremlin",
        "the white house", "white house", "the pentagon", "pentagon",
    ]

    /// Known news outlets (lowercased, without a leading "the"). Outlets relay reporting; they are
    /// never counted as a claim's origin on their own authority.
    static let outletNames: [String: String] = {
        let names = """
        Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|Bloomberg News|The New York Times|New York Times|
        The Washington Post|Washington Post|The Wall Street Journal|Wall Street Journal|WSJ|The Guardian|BBC|BBC News|
        CNN|CNBC|NBC News|NBC|CBS News|CBS|ABC News|ABC|Fox News|NPR|Politico|Axios|The Times|The Sunday Times|
        The Telegraph|Financial Times|The Financial Times|FT|The Economist|Newsweek|Time magazine|
        The Moscow Times|Moscow Times|Taipei Times|The Taipei Times|TASS|Interfax|RIA Novosti|RIA|Xinhua|Kyodo|
        Yonhap|Al Jazeera|Der Spiegel|Spiegel|Welt am Sonntag|Die Welt|Le Monde|El Pais|Ukrayinska Pravda|
        Kyiv Independent|The Kyiv Independent|The Independent|Daily Mail|The Sun|The Mirror|
        Sky News|ITV|Channel 4|USA Today|Los Angeles Times|LA Times|Chicago Tribune|Boston Globe|The Boston Globe|
        The Atlantic|The New Yorker|New Yorker|Vox|Vice|BuzzFeed News|HuffPost|The Hill|Daily Beast|The Daily Beast|
        Business Insider|Forbes|Fortune|TechCrunch|The Verge|Wired|VentureBeat|The Information|Semafor|
        Deadline|Variety|The Hollywood Reporter|Hollywood Reporter|E! News|TMZ|People magazine|Page Six|New York Post|
        The New York Post|NY Post|Kommersant|Vedomosti|Meduza|Novaya Gazeta|Izvestia|Nikkei|South China Morning Post|
        SCMP|Straits Times|The Straits Times|Haaretz|Times of Israel|Jerusalem Post|Dow Jones|MarketWatch|Barron's|
        Polygraph|VOA|Voice of America|RFE/RL|Radio Free Europe|Deutsche Welle|DW|Euronews|France 24|ProPublica|
        The Intercept|Mother Jones|National Review|Daily Telegraph|The Daily Telegraph|Evening Standard|
        Daily Express|Deccan Herald|City A.M.|The Real Deal|Rolling Stone|Billboard|Vanity Fair|Entertainment Weekly|Us Weekly|PBS|MSNBC|C-SPAN|UPI|
        United Press International|NRK|SVT|YLE|ZDF|ARD|RAI|RTE|RTÉ|CBC|NHK|KBS|Al Arabiya|Al-Monitor|Anadolu|Anadolu Agency|
        TRT|IRNA|KCNA|Ukrinform|Kyiv Post|The Globe and Mail|Globe and Mail|Toronto Star|Sydney Morning Herald|Le Figaro|
        Bild|Süddeutsche Zeitung|Corriere della Sera|La Repubblica|El Mundo|Asahi Shimbun|Yomiuri Shimbun|Mainichi|
        The Hindu|Times of India|Hindustan Times|Gulf News|Arab News|Nikkei Asia|Kyodo News|Yonhap News Agency
        """
        var table: [String: String] = [:]
        for raw in names.split(separator: "|") {
            let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { continue }
            if table[outletKey(name)] == nil { table[outletKey(name)] = name }
        }
        return table
    }()

    /// Head nouns that describe an outlet without naming it ("the newspaper", "the agency"), and
    /// that name it when a name follows ("the newspaper Vestavind", "broadcaster Kanal Nord").
    public static let outletNouns: Set<String> = [
        "agency", "newspaper", "paper", "outlet", "broadcaster", "daily", "tabloid", "magazine", "publication", "network",
        "weekly", "website", "broadsheet", "site", "service", "channel", "station", "newsletter",
    ]

    /// Unnamed media as the object of "told": "told state radio", "told Russian state television",
    /// "told local media". A phrase of modifiers (these, or capitalized words) before a media noun.
    public static let mediaModifiers: Set<String> = [
        "state", "state-run", "state-owned", "local", "national", "public", "regional", "foreign", "private", "independent",
        "official", "government", "pro-government", "opposition", "commercial", "public-service", "news", "semi-official",
    ]
    public static let mediaHeads: Set<String> = outletNouns.union(["radio", "television", "tv", "media", "press", "broadcasting",
                                                                  "agencies", "newspapers", "outlets", "broadcasters", "networks", "channels", "websites"])

    /// Short and long names of one outlet: `key key ...` per line (keys as `outletKey` makes them).
    static let outletAliasTable = """
    ap|associated press
    afp|agence france-presse
    wsj|wall street journal
    ft|financial times
    nyt|new york times
    scmp|south china morning post
    voa|voice of america
    dw|deutsche welle
    la times|los angeles times
    ny post|new york post
    """

    static let outletAliases: [String: String] = {
        var table: [String: String] = [:]
        for line in outletAliasTable.split(separator: "\n") {
            let keys = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            for key in keys { table[key] = keys[0] }
        }
        return table
    }()

    /// Whether two names are the same outlet ("AP" and "The Associated Press").
    public static func sameOutlet(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        let ka = outletKey(a), kb = outletKey(b)
        return ka == kb || (outletAliases[ka] ?? ka) == (outletAliases[kb] ?? kb)
    }

    /// Nouns for the occasion of a statement: "said in a statement to Rolling Stone", "in an
    /// interview with the broadcaster": the outlet after "to" / "with" relays the words.
    public static let venueNouns: Set<String> = [
        "statement", "interview", "email", "e-mail", "comments", "remarks", "letter", "appearance", "conversation", "podcast",
        "website", "blog",
    ]

    static func outletKey(_ name: String) -> String {
        var key = name.lowercased()
        // Only names with a curly apostrophe (its UTF-8 starts with 0xE2) need Foundation's replace.
        if key.utf8.contains(0xE2) { key = key.replacingOccurrences(of: "’", with: "'") }
        if key.hasPrefix("the ") { key.removeFirst(4) }
        if key.hasSuffix("'s") { key.removeLast(2) } else if key.hasSuffix("'") { key.removeLast() }
        return key
    }

    /// The last words of mastheads: a capitalized name of two or more words ending in one of them
    /// ("Eastgate Wire", "The Korvik Courier", "Ulst Daily") is a news outlet even when it is not
    /// in `outletNames` — most local and trade outlets are not. Words that also end company or
    /// agency names ("Express", "Mail", "Agency", "Network") are left out.
    static let mastheadWords: Set<String> = [
        "wire", "times", "post", "news", "journal", "herald", "tribune", "gazette", "courier", "chronicle", "telegraph",
        "observer", "ledger", "dispatch", "bulletin", "inquirer", "examiner", "sentinel", "daily", "weekly", "press",
        "globe", "magazine", "newspaper", "radio", "television",
    ]

    /// Whether a name is a known outlet, or shaped like a masthead (`mastheadWords`). A one-word
    /// title that is also a common word ("The Hill", "The Sun") counts only when written with its
    /// article; "Hill said" is a person.
    public static func isKnownOutlet(_ name: String) -> Bool {
        guard let canonical = outletNames[outletKey(name)] else { return looksLikeMasthead(name) }
        if canonical.hasPrefix("The "), !canonical.dropFirst(4).contains(" "), !name.lowercased().hasPrefix("the ") { return false }
        return true
    }

    static func looksLikeMasthead(_ name: String) -> Bool {
        if isCallSign(name) { return true }
        var words = name.split(separator: " ")
        if words.first?.lowercased() == "the" { words.removeFirst() }
        guard words.count >= 2, words.count <= 5, let last = words.last, mastheadWords.contains(last.lowercased()) else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// A North American broadcaster's call sign with its band: "KGO-TV", "WTOP-FM", "CKNW-AM".
    static func isCallSign(_ name: String) -> Bool {
        let parts = name.split(separator: "-")
        guard parts.count == 2, ["TV", "FM", "AM", "DT"].contains(parts[1]), let first = parts[0].first, "KWC".contains(first),
              (3...4).contains(parts[0].count) else { return false }
        return parts[0].allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// The outlet's usual name ("the Reuters" → "Reuters"); unknown names as given, with a capital "The".
    public static func canonicalOutlet(_ name: String) -> String {
        if let known = outletNames[outletKey(name)] { return known }
        // "the Daily Ledger" in running text is the masthead "The Daily Ledger".
        return name.hasPrefix("the ") ? "The" + name.dropFirst(3) : name
    }

    // MARK: Counting and descriptors

    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "another": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "both": 2, "pair": 2, "couple": 2,
        "third": 1, "fourth": 1, "fifth": 1, "second": 1,
    ]

    /// How an anonymous source knows, by the words that say so.
    static let knowledgeCues: [(phrase: String, kind: String)] = [
        ("who took part", "first-hand"), ("who participated", "first-hand"), ("who attended", "first-hand"),
        ("present at", "first-hand"), ("involved in", "first-hand"), ("who helped", "first-hand"), ("who witnessed", "first-hand"),
        ("briefed on", "briefed"), ("briefed about", "briefed"), ("who were briefed", "briefed"),
        ("was told", "told by others"), ("were told", "told by others"), ("learned about", "told by others"),
        ("learned of", "told by others"), ("heard about", "told by others"),
        ("who saw", "documents"), ("who has seen", "documents"), ("who had seen", "documents"), ("who reviewed", "documents"),
        ("who read", "documents"), ("document", "documents"), ("memo", "documents"),
        ("familiar with", "familiar"), ("with knowledge of", "familiar"), ("with direct knowledge", "first-hand"),
        ("aware of", "familiar"), ("close to", "close to"), ("in the room", "first-hand"),
    ]

    /// Why a source is not named, by the words that say so.
    static let anonymityCues: [(phrase: String, kind: String)] = [
        ("not authorized", "not authorized"), ("not authorised", "not authorized"), ("no authority", "not authorized"),
        ("not permitted", "not authorized"), ("not allowed to", "not authorized"),
        ("sensitiv", "sensitive"), ("confidential", "private matter"), ("private", "private matter"),
        ("not been made public", "private matter"), ("not public", "private matter"), ("internal", "sensitive"),
        ("reprisal", "fear of reprisal"), ("retaliation", "fear of reprisal"), ("fear", "fear of reprisal"),
        ("safety", "fear of reprisal"), ("security reasons", "fear of reprisal"),
        ("condition of anonymity", "requested anonymity"), ("requested anonymity", "requested anonymity"),
        ("asked not to be", "requested anonymity"), ("declined to be", "requested anonymity"),
        ("asked to remain anonymous", "requested anonymity"), ("anonymity", "requested anonymity"),
    ]

    // MARK: Sentence boundaries

    /// Abbreviations whose period does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "capt", "sgt", "maj", "adm", "gov", "sen",
        "rep", "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pvt", "fr", "messrs", "mme", "mlle",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "dept", "univ", "assn", "ave", "blvd", "rd", "mt", "ft",
        "no", "nos", "vs", "etc", "approx", "est", "fig", "vol", "pp", "ed", "eds", "al", "cf", "ie", "eg",
        "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "n.y", "l.a",
    ]
}

import Foundation
