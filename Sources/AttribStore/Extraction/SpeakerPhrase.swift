/// What a noun phrase in speaker position says about the speaker, before resolution.
public struct SpeakerPhrase: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case person
        case organization
        case anonymous
        case pronoun
    }

    public var kind: Kind
    /// The phrase as written (the source's words at this attribution).
    public var mention: String
    public var name: String?
    public var role: String?
    public var descriptor: String?
    public var head: String?
    public var count: Int?
    public var affiliation: String?
    public var knowledge: String?
    public var reason: String?
    public var isOutlet = false
    /// "one of the sources", "the sources", "another person": a member of an earlier group.
    public var refersToGroup = false
    /// "the spokesman": a definite description that may name an earlier person.
    public var isDefiniteDescription = false
    /// "the Kenyan", "the 25-year-old": an epithet for a person named before, never a new source.
    public var isEpithet = false
    /// "the statement": words of whoever issued the statement last mentioned.
    public var isStatementReference = false
    /// "The outlets", "the three countries": a plural the lexicon has no noun for, which may
    /// point back to names listed before ("Variety and The Hollywood Reporter").
    public var isUnlexedGroup = false
    /// An outlet named inside the phrase ("one of Reuters’ sources", "people interviewed by Reuters").
    public var relayVia: String?
    public var plural = false
    /// Scalar offset of the phrase in the body.
    public var start = 0
}

/// Reads a speaker noun phrase from tokens. Returns nil when the tokens are not a plausible
/// speaker (a clause, a time expression, a thing), which is what keeps narration out.
public enum SpeakerParser {
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our"]
    static let quantifiers: Set<String> = ["several", "multiple", "some", "many", "numerous", "various", "other", "few", "most", "all"]
    static let roleWords: Set<String> = [
        "president", "minister", "spokesman", "spokeswoman", "spokesperson", "secretary", "adviser", "advisor", "chief",
        "director", "senator", "sen.", "governor", "gov.", "mayor", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "general",
        "gen.", "lt.", "colonel", "col.", "captain", "capt.", "commander", "ambassador", "envoy", "deputy", "head", "leader",
        "prime", "foreign", "defense", "defence", "interior", "finance", "state", "justice", "treasury", "commerce", "trade",
        "health", "economy", "energy", "vice", "acting", "former", "ex", "senior", "top", "assistant", "attorney", "judge",
        "justice", "representative", "rep.", "congressman", "congresswoman", "lawmaker", "mp", "officer", "official",
        "professor", "prof.", "dr.", "mr.", "mrs.", "ms.", "dr", "mr", "mrs", "ms", "sir", "lord", "lady", "king", "queen", "prince", "princess",
        "pope", "cardinal", "bishop", "rabbi", "imam", "sheikh", "analyst", "economist", "strategist", "founder", "owner",
        "executive", "manager", "editor", "columnist", "correspondent", "reporter", "producer", "coach", "captain",
        "chancellor", "premier", "speaker", "whip", "inspector", "commissioner", "superintendent", "sheriff", "chief-of-staff",
        "staff", "presidential", "ministerial", "regional", "national", "federal", "general", "military", "security",
        "intelligence", "press", "communications", "kremlin", "white", "house", "department", "ministry", "office",
        "u.s.", "us", "uk", "u.k.", "eu", "un", "u.n.", "nato", "nsc", "then", "then-uk", "propagandist", "propagandists",
        "expert", "fellow", "researcher", "scientist", "activist", "lawyer", "campaigner", "consultant", "partner",
        "operations", "project", "engineer", "council", "councilwoman", "councilman", "councillor", "councilor", "councilmember", "alderman", "alderwoman", "member", "teacher", "farmer",
        "union", "association", "institute", "programme", "program", "spokesmen",
        "treasurer", "provost", "dean", "sergeant", "sgt.", "lieutenant", "corporal", "admiral", "adm.", "detective",
        "prosecutor", "magistrate", "ombudsman", "ombudswoman", "trustee", "comptroller", "auditor", "principal", "pastor",
        "reverend", "rev.", "consul", "passenger", "secretary-general", "director-general", "attorney-general",
        "mayor-elect", "president-elect", "governor-elect", "senator-elect", "airman", "airwoman",
    ]
    /// Nationality and affiliation adjectives: part of a role ("Russian President"), never of a name.
    static let demonyms: Set<String> = Set("""
        american british russian ukrainian chinese japanese korean german french italian spanish indian pakistani iranian
        iraqi israeli palestinian syrian turkish saudi egyptian canadian mexican brazilian australian european african asian
        western eastern soviet polish dutch swedish norwegian danish finnish greek belgian swiss austrian hungarian czech
        romanian bulgarian serbian croatian georgian belarusian afghan taiwanese vietnamese thai indonesian malaysian filipino
        nigerian kenyan irish scottish welsh english portuguese argentine chilean colombian venezuelan cuban qatari emirati
        lebanese jordanian yemeni libyan moroccan algerian tunisian sudanese ethiopian somali kurdish arab jewish muslim
        jamaican ghanaian ugandan tanzanian zimbabwean zambian namibian rwandan congolese senegalese cameroonian ivorian
        eritrean malian argentinian peruvian ecuadorian bolivian uruguayan paraguayan haitian estonian latvian lithuanian
        slovak slovenian albanian bosnian icelandic armenian azerbaijani kazakh uzbek bangladeshi nepalese burmese
        cambodian singaporean mongolian
        catholic democratic republican conservative liberal labour gop european-born ukrainian-born russian-born
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    /// Words that open adverbial phrases and clauses: a phrase starting with one is no speaker.
    static let functionWords: Set<String> = [
        "in", "on", "at", "after", "before", "when", "while", "since", "during", "throughout", "amid", "under", "among",
        "following", "until", "although", "though", "because", "despite", "for", "with", "without", "by", "from", "as",
        "if", "once", "over", "into", "to", "of", "asked", "according", "unlike", "like", "besides", "beyond",
    ]
    /// Finite verbs of saying, which never begin a speaker phrase.
    static let clauseVerbs: Set<String> = ["said", "says", "told", "tells", "added", "adds", "stated", "wrote", "argued", "insisted"]
    /// Irregular past participles that only a verb phrase starts with.
    static let pastParticiples: Set<String> = ["seen", "taken", "given", "done", "been", "known", "shown", "written", "spoken",
                                               "gotten", "become", "brought", "found", "heard", "made", "sent"]
    /// Conjunctions and sentence adverbs that lead a phrase without being part of the speaker.
    static let leadingConjunctions: Set<String> = ["and", "but", "so", "yet", "meanwhile", "however", "instead", "also", "but,"]
    /// Verbs that make a phrase a clause rather than a speaker ("the plan was approved").
    static let auxiliaryVerbs: Set<String> = ["was", "were", "is", "are", "has", "have", "had", "be", "been", "will", "would", "could", "should", "can"]
    /// Words that open a relative, participial or prepositional modifier after the speaker's
    /// core ("another source who was told ...", "officials familiar with ...").
    static let modifierOpeners: Set<String> = ["who", "whose", "which", "close", "familiar", "with", "briefed", "interviewed", "speaking", "involved", "knowledgeable", "in", "at", "from", "within", "inside", "on", "for", "of", "to", "near", "aware", "based", "quoted", "cited", "when", "while", "after", "before", "during", ",", "across", "around", "throughout", "among"]
    static let nameParticles: Set<String> = ["de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn", "el", "du", "dos", "das", "y", "am", "vom", "zum", "zu"]
    static let stopAtWords: Set<String> = [
        "and", "but", "or", "because", "while", "when", "as", "after", "before", "since", "if", "although", "though",
        "that", "which", "where", "so", "then", "than", "said", "says", "told", "on", "in", "at", "last", "this",
    ]
    static let negativeSubjects: Set<String> = ["neither", "nor", "none", "nobody", "no", "noone", "no-one"]
    static let nonSpeakerWords: Set<String> = [
        "it", "there", "this", "that", "what", "which", "who", "report", "reports", "reporting", "data", "figures",
        "survey", "poll", "study", "statement", "document", "documents", "records", "filing", "letter", "email",
    ]

    /// Parses tokens `range` as a speaker phrase.
    public static func parse(_ tokens: [Token], _ range: Range<Int>, text: (Range<Int>) -> String) -> SpeakerPhrase? {
        var lo = range.lowerBound
        var hi = range.upperBound
        // Trim punctuation at the edges and leading conjunctions.
        while lo < hi, tokens[lo].kind != .word && tokens[lo].kind != .number { lo += 1 }
        while hi > lo, tokens[hi - 1].kind != .word && tokens[hi - 1].kind != .number && tokens[hi - 1].lower != "’" && tokens[hi - 1].lower != "'" { hi -= 1 }
        while lo < hi, leadingConjunctions.contains(tokens[lo].lower) { lo += 1 }
        guard lo < hi, hi - lo <= 40, !functionWords.contains(tokens[lo].lower) else { return nil }
        // A speaker is a noun phrase: one that starts with a verb of saying is the rest of a
        // clause ("X, who led the review, said his team had found ..." read backwards from "found").
        // So is one that starts with a past participle ("has, according to reports, seen 46 more
        // patients admitted").
        guard !clauseVerbs.contains(tokens[lo].lower), !pastParticiples.contains(tokens[lo].lower) else { return nil }
        let words = tokens[lo..<hi]
        let mention = text(tokens[lo].start..<tokens[hi - 1].end)
        let lowers = words.map(\.lower)

        // Pronouns.
        if hi - lo == 1, let pronoun = Lexicon.pronouns[lowers[0]] {
            return SpeakerPhrase(kind: .pronoun, mention: mention, plural: pronoun.plural, start: tokens[lo].start)
        }
        // A speaker phrase has no verbs of its own before its head; reject obvious clauses.
        // ("a source described as being close to the singer" describes the source.)
        let describedAs = zip(lowers, lowers.dropFirst()).contains { $0 == "described" && $1 == "as" }
        if lowers.contains(where: { auxiliaryVerbs.contains($0) })
            && !lowers.contains("who") && !lowers.contains("interviewed") && !describedAs {
            return nil
        }
        if let first = lowers.first, nonSpeakerWords.contains(first) && hi - lo == 1 { return nil }
        // "Neither the ministry nor the company has said", "No one has said", "None of the officials
        // said": a statement that nobody said something names no speaker.
        if let first = lowers.first, negativeSubjects.contains(first) { return nil }

        // "Police said", "the police said": officers the article leaves unnamed, not a named force
        // ("Detroit police", "Hong Kong police" are one).
        if lowers == ["police"] || lowers == ["the", "police"] {
            var phrase = SpeakerPhrase(kind: .anonymous, mention: mention, descriptor: mention, head: "police", start: tokens[lo].start)
            phrase.plural = true
            phrase.isDefiniteDescription = lowers.count == 2
            return phrase
        }
        if let body = titledBody(tokens, lo..<hi) {
            return SpeakerPhrase(kind: .organization, mention: mention, name: text(tokens[body.lowerBound].start..<tokens[body.upperBound - 1].end), start: tokens[lo].start)
        }
        // Split off a relative or participial modifier: "another source who was told about the events".
        var coreEnd = hi
        for k in lo..<hi where k > lo {
            let w = tokens[k].lower
            // "a US official specializing in Russia", "an engineer working on the line": a
            // participle after the head noun opens a modifier.
            // So does a past participle: "two men rescued from the trawler", "residents evacuated on Monday".
            // (A past form with an object or "to" is a verb: "his customers needed to park".)
            if w.hasSuffix("ing") && w.count > 5 || w.hasSuffix("ed") && w.count > 4 && (Lexicon.cues[w] == nil || w == "described") && k + 1 < hi
                && ["from", "by", "in", "on", "at", "after", "during", "near", "with", "since", "outside", "inside", "as"].contains(tokens[k + 1].lower),
               Lexicon.anonymousHeads[tokens[k - 1].lower] != nil {
                coreEnd = k
                break
            }
            if modifierOpeners.contains(w) {
                // "one of the sources", "two of the three": "of" right after a count belongs to the core.
                // So does "of" after a quantifier: "some of the sources", "several of the officials".
                if w == "of" && k == lo + 1 && isGroupCount(tokens[lo]) { continue }
                // "Secretary of Defense Lloyd Austin" keeps its "of"; "Lena Hofstad of Eastmoor
                // University" ends at it (what follows is an affiliation, not the name), and so does
                // "Residents of Vell Creek", capitalized only because it opens the sentence.
                // So does "Fraternal Order of Police President John Teletchea": a body, its role, a name.
                // ("Mike Rutherford of Cardchronicle.com": a web address is an affiliation.)
                // ("Joseph Zeszotarski of Raleigh", "Michael S. Bosworth of Latham & Watkins": a
                // person's name before "of" ends the core; what follows is where they work.)
                if w == "of" && k >= lo + 1 && (tokens[k - 1].capitalized && Lexicon.anonymousHeads[tokens[k - 1].lower] == nil || roleWords.contains(tokens[k - 1].lower)) && k + 1 < hi && tokens[k + 1].capitalized
                    && (!endsInPersonName(tokens, lo..<k) || roleThenName(tokens, (k + 1)..<hi))
                    && ![".com", ".org", ".net", ".co.uk"].contains(where: { tokens[k + 1].lower.hasSuffix($0) })
                    && (!((k + 1)..<hi).contains(where: { Lexicon.organizationWords.contains(tokens[$0].lower) && tokens[$0].capitalized })
                        || roleThenName(tokens, (k + 1)..<hi)) { continue }
                // "Inspector General of Police Douglas Kanja", "Commissioner of Police Ann Moyo": a post
                // of a body, then a name of two words or more.
                if w == "of", roleWords.contains(tokens[k - 1].lower), hi - (k + 1) >= 3,
                   tokens[(k + 1)..<hi].allSatisfy({ $0.capitalized && $0.kind == .word }),
                   Lexicon.organizationWords.contains(tokens[k + 1].lower), !Lexicon.organizationWords.contains(tokens[hi - 1].lower) { continue }
                // "The chief spokesman of railways Anil Kumar Saxena": a lowercase post, then a name.
                if w == "of", roleWords.contains(tokens[k - 1].lower),
                   let nameStart = ((k + 1)..<hi).first(where: { tokens[$0].capitalized }), nameStart > k + 1, nameStart - k <= 4, hi - nameStart >= 2,
                   tokens[(k + 1)..<nameStart].allSatisfy({ $0.kind == .word && !determiners.contains($0.lower) }),
                   tokens[nameStart..<hi].allSatisfy({ $0.capitalized && $0.kind == .word && !Lexicon.organizationWords.contains($0.lower) && !isDemonymOrRole($0) }) { continue }
                // "ambassador to Britain Liu Xiaming", "envoy to the United Nations Linda Reyes": the
                // post's place belongs to the role when a name ends the phrase.
                // ("envoy to Ukraine" alone ends the core: the place is no name.)
                let place = k + 1 < hi && tokens[k + 1].lower == "the" ? k + 2 : k + 1
                if w == "to" && roleWords.contains(tokens[k - 1].lower) && hi - place >= 3
                    && tokens[place..<hi].allSatisfy({ $0.capitalized && $0.kind == .word }) && !isDemonymOrRole(tokens[hi - 1]) { continue }
                coreEnd = k
                break
            }
        }
        let core = lo..<coreEnd
        let coreLowers = tokens[core].map(\.lower)

        // Anonymous: a head noun from the anonymous lexicon with no name after it.
        var headIndex: Int?
        for k in core.reversed() {
            let w = tokens[k].lower
            // "The landlord association": a body named for its members is no member.
            if k == core.upperBound - 1, Lexicon.organizationWords.contains(w), Lexicon.anonymousHeads[w] == nil { break }
            if Lexicon.anonymousHeads[w] != nil && !tokens[k].capitalized || (Lexicon.anonymousHeads[w] != nil && k == lo) { headIndex = k; break }
            if tokens[k].capitalized && k > lo && !roleWords.contains(w) { break }
        }
        let groupReference = coreLowers.count >= 2 && coreLowers[1] == "of" && isGroupCount(tokens[lo])
        // The head noun ends the core phrase; a word after it ("customers needed") means a clause.
        // ("Several rebel groups": a noun of persons used as a modifier, then a plural head.)
        if let headIndex, headIndex < core.upperBound - 1, !hasNameAfter(tokens, headIndex + 1, core.upperBound) {
            return core.upperBound == hi ? pluralNounPhrase(tokens, core, mention: mention, text: text) : nil
        }
        if let headIndex, !hasNameAfter(tokens, headIndex + 1, core.upperBound) {
            return anonymous(tokens, lo: lo, hi: hi, core: core, headIndex: headIndex, mention: mention, text: text)
        }
        if groupReference || (coreLowers.count <= 2 && ["another", "others", "one"].contains(coreLowers[0]) && headIndex == nil) {
            var phrase = anonymous(tokens, lo: lo, hi: hi, core: core, headIndex: nil, mention: mention, text: text)
            phrase.refersToGroup = true
            return phrase
        }

        // "The Kenyan said", "the 25-year-old told reporters": an epithet for someone named before.
        if coreLowers.count == 2, coreLowers[0] == "the", isPersonEpithet(tokens[lo + 1]) {
            var phrase = SpeakerPhrase(kind: .anonymous, mention: mention, descriptor: mention, head: coreLowers[1], count: 1, start: tokens[lo].start)
            phrase.isEpithet = true
            phrase.isDefiniteDescription = true
            return phrase
        }

        // Named: a run of capitalized words at the end of the core is the name; words before it are the role.
        var nameStart = core.upperBound
        var k = core.upperBound - 1
        while k >= lo {
            let token = tokens[k]
            if token.capitalized && token.kind == .word && !(roleWords.contains(token.lower) && k < core.upperBound - 1 && nameStart < core.upperBound && isDemonymOrRole(token)) {
                if isDemonymOrRole(token) && nameStart < core.upperBound { break }
                nameStart = k
            } else if nameParticles.contains(token.lower) && nameStart == k + 1 && k > lo && tokens[k - 1].capitalized {
                nameStart = k
            } else { break }
            k -= 1
        }
        // "ambassador to Britain Liu Xiaming", "Minister of Foreign Affairs Wang Yi": after a
        // role with a preposition, a run of three or more capitalized words is the post's place
        // followed by the name.
        // ("spokesman of railways Anil Kumar Saxena": a lowercase place ends before the name.)
        if core.upperBound - nameStart >= 3, nameStart > lo,
           tokens[lo..<nameStart].contains(where: { ["of", "to", "for"].contains($0.lower) }),
           tokens[nameStart - 1].capitalized || ["of", "to", "for", "the"].contains(tokens[nameStart - 1].lower) {
            nameStart = nameStartAfterPlace(tokens, run: nameStart..<core.upperBound)
        }
        // "Biologist Robert Trivers", "Economist Jane Doe": a noun of occupation opening the
        // sentence, capitalized only there, is the role before a name of two words or more.
        if nameStart == lo, core.upperBound - nameStart >= 3, Lexicon.anonymousHeads[tokens[lo].lower] != nil,
           tokens[(lo + 1)..<core.upperBound].allSatisfy({ !isDemonymOrRole($0) && Lexicon.anonymousHeads[$0.lower] == nil }) {
            nameStart = lo + 1
        }
        // "The" alone is no name ("The senator wrote").
        if nameStart == core.upperBound - 1, determiners.contains(tokens[nameStart].lower) || functionWords.contains(tokens[nameStart].lower) { nameStart = core.upperBound }
        if nameStart < core.upperBound {
            let nameText = text(tokens[nameStart].start..<tokens[core.upperBound - 1].end)
            let roleText = nameStart > lo ? cleanRole(text(tokens[lo].start..<tokens[nameStart - 1].end)) : nil
            let nameLowers = tokens[nameStart..<core.upperBound].map(\.lower)
            let joined = nameLowers.joined(separator: " ")
            var phrase = SpeakerPhrase(kind: .person, mention: mention, name: nameText, role: roleText)
            if Lexicon.isKnownOutlet(nameText) || Lexicon.isKnownOutlet(text(tokens[lo].start..<tokens[core.upperBound - 1].end)) {
                phrase.kind = .organization
                phrase.isOutlet = true
                phrase.name = Lexicon.canonicalOutlet(Lexicon.isKnownOutlet(nameText) ? nameText : text(tokens[lo].start..<tokens[core.upperBound - 1].end))
                phrase.role = nil
            } else if nameStart > lo, Lexicon.outletNouns.contains(tokens[nameStart - 1].lower), !tokens[nameStart - 1].capitalized {
                // "the newspaper Vestavind", "broadcaster Kanal Nord": an outlet named after its description.
                phrase.kind = .organization
                phrase.isOutlet = true
                phrase.role = nil
            } else if nameStart > lo, !tokens[nameStart - 1].capitalized, Lexicon.organizationWords.contains(tokens[nameStart - 1].lower) {
                // "his management company Volare Sports", "the firm Deloitte": a name after the
                // noun of a body names that body.
                phrase.kind = .organization
                phrase.role = nil
            } else if nameLowers.contains(where: { Lexicon.organizationWords.contains($0) }) || Lexicon.governmentMetonyms.contains(joined)
                        // "The AIU", "The Beatles": no person's name opens with "The".
                        || nameLowers.count >= 2 && nameLowers[0] == "the"
                        || (nameLowers.count == 1 && nameLowers[0].count <= 5 && tokens[nameStart].lower.uppercased() == text(tokens[nameStart].start..<tokens[nameStart].end)) {
                phrase.kind = .organization
                let full = text(tokens[lo].start..<tokens[core.upperBound - 1].end)
                phrase.name = coreLowers.first == "the" ? full : (roleText == nil ? nameText : full)
                phrase.role = nil
            }
            if phrase.kind == .person, let role = roleText, role.lowercased().hasSuffix(" of") { phrase.role = role }
            return phrase
        }
        // "A local newspaper reported", "a trade newsletter said", "State media reported": outlets
        // the article does not name are unnamed sources.
        if let last = coreLowers.last, coreLowers.count <= 4, ["a", "an"].contains(coreLowers[0]) && Lexicon.outletNouns.contains(last) || last == "media",
           !tokens[core].dropLast().contains(where: { $0.capitalized && $0.lower != coreLowers[0] && !demonyms.contains($0.lower) && $0.lower != "state" }) {
            var phrase = SpeakerPhrase(kind: .anonymous, mention: mention, descriptor: mention, head: last,
                                       count: last == "media" ? nil : 1, plural: last == "media", start: tokens[lo].start)
            phrase.isOutlet = true
            return phrase
        }
        // Lowercase organization phrases: "the ministry", "the company".
        if let last = coreLowers.last, Lexicon.organizationWords.contains(last) && !Lexicon.capitalizedOnlyOrganizationWords.contains(last)
            || coreLowers.first == "the" && Lexicon.outletNouns.contains(last) {
            var phrase = SpeakerPhrase(kind: .organization, mention: mention, name: text(tokens[lo].start..<tokens[core.upperBound - 1].end))
            phrase.isDefiniteDescription = coreLowers.first == "the"
            return phrase
        }
        return core.upperBound == hi ? pluralNounPhrase(tokens, core, mention: mention, text: text) : nil
    }

    /// "Many locals claimed", "Several rebel groups said", "The three countries said": people the
    /// lexicon has no noun for still speak as a group. Only a plain plural noun phrase counts — a
    /// count, quantifier or article, lowercase words with no verb among them, a plural head — so
    /// that a clause ("prices rose") is never read as a speaker. The phrase must be the whole of
    /// what is parsed: "some holding bottles of cloudy water they" is no group.
    static func pluralNounPhrase(_ tokens: [Token], _ core: Range<Int>, mention: String, text: (Range<Int>) -> String) -> SpeakerPhrase? {
        guard (1...5).contains(core.count), let first = core.first, let last = core.last else { return nil }
        let opener = tokens[first].lower
        // "Regulators said", "banks say": a bare plural of a body's noun is unnamed members of the kind.
        if core.count == 1 {
            guard opener.hasSuffix("s"), !opener.hasSuffix("ss"), Lexicon.organizationWords.contains(String(opener.dropLast()))
                    || opener.hasSuffix("ies") && Lexicon.organizationWords.contains(String(opener.dropLast(3)) + "y") else { return nil }
            var phrase = SpeakerPhrase(kind: .anonymous, mention: mention, descriptor: mention, start: tokens[first].start)
            phrase.head = singularOfPlural(opener)
            phrase.plural = true
            phrase.isUnlexedGroup = true
            return phrase
        }
        // "a co-worker said", "one bystander said": one person named by what they do.
        if ["a", "an", "one", "another"].contains(opener), core.count <= 3, let person = agentNoun(tokens[last]),
           tokens[core.dropFirst()].allSatisfy({ $0.kind == .word && !$0.capitalized && !functionWords.contains($0.lower) && Lexicon.cues[$0.lower] == nil }) {
            var phrase = SpeakerPhrase(kind: .anonymous, mention: mention, descriptor: mention, head: person, count: 1, start: tokens[first].start)
            phrase.isUnlexedGroup = true
            return phrase
        }
        guard ["the", "these", "those", "some", "many", "several", "most", "both", "all", "other", "few"].contains(opener)
                || Lexicon.numberWords[opener] != nil || tokens[first].kind == .number else { return nil }
        let head = tokens[last].lower
        guard !tokens[last].capitalized, head.count > 3, head.hasSuffix("s"), !head.hasSuffix("ss"), !head.hasSuffix("us"),
              !head.hasSuffix("’s"), !head.hasSuffix("'s"), !Self.nonSpeakingPlurals.contains(head) else { return nil }
        // Words between: lowercase modifiers ("rebel", "local"), no verbs, adverbs or function words.
        for k in core.dropFirst() {
            let w = tokens[k].lower
            guard tokens[k].kind == .word || tokens[k].kind == .number, !tokens[k].capitalized || demonyms.contains(w),
                  !functionWords.contains(w), !auxiliaryVerbs.contains(w), !stopAtWords.contains(w), !determiners.contains(w),
                  Lexicon.cues[w] == nil, !(w.hasSuffix("ly") && k != last), !(w.hasSuffix("ed") && k != first),
                  Lexicon.pronouns[w] == nil else { return nil }
        }
        var phrase = SpeakerPhrase(kind: .anonymous, mention: mention, descriptor: mention, start: tokens[first].start)
        phrase.head = singularOfPlural(head)
        phrase.plural = true
        let count = Lexicon.numberWords[opener] ?? (core.count > 2 ? Lexicon.numberWords[tokens[first + 1].lower] : nil)
        if let count, count > 1 { phrase.count = count }
        phrase.isDefiniteDescription = opener == "the" || opener == "these" || opener == "those" || opener == "both"
        phrase.isUnlexedGroup = true
        return phrase
    }

    /// A noun for a person by what they do ("co-worker", "bystander", "shopkeeper", "cyclist"):
    /// an agent suffix on a lowercase word that is none of the common things so spelled.
    static func agentNoun(_ token: Token) -> String? {
        let w = token.lower
        guard !token.capitalized, w.count > 5, w.allSatisfy({ $0.isLetter || $0 == "-" }),
              ["er", "or", "ist"].contains(where: { w.hasSuffix($0) }), !notAgents.contains(w) else { return nil }
        return w
    }

    /// Words with an agent's ending that name things or qualities, not people, and roles the
    /// lexicon already reads as such ("mayor", "senator"), which never stand for an unnamed group.
    static let notAgents: Set<String> = ["computer", "another", "whether", "however", "together", "further", "rather", "either", "neither",
                                         "corner", "sector", "factor", "monitor", "error", "mirror", "terror", "horror", "behavior",
                                         "behaviour", "favor", "favour", "honor", "honour", "labor", "labour", "flavor", "rumor",
                                         "manner", "banner", "dinner", "summer", "sooner", "proper", "paper", "trailer", "container",
                                         "register", "chapter", "quarter", "counter", "poster", "cluster", "disaster", "number",
                                         "letter", "matter", "center", "border", "murder", "powder", "shoulder", "remainder",
                                         "reminder", "folder", "theater", "shelter", "charter", "filter", "printer", "monster",
                                         "character", "parameter", "barrier", "carrier", "trigger", "danger", "anchor", "vendor",
                                         "meteor", "indicator", "elevator", "generator", "reactor", "motor", "tractor", "mayor",
                                         "tutor", "senator", "governor", "director", "inspector", "prosecutor", "doctor"]

    /// "countries" → "country", "bankers" → "banker": the head of a plain English plural.
    static func singularOfPlural(_ word: String) -> String {
        word.hasSuffix("ies") ? String(word.dropLast(3)) + "y" : String(word.dropLast())
    }

    /// Plural nouns that are no speakers though they may be the subject of a verb of saying
    /// elsewhere ("the years", "prices").
    static let nonSpeakingPlurals: Set<String> = ["years", "months", "weeks", "days", "hours", "times", "things", "prices", "shares",
                                                  "markets", "sales", "figures", "numbers", "results", "rates", "costs", "talks", "cases",
                                                  "deaths", "events", "plans", "terms", "details", "rules", "laws", "changes", "signs"]

    /// Whether `range` ends in a person's name of two words or more ("Joseph Zeszotarski",
    /// "Michael S. Bosworth"): capitalized words, none a role, a demonym or a body's word,
    /// before which stands nothing capitalized that could make them one longer name.
    static func endsInPersonName(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        var first = range.upperBound
        while first > range.lowerBound, tokens[first - 1].capitalized, tokens[first - 1].kind == .word,
              !isDemonymOrRole(tokens[first - 1]), !isOrganizationWord(tokens[first - 1].lower) { first -= 1 }
        guard range.upperBound - first >= 2, first == range.lowerBound || !tokens[first - 1].capitalized else { return false }
        return !determiners.contains(tokens[first].lower) && !twoWordPlaceStarts.contains(tokens[first].lower)
    }

    /// Whether capitalized words end in a role and then a name ("Police President John Teletchea").
    static func roleThenName(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard let role = range.last(where: { roleWords.contains(tokens[$0].lower) }), role + 1 < range.upperBound else { return false }
        return tokens[range].allSatisfy(\.capitalized) && tokens[(role + 1)..<range.upperBound].allSatisfy { !isDemonymOrRole($0) }
    }

    /// First words of two-word country and city names ("ambassador to South Korea Kim Min-jun").
    static let twoWordPlaceStarts: Set<String> = ["south", "north", "new", "saudi", "sri", "costa", "el", "hong", "east", "west", "san", "los", "puerto", "sierra", "burkina"]

    /// "ambassador to Britain Liu Xiaming": where the name starts in a capitalized `run` that
    /// names a post's place and then a person. After "to" the place is a country or city, one
    /// word or a known two-word one, and the rest is the name ("to Norway Paulo Aranha Lima").
    /// After "of" and "for" the place may be longer ("Minister of Economic Development"), so the
    /// name is the last two words, or three when the middle one is an initial ("Kirstjen M. Nielsen").
    static func nameStartAfterPlace(_ tokens: [Token], run: Range<Int>) -> Int {
        guard run.count >= 3 else { return run.lowerBound }
        // ("to the United Nations …" names a longer place: the last-two rule below.)
        if run.lowerBound >= 1, tokens[run.lowerBound - 1].lower == "to" {
            let place = twoWordPlaceStarts.contains(tokens[run.lowerBound].lower) ? 2 : 1
            if run.count - place >= 2 { return run.lowerBound + place }
        }
        let middle = tokens[run.upperBound - 2].lower
        let initial = middle.count == 2 && middle.hasSuffix(".")
        return max(run.lowerBound, run.upperBound - (initial ? 3 : 2))
    }

    /// Whether the capitalized run starting at `runStart` follows a role and a preposition
    /// ("ambassador to [the] …", "Minister of …"), so that it may begin with a place.
    static func followsRoleAndPreposition(_ tokens: [Token], runStart: Int) -> Bool {
        var k = runStart - 1
        if k >= 0, tokens[k].lower == "the" { k -= 1 }
        guard k >= 1, ["of", "to", "for"].contains(tokens[k].lower) else { return false }
        return roleWords.contains(tokens[k - 1].lower)
    }

    static func isDemonymOrRole(_ token: Token) -> Bool {
        let w = token.lower
        if roleWords.contains(w) || demonyms.contains(w) { return true }
        return w.hasSuffix("-born") || w.hasSuffix("-based") || w.hasSuffix("-backed")
    }

    /// Words that join the words of a body's name ("Centers for Disease Control and Prevention").
    static let bodyNameJoiners: Set<String> = ["of", "for", "and", "&", "on", "the"]
    /// Titles that come before a person's name: after one, capitalized words are a person.
    static let personTitles: Set<String> = [
        "president", "minister", "spokesman", "spokeswoman", "spokesperson", "secretary", "adviser", "advisor", "director",
        "senator", "sen.", "governor", "gov.", "mayor", "chairman", "chairwoman", "chair", "ceo", "cfo", "commander",
        "ambassador", "envoy", "chief", "head", "leader", "judge", "commissioner", "superintendent", "sheriff", "professor",
        "dr.", "mr.", "mrs.", "ms.", "rep.", "lt.", "col.", "capt.", "gen.", "general", "officer", "manager", "founder",
    ]

    /// "The Centers for Disease Control and Prevention", "Department of Health and Human
    /// Services": a body's name that joins capitalized words with "of", "for" and "and". The
    /// phrase opens with "the" or an organization word, holds a joiner, and has no title before
    /// a name in it ("Health and Human Services Secretary Alex Azar" is a person). Returns the
    /// name's tokens without the leading "the".
    static func titledBody(_ tokens: [Token], _ range: Range<Int>) -> Range<Int>? {
        var lo = range.lowerBound
        var hi = range.upperBound
        // ("The US Department of Defense on Friday": the day is no part of the name.)
        if hi - lo >= 4, ["on", "in"].contains(tokens[hi - 2].lower), ExtractionRun.calendarWords.contains(tokens[hi - 1].lower) { hi -= 2 }
        if tokens[lo].lower == "the" { lo += 1 }
        let opensWithThe = lo > range.lowerBound
        // "the government-funded Kenya National Commission on Human Rights": a hyphenated
        // description before the name is no part of it.
        while opensWithThe, lo < hi, !tokens[lo].capitalized, tokens[lo].lower.contains("-") { lo += 1 }
        guard hi - lo >= 3, tokens[hi - 1].capitalized else { return nil }
        guard opensWithThe || isOrganizationWord(tokens[lo].lower) else { return nil }
        var joiners = 0
        for k in lo..<hi {
            let t = tokens[k]
            if bodyNameJoiners.contains(t.lower) && !t.capitalized {
                guard k > lo, k + 1 < hi else { return nil }
                if t.lower != "the" { joiners += 1 }
                continue
            }
            guard t.kind == .word, t.capitalized, !personTitles.contains(t.lower) else { return nil }
        }
        guard joiners > 0, (lo..<hi).contains(where: { isOrganizationWord(tokens[$0].lower) }) || opensWithThe else { return nil }
        return lo..<hi
    }

    /// An organization word or its plural ("Centers").
    static func isOrganizationWord(_ w: String) -> Bool {
        Lexicon.organizationWords.contains(w) || w.hasSuffix("s") && Lexicon.organizationWords.contains(String(w.dropLast()))
    }

    /// Nouns of nationality and party that stand for a person ("the Briton", "the Republican").
    static let personEpithetNouns: Set<String> = [
        "briton", "brit", "frenchman", "frenchwoman", "englishman", "englishwoman", "irishman", "irishwoman", "scot",
        "welshman", "dutchman", "dutchwoman", "spaniard", "dane", "swede", "finn", "pole", "turk", "kiwi", "aussie",
        "democrat", "republican",
    ]

    /// "Kenyan" (capitalized), "Briton", "25-year-old": a word that, after "the", means a person.
    static func isPersonEpithet(_ token: Token) -> Bool {
        let w = token.lower
        if token.capitalized, demonyms.contains(w) || personEpithetNouns.contains(w) { return true }
        return w.hasSuffix("-year-old") && w.first?.isNumber == true
    }

    static func hasNameAfter(_ tokens: [Token], _ from: Int, _ to: Int) -> Bool {
        (from..<to).contains { tokens[$0].capitalized && !isDemonymOrRole(tokens[$0]) }
    }

    /// A word that can pick members out of a group named after "of": a count ("two of the
    /// six") or a quantifier ("some of the sources", "several of them").
    static func isGroupCount(_ token: Token) -> Bool {
        Lexicon.numberWords[token.lower] != nil || token.kind == .number
            || ["some", "several", "many", "most", "all", "both", "each", "few"].contains(token.lower)
    }

    static func cleanRole(_ role: String) -> String? {
        var text = role.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        for prefix in ["the ", "The ", "a ", "A ", "an ", "An "] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        if text.hasSuffix("’s") || text.hasSuffix("'s") { return nil }
        return text.isEmpty ? nil : text
    }

    static func anonymous(_ tokens: [Token], lo: Int, hi: Int, core: Range<Int>, headIndex: Int?, mention: String,
                          text: (Range<Int>) -> String) -> SpeakerPhrase {
        let lowers = tokens[lo..<hi].map(\.lower)
        var phrase = SpeakerPhrase(kind: .anonymous, mention: mention)
        phrase.descriptor = mention
        if let headIndex {
            let word = tokens[headIndex].lower
            phrase.head = Lexicon.anonymousHeads[word]
            phrase.plural = word != phrase.head && word != "staff"
        } else {
            phrase.head = nil
        }
        // Count: "three people", "one of the six", "two of the three sources", "a spokesperson".
        let first = lowers[0]
        if lowers.count >= 2 && lowers[1] == "of", let n = Lexicon.numberWords[first] ?? Int(first) {
            phrase.count = n
            phrase.refersToGroup = true
        } else if let n = Lexicon.numberWords[first] ?? Int(first) {
            phrase.count = ["third", "fourth", "fifth", "second", "another"].contains(first) ? 1 : n
            if ["third", "fourth", "fifth", "second", "another"].contains(first) { phrase.refersToGroup = true }
            if (first == "a" || first == "an"), lowers.count > 1, let n2 = Lexicon.numberWords[lowers[1]], ["third", "fourth", "fifth", "second"].contains(lowers[1]) {
                phrase.count = n2
                phrase.refersToGroup = true
            }
            if (first == "a" || first == "an"), lowers.count > 2, lowers[1] == "pair" || lowers[1] == "couple" { phrase.count = 2 }
        } else if first == "the" && lowers.count > 1, let n = Lexicon.numberWords[lowers[1]] ?? Int(lowers[1]) {
            phrase.count = ["third", "fourth", "fifth", "second"].contains(lowers[1]) ? 1 : n
            phrase.refersToGroup = true
        } else if first == "the" || first == "these" || first == "those" || first == "both" || (first == "this" || first == "that") && !phrase.plural {
            phrase.refersToGroup = phrase.plural || first == "both"
            phrase.isDefiniteDescription = true
            if !phrase.plural { phrase.count = 1 }
            if first == "both" { phrase.count = 2 }
        } else if !phrase.plural && phrase.head != nil {
            phrase.count = 1
        }
        if quantifiers.contains(first) { phrase.count = nil }
        // Affiliation: "close to X", "at/in/from X", or capitalized modifiers before the head.
        if let close = lowers.firstIndex(of: "close"), close + 2 <= lowers.count, lowers[close + 1] == "to" {
            phrase.affiliation = trimArticle(text(tokens[lo + close + 2].start..<tokens[affiliationEnd(tokens, lo + close + 2, hi)].end))
        } else if let k = (lo..<hi).first(where: { ["at", "in", "from", "within", "inside", "of"].contains(tokens[$0].lower) && $0 + 1 < hi && upTo($0 + 1, min(hi, $0 + 3)).contains { tokens[$0].capitalized } && $0 > (headIndex ?? lo) }) {
            phrase.affiliation = trimArticle(text(tokens[k + 1].start..<tokens[affiliationEnd(tokens, k + 1, hi)].end))
        } else if let headIndex, headIndex > lo {
            let modifiers = (lo..<headIndex).filter { k in
                let w = tokens[k].lower
                guard Lexicon.numberWords[w] == nil, !determiners.contains(w), !quantifiers.contains(w), !functionWords.contains(w) else { return false }
                return tokens[k].capitalized || w.contains(".") && w.count <= 5
            }
            if let firstMod = modifiers.first, let lastMod = modifiers.last {
                phrase.affiliation = text(tokens[firstMod].start..<tokens[lastMod].end)
            }
        }
        // Outlets named inside: "one of Reuters’ sources", "people interviewed by Reuters".
        for k in lo..<hi where tokens[k].capitalized {
            var end = k
            while end + 1 < hi, tokens[end + 1].capitalized { end += 1 }
            let candidate = text(tokens[k].start..<tokens[end].end)
            if Lexicon.isKnownOutlet(candidate) { phrase.relayVia = Lexicon.canonicalOutlet(candidate); break }
        }
        let lowerMention = mention.lowercased()
        phrase.knowledge = Lexicon.knowledgeCues.first { lowerMention.includes($0.phrase) }?.kind
        phrase.reason = Lexicon.anonymityCues.first { lowerMention.includes($0.phrase) }?.kind
        return phrase
    }

    static func affiliationEnd(_ tokens: [Token], _ start: Int, _ hi: Int) -> Int {
        var end = start
        while end + 1 < hi, ![",", "who", "said", "and", "because", "which"].contains(tokens[end + 1].lower) { end += 1 }
        return end
    }

    static func trimArticle(_ text: String) -> String {
        for prefix in ["the ", "The "] where text.hasPrefix(prefix) { return String(text.dropFirst(prefix.count)) }
        return text
    }
}

import Foundation
