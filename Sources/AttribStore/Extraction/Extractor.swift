/// Finds attributions in an article body: quotations with their speakers, indirect speech,
/// anonymous sources, relays and denials. Deterministic rules, each named in `rule`.
///
/// Order of work: tokens → quotations → sentences; then, sentence by sentence, direct quotes
/// (the quote and the cue next to it), then indirect speech around each cue word. A running
/// model of the article (people named so far, the last speaker, the last anonymous group,
/// the report being relayed) resolves "he", "the spokesman" and "one of the sources".
public struct Extractor: Sendable {
    public var articleOutlet: String?

    public init(articleOutlet: String? = nil) {
        self.articleOutlet = articleOutlet
    }

    public func extract(_ body: String) -> Extraction {
        var run = ExtractionRun(body: body, articleOutlet: articleOutlet)
        run.run()
        return run.result
    }
}

/// "SPEAKER said:" at the end of a sentence: who speaks in the quotation or block that follows.
struct ColonLead {
    var speaker: SpeakerPhrase
    var cue: String
    var paragraph: Int
    var relay: [String]
}

struct ExtractionRun {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let quotes: [Quotation]
    let sentences: [Sentence]
    let articleOutlet: String?
    var result = Extraction()

    // Running model of the article.
    var names: [String: (full: String, role: String?)] = [:]
    /// Where full names were seen, in order: the fallback antecedent of "he" and "she".
    var nameMentions: [(position: Int, surname: String)] = []
    /// Where known outlets were named, in order ("the agency" points back to the last one).
    var outletMentions: [(position: Int, name: String)] = []
    /// Where organizations were named ("Brightwell Foods Inc."), for "the company" later.
    var organizationMentions: [(position: Int, name: String)] = []
    /// Where brand names written with an inner capital were seen ("WeWork"), for "the company".
    var brandMentions: [(position: Int, name: String)] = []
    /// Acronyms the article spells out ("Athletics Integrity Unit (AIU)"): "the AIU said" later
    /// is that body, under its full name.
    var acronyms: [String: String] = [:]
    /// Heads of a definite description that can point back to a brand: "the company", "the airline".
    static let companyHeads: Set<String> = ["company", "firm", "airline", "carrier", "startup", "start-up", "business", "retailer",
                                            "maker", "brand", "chain", "group", "platform", "app", "service", "provider", "operator", "label",
                                            "brewery", "distillery", "winery", "bakery", "refinery", "factory", "lender", "insurer",
                                            "producer", "supplier", "distributor", "publisher", "broadcaster", "exporter", "shipyard"]
    /// Heads of a definite description that may point back to any body named before ("the club").
    static let bodyHeads: Set<String> = ["club", "team", "side", "organization", "organisation", "body", "institution", "outfit",
                                         "school", "university", "college", "hospital", "academy"]
    /// Heads of a definite description that point back to a public body ("the agency").
    static let publicBodyHeads: Set<String> = ["agency", "regulator", "watchdog", "authority", "authorities"]
    /// Organization words that name a business, not a state or a public body.
    static let businessWords: Set<String> = ["company", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "group", "holdings",
                                             "airline", "airlines", "airways", "industries", "technologies", "systems", "motors", "foods",
                                             "minerals", "construction", "energy", "securities", "capital", "pharmaceuticals", "studios",
                                             "label", "bank", "firm", "services", "network", "exchange",
                                             "productions", "records", "entertainment", "pictures"]

    /// Words that name a body of workers or members ("Society for Professional Engineering
    /// Employees in Aerospace", "Teamsters Local 700"): what "the union" points back to, and
    /// never "the company".
    static let memberBodyWords: Set<String> = ["union", "unions", "association", "society", "federation", "guild", "brotherhood",
                                               "confederation", "teamsters", "workers", "employees", "alliance", "syndicate"]

    static func isMemberBodyName(_ name: String) -> Bool {
        name.lowercased().split(separator: " ").contains { memberBodyWords.contains(String($0)) }
    }

    static func isBusinessName(_ name: String) -> Bool {
        name.lowercased().split(separator: " ").contains { businessWords.contains(String($0)) }
    }

    /// The sentence before the current one: where it lies, whether it attributed anything, its paragraph.
    var previousSentence: (range: Range<Int>, attributed: Bool, paragraph: Int)?
    /// Multi-word names by their first word, so "Varga" finds "Varga Construction".
    var namesByFirstWord: [String: String] = [:]
    /// Two-word personal names by their first word, for names written family name first ("Liu
    /// Xiaming", later "Liu"); nil where two names share that word.
    var personsByFirstWord: [String: String?] = [:]
    var currentPosition = 0
    /// The text of the sentence being read, for quick byte searches that let a rule skip a
    /// sentence without a word it needs ("report", "denial", " by ").
    var sentenceText = ""
    /// Per token, whether its word is a cue (`CueStart.single`) or begins a two- or three-word
    /// cue (`CueStart.pair`, `CueStart.triple`): looked up once per token, since `cue(_:at:)` is
    /// asked about every word of a sentence, some more than once.
    let cueStarts: [UInt8]
    enum CueStart: UInt8 { case single = 1, pair = 2, triple = 4 }
    var sourceKeys: [String: Int] = [:]
    var lastPerson: Int?
    var lastSpeaker: Int?
    /// The last speaker who is a single person, named or anonymous.
    var lastSingularSpeaker: Int?
    var lastGroup: Int?
    var lastOrganization: Int?
    var groupRelay: [Int: [String]] = [:]
    var report: (outlet: String, anonymous: Int?)?
    var usedQuotes = Set<Int>()
    /// "Citing “multiple former officials,” Hill wrote that P": the cited speak, the writer relays,
    /// for the statements of the current sentence.
    var citedLead: SpeakerPhrase?
    /// Who released the statement last mentioned ("In a statement released by her lawyer, ..."),
    /// for "the statement quoted her as saying" after it.
    var lastReleaser: String?
    /// Whose statement the article last mentioned ("X issued a statement", "X said in a statement
    /// to OUTLET"), with its relay: "the statement read" and "the statement continued" are theirs.
    var lastStatement: (source: Int, relay: [String])?
    /// Head nouns of unnamed bodies named later in apposition ("a group of employees ... The group,
    /// WeWorkers Coalition, ..."), to the source that now bears the name.
    var namedDescriptions: [String: Int] = [:]
    /// "pilots' union Balpa", "the budget airline Flyr": names written after the noun that later
    /// describes them ("the union", "the airline"), with where each was named.
    var describedNames: [(position: Int, head: String, name: String)] = []
    /// An unnamed group said to have spoken to an outlet, with no words of theirs yet
    /// ("sources close to the minister, who described the meeting to the Tribune").
    var pendingGroup: (phrase: SpeakerPhrase, relay: [String])?
    /// Outlets known only as the ones such a group spoke to: no report the article follows.
    var groupOnlyOutlets = Set<String>()

    init(body: String, articleOutlet: String?) {
        scalars = Array(body.unicodeScalars)
        tokens = Tokenizer.tokenize(scalars)
        cueStarts = tokens.map { $0.kind == .word ? Lexicon.cueStarts[$0.lower] ?? 0 : 0 }
        let found = QuotationFinder.find(tokens: tokens, scalars: scalars)
        quotes = found.quotes
        let units = SentenceSplitter.units(tokens: tokens, quotes: quotes)
        sentences = SentenceSplitter.split(units: units, tokens: tokens, quotes: quotes, scalars: scalars)
        self.articleOutlet = articleOutlet.map(Lexicon.canonicalOutlet)
        result.quoteRepairs = found.repairs
    }

    /// `text(_:)` as a closure for `SpeakerParser`, holding the scalars only: passing the method
    /// itself copied the whole extraction state (this struct) at every speaker parsed.
    var textOf: (Range<Int>) -> String {
        { [scalars] range in range.lowerBound < range.upperBound ? ScalarText.string(scalars[range]) : "" }
    }

    func text(_ range: Range<Int>) -> String {
        guard range.lowerBound < range.upperBound else { return "" }
        return ScalarText.string(scalars[range])
    }

    mutating func run() {
        collectNames()
        collectDescribedNames()
        var previousDirect: (sentence: Int, attribution: Int, paragraph: Int)?
        var colonLead: ColonLead?
        /// "X summarized the findings:" closing a paragraph whose next paragraph is no quotation:
        /// that paragraph is X's words, and the statements it reports reach the article through X.
        var blockLead: (relay: String, paragraph: Int)?
        for (index, sentence) in sentences.enumerated() {
            if let block = blockLead, sentence.paragraph > block.paragraph + 1 { blockLead = nil }
            if isBoilerplate(sentence) { continue }
            let whole = span(sentence, 0..<sentence.units.count)
            currentPosition = whole?.lowerBound ?? currentPosition
            sentenceText = whole.map(text) ?? ""
            let before = result.attributions.count
            nameDescribedBody(sentence)
            citedLead = citingLead(sentence)
            processDirect(sentence, index: index, previousDirect: &previousDirect, colonLead: &colonLead)
            let afterDirect = result.attributions.count
            if !citedSourceParticiple(sentence) {
                processIndirect(sentence)
                processWithFrames(sentence)
            }
            reportNounByAgent(sentence)
            hearsayNounClause(sentence)
            relativeClauseSpeech(sentence, since: before)
            whoSaid(sentence)
            pleadedNotGuilty(sentence)
            denialNoun(sentence)
            relativeClauseDenial(sentence)
            if result.attributions.count == before { processReportedly(sentence) }
            if result.attributions.count == before { processSubjectParticiple(sentence) }
            if result.attributions.count == before { _ = possessiveClaim(sentence) }
            // After the claims: "Roth's claim that the firm had promised to stay" is Roth's.
            infinitiveSpeechAct(sentence)
            namingComplement(sentence)
            whileSaying(sentence)
            issuedStatementParticiple(sentence)
            relayTrailingAccordingTo(sentence, since: before)
            relayDocumentSeenBy(sentence, since: before)
            relayReportedSentence(sentence, since: before)
            if result.attributions.count == before { sourcesNamedAfterReport(sentence) }
            // "X told Fox News that P. “Q.”": a quotation standing alone after indirect speech in
            // the same paragraph goes on with that speaker, not with an earlier quote.
            // So does one after a quotation the writer completed ("“Q” to both sides, he said. “R.”").
            if result.attributions.count > afterDirect, let last = result.attributions.indices.last,
               result.attributions[last].kind == .indirect || result.attributions[last].rule == "quote-completed-speaker-cue" {
                previousDirect = (index, last, sentence.paragraph)
            }
            if let block = blockLead, sentence.paragraph == block.paragraph + 1 {
                for i in before..<result.attributions.count where !result.attributions[i].relayedBy.contains(block.relay)
                    && result.attributions[i].source.map({ label($0) != block.relay }) ?? true {
                    result.attributions[i].relayedBy.insert(block.relay, at: 0)
                }
            }
            citedLead = nil
            if let releaser = statementReleaser(sentence) { lastReleaser = releaser }
            if let issuer = statementIssuer(sentence) { lastStatement = issuer }
            if result.attributions.count == before, let group = groupWhoToldOutlet(sentence) { pendingGroup = group }
            let lead = colonLeadIn(sentence)
            colonLead = lead ?? (result.attributions.count == before ? nil : colonLead)
            if let lead, index + 1 < sentences.count, sentences[index + 1].paragraph == sentence.paragraph + 1,
               !opensWithQuotation(sentences[index + 1]),
               let name = blockSpeakerName(lead.speaker) {
                blockLead = (name, sentence.paragraph)
            }
            noteAnonymityReasons(sentence)
            previousSentence = span(sentence, 0..<sentence.units.count).map { ($0, result.attributions.count > before, sentence.paragraph) }
        }
        relayNestedQuotations()
        carryInterviewRelays()
        markImplicitDenials()
        linkDenials()
    }

    /// "Jeffrey Kluger told CBS News that P. ... But he said Q.": a person who told an outlet (or
    /// was quoted by one) goes on in the same interview, so the outlet relays what they say next,
    /// unless another person speaks in between or the article moves on (600 scalars, about two
    /// paragraphs).
    mutating func carryInterviewRelays() {
        var interview: (speaker: Int, relay: [String], end: Int)?
        for i in result.attributions.indices {
            let statement = result.attributions[i]
            guard let speaker = statement.source else { continue }
            if !statement.relayedBy.isEmpty {
                // Only an interview: "told CBS News", "was quoted as saying by O Globo", "In an
                // interview for CBS, Araghchi stated" (whatever the outlet interviewing is called).
                let lead = text(max(0, statement.start - 160)..<statement.start)
                let venue = lead.lowercased().includes("interview")
                let outlets = statement.relayedBy.allSatisfy { relay in
                    Lexicon.isKnownOutlet(relay) || outletMentions.contains(where: { $0.name == relay }) || venue && lead.includes(relay) }
                let interviewed = ["told", "quoted as saying"].contains(statement.cue) || venue
                interview = result.sources[speaker].kind == .person && outlets && interviewed ? (speaker, statement.relayedBy, statement.end) : nil
                continue
            }
            guard let current = interview, current.speaker == speaker else {
                if result.sources[speaker].kind == .person { interview = nil }
                continue
            }
            guard statement.start - current.end < 600 else { interview = nil; continue }
            result.attributions[i].relayedBy = current.relay
            interview = (speaker, current.relay, statement.end)
        }
    }

    /// "There has been no build-up", "it hasn't held takeover talks", "No incidents were recorded":
    /// a statement that opens by negating, made after the article told of someone else's claim (a
    /// report, allegations, rumors, or what an unnamed source or an outlet said), answers that
    /// claim: it denies, though no word of denying is used. The rule says so, for `attrib explain`.
    mutating func markImplicitDenials() {
        for i in result.attributions.indices where result.attributions[i].stance == .asserts {
            let statement = result.attributions[i]
            guard Self.opensByNegating(openingWords(at: statement.start)), let speaker = statement.source,
                  !ExtractionRun.hearsayNouns.contains(result.sources[speaker].head ?? "") else { continue }
            let from = max(0, statement.start - 800)
            let before = text(from..<statement.start).lowercased()
            let claimTold = Self.claimWords.contains(where: { before.includes($0) })
                || result.attributions[..<i].contains(where: { other in
                    other.end > from && other.source != speaker && other.source.map({ result.sources[$0].kind == .anonymous || result.sources[$0].isOutlet }) == true })
            guard claimTold else { continue }
            result.attributions[i].stance = .denies
            result.attributions[i].rule += " + negation-answers-claim"
        }
    }

    /// The first eight words from scalar `position` on, lowercased, with "’" written "'": read
    /// from the tokens, which hold them already.
    func openingWords(at position: Int) -> [String] {
        var words: [String] = []
        var k = firstToken(from: position)
        while k < tokens.count, words.count < 8, tokens[k].kind != .paragraphBreak {
            if tokens[k].kind == .word {
                let lower = tokens[k].lower
                // (Most words are ASCII; only others can hold "’".)
                words.append(lower.utf8.allSatisfy({ $0 < 0x80 }) ? lower : lower.replacingOccurrences(of: "’", with: "'"))
            }
            k += 1
        }
        return words
    }

    /// Words that tell of a claim someone made, which a negating statement after them answers.
    static let claimWords: [String] = ["report", "allegation", "accusation", "rumor", "rumour", "speculation", "claim", "suggestion", "story"]

    /// Whether a statement opens by saying that something did not happen or does not exist, the
    /// way a denial answers a claim: "No decision had been made", "there has been no build-up",
    /// "nothing has been decided", "He did not say that", "it hasn't held takeover talks", "the
    /// district was not involved". A negation among its first five words, of existence ("no",
    /// "none", "nothing", "nobody") or of an event ("did not say", "hasn't held", "was not
    /// involved"). Not intentions, abilities or opinions: "would not accept", "can't say",
    /// "is not a partnership", "don't know".
    static func opensByNegating(_ words: [String]) -> Bool {
        for (n, word) in words.enumerated() where n < 5 {
            let next = n + 1 < words.count ? words[n + 1] : ""
            let previous = n > 0 ? words[n - 1] : ""
            if ["no", "none", "nothing", "nobody"].contains(word) {
                // "there has been no build-up", "there's nothing to them".
                if ["is", "was", "are", "were", "been", "there's"].contains(previous), words[..<n].contains(where: { $0 == "there" || $0 == "there's" }) {
                    return next != "way" && next != "doubt"
                }
                // "had no knowledge of", "has no plans to".
                if ["had", "has", "have"].contains(previous) { return Self.deniedPossessions.contains(next) }
                // "No decision had been made", "nothing has been decided", "no prohibited substance
                // was found": what the clause opens with was not done. Not "no jobs would be lost"
                // (an intention) nor "Nobody asked us" (a complaint).
                guard n == 0, word != "nobody" else { return false }
                let after = words[(n + 1)...].prefix(5)
                guard !after.contains(where: { Self.modalWords.contains($0) }),
                      let aux = after.firstIndex(where: { ["has", "have", "had", "was", "were", "is", "are"].contains($0) }), aux + 1 < words.count
                else { return false }
                let passive = words[aux + 1] == "been" || ["was", "were", "is", "are"].contains(words[aux])
                let participle = words[aux + 1] == "been" ? (aux + 2 < words.count ? words[aux + 2] : "") : words[aux + 1]
                // ("Nothing has been decided" is passive; "nothing has changed" tells no event denied.)
                return (word == "no" || passive) && (participle.hasSuffix("ed") || Self.deniedEvents.contains(participle))
            }
            let negated: String
            if ["not", "never"].contains(word) {
                // "did not say", "was not involved", "has never met": an auxiliary before ("We never
                // discuss" is a habit, not an event denied).
                guard ["did", "does", "was", "were", "is", "are", "has", "have", "had"].contains(previous) else { return false }
                negated = next
            } else if word.hasSuffix("n't") { negated = next == "not" ? (n + 2 < words.count ? words[n + 2] : "") : next }
            else { continue }
            // "would not accept", "can't say", "won't": intentions and abilities, not events.
            if Self.modalWords.contains(previous) || ["won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't", "don't", "doesn't"].contains(word) { return false }
            let verb = negated == "always" || negated == "ever" || negated == "been" ? (n + 2 < words.count ? words[n + 2] : "") : negated
            return Self.deniedEvents.contains(verb)
        }
        return false
    }

    /// What "had no ..." denies having: "had no knowledge of", "has no plans to".
    static let deniedPossessions: Set<String> = ["knowledge", "plans", "plan", "intention", "intentions", "evidence", "record",
                                                 "contact", "role", "involvement", "idea", "information", "talks", "part"]

    static let modalWords: Set<String> = ["would", "will", "could", "can", "should", "must", "might", "may", "shall", "do", "does"]

    /// Verbs whose negation says that an event claimed did not take place ("did not say", "was
    /// not involved", "has never met").
    static let deniedEvents: Set<String> = [
        "say", "said", "happen", "happened", "occur", "occurred", "hold", "held", "take", "taken", "took", "meet", "met",
        "discuss", "discussed", "involved", "make", "made", "agree", "agreed", "receive", "received", "pay", "paid",
        "exist", "existed", "use", "used", "order", "ordered", "authorize", "authorized", "approve", "approved", "sign",
        "signed", "offer", "offered", "contact", "contacted", "threaten", "threatened", "negotiate", "negotiated",
        "engage", "engaged", "find", "found", "record", "recorded", "plan", "planned", "consider", "considered",
        "call", "called", "write", "wrote", "written", "send", "sent", "ask", "asked", "accept", "accepted",
    ]

    /// "According to their account, ... Johnson informed Zelensky that Putin “should be
    /// pressured”": a quotation inside what someone else is reported to have said reaches the
    /// article through them, after whoever relayed them.
    mutating func relayNestedQuotations() {
        for d in result.attributions.indices where result.attributions[d].kind == .direct && result.attributions[d].relayedBy.isEmpty {
            let quote = result.attributions[d]
            guard let outer = result.attributions.first(where: { $0.kind == .indirect && $0.source != nil && $0.source != quote.source
                      && $0.start <= quote.start && $0.end >= quote.end }),
                  let source = outer.source else { continue }
            result.attributions[d].relayedBy = outer.relayedBy + [label(source)]
        }
    }

    // MARK: Names seen anywhere in the article

    /// Runs of capitalized words ("Dmitry Kozak", "Kremlin spokesman Dmitry Peskov") register the
    /// full name under its last word, so a later "Kozak" or "Peskov" resolves to it.
    /// Words that open an appositive or a relative clause after a speaker's name.
    static let appositiveOpeners: Set<String> = ["who", "whose", "a", "an", "the", "its", "his", "her", "their", "one", "another", "which", "now", "then", "once", "also"]

    /// Head nouns that describe an outlet without naming it.

    /// Capitalized words that start sentences or name dates, never people.
    static let notNames: Set<String> = [
        "in", "on", "at", "the", "a", "an", "but", "and", "after", "before", "when", "while", "since", "during", "this",
        "that", "these", "those", "his", "her", "their", "its", "our", "it", "he", "she", "they", "we", "i", "as", "if",
        "for", "from", "with", "without", "by", "to", "of", "asked", "according", "meanwhile", "however", "despite",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next", "earlier", "later",
        "nevertheless", "nonetheless", "moreover", "furthermore", "instead", "still", "indeed", "separately", "additionally",
        "likewise", "similarly", "overall", "besides", "thus", "otherwise", "again", "also",
    ]

    mutating func collectNames() {
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word, tokens[i].capitalized, !Self.notNames.contains(tokens[i].lower) else { i += 1; continue }
            var j = i
            while j + 1 < tokens.count, tokens[j + 1].kind == .word, !Self.notNames.contains(tokens[j + 1].lower), tokens[j + 1].capitalized || (SpeakerParser.nameParticles.contains(tokens[j + 1].lower) && j + 2 < tokens.count && tokens[j + 2].capitalized) { j += 1 }
            // "E! News": an outlet whose name holds an exclamation mark.
            if j + 2 < tokens.count, tokens[j + 1].lower == "!", !tokens[j + 1].spaceBefore, tokens[j + 2].capitalized,
               Lexicon.isKnownOutlet(text(tokens[j].start..<tokens[j + 2].end)) {
                outletMentions.append((tokens[j].start, Lexicon.canonicalOutlet(text(tokens[j].start..<tokens[j + 2].end))))
                i = j + 3
                continue
            }
            var start = i
            var roleStart: Int?
            for k in i...j where SpeakerParser.isDemonymOrRole(tokens[k]) || Lexicon.organizationWords.contains(tokens[k].lower) {
                // "Ken Doctor", "Anna Bishop": a role word last, after a given name, is a surname.
                if k == j, k > start, !Lexicon.organizationWords.contains(tokens[k].lower), !SpeakerParser.isDemonymOrRole(tokens[k - 1]) { break }
                start = k + 1
                if roleStart == nil { roleStart = i }
            }
            // "the newspaper Vestavind": a name after an outlet's description is an outlet.
            if i > 0, Lexicon.outletNouns.contains(tokens[i - 1].lower), !tokens[i - 1].capitalized {
                outletMentions.append((tokens[i].start, text(tokens[i].start..<tokens[j].end)))
            } else {
                for k in i...j {
                    let candidate = text(tokens[k].start..<tokens[j].end)
                    if Lexicon.isKnownOutlet(candidate) {
                        outletMentions.append((tokens[i].start, Lexicon.canonicalOutlet(candidate)))
                        break
                    }
                }
            }
            // Datelines in capitals ("KELSO FALLS, Ore.") are places, not names.
            let shouting = (i...j).allSatisfy { tokens[$0].lower.count > 2 && text(tokens[$0].start..<tokens[$0].end) == text(tokens[$0].start..<tokens[$0].end).uppercased() }
            if shouting { i = j + 1; continue }
            // A role or demonym first opens a person's name ("Army General Mark Milley"), unless the
            // two words are the name of a body ("General Motors", "British Airways").
            if j > i, (i...j).contains(where: { Lexicon.organizationWords.contains(tokens[$0].lower) }),
               !SpeakerParser.isDemonymOrRole(tokens[i]) || j == i + 1 && Lexicon.organizationWords.contains(tokens[j].lower) {
                var first = i
                if tokens[first].lower == "the" { first += 1 }
                if first <= j {
                    let name = text(tokens[first].start..<tokens[j].end)
                    let body = bodyName(first: first, last: j)
                    organizationMentions.append((tokens[i].start, text(tokens[body.lowerBound].start..<tokens[body.upperBound - 1].end)))
                    if namesByFirstWord[tokens[first].lower] == nil { namesByFirstWord[tokens[first].lower] = name }
                }
            }
            // "GateHouse Media": a brand and a company word; "GateHouse" alone later is that company.
            if j == i + 1, Self.companyNameEndings.contains(tokens[j].lower), isInnerCapitalBrand(tokens[i]), namesByFirstWord[tokens[i].lower] == nil {
                namesByFirstWord[tokens[i].lower] = text(tokens[i].start..<tokens[j].end)
            }
            if start == i, j - start >= 2, SpeakerParser.followsRoleAndPreposition(tokens, runStart: i) {
                start = SpeakerParser.nameStartAfterPlace(tokens, run: i..<(j + 1))
            }
            if j - start >= 1 && !(start...j).contains(where: { Lexicon.organizationWords.contains(tokens[$0].lower) || Lexicon.cues[tokens[$0].lower] != nil }) {
                // "Chief Cassandra Deck-Brown’s comments": the name without its possessive.
                var full = text(tokens[start].start..<tokens[j].end)
                var last = tokens[j].lower
                if last.hasSuffix("’s") || last.hasSuffix("'s") {
                    full.removeLast(2)
                    last.removeLast(2)
                }
                let role = roleStart.map { text(tokens[$0].start..<tokens[start - 1].end) }
                if names[last] == nil || (names[last]!.role == nil && role != nil && names[last]!.full == full) {
                    names[last] = (full, role)
                    // "Müller" is written "Mueller" or "Muller" later in the same article.
                    for spelling in Self.transliterations(of: last) where names[spelling] == nil { names[spelling] = (full, role) }
                }
                if j - start == 1 {
                    let first = tokens[start].lower
                    if let seen = personsByFirstWord[first] { if seen != full { personsByFirstWord[first] = .some(nil) } } else { personsByFirstWord[first] = full }
                }
                nameMentions.append((tokens[start].start, last))
            }
            i = j + 1
        }
        // Surnames on their own ("Putin", "Peskov") are mentions of the full names too.
        for token in tokens where token.kind == .word && token.capitalized && names[token.lower] != nil {
            nameMentions.append((token.start, token.lower))
        }
        // Brand names written with an inner capital ("WeWork", "AirAsia") name companies: "the
        // company" and "the airline" later point back to them.
        // So do names that trade: "Nokia shares", "shares in Nokia", "Nokia NOKIA.HE" (a ticker);
        // every mention of such a name is the brand's.
        var traded: Set<String> = []
        var r = 0
        while r < tokens.count {
            guard tokens[r].kind == .word, tokens[r].capitalized, r == 0 || !tokens[r - 1].capitalized || tokens[r - 1].kind != .word else { r += 1; continue }
            var j = r
            while j + 1 < tokens.count, j - r < 3, tokens[j + 1].kind == .word, tokens[j + 1].capitalized,
                  !tokens[j + 1].lower.contains(".") || !isTicker(text(tokens[j + 1].start..<tokens[j + 1].end)) { j += 1 }
            if isTradedName(r...j), names[tokens[j].lower] == nil { traded.insert(text(tokens[r].start..<tokens[j].end)) }
            r = j + 1
        }
        for token in tokens where token.kind == .word && token.capitalized && isInnerCapitalBrand(token) {
            brandMentions.append((token.start, text(token.start..<token.end)))
        }
        // Every mention of a traded name ("Lantern Mobile", "Nokia") is the brand's, before or after.
        for name in traded {
            var from = scalars.startIndex
            let target = Array(name.unicodeScalars)
            while let hit = firstIndex(of: target, from: from) {
                brandMentions.append((hit, name))
                from = hit + target.count
            }
        }
        brandMentions.sort { ($0.position, $0.name) < ($1.position, $1.name) }
        nameMentions.sort { $0.position < $1.position }
        collectAcronyms()
    }

    /// The whole name of a body whose capitalized words `first...last` the scan for names found
    /// apart: "Food and Drug Administration" (found as "Drug Administration"), "Bank of England"
    /// (found as "Bank"). Joined by "of" and "for" forward, and by "and", "of" and "for" back to
    /// a single capitalized word. After "of" or "for", "and" joins a last run that names members
    /// ("International Association of Machinists and Aerospace Workers").
    func bodyName(first: Int, last: Int) -> Range<Int> {
        var lo = first
        var hi = last + 1
        while hi + 1 < tokens.count, ["of", "for"].contains(tokens[hi].lower), !tokens[hi].capitalized,
              tokens[hi + 1].capitalized, tokens[hi + 1].kind == .word {
            hi += 1
            while hi < tokens.count, tokens[hi].capitalized, tokens[hi].kind == .word { hi += 1 }
            if hi + 1 < tokens.count, tokens[hi].lower == "and", tokens[hi + 1].capitalized, tokens[hi + 1].kind == .word {
                var end = hi + 1
                while end < tokens.count, tokens[end].capitalized, tokens[end].kind == .word { end += 1 }
                if Self.memberBodyWords.contains(tokens[end - 1].lower) { hi = end }
            }
        }
        // Back over as many joined words as the name has: "Guild of Marine and Harbour Workers".
        for _ in 0..<3 {
            guard lo >= 2, ["and", "of", "for", "&"].contains(tokens[lo - 1].lower), tokens[lo - 2].capitalized, tokens[lo - 2].kind == .word,
                  lo < 3 || !tokens[lo - 3].capitalized || tokens[lo - 3].kind != .word || tokens[lo - 3].lower == "the" else { break }
            // "Shares of Sahil Refining Co. jumped": a word capitalized only because it opens the
            // sentence joins the name only when it is itself a body's word ("Bank of Ireland").
            let opensSentence = lo == 2 || [".", "\n", "!", "?"].contains(tokens[lo - 3].lower)
            if opensSentence, !Lexicon.organizationWords.contains(tokens[lo - 2].lower) { break }
            lo -= 2
        }
        return lo..<hi
    }

    /// "the sport’s independent Athletics Integrity Unit (AIU)", "Centers for Disease Control and
    /// Prevention (CDC)": capitalized words, perhaps joined by "of", "for" and "and", then an
    /// acronym in parentheses whose letters are their initials in order, the first letter the
    /// first word's.
    mutating func collectAcronyms() {
        for p in tokens.indices where tokens[p].lower == "(" && p + 2 < tokens.count && tokens[p + 2].lower == ")" {
            let acronym = text(tokens[p + 1].start..<tokens[p + 1].end)
            guard let full = expansion(of: acronym, before: p) ?? bodyBefore(p, abbreviatedAs: acronym) else { continue }
            if acronyms[acronym] == nil { acronyms[acronym] = full }
        }
    }

    /// Whether unit `k` is a word in capitals that the article spells out ("WHO" after "World
    /// Health Organization (").
    func isAcronymAt(_ sentence: Sentence, _ k: Int) -> Bool {
        wordAt(sentence, k).map { acronyms[$0] != nil } ?? false
    }

    /// Whether unit `k` is a word of two to six capital letters ("PUB", "NYSE").
    func isCapitalsWord(_ sentence: Sentence, _ k: Int) -> Bool {
        guard let word = wordAt(sentence, k)?.unicodeScalars else { return false }
        return (2...6).contains(word.count) && word.allSatisfy { $0.properties.isUppercase }
    }

    /// The words before token `end` that `acronym` abbreviates, or nil. In parentheses right after
    /// the words an acronym may skip some ("Centers for Disease Control and Prevention (CDC)");
    /// anywhere else (`exact`) it takes every word's initial ("Food and Drug Administration").
    func expansion(of acronym: String, before end: Int, exact: Bool = false) -> String? {
        let letters = Array(acronym.unicodeScalars)
        guard (2...8).contains(letters.count), letters.allSatisfy({ $0.properties.isUppercase }) else { return nil }
        var k = end - 1
        var initials: [Unicode.Scalar] = []
        while k >= 0, end - k <= 14, tokens[k].kind == .word {
            if SpeakerParser.bodyNameJoiners.contains(tokens[k].lower) && !tokens[k].capitalized { k -= 1; continue }
            guard tokens[k].capitalized, let initial = text(tokens[k].start..<tokens[k].end).unicodeScalars.first else { break }
            initials.insert(initial, at: 0)
            if initial == letters[0], exact ? initials == letters : Self.isSubsequence(letters, of: initials) {
                return text(tokens[k].start..<tokens[end - 1].end)
            }
            k -= 1
        }
        return nil
    }

    /// "The Dutch National Institute for Public Health and the Environment (RIVM)": an acronym
    /// from another language, whose letters are not the English initials, still abbreviates the
    /// body named right before it, when that name has two or more capitalized words and an
    /// organization word.
    func bodyBefore(_ open: Int, abbreviatedAs acronym: String) -> String? {
        let letters = acronym.unicodeScalars
        guard (2...8).contains(letters.count), letters.allSatisfy({ $0.properties.isUppercase }) else { return nil }
        var k = open - 1
        var capitalized = 0
        var first = open
        while k >= 0, open - k <= 12, tokens[k].kind == .word {
            if tokens[k].capitalized {
                if tokens[k].lower == "the" { break }
                capitalized += 1
                first = k
            } else if !SpeakerParser.bodyNameJoiners.contains(tokens[k].lower) { break }
            k -= 1
        }
        guard capitalized >= 2, first < open,
              tokens[first..<open].contains(where: { $0.capitalized && Lexicon.organizationWords.contains($0.lower) }) else { return nil }
        return text(tokens[first].start..<tokens[open - 1].end)
    }

    static func isSubsequence(_ letters: [Unicode.Scalar], of initials: [Unicode.Scalar]) -> Bool {
        var i = 0
        for initial in initials where i < letters.count && initial == letters[i] { i += 1 }
        return i == letters.count
    }

    /// "AIU", "The AIU", "GM": the full name of an organization written as an acronym — spelled
    /// out in the article, or named before with those initials ("General Motors").
    /// "The F.D.A." is written "FDA" elsewhere.
    /// Names before `position` count: "the United Auto Workers ..., but the UAW denied" spells
    /// it out earlier in the same sentence.
    func fullName(ofAcronym name: String, at position: Int) -> String? {
        var bare = name.hasPrefix("The ") || name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
        guard !bare.contains(" ") else { return nil }
        // "The US" is the country by its usual name; only bodies are spelled out.
        guard !Lexicon.governmentMetonyms.contains(bare.lowercased()) else { return nil }
        bare.removeAll { $0 == "." }
        if let full = acronyms[bare] { return full }
        let letters = Array(bare.unicodeScalars)
        guard (2...5).contains(letters.count), letters.allSatisfy({ $0.properties.isUppercase }) else { return nil }
        // The last run of capitalized words before here whose initials spell it.
        var end = tokens.firstIndex(where: { $0.start >= max(currentPosition, position) }) ?? tokens.count
        while end > 0 {
            if tokens[end - 1].capitalized, end == tokens.count || !tokens[end].capitalized || tokens[end].kind != .word,
               let full = expansion(of: bare, before: end, exact: true) {
                return full
            }
            end -= 1
        }
        return nil
    }

    /// The spellings of a lowercase surname without its umlauts or accents: "müller" → "mueller",
    /// "muller"; "josé" → "jose". Empty when the name has none.
    static func transliterations(of name: String) -> [String] {
        guard name.unicodeScalars.contains(where: { $0.value > 0x7F }) else { return [] }
        let expanded = name.replacingOccurrences(of: "ü", with: "ue").replacingOccurrences(of: "ö", with: "oe")
            .replacingOccurrences(of: "ä", with: "ae").replacingOccurrences(of: "ß", with: "ss")
        let plain = name.folding(options: .diacriticInsensitive, locale: nil)
        return Array(Set([expanded, plain].filter { $0 != name }))
    }

    /// Words that end a company's name after its brand ("GateHouse Media", "JetBlue Airways").
    static let companyNameEndings: Set<String> = ["media", "holdings", "records", "capital", "partners", "labs", "technologies",
                                                  "entertainment", "studios", "games", "motors", "energy", "brands", "foods",
                                                  "airways", "airlines", "group", "inc.", "inc", "corp.", "corp", "co.", "ltd", "ltd."]

    /// Capitalized words whose shares trade: "Nokia shares", "shares in Nokia", "Lantern Mobile
    /// LNTM.OL" (a ticker after the name).
    func isTradedName(_ run: ClosedRange<Int>) -> Bool {
        let next = run.upperBound + 1 < tokens.count ? tokens[run.upperBound + 1] : nil
        if let next, next.kind == .word, !next.capitalized, ["shares", "stock"].contains(next.lower) { return true }
        if let next, next.kind == .word, next.lower.contains("."), isTicker(text(next.start..<next.end)) { return true }
        let i = run.lowerBound
        return i >= 2 && ["in", "of"].contains(tokens[i - 1].lower) && ["shares", "stake"].contains(tokens[i - 2].lower)
    }

    /// Where `target` next occurs in the article at or after `from`, as a whole word.
    func firstIndex(of target: [Unicode.Scalar], from: Int) -> Int? {
        guard let first = target.first, target.count <= scalars.count else { return nil }
        var k = from
        while k + target.count <= scalars.count {
            if scalars[k] == first, (k == 0 || !scalars[k - 1].properties.isAlphabetic),
               k + target.count == scalars.count || !scalars[k + target.count].properties.isAlphabetic,
               (0..<target.count).allSatisfy({ scalars[k + $0] == target[$0] }) { return k }
            k += 1
        }
        return nil
    }

    /// Whether a phrase describes rather than names: "the newspaper", "The British broadcaster",
    /// "state television". Capitals only to open it, or on a demonym; a first word that is
    /// capitalized and no determiner or demonym names something ("Xinhua news agency").
    static func describesWithoutNaming(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard !words.dropFirst().contains(where: { word in
            word.unicodeScalars.contains(where: { $0.properties.isUppercase }) && !SpeakerParser.demonyms.contains(word.lowercased()) }) else { return false }
        guard let first = words.first?.lowercased() else { return false }
        return name.first?.isUppercase == false || SpeakerParser.determiners.contains(first) || SpeakerParser.demonyms.contains(first) || words.count == 1
    }

    /// A stock ticker with its exchange: "NOKIA.HE", "LNTM.OL", "ERICb.ST".
    func isTicker(_ word: String) -> Bool {
        let parts = word.split(separator: ".")
        guard parts.count == 2, (2...6).contains(parts[0].count), (1...3).contains(parts[1].count),
              parts[1].allSatisfy({ $0.isASCII && $0.isUppercase }), parts[0].first?.isUppercase == true else { return false }
        return parts[0].filter({ $0.isUppercase }).count >= parts[0].count - 1
    }

    /// "WeWork", "AirAsia", "JetBlue": letters only, a capital after a lowercase letter. Surnames
    /// written that way ("McCarty", "MacLeod", "DeSantis", "LaGuardia") are excluded by their prefix.
    func isInnerCapitalBrand(_ token: Token) -> Bool {
        // Asked of every capitalized word: the inner capital is looked for in place first, and
        // only the few words that have one are copied out and checked further.
        guard token.end - token.start >= 4,
              (token.start + 1..<token.end).contains(where: { Tokenizer.isUppercase(scalars[$0]) && Tokenizer.isLowercase(scalars[$0 - 1]) })
        else { return false }
        let word = Array(scalars[token.start..<token.end])
        guard word.allSatisfy({ $0.properties.isAlphabetic }) else { return false }
        let prefix = String(String.UnicodeScalarView(word.prefix(3)))
        if prefix.hasPrefix("Mc") || prefix == "Mac" || ["De", "Di", "La", "Le", "Du", "Da", "Van", "Von"].contains(where: { prefix.hasPrefix($0) }) { return false }
        return (1..<word.count).contains { word[$0].properties.isUppercase && word[$0 - 1].properties.isLowercase }
    }

    // MARK: Units and tokens

    /// The index of the first token starting at scalar `position` or after it (binary search:
    /// tokens are in text order).
    func firstToken(from position: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < position { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The outlet that owns a described source: "the Globe and Mail’s sources" → "Globe and Mail".
    func outletOwning(_ mention: String) -> String? {
        guard let mark = mention.range(of: "’s ") ?? mention.range(of: "'s ") else { return nil }
        var owner = String(mention[..<mark.lowerBound])
        if owner.lowercased().hasPrefix("the ") { owner = String(owner.dropFirst(4)) }
        guard !owner.isEmpty, Lexicon.isKnownOutlet(owner) || outletMentions.contains(where: { $0.name == owner }) else { return nil }
        return Lexicon.canonicalOutlet(owner)
    }

    /// Whether a finite verb or a verb of saying stands between scalar offsets `from` and `to`.
    func hasVerb(from: Int, to: Int) -> Bool {
        var k = firstToken(from: from)
        while k < tokens.count, tokens[k].start < to {
            let w = tokens[k].lower
            if tokens[k].kind == .word, ExtractionRun.finiteVerbs.contains(w) || Lexicon.cues[w] != nil && !(k > 0 && SpeakerParser.determiners.contains(tokens[k - 1].lower)) {
                return true
            }
            k += 1
        }
        return false
    }

    func tokenIndices(_ sentence: Sentence, _ range: Range<Int>) -> [Int] {
        range.clamped(to: 0..<sentence.units.count).compactMap { if case .token(let t) = sentence.units[$0] { return t } else { return nil } }
    }

    /// The tokens of units `range` as one token range, when every unit there is a token (no quotation).
    func tokenRange(_ sentence: Sentence, _ range: Range<Int>) -> Range<Int>? {
        let list = tokenIndices(sentence, range)
        guard let first = list.first, let last = list.last, list.count == range.count else { return nil }
        return first..<(last + 1)
    }

    func isBoilerplate(_ sentence: Sentence) -> Bool {
        guard case .token(let first) = sentence.units.first else { return false }
        let lower = tokens[first].lower
        let words = sentence.units.count
        if ["photo", "image", "credit", "caption", "advertisement"].contains(lower), words < 40,
           sentence.units.count > 1, case .token(let second) = sentence.units[1], tokens[second].lower == ":" { return true }
        if lower == "by", words <= 8 { return true }
        // Wire credits: "(Additional reporting by ...; Editing by ...)", "Writing by ...".
        var credit = (0..<min(4, words)).compactMap { lowerAt(sentence, $0) }.filter { $0 != "(" }
        if credit.first == "additional" { credit.removeFirst() }
        if credit.count >= 2, ["reporting", "writing", "editing", "compiled"].contains(credit[0]), credit[1] == "by" { return true }
        if lower == "support" || lower == "subscribe" || (lower == "sign" && words < 20) { return true }
        // "Above Photo: ...", "(AP Photo/...)": captions and credits.
        if (0..<min(4, words)).contains(where: { ["photo", "photograph", "image"].contains(lowerAt(sentence, $0) ?? "") && lowerAt(sentence, $0 + 1) == ":" }) { return true }
        // Headlines and subheads set in title case are not prose.
        let wordTokens = tokenIndices(sentence, 0..<words).filter { tokens[$0].kind == .word && tokens[$0].lower.count > 3 }
        let hasQuote = sentence.units.contains { if case .quote = $0 { return true } else { return false } }
        let hasLowercaseCue = tokenIndices(sentence, 0..<words).contains { !tokens[$0].capitalized && Lexicon.cues[tokens[$0].lower] != nil }
        let capitalizedWords = wordTokens.filter({ tokens[$0].capitalized }).count
        if wordTokens.count >= 5, !hasQuote, !hasLowercaseCue, capitalizedWords * 10 >= wordTokens.count * 8,
           lowerAt(sentence, words - 1) != "." { return true }
        // A subhead set in title case, even with a period and quoted words in it.
        if wordTokens.count >= 6, !hasLowercaseCue, capitalizedWords == wordTokens.count { return true }
        // A deck under the headline ("Toronto police ‘monitoring the situation closely,’ spokesman
        // says") or a photo credit ("Chris Young/CP"): one of the first paragraphs, whole, with no
        // closing punctuation and short. Prose paragraphs end with a period (or were cut long).
        if sentence.paragraph <= 2, words <= 16, isWholeParagraph(sentence), !endsWithTerminalPunctuation(sentence) { return true }
        return false
    }

    /// Whether a sentence is its paragraph's only one.
    func isWholeParagraph(_ sentence: Sentence) -> Bool {
        func tokenBounds(_ unit: Unit) -> (Int, Int) {
            switch unit {
            case .token(let t): return (t, t)
            case .quote(let q): return (quotes[q].openToken, quotes[q].closeToken)
            }
        }
        guard let first = sentence.units.first.map(tokenBounds)?.0, let last = sentence.units.last.map(tokenBounds)?.1 else { return false }
        let opens = first == 0 || tokens[first - 1].kind == .paragraphBreak
        let closes = last + 1 >= tokens.count || tokens[last + 1].kind == .paragraphBreak
        return opens && closes
    }

    /// Whether a sentence ends as prose does: with ".", "!", "?" or "…" (also inside a closing
    /// quotation mark), with ":" before the quotation it introduces, or with ";", "—" or "," where
    /// a paragraph was cut.
    func endsWithTerminalPunctuation(_ sentence: Sentence) -> Bool {
        guard let last = sentence.units.last else { return false }
        switch last {
        case .token(let t): return [".", "!", "?", "…", ":", ";", "—", ","].contains(tokens[t].lower) || tokens[t].isAbbreviation
        case .quote(let q): return [".", "!", "?", "…"].contains(finalPunctuation(ofQuote: q))
        }
    }

    /// The scalar range covered by units `range` of a sentence.
    func span(_ sentence: Sentence, _ requested: Range<Int>) -> Range<Int>? {
        let range = requested.clamped(to: 0..<sentence.units.count)
        guard !range.isEmpty else { return nil }
        func bounds(_ unit: Unit) -> Range<Int> {
            switch unit {
            case .token(let t): return tokens[t].start..<tokens[t].end
            case .quote(let q): return tokens[quotes[q].openToken].start..<tokens[quotes[q].closeToken].end
            }
        }
        return bounds(sentence.units[range.lowerBound]).lowerBound..<bounds(sentence.units[range.upperBound - 1]).upperBound
    }

    /// The "!" of "E! News" inside a sentence (see `SentenceSplitter.isNameBang`).
    func isNameBang(_ sentence: Sentence, _ index: Int) -> Bool {
        lowerAt(sentence, index) == "!" && isCapitalizedWord(sentence, index - 1) && isCapitalizedWord(sentence, index + 1)
            && span(sentence, (index - 1)..<(index + 2)).map { Lexicon.isKnownOutlet(text($0)) } == true
    }

    /// Whether unit `index` is a word (not punctuation, a number or a quotation).
    func isWordToken(_ sentence: Sentence, _ index: Int) -> Bool {
        guard index >= 0, index < sentence.units.count, case .token(let t) = sentence.units[index] else { return false }
        return tokens[t].kind == .word
    }

    func isCapitalizedWord(_ sentence: Sentence, _ index: Int) -> Bool {
        guard index >= 0, index < sentence.units.count, case .token(let t) = sentence.units[index] else { return false }
        return tokens[t].kind == .word && tokens[t].capitalized
    }

    /// Whether unit `index` is an adverb or auxiliary that may stand between a speaker and the
    /// cue: a listed filler, or a lowercase "-ly" adverb ("has consistently denied").
    func isFillerAt(_ sentence: Sentence, _ index: Int) -> Bool {
        guard index >= 0, index < sentence.units.count, case .token(let t) = sentence.units[index] else { return false }
        // ("The protest group Climate Now said": a capitalized word inside the sentence is a name's.)
        if tokens[t].capitalized, index > 0 { return false }
        return Lexicon.fillers.contains(tokens[t].lower) || !tokens[t].capitalized && Lexicon.isMannerAdverb(tokens[t].lower)
    }

    /// The token at unit `index` as written (`lowerAt` gives it in lowercase).
    func wordAt(_ sentence: Sentence, _ index: Int) -> String? {
        guard index >= 0, index < sentence.units.count, case .token(let t) = sentence.units[index] else { return nil }
        return text(tokens[t].start..<tokens[t].end)
    }

    func lowerAt(_ sentence: Sentence, _ index: Int) -> String? {
        guard index >= 0, index < sentence.units.count, case .token(let t) = sentence.units[index] else { return nil }
        return tokens[t].lower
    }

    func isQuote(_ sentence: Sentence, _ index: Int) -> Int? {
        guard index >= 0, index < sentence.units.count, case .quote(let q) = sentence.units[index] else { return nil }
        return q
    }

    /// A cue at unit `index`: one word ("said"), two ("made clear", "pointed out") or three ("made it clear").
    func cue(_ sentence: Sentence, at index: Int) -> (cue: Lexicon.Cue, length: Int)? {
        guard index >= 0, index < sentence.units.count, case .token(let t) = sentence.units[index], cueStarts[t] != 0 else { return nil }
        let word = tokens[t].lower
        // A capitalized word after another word is part of a name ("the Washington Post reported",
        // "Daily Express", "Secretary of State Mike Pompeo"), not a verb.
        if index > 0, tokens[t].capitalized,
           case .token(let p) = sentence.units[index - 1], tokens[p].kind == .word { return nil }
        // So is one before another capitalized word ("“He did not say that,” State Department
        // spokeswoman Heather Nauert told"), and one right after a quotation or a comma.
        if tokens[t].capitalized, isCapitalizedWord(sentence, index + 1) || index > 0 && (isQuote(sentence, index - 1) != nil || lowerAt(sentence, index - 1) == ",") {
            return nil
        }
        if cueStarts[t] & CueStart.triple.rawValue != 0, let next = lowerAt(sentence, index + 1), let third = lowerAt(sentence, index + 2),
           let three = Lexicon.cues[word + " " + next + " " + third] { return (three, 3) }
        if cueStarts[t] & CueStart.pair.rawValue != 0, let next = lowerAt(sentence, index + 1), let two = Lexicon.cues[word + " " + next] { return (two, 2) }
        if cueStarts[t] & CueStart.single.rawValue != 0, let one = Lexicon.cues[word] {
            // "said to", "told to": a report or an order, not speech with content here.
            // But "said to the driver", "said to reporters", "said to her": said to a listener is speech.
            if let next = lowerAt(sentence, index + 1), next == "to", one.lemma == "said" || one.lemma == "told",
               !(one.lemma == "said" && (Self.listenerOpeners.contains(lowerAt(sentence, index + 2) ?? "") || isCapitalizedWord(sentence, index + 2))) { return nil }
            // "adding to the pressure": an addition, not speech.
            if let next = lowerAt(sentence, index + 1), next == "to", one.lemma == "added" { return nil }
            // Adjectival participles: "the so-called", "an expected", "a proposed".
            if let previous = lowerAt(sentence, index - 1), ["the", "a", "an", "so", "so-called", "its", "his", "her", "their"].contains(previous) { return nil }
            // "Newly disclosed documents show": an adverb opening the sentence, then a participle
            // that describes the subject to come.
            // (A name like "Reilly" is followed by the verb's own object or clause: "Reilly disclosed that".)
            if index == 1, word.hasSuffix("ed"), let previous = lowerAt(sentence, 0),
               Lexicon.isMannerAdverb(previous) || ["newly", "fully", "duly", "truly", "badly"].contains(previous),
               let next = lowerAt(sentence, index + 1), !isCapitalizedWord(sentence, index + 1),
               next != "that", !SpeakerParser.determiners.contains(next), Lexicon.pronouns[next] == nil { return nil }
            // "denying a media report of merger talks", "a claim of fraud": a base form before
            // "of" is the noun. (Verbs of saying take "of" in their past forms: "warned of", "spoke of".)
            if lowerAt(sentence, index + 1) == "of", !word.hasSuffix("ed"), !word.hasSuffix("s"), !Self.takesOf.contains(word) { return nil }
            // "The Harbor Gazette report said": a base form right before a finite verb of saying is its subject.
            if !word.hasSuffix("ed"), !word.hasSuffix("s"), let next = lowerAt(sentence, index + 1), Self.isFiniteSayingVerb(next) { return nil }
            // "Putin’s claim", "the board’s report": after a possessive, a noun.
            if let previous = lowerAt(sentence, index - 1), previous.hasSuffix("’s") || previous.hasSuffix("'s") { return nil }
            // "Media reports say", "Western states think": a plural noun before the finite verb.
            if word.hasSuffix("s"), let next = lowerAt(sentence, index + 1), Self.pluralSubjectVerbs.contains(next) { return nil }
            // "a source described as being close to the singer said": the description of an unnamed
            // source, not its speech.
            if word == "described", lowerAt(sentence, index + 1) == "as", let previous = lowerAt(sentence, index - 1),
               Lexicon.anonymousHeads[previous] != nil { return nil }
            // "a New York state lawmaker", "state officials": the noun. The verb's base form takes
            // a that-clause or ends the clause ("the rules state that", "..., the documents state.").
            if word == "state", let next = lowerAt(sentence, index + 1), !["that", ":", ",", ".", ";"].contains(next) { return nil }
            return (one, 1)
        }
        return nil
    }

    /// Verbs of saying that take "of" in these forms ("spoke of", "warn of").
    static let takesOf: Set<String> = ["told", "said", "spoke", "wrote", "speak", "tell", "warn", "complain", "write", "think"]

    /// "said", "says", "claimed", ...: a finite verb of saying, whose subject a word right before it is.
    static func isFiniteSayingVerb(_ word: String) -> Bool {
        switch word {
        case "said", "says", "claimed", "claims", "stated", "states", "showed", "shows", "suggested", "suggests": return true
        default: return false
        }
    }

    /// Finite verbs that show the "-s" word before them to be a plural noun, not a verb of saying.
    static let pluralSubjectVerbs: Set<String> = ["say", "said", "says", "suggest", "suggested", "claim", "claimed", "think", "thought",
                                                  "believe", "believed", "fear", "feared", "argue", "argued", "want", "wanted",
                                                  "have", "had", "are", "were", "insist", "insisted", "warn", "warned"]

    /// Words that open the listener of "said to ...": a noun phrase, not the verb of "said to be".
    static let listenerOpeners: Set<String> = ["the", "a", "an", "him", "her", "me", "us", "them", "you", "his", "my", "their", "our",
                                               "its", "your", "reporters", "journalists", "friends", "colleagues"]

    // MARK: Speakers

    /// Words that are only the occasion of a statement, not what was said: "said in a speech last
    /// week", "testified over three days", and the lead-in "told me just after the bodies arrived:"
    /// whose words follow the colon.
    func isAdjunctOnly(_ range: Range<Int>, _ sentence: Sentence) -> Bool {
        let inside = tokenIndices(sentence, 0..<sentence.units.count).filter { tokens[$0].start >= range.lowerBound && tokens[$0].end <= range.upperBound }
        guard let first = inside.first, let last = inside.last else { return false }
        if last + 1 < tokens.count, tokens[last + 1].lower == ":", tokens[last + 1].start >= range.upperBound,
           !inside.contains(where: { tokens[$0].kind == .doubleQuote || tokens[$0].kind == .singleQuote }) { return true }
        guard Self.adjunctOpeners.contains(tokens[first].lower) else { return false }
        // "At least 19 people died": a quantity, not a place or a time.
        // So is "Over 32,000 people": a preposition before a number.
        if inside.count > 1, Self.quantityIdioms.contains(tokens[first].lower + " " + tokens[inside[1]].lower)
            || ["over", "under"].contains(tokens[first].lower) && tokens[inside[1]].lower.first?.isNumber == true { return false }
        return !inside.contains { k in
            let w = tokens[k].lower
            // ("he sued the agency", "they used force": four letters are enough after a pronoun.)
            return ExtractionRun.finiteVerbs.contains(w) || w.hasSuffix("n't") || k > first && w.hasSuffix("ed") && w.count > 4 && !tokens[k].capitalized
                || k > first && w.hasSuffix("ed") && w.count == 4 && Lexicon.pronouns[tokens[k - 1].lower] != nil
                || k > first && ExtractionRun.irregularPasts.contains(w)
                || tokens[k].kind == .doubleQuote || tokens[k].kind == .singleQuote
        }
    }

    /// Openings that look like a preposition but count: "at least", "in all".
    static let quantityIdioms: Set<String> = ["at least", "at most", "in all", "in total", "on average", "over half"]

    static let adjunctOpeners: Set<String> = ["in", "at", "on", "over", "during", "before", "after", "earlier", "later", "late", "early", "last", "this", "just"]

    /// Verbs of going on or starting before "to" and a cue ("continues to insist"), and of being
    /// made or hurrying to speak ("was forced to deny", "was quick to reject", "moved to deny"):
    /// the cue after them is still spoken.
    static let aspectVerbs: Set<String> = ["continue", "continues", "continued", "began", "begins", "begin", "started", "starts",
                                           "forced", "quick", "rushed", "hastened", "moved", "scrambled"]

    /// "went on", "goes on" at unit `k` (the "on"), before "to say".
    func goesOn(_ sentence: Sentence, _ k: Int) -> Bool {
        lowerAt(sentence, k) == "on" && ["went", "goes", "go", "going", "gone"].contains(lowerAt(sentence, k - 1) ?? "")
    }

    /// The speaker phrase ending just before unit `end` (the cue), skipping adverbs and
    /// auxiliaries; handles "Name, role, said". Returns the phrase and the unit where it starts.
    func subjectBefore(_ sentence: Sentence, end: Int, floor: Int = 0) -> (phrase: SpeakerPhrase, start: Int)? {
        var k = end - 1
        while k >= floor, let w = lowerAt(sentence, k), isFillerAt(sentence, k) || isTimePhraseWord(w) || isInThePast(sentence, k)
                || w == "to" && (Self.aspectVerbs.contains(lowerAt(sentence, k - 1) ?? "") || goesOn(sentence, k - 1)) {
            // "did not respond", "never said": nothing was said.
            if w == "not" || w == "never" || w == "n't" { return nil }
            // "continues to insist", "began to argue", "went on to say": the speaker still speaks.
            k -= isInThePast(sentence, k) || w == "to" && goesOn(sentence, k - 1) ? 3 : w == "to" ? 2 : 1
        }
        guard k >= floor else { return nil }
        // "The World Health Organization (WHO) said", "Publicis Groupe SA (PUB) said", "Acme Corp.
        // (NYSE: ACME) said": an acronym or ticker in parentheses after a name is the name again.
        if lowerAt(sentence, k) == ")", let open = upTo(max(floor + 1, k - 5), k).last(where: { lowerAt(sentence, $0) == "(" }),
           isCapitalizedWord(sentence, open - 1), upTo(open + 1, k).contains(where: { isAcronymAt(sentence, $0) || isCapitalsWord(sentence, $0) }),
           !upTo(open + 1, k).contains(where: { cue(sentence, at: $0) != nil }) {
            return speakerEnding(at: open, appositive: nil, sentence, floor: floor)
        }
        if let w = lowerAt(sentence, k), ["declined", "refused", "failed", "to"].contains(w) { return nil }
        // "Zakhilwal, who denies any wrongdoing, now runs the bank": a non-restrictive relative
        // clause speaks for the name before it.
        // So does "Herbalife, which has denied the allegations": a body's.
        if lowerAt(sentence, k) == "who" || lowerAt(sentence, k) == "which", k - 1 > floor, lowerAt(sentence, k - 1) == "," {
            if var named = speakerEnding(at: k - 1, appositive: nil, sentence, floor: floor),
               named.phrase.kind == .person || named.phrase.kind == .organization && named.phrase.name != nil {
                // ("Herbalife, which": a name that "which" follows is no person's.)
                if lowerAt(sentence, k) == "which", named.phrase.kind == .person {
                    guard named.phrase.role == nil else { return nil }
                    named.phrase.kind = .organization
                }
                return named
            }
            guard lowerAt(sentence, k) == "who" else { return nil }
            // "But he also has incensed New York Mayor Rudolph W. Giuliani, who threatened": the
            // name is the capitalized words before the comma, whatever clause holds them.
            var first = k - 1
            while first - 1 > floor, isCapitalizedWord(sentence, first - 1) { first -= 1 }
            if first < k - 1, let range = tokenRange(sentence, first..<(k - 1)),
               let named = SpeakerParser.parse(tokens, range, text: textOf), named.kind == .person {
                return (named, first)
            }
        }
        guard lowerAt(sentence, k) == "," else {
            let found = speakerEnding(at: k + 1, appositive: nil, sentence, floor: floor)
            // "Two officials who spoke on condition of anonymity said" and "Residents who live near
            // the plant say": the speaker is the noun phrase before a restrictive relative clause.
            // (What the walk found may be the relative clause's own words: "runs the village council".)
            if found == nil || found.map({ lowerAt(sentence, $0.start - 1) == "who" }) == true,
               let who = upTo(max(floor + 1, k - 12), k).last(where: { lowerAt(sentence, $0) == "who" }),
               upTo(who + 1, k + 1).allSatisfy({ isWordToken(sentence, $0) && lowerAt(sentence, $0) != "who" }),
               let described = speakerEnding(at: who, appositive: nil, sentence, floor: floor),
               described.phrase.kind == .anonymous || described.phrase.kind == .person && described.phrase.name != nil {
                return described
            }
            // "Erik Lund, a physical oceanographer at the university told Reuters", "Vincent Blais,
            // spokesman for the union said": an appositive whose closing comma is missing still
            // describes the name before it.
            if let found, found.phrase.kind == .anonymous, let opener = lowerAt(sentence, found.start),
               ["a", "an"].contains(opener) || SpeakerParser.roleWords.contains(opener),
               found.start - 1 > floor, lowerAt(sentence, found.start - 1) == ",",
               let named = speakerEnding(at: found.start - 1, appositive: found.start..<(k + 1), sentence, floor: floor), named.phrase.kind == .person {
                return named
            }
            return found
        }
        // "Igor Zhovkva, deputy head of ..., said": the comma before the cue closes an appositive.
        // An appositive may hold commas of its own ("David Holt, whose mother, Miriam Holt, 71,
        // waited ..., said"), so earlier commas are tried, nearest first, until the words after
        // one open an appositive and the words before it read as a speaker.
        var j = k - 1
        var commas = 0
        var segmentEnd = k
        while j >= floor, j > k - 45, commas < 5, let w = lowerAt(sentence, j), w != "." {
            if w == "," {
                commas += 1
                let placeEnd = segmentEnd
                segmentEnd = j
                // "a nurse from Austin, Texas, said": the words after this comma finish a place,
                // and the appositive opens before it, unless a name ends there ("Trivers of
                // Rutgers University in New Brunswick, New Jersey, one of the authors, says").
                if continuesPlace(sentence, from: j + 1, to: placeEnd) {
                    if let found = speakerEnding(at: j, appositive: placeEnd < k ? (placeEnd + 1)..<k : nil, sentence, floor: floor),
                       found.phrase.kind == .person || found.phrase.kind == .organization, found.phrase.name != nil { return found }
                    j -= 1
                    continue
                }
                // The nearest comma may open any appositive ("reached by phone", "speaking on
                // condition of anonymity"); earlier ones must look like the start of one.
                if let opener = lowerAt(sentence, j + 1), case .token(let t) = sentence.units[j + 1],
                   commas == 1 || opensAppositive(opener, capitalized: tokens[t].capitalized, ageOnly: j + 2 == k),
                   let found = speakerEnding(at: j, appositive: (j + 1)..<k, sentence, floor: floor),
                   // ("Trivers of Rutgers University in New Brunswick, New Jersey, one of the
                   // authors, says": "New Jersey" finishes a place, it does not speak.)
                   !continuesPlace(sentence, from: found.start, to: j) {
                    // "Omar Lamrani, a senior analyst at Stratfor, the Texas-based firm, told": an
                    // appositive of an appositive; the person named before both speaks.
                    if found.phrase.kind != .person, found.start - 1 > floor, lowerAt(sentence, found.start - 1) == ",",
                       let named = speakerEnding(at: found.start - 1, appositive: found.start..<j, sentence, floor: floor),
                       named.phrase.kind == .person, named.phrase.name != nil {
                        return named
                    }
                    return found
                }
            }
            j -= 1
        }
        return nil
    }

    /// "from Austin, Texas", "in New Brunswick, New Jersey", "Zeszotarski of Raleigh, N.C.": whether
    /// the capitalized words from `start` to `end` name the state or country of a place that a
    /// preposition opened before the comma at `start - 1`. ("The President of France, Emmanuel
    /// Macron": a post's place, then who holds it.)
    func continuesPlace(_ sentence: Sentence, from start: Int, to end: Int) -> Bool {
        guard lowerAt(sentence, start - 1) == ",", (1...3).contains(end - start),
              upTo(start, end).allSatisfy({ isCapitalizedWord(sentence, $0) }) else { return false }
        var k = start - 2
        while k >= 0, start - 2 - k < 4, isCapitalizedWord(sentence, k) { k -= 1 }
        guard k < start - 2, let preposition = lowerAt(sentence, k), ["in", "from", "near", "outside", "of"].contains(preposition),
              let before = lowerAt(sentence, k - 1) else { return false }
        // ("a teacher from Fairhaven, Maine": where someone comes from is never their post.)
        return preposition == "from" || !SpeakerParser.roleWords.contains(before) && !SpeakerParser.personTitles.contains(before)
    }

    /// Nouns for documents that speak for their authors ("a new report suggests", "court records show").
    static let documentNouns: Set<String> = ["report", "reports", "reporting", "study", "survey", "records", "documents", "filing",
                                             "filings", "memo", "investigation", "analysis", "stipulation", "clause", "provision",
                                             "indictment", "complaint", "lawsuit", "affidavit", "warrant", "transcript", "contract"]

    /// "A new report suggests that P": a document as the subject of a cue. With its author ("a study by
    /// the institute") the author speaks; a bare report in an article that follows an outlet is that
    /// outlet's; other documents are unnamed sources described by the document ("court records").
    func documentPhrase(_ range: Range<Int>) -> SpeakerPhrase? {
        guard range.count <= 6, let head = range.first(where: { Self.documentNouns.contains(tokens[$0].lower) }) else { return nil }
        let before = range.lowerBound..<head
        // Participles describe the document ("newly disclosed company documents"); other verbs mean
        // the words are a clause.
        guard before.allSatisfy({ tokens[$0].kind == .word && !Lexicon.fillers.contains(tokens[$0].lower)
            && (Lexicon.cues[tokens[$0].lower] == nil || $0 > range.lowerBound && tokens[$0].lower.hasSuffix("ed")) }) else { return nil }
        let mention = text(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
        // "A stipulation in Pitino's contract says": where the document sits describes it.
        // ("a report in Discovery News": the outlet it appeared in is its author.)
        if head + 1 < range.upperBound, tokens[head + 1].lower == "in", range.upperBound - head <= 5 {
            if ["report", "reports", "reporting"].contains(tokens[head].lower), head + 2 < range.upperBound,
               var author = SpeakerParser.parse(tokens, (head + 2)..<range.upperBound, text: textOf) {
                author.mention = mention
                return author
            }
            var phrase = SpeakerPhrase(kind: .anonymous, mention: mention, start: tokens[range.lowerBound].start)
            phrase.descriptor = mention
            phrase.head = tokens[head].lower
            return phrase
        }
        if head + 1 < range.upperBound {
            guard ["by", "from", "of"].contains(tokens[head + 1].lower), head + 2 < range.upperBound,
                  var author = SpeakerParser.parse(tokens, (head + 2)..<range.upperBound, text: textOf) else { return nil }
            author.mention = mention
            return author
        }
        let noun = tokens[head].lower
        // "The NBC report said", "the Anadolu report": the name before the noun is the author.
        if let firstName = before.first(where: { tokens[$0].capitalized && tokens[$0].lower != "the" && !SpeakerParser.demonyms.contains(tokens[$0].lower) }),
           before.upperBound > firstName, tokens[firstName..<before.upperBound].allSatisfy(\.capitalized),
           var author = SpeakerParser.parse(tokens, firstName..<before.upperBound, text: textOf), author.kind == .organization || author.isOutlet || author.kind == .person,
           // ("Court filings show": one capitalized word opening the sentence names no author.)
           author.isOutlet || Lexicon.isKnownOutlet(author.name ?? author.mention) || before.upperBound - firstName >= 2
            || text(tokens[firstName].start..<tokens[firstName].end).unicodeScalars.allSatisfy({ $0.properties.isUppercase }) {
            if author.kind == .person, Lexicon.isKnownOutlet(author.name ?? "") || Lexicon.isKnownOutlet(author.mention) { author.kind = .organization }
            author.mention = mention
            return author
        }
        if ["report", "reporting"].contains(noun), let outlet = lastOutletMention() ?? report?.outlet ?? outletMentions.first?.name {
            return SpeakerPhrase(kind: .organization, mention: mention, name: outlet, isOutlet: true, start: tokens[range.lowerBound].start)
        }
        // "Some newspaper reports said", "Local media reports say": described reports with no outlet
        // named are unnamed sources; so is one report with no outlet to belong to ("the arrest
        // report states"). A bare "reports" or "the investigation" is no speaker.
        let describedReports = noun == "reports" && head > range.lowerBound || noun == "report"
        guard describedReports || !["report", "reports", "reporting", "investigation", "analysis"].contains(noun) else { return nil }
        var phrase = SpeakerPhrase(kind: .anonymous, mention: mention, start: tokens[range.lowerBound].start)
        phrase.descriptor = mention
        phrase.head = noun.hasSuffix("s") ? String(noun.dropLast()) : noun
        phrase.plural = noun.hasSuffix("s")
        return phrase
    }

    /// "according to a group of employees. The group, WeWorkers Coalition, formed ...": a body first
    /// described, then named in apposition, is that name throughout, its earlier words included.
    mutating func nameDescribedBody(_ sentence: Sentence) {
        let i = start(of: sentence)
        guard lowerAt(sentence, i) == "the", let noun = lowerAt(sentence, i + 1), lowerAt(sentence, i + 2) == ",",
              let close = upTo(i + 3, min(sentence.units.count, i + 10)).first(where: { lowerAt(sentence, $0) == "," }), close > i + 3 else { return }
        let list = tokenIndices(sentence, (i + 3)..<close)
        guard list.count == close - i - 3, let a = list.first, let b = list.last, list.allSatisfy({ tokens[$0].capitalized }),
              let named = SpeakerParser.parse(tokens, a..<(b + 1), text: textOf), named.kind == .organization, let name = named.name,
              let earlier = result.sources.indices.last(where: { index in
                  let source = result.sources[index]
                  guard source.kind == .organization, let old = source.name?.lowercased() else { return false }
                  return (old.hasPrefix("a ") || old.hasPrefix("an ")) && old.split(separator: " ").last.map(String.init) == noun
              }) else { return }
        result.sources[earlier].name = name
        result.sources[earlier].isOutlet = named.isOutlet
        sourceKeys["o:" + Lexicon.outletKey(name)] = earlier
        namedDescriptions[noun] = earlier
    }

    /// Nouns for a statement issued in someone's name.
    static let statementNouns: Set<String> = ["statement", "release"]

    /// "the statement", "the written statement": a statement mentioned before speaks for whoever
    /// issued it (`lastStatement`).
    func statementPhrase(_ range: Range<Int>) -> SpeakerPhrase? {
        guard let issued = lastStatement, range.count >= 2, range.count <= 4, Self.statementNouns.contains(tokens[range.upperBound - 1].lower),
              ["the", "that", "this"].contains(tokens[range.lowerBound].lower),
              range.dropLast().allSatisfy({ tokens[$0].kind == .word && !tokens[$0].capitalized || $0 == range.lowerBound }) else { return nil }
        let source = result.sources[issued.source]
        guard source.kind == .person || source.kind == .organization, let name = source.name else { return nil }
        let mention = text(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
        var phrase = SpeakerPhrase(kind: source.kind == .person ? .person : .organization, mention: mention, name: name, role: source.role,
                                   isOutlet: source.isOutlet, start: tokens[range.lowerBound].start)
        phrase.isStatementReference = true
        phrase.relayVia = issued.relay.first
        return phrase
    }

    /// Months and weekdays, which make "In January" or "On Monday" a date phrase.
    static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Whether a word can open an appositive: "a spokesman", "who ...", "deputy head", a name, an age.
    func opensAppositive(_ word: String, capitalized: Bool, ageOnly: Bool) -> Bool {
        if Self.appositiveOpeners.contains(word) || SpeakerParser.roleWords.contains(word) || Lexicon.anonymousHeads[word] != nil { return true }
        if capitalized { return true }
        return ageOnly && word.count <= 3 && word.allSatisfy(\.isNumber)
    }

    /// The speaker phrase ending before unit `hi`, with an optional appositive after it.
    func speakerEnding(at hi: Int, appositive: Range<Int>?, _ sentence: Sentence, floor: Int) -> (phrase: SpeakerPhrase, start: Int)? {
        var lo = hi
        // ("a source described as being close to the singer said": the walk goes on past "as".)
        // "Poehl and other officials said", "police and a witness said": "and" joins two speakers
        // when a name or a speaker's noun stands before it.
        while lo > floor, let w = lowerAt(sentence, lo - 1), ![",", ";", ":", "—", "–", "(", ")", "that", "and", "but", "because", "while", "when", "as", "after", "if", "who", "which", "whom", "where", "or", "so", "than", "then", "whether", "-", "although", "though", "whereas"].contains(w)
                || (w == "as" && lowerAt(sentence, lo - 2) == "described" && Lexicon.anonymousHeads[lowerAt(sentence, lo - 3) ?? ""] != nil)
                || (w == "and" && lo - 2 >= floor && (isCapitalizedWord(sentence, lo - 2) || Lexicon.anonymousHeads[lowerAt(sentence, lo - 2) ?? ""] != nil
                                                                   || Lexicon.organizationWords.contains(lowerAt(sentence, lo - 2) ?? ""))) {
            guard hi - lo < 14 else { return nil }
            lo -= 1
        }
        guard lo < hi else { return nil }
        // "Boris Johnson visited Kiev in April and informed Zelensky": the walk crossed "and" into
        // a first predicate; the speaker is that predicate's subject, before its verb.
        if let and = (lo..<hi).last(where: { lowerAt(sentence, $0) == "and" }),
           let verb = (lo..<and).first(where: { k in
               guard let w = lowerAt(sentence, k), isWordToken(sentence, k), !isCapitalizedWord(sentence, k) else { return false }
               return w.hasSuffix("ed") && w.count > 4 && !w.contains("-") }), verb > lo {
            return speakerEnding(at: verb, appositive: nil, sentence, floor: floor)
        }
        // A sentence-initial time phrase ("In June, Putin said"): the comma stops the walk, fine.
        let tokenList = tokenIndices(sentence, lo..<hi)
        guard tokenList.count == hi - lo, var first = tokenList.first, let last = tokenList.last else { return nil }
        // "In January Secretary of State George Shultz told": a date phrase with no comma after it
        // opens the sentence, not the speaker.
        // So does "Last year it told investors": a time phrase of "last", "this" or "next".
        if ["in", "on", "last", "early", "late"].contains(tokens[first].lower), first + 2 <= last, Self.calendarWords.contains(tokens[first + 1].lower)
            || ["last", "this", "next"].contains(tokens[first].lower) && first + 2 <= last
            && ["year", "week", "month", "weekend", "summer", "winter", "spring", "autumn", "fall", "night", "season"].contains(tokens[first + 1].lower) {
            let skip = tokens[first + 2].kind == .number && first + 3 <= last ? 3 : 2
            first += skip
            lo += skip
        }
        // "Later she stressed", "Yesterday the minister said": an opening adverb with no comma
        // after it is no part of the speaker.
        while first < last, ExtractionRun.openingAdverbs.contains(tokens[first].lower), lo < hi - 1 {
            first += 1
            lo += 1
        }
        // "In a statement IBM said", "At a news conference the minister said": the occasion with
        // no comma after it opens the sentence, not the speaker.
        if isVenuePhrase(sentence, at: lo),
           let noun = upTo(lo + 1, min(hi - 1, lo + 5)).first(where: { Lexicon.venueNouns.contains(lowerAt(sentence, $0) ?? "") }) {
            first += noun + 1 - lo
            lo = noun + 1
        }
        var core = SpeakerParser.parse(tokens, first..<(last + 1), text: textOf) ?? statementPhrase(first..<(last + 1)) ?? documentPhrase(first..<(last + 1))
        // "Poehl and other Bundesbank officials stressed": the one named speaks for them all.
        if let and = (first..<last).first(where: { tokens[$0].lower == "and" }), and > first, and + 1 <= last,
           ["other", "others", "fellow"].contains(tokens[and + 1].lower),
           let named = SpeakerParser.parse(tokens, first..<and, text: textOf), named.kind == .person || named.kind == .organization {
            core = named
        }
        guard let appositive else { return core.map { ($0, lo) } }
        let appositiveTokens = tokenIndices(sentence, appositive)
        guard let a = appositiveTokens.first, let b = appositiveTokens.last, appositiveTokens.count == appositive.count else { return nil }
        // "Nevertheless, a former adviser said": an adverb before the comma, and the speaker after it.
        if first == last, ExtractionRun.sentenceAdverbs.contains(tokens[first].lower) {
            return SpeakerParser.parse(tokens, a..<(b + 1), text: textOf).map { ($0, lo) }
        }
        // "The company that runs the awards, Dick Clark Productions, denies": a description with a
        // relative clause, then the name. The walk stopped at "that"; the description's head
        // noun before it says what kind of speaker the name is.
        if ["that", "which", "who"].contains(lowerAt(sentence, lo - 1) ?? ""), lo - 2 > floor,
           let described = speakerEnding(at: lo - 1, appositive: nil, sentence, floor: floor),
           described.phrase.kind != .person, described.phrase.kind != .pronoun,
           var named = SpeakerParser.parse(tokens, a..<(b + 1), text: textOf), named.kind == .person || named.kind == .organization, named.name != nil,
           case .token(let d) = sentence.units[described.start] {
            let head = described.phrase.head ?? described.phrase.name?.split(separator: " ").last.map { $0.lowercased() } ?? ""
            if named.kind == .person, Lexicon.organizationWords.contains(head) || Self.companyHeads.contains(head) || ["label", "group", "studio", "publisher"].contains(head) {
                named.kind = .organization
                named.role = nil
            } else if named.kind == .person {
                named.role = named.role ?? SpeakerParser.cleanRole(text(tokens[d].start..<tokens[last].end))
            }
            named.mention = text(tokens[d].start..<tokens[b].end)
            named.start = tokens[d].start
            return (named, described.start)
        }
        // "The city's transport director, Jonas Albrecht, said" and "Its leader, Tomás Ibarra, said":
        // the name is the appositive and the phrase before it the role.
        // So is "the governor of Alagoas, Teotonio Vilela Filho": a person's name never opens with "the".
        let describedPerson = core?.kind == .person && SpeakerParser.determiners.contains(tokens[first].lower)
        if let named = SpeakerParser.parse(tokens, a..<(b + 1), text: textOf), named.kind == .person || named.kind == .organization,
           named.name != nil, core?.kind != .person || describedPerson && named.kind == .person,
           named.role == nil || core?.kind == .anonymous || core == nil,
           // "Bombardier Inc, the world’s third largest plane maker, said": a description after a name describes it.
           !(core?.kind == .organization && core?.name != nil && SpeakerParser.determiners.contains(tokens[a].lower)) {
            var swapped = named
            let roleText = text(tokens[first].start..<tokens[last].end)
            if named.kind == .person { swapped.role = named.role ?? SpeakerParser.cleanRole(roleText) }
            swapped.mention = text(tokens[first].start..<tokens[b].end)
            swapped.start = tokens[first].start
            return (swapped, lo)
        }
        guard var phrase = core else { return nil }
        let appositiveText = text(tokens[a].start..<tokens[b].end)
        // "The statement, which was obtained by Variety, claimed": the outlet that obtained it relays it.
        if phrase.isStatementReference, let by = appositive.first(where: { lowerAt(sentence, $0) == "by" }), let outlet = outletAt(sentence, by + 1) {
            phrase.relayVia = outlet.name
        }
        switch phrase.kind {
        case .person where lowerAt(sentence, appositive.lowerBound) == "which":
            // "Marlow Grain, which has denied the allegations, said": "which" follows no person.
            phrase.kind = .organization
            phrase.role = nil
        case .person:
            if phrase.role == nil { phrase.role = SpeakerParser.cleanRole(appositiveText) }
        case .anonymous:
            phrase.descriptor = (phrase.descriptor ?? "") + ", " + appositiveText
            let lower = appositiveText.lowercased()
            phrase.knowledge = phrase.knowledge ?? Lexicon.knowledgeCues.first { lower.includes($0.phrase) }?.kind
            phrase.reason = phrase.reason ?? Lexicon.anonymityCues.first { lower.includes($0.phrase) }?.kind
            if phrase.affiliation == nil, let range = lower.range(of: "close to ") {
                phrase.affiliation = SpeakerParser.trimArticle(String(appositiveText[range.upperBound...]))
            }
        default: break
        }
        phrase.mention = text(tokens[first].start..<tokens[b].end)
        return (phrase, lo)
    }

    /// The speaker phrase starting at unit `start` (after an inverted cue: "said one of the six").
    func subjectAfter(_ sentence: Sentence, start: Int) -> (phrase: SpeakerPhrase, end: Int)? {
        var hi = start
        while hi < sentence.units.count, let w = lowerAt(sentence, hi), ![".", ";", ":", "!", "?", "—"].contains(w) {
            // A comma ends the phrase, except before a relative clause that still describes it
            // ("said one of the six, who is close to the separatist leadership").
            if w == ",", lowerAt(sentence, hi + 1) != "who" { break }
            hi += 1
            if hi - start > 30 { return nil }
        }
        let list = tokenIndices(sentence, start..<hi)
        guard let first = list.first, let last = list.last, list.count == hi - start else { return nil }
        // "said the diocesan priest whose convent in Payao was strafed": the phrase before a
        // relative clause that has verbs of its own.
        let relative = (first..<(last + 1)).first(where: { ["whose", "who", "which"].contains(tokens[$0].lower) && $0 > first && tokens[$0 - 1].kind == .word })
        guard let phrase = SpeakerParser.parse(tokens, first..<(last + 1), text: textOf)
                ?? relative.flatMap({ SpeakerParser.parse(tokens, first..<$0, text: textOf) }) else { return nil }
        // "..., said another witness in the inquiry, former adviser Fiona Hill.": a description,
        // then the name in apposition closing the sentence; the name speaks.
        if phrase.kind == .anonymous || phrase.kind == .organization && phrase.name == nil || phrase.isDefiniteDescription && phrase.kind != .pronoun,
           lowerAt(sentence, hi) == "," {
            var end = hi + 1
            while end < sentence.units.count, let w = lowerAt(sentence, end), ![".", ";", ":", "!", "?", "—", ","].contains(w) { end += 1 }
            // (", according to Reuters." may follow: the outlet relays the name's words.)
            if end == sentence.units.count || lowerAt(sentence, end) == "."
                || lowerAt(sentence, end) == "," && lowerAt(sentence, end + 1) == "according" && lowerAt(sentence, end + 2) == "to",
               let range = tokenRange(sentence, (hi + 1)..<end),
               var named = SpeakerParser.parse(tokens, range, text: textOf), named.kind == .person, named.name != nil {
                named.role = named.role ?? SpeakerParser.cleanRole(phrase.mention)
                named.mention = text(tokens[first].start..<tokens[range.upperBound - 1].end)
                named.start = tokens[first].start
                return (named, end)
            }
        }
        return (phrase, hi)
    }

    /// The last lowercase plural noun of people ("critics", "protesters") in the previous sentence
    /// (or the last 300 characters, when it is short) before `position`, as an unnamed group.
    func lastPluralPeople(before position: Int) -> SpeakerPhrase? {
        let from = min(previousSentence?.range.lowerBound ?? currentPosition, position - 300)
        guard let end = tokens.lastIndex(where: { $0.start < position }) else { return nil }
        var k = end
        while k >= 0, tokens[k].start >= from {
            let token = tokens[k]
            let opensSentence = k == 0 || [".", "\n", "!", "?"].contains(tokens[k - 1].lower)
            if token.kind == .word, !token.capitalized || opensSentence, let singular = Lexicon.anonymousHeads[token.lower], singular != token.lower,
               var phrase = SpeakerParser.parse(tokens, k..<(k + 1), text: textOf), phrase.kind == .anonymous {
                phrase.start = token.start
                return phrase
            }
            k -= 1
        }
        return nil
    }

    /// "have in the past stressed": the adverbial ends at unit `k`.
    func isInThePast(_ sentence: Sentence, _ k: Int) -> Bool {
        lowerAt(sentence, k) == "past" && lowerAt(sentence, k - 1) == "the" && lowerAt(sentence, k - 2) == "in"
    }

    func isTimePhraseWord(_ word: String) -> Bool {
        ["on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
         "last", "week", "month", "year", "this", "morning", "evening", "afternoon", "night"].contains(word)
    }

    // MARK: Sources

    /// The body that spoke under a fuller name that starts with `short` ("Deutsche Bank AG" for
    /// "Deutsche Bank", "Publicis Groupe SA" for "Publicis").
    func bodyNamedInFull(_ short: String) -> Int? {
        result.sources.indices.last(where: { result.sources[$0].kind == .organization && !result.sources[$0].isOutlet
            && (result.sources[$0].name ?? "").hasPrefix(short + " ") })
    }

    /// The last list of two or more capitalized names joined by "and" in the 800 characters
    /// before `position` ("Gawker and the Toronto Star", "Britain, France and Germany"), with
    /// `count` items when a count is given. Days and months are no names.
    func coordinatedNames(before position: Int, count: Int?) -> String? {
        guard let last = tokens.lastIndex(where: { $0.end <= position }) else { return nil }
        let isNameWord = { (k: Int) -> Bool in
            k >= 0 && k < self.tokens.count && self.tokens[k].kind == .word && self.tokens[k].capitalized
                && !Self.calendarWords.contains(self.tokens[k].lower) && !["the", "a", "an", "and", "but", "in", "on"].contains(self.tokens[k].lower)
        }
        var a = last
        while a > 0, tokens[a].start >= position - 800 {
            defer { a -= 1 }
            guard tokens[a].lower == "and", isNameWord(a - 1) else { continue }
            var right = a + 1
            if tokens[right].lower == "the", right + 1 < tokens.count { right += 1 }
            guard isNameWord(right) else { continue }
            var end = right
            while end + 1 <= last, isNameWord(end + 1) { end += 1 }
            var start = a - 1
            var items = 2
            while true {
                while isNameWord(start - 1) { start -= 1 }
                if start >= 1, tokens[start - 1].lower == "the" { start -= 1 }
                guard start >= 2, tokens[start - 1].lower == ",", isNameWord(start - 2) else { break }
                start -= 2
                items += 1
            }
            if let count, count != items { continue }
            if tokens[start].lower == "the" { start += 1 }
            return text(tokens[start].start..<tokens[end].end)
        }
        return nil
    }

    /// Whether a name mention is the start of a longer name ("New York" of "the New York Times
    /// article"): its last word runs on into another capitalized word.
    func insideLongerName(_ mention: (position: Int, surname: String)) -> Bool {
        let first = firstToken(from: mention.position)
        guard let k = (first..<min(tokens.count, first + 5)).first(where: { tokens[$0].lower == mention.surname }), k + 1 < tokens.count else { return false }
        return tokens[k + 1].kind == .word && tokens[k + 1].capitalized && tokens[k + 1].start == tokens[k].end + 1
    }

    /// "The Ledger", "Ledger": one capitalized word, perhaps after "the", that may shorten an
    /// outlet's name.
    func shortOutletName(_ name: String) -> String? {
        var words = name.split(separator: " ")
        if words.first?.lowercased() == "the" { words.removeFirst() }
        guard words.count == 1, let word = words.first, word.first?.isUppercase == true else { return nil }
        return word.lowercased()
    }

    /// The outlet named before whose name of several words ends with `word`.
    func outletNamed(endingWith word: String) -> String? {
        let named = outletMentions.filter { $0.position < currentPosition }.map(\.name)
            + result.sources.filter(\.isOutlet).compactMap(\.name)
        return named.last { full in
            let words = full.lowercased().split(separator: " ").filter { $0 != "the" }
            return words.count > 1 && words.last.map(String.init) == word
        }
    }

    /// Whether a name mention ends right before ", he said,": the subject of the clause that the
    /// pronoun's cue interrupts, so not whom the pronoun means.
    func interruptedSubject(_ mention: (position: Int, surname: String), before pronoun: Int) -> Bool {
        let between = text(mention.position..<pronoun).trimmingCharacters(in: .whitespaces)
        guard between.hasSuffix(",") else { return false }
        return between.dropLast().lowercased().hasSuffix(mention.surname)
    }

    /// Turns a phrase into a source of this article, resolving pronouns, surnames, "the spokesman"
    /// and group members against what came before.
    mutating func resolve(_ phrase: SpeakerPhrase) -> (source: Int?, resolution: String, relay: [String]) {
        switch phrase.kind {
        case .pronoun:
            let lower = phrase.mention.lowercased()
            if lower == "they" || lower == "we" {
                // "sources close to X, who described it to OUTLET. According to their account, P".
                if let pending = pendingGroup {
                    pendingGroup = nil
                    let resolved = resolve(pending.phrase)
                    if let group = resolved.source {
                        lastGroup = group
                        groupRelay[group] = pending.relay
                        groupOnlyOutlets.formUnion(pending.relay)
                        return (group, "pronoun “\(phrase.mention)” → \(label(group)) (who spoke to \(pending.relay.joined(separator: ", ")))", pending.relay)
                    }
                }
                // "There have been critics. Why, they ask, ...": "they" are the people last named by
                // a plural noun just before, when no group has spoken since they were named.
                let named = lower == "they" ? lastPluralPeople(before: phrase.start) : nil
                if let group = lastGroup {
                    let spoke = result.attributions.last(where: { $0.source == group })?.pieces.last?.upperBound ?? 0
                    if let named, named.start > spoke, named.head != result.sources[group].head, let other = resolve(named).source {
                        return (other, "pronoun “\(phrase.mention)” → \(named.mention) (named just before)", [])
                    }
                    return (group, "pronoun “\(phrase.mention)” → \(label(group))", groupRelay[group] ?? [])
                }
                if let org = lastOrganization { return (org, "pronoun “\(phrase.mention)” → \(label(org))", []) }
                if let named, let group = resolve(named).source {
                    return (group, "pronoun “\(phrase.mention)” → \(named.mention) (named just before)", [])
                }
                return (nil, "pronoun “\(phrase.mention)” with no antecedent", [])
            }
            if lower == "it" {
                let spokeAt = lastOrganization.flatMap { org in result.attributions.last(where: { $0.source == org })?.end } ?? -1
                // "Exxon Mobil has been disclosing such risks. Last year it warned P": the name that
                // opened the sentence before, after the last body spoke.
                if let body = bodyOpeningPreviousSentence(), body.position > spokeAt {
                    let index = self.source(key: "o:" + Lexicon.outletKey(body.name), ExtractedSource(kind: .organization, name: body.name))
                    lastOrganization = index
                    return (index, "pronoun “it” → \(body.name) (who opens the sentence before)", [])
                }
                // "Volare Sports said P. “Q,” it added.": a name with no organization word that was
                // taken for a person's, whom "it" then shows to be a body. Only the speaker just
                // before, with no role and never called "he" or "she", is read so.
                if let speaker = bodyTakenForPerson(before: phrase.start, within: 300, lastOnly: true), speaker != lastOrganization {
                    makeBody(speaker)
                    return (speaker, "pronoun “it” → \(label(speaker)) (so a body, not a person)", [])
                }
                // "Sears Holdings Corp filed for bankruptcy ... It warned that P": a body named after
                // the last body that spoke, or with none that spoke, is what "it" means.
                if let org = lastOrganization, !organizationMentions.contains(where: { $0.position > spokeAt && $0.position < phrase.start && !Lexicon.isKnownOutlet($0.name) }) {
                    return (org, "pronoun “it” → \(label(org))", [])
                }
                if let named = organizationMentions.last(where: { $0.position < phrase.start && phrase.start - $0.position < 1500 && !Lexicon.isKnownOutlet($0.name) }) {
                    let index = self.source(key: "o:" + Lexicon.outletKey(named.name), ExtractedSource(kind: .organization, name: named.name))
                    lastOrganization = index
                    return (index, "pronoun “it” → \(named.name) (the body named before)", [])
                }
                if let org = lastOrganization { return (org, "pronoun “it” → \(label(org))", []) }
                return (nil, "pronoun “it” with no antecedent", [])
            }
            // "Putin said publicly that NATO, which he described as ...": the person named first in the
            // same sentence, before the pronoun. Not one named inside a quotation or after a verb
            // ("“... that Fr. Bossi was the victim,” he said", "the kidnappers must have thought Fr.
            // Bossi was rich, he said"): a speaker rarely names himself. Nor the subject that the
            // pronoun's cue interrupts ("Mr. Christie, he said, denied the story").
            if let mention = nameMentions.first(where: { m in m.position >= currentPosition && m.position < phrase.start
                    && !hasVerb(from: currentPosition, to: m.position) && !interruptedSubject(m, before: phrase.start)
                    && !quotes.contains(where: { $0.pieces.contains(where: { $0.contains(m.position) }) }) }), let known = names[mention.surname] {
                let index = knownPerson(known)
                return (index, "pronoun “\(phrase.mention)” → \(known.full) (named earlier in the sentence)", [])
            }
            // "Taylor Swift posted on Twitter accusing the label of ... She also said": a person who
            // opens the sentence before, one that reports nothing, is whom "she" continues with.
            if ["he", "she"].contains(lower), let previous = previousSentence, !previous.attributed,
               let mention = nameMentions.first(where: { previous.range.contains($0.position) }),
               mention.position - previous.range.lowerBound < 40, !mention.surname.hasSuffix("’s"), !mention.surname.hasSuffix("'s"),
               let known = names[mention.surname], known.full.contains(" "),
               namesByFirstWord[known.full.split(separator: " ").first!.lowercased()] == nil {
                let index = knownPerson(known)
                return (index, "pronoun “\(phrase.mention)” → \(known.full) (who opens the sentence before)", [])
            }
            // The last speaker who is one person, named or not ("A resident ... said ... “...,” he said").
            if let singular = lastSingularSpeaker, result.sources[singular].kind == .anonymous {
                return (singular, "pronoun “\(phrase.mention)” → \(label(singular))", [])
            }
            let target = [lastSpeaker, lastPerson].compactMap { $0 }.first { result.sources[$0].kind == .person } ?? lastPerson
            if let target { return (target, "pronoun “\(phrase.mention)” → \(label(target))", []) }
            // No speaker yet: the last person named before this sentence.
            if let mention = nameMentions.last(where: { $0.position < currentPosition && !insideLongerName($0) }), let known = names[mention.surname] {
                let index = knownPerson(known)
                return (index, "pronoun “\(phrase.mention)” → \(known.full) (last person named)", [])
            }
            return (nil, "pronoun “\(phrase.mention)” with no antecedent", [])
        case .person:
            var name = phrase.name ?? phrase.mention
            var resolution = "named here"
            var role = phrase.role
            if !name.contains(" "), names[name.lowercased()] == nil, let organization = namesByFirstWord[name.lowercased()] {
                let index = self.source(key: "o:" + Lexicon.outletKey(organization), ExtractedSource(kind: .organization, name: organization))
                lastOrganization = index
                return (index, "“\(name)” → \(organization) (named earlier)", [])
            }
            // "Publicis denied" after "Publicis Groupe SA said": a body that spoke under its full name.
            if !name.contains(" "), names[name.lowercased()] == nil, let body = bodyNamedInFull(name) {
                lastOrganization = body
                return (body, "“\(name)” → \(label(body)) (named in full before)", [])
            }
            if !name.contains(" "), let known = names[name.lowercased()], known.full != name {
                resolution = "surname “\(name)” → \(known.full)"
                name = known.full
                role = role ?? known.role
            } else if !name.contains(" "), names[name.lowercased()] == nil, let full = personsByFirstWord[name.lowercased()] ?? nil {
                // "Liu" after "Liu Xiaming": a name written family name first.
                resolution = "“\(name)” → \(full) (first word of the full name)"
                name = full
                role = role ?? names[full.split(separator: " ").last!.lowercased()]?.role
            } else if let last = name.split(separator: " ").last, let known = names[last.lowercased()], known.full == name {
                role = role ?? known.role
            }
            let index = source(key: "p:" + name.lowercased(), ExtractedSource(kind: .person, name: name, role: role))
            if let role, result.sources[index].role == nil { result.sources[index].role = role }
            lastPerson = index
            return (index, resolution, [])
        case .organization:
            var name = phrase.name ?? phrase.mention
            // "a news agency", "the newspaper": an outlet described, not named; the outlet whose
            // report the article is following, else the first one it names.
            let words = name.lowercased().split(separator: " ")
            if let head = words.last, Lexicon.outletNouns.contains(String(head)), words.count <= 4, Self.describesWithoutNaming(name),
               let outlet = lastOutletMention() ?? report?.outlet ?? outletMentions.first?.name {
                var source = ExtractedSource(kind: .organization, name: outlet)
                source.isOutlet = true
                let index = self.source(key: "o:" + Lexicon.outletKey(outlet), source)
                lastOrganization = index
                return (index, "“\(phrase.mention)” → \(outlet) (the outlet the article follows)", [])
            }
            // "the group" after "The group, WeWorkers Coalition,": the body named in apposition.
            if phrase.isDefiniteDescription, words.count == 2, let named = namedDescriptions[String(words[1])] {
                lastOrganization = named
                return (named, "“\(phrase.mention)” → \(label(named)) (named in apposition)", [])
            }
            // Only a bare "the company" points back; "the environment agency" names a body of its own.
            // "the production company", "the budget airline": lowercase modifiers before a company
            // noun still describe the business named before.
            // ("the Paris-based company": a place joined to "-based" describes, it does not name.)
            let named = name.split(separator: " ").dropFirst().contains(where: { word in
                !word.hasSuffix("-based") && word.unicodeScalars.contains(where: { $0.properties.isUppercase }) })
            // ("the world’s third largest civil plane maker": any lowercase description of a business.)
            let bare = phrase.isDefiniteDescription && (words.count == 2 || words.count <= 8 && words.last.map({ Self.companyHeads.contains(String($0)) }) == true
                && !named)
            // "the union" after "pilots' union Balpa": the name written after the same noun.
            if bare, words.count == 2, let described = describedNames.last(where: { $0.head == String(words[1]) && $0.position < max(currentPosition, phrase.start) }) {
                let index = self.source(key: "o:" + Lexicon.outletKey(described.name), ExtractedSource(kind: .organization, name: described.name))
                lastOrganization = index
                return (index, "“\(phrase.mention)” → \(described.name) (named after the same noun)", [])
            }
            if bare, let last = name.split(separator: " ").last?.lowercased(),
               let earlier = result.sources.indices.last(where: { result.sources[$0].kind == .organization && (result.sources[$0].name ?? "").lowercased().contains(last) }) {
                lastOrganization = earlier
                return (earlier, "“\(phrase.mention)” → \(label(earlier))", [])
            }
            // "the company", "the airline": the brand named most recently before ("WeWork"), when it
            // comes after any organization named with an organization word.
            // Only organizations named as businesses compete ("Brightwell Foods Inc."); "the United
            // States" named after the brand is no company.
            let head = words.last.map(String.init) ?? ""
            let isCompany = Self.companyHeads.contains(head)
            if bare, isCompany,
               let brand = brandMentions.last(where: { $0.position < currentPosition }),
               brand.position > organizationMentions.last(where: { $0.position < currentPosition && Self.isBusinessName($0.name) })?.position ?? -1 {
                let name = namesByFirstWord[brand.name.lowercased()] ?? brand.name
                let index = self.source(key: "o:" + Lexicon.outletKey(name), ExtractedSource(kind: .organization, name: name))
                lastOrganization = index
                return (index, "“\(phrase.mention)” → \(name) (the brand named before)", [])
            }
            // "the company", "the club": the organization named most recently before. A company
            // is not the news agency it spoke to ("told the Associated Press"). "The union" is no
            // company named before: only heads that any kind of body may go by point back so.
            // "The agency", "the regulator": a public body named before, never a business.
            // "The union": a body of members named before ("the Society for Professional
            // Engineering Employees in Aerospace"); a company is no union, and a union no company.
            // A body whose name holds the head ("the school" → "Har-ber High School") goes first.
            if bare, isCompany || Self.bodyHeads.contains(head) || Self.publicBodyHeads.contains(head) || head == "union",
               case let candidates = organizationMentions.filter({ $0.position < max(currentPosition, phrase.start) && !(isCompany && Lexicon.isKnownOutlet($0.name))
                   && !(Self.publicBodyHeads.contains(head) && Self.isBusinessName($0.name))
                   && (head == "union" ? Self.isMemberBodyName($0.name) && !Self.isBusinessName($0.name) : !(isCompany && Self.isMemberBodyName($0.name))) }),
               let named = candidates.last(where: { $0.name.lowercased().split(separator: " ").contains(Substring(head)) }) ?? candidates.last {
                let index = self.source(key: "o:" + Lexicon.outletKey(named.name), ExtractedSource(kind: .organization, name: named.name))
                lastOrganization = index
                return (index, "“\(phrase.mention)” → \(named.name) (named earlier)", [])
            }
            // "Harwick Components has denied P. … the company said": with no body named before,
            // the speaker whose name has no organization word was that company.
            if bare, isCompany, let speaker = bodyTakenForPerson(before: phrase.start, within: 1500, lastOnly: false) {
                makeBody(speaker)
                return (speaker, "“\(phrase.mention)” → \(label(speaker)) (so a body, not a person)", [])
            }
            if phrase.isOutlet { name = Lexicon.canonicalOutlet(name) }
            var resolution = "named here"
            // "The Ledger" after "the Valley Ledger": an outlet called by the last word of its name.
            if let short = shortOutletName(name), let full = outletNamed(endingWith: short) {
                resolution = "“\(name)” → \(full) (the outlet named before)"
                name = full
            }
            if !phrase.isOutlet, let full = fullName(ofAcronym: name, at: phrase.start) {
                resolution = "“\(name)” → \(full) (the name it abbreviates)"
                name = full
            }
            // "Deutsche Bank" after "Deutsche Bank AG", "Publicis" after "Publicis Groupe SA": a body
            // that spoke under its full name keeps it when the article shortens it.
            let bareName = name.hasPrefix("the ") || name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
            if !phrase.isOutlet, !Lexicon.organizationWords.contains(bareName.lowercased()), bareName.first?.isUppercase == true,
               let longer = bodyNamedInFull(bareName).flatMap({ result.sources[$0].name }) {
                resolution = "“\(name)” → \(longer) (named in full before)"
                name = longer
            }
            var source = ExtractedSource(kind: .organization, name: name)
            source.isOutlet = phrase.isOutlet || Lexicon.isKnownOutlet(name)
            // A body that speaks is one that "the company" may point back to later, even when its
            // name has no organization word ("Big Machine") and so escaped the scan for names.
            if !source.isOutlet, !name.lowercased().split(separator: " ").contains(where: { Lexicon.organizationWords.contains(String($0)) }),
               !organizationMentions.contains(where: { $0.name == name }) {
                noteOrganizationMention(at: phrase.start, name: name)
            }
            let index = self.source(key: "o:" + Lexicon.outletKey(name), source)
            lastOrganization = index
            return (index, resolution, [])
        case .anonymous:
            // "The outlets reported" after "according to Variety and The Hollywood Reporter", "the
            // three countries said" after "Britain, France and Germany": the names listed last.
            if phrase.isUnlexedGroup, phrase.isDefiniteDescription, let listed = coordinatedNames(before: phrase.start, count: phrase.count) {
                let index = self.source(key: "o:" + Lexicon.outletKey(listed), ExtractedSource(kind: .organization, name: listed))
                return (index, "“\(phrase.mention)” → \(listed) (the names listed before)", [])
            }
            // "Police said" after "Hong Kong police said": the force already named.
            if phrase.head == "police", phrase.descriptor.map({ ["police", "the police"].contains($0.lowercased()) }) == true,
               let force = result.sources.indices.last(where: { result.sources[$0].kind == .organization && (result.sources[$0].name ?? "").lowercased().hasSuffix(" police") }) {
                return (force, "“\(phrase.mention)” → \(label(force)) (the police force named before)", [])
            }
            // "Doctor says" after "analyst Ken Doctor": a surname that is also a noun of persons.
            if !phrase.mention.contains(" "), phrase.mention.first?.isUppercase == true, let known = names[phrase.mention.lowercased()] {
                var named = phrase
                named.kind = .person
                named.name = known.full
                named.role = known.role
                return resolve(named)
            }
            // "The Kenyan said", "the 25-year-old told reporters": the person last spoken of.
            // A person named after the last speaker spoke is the one spoken of.
            if phrase.isEpithet {
                let speaker = [lastSpeaker, lastPerson].compactMap({ $0 }).first(where: { result.sources[$0].kind == .person })
                let spoke = speaker.flatMap { s in result.attributions.last(where: { $0.source == s })?.end } ?? -1
                if let speaker, !nameMentions.contains(where: { $0.position > spoke && $0.position < phrase.start && names[$0.surname] != nil }) {
                    return (speaker, "“\(phrase.mention)” → \(label(speaker)) (the person last spoken of)", [])
                }
                // (A body's name without an organization word, spelled out for an acronym, is no person.)
                if let mention = nameMentions.last(where: { $0.position < phrase.start && names[$0.surname].map({ !acronyms.values.contains($0.full) }) == true }),
                   let known = names[mention.surname] {
                    let index = knownPerson(known)
                    lastPerson = index
                    return (index, "“\(phrase.mention)” → \(known.full) (last person named)", [])
                }
            }
            // "the spokesman": a definite description of a person named earlier.
            if phrase.isDefiniteDescription, !phrase.plural, let head = phrase.head,
               let person = result.sources.indices.last(where: { result.sources[$0].kind == .person && (result.sources[$0].role ?? "").lowercased().includes(head) }) {
                lastPerson = person
                return (person, "“\(phrase.mention)” → \(label(person)) (role \(result.sources[person].role ?? ""))", [])
            }
            // ... or a person named earlier with that role who has not spoken yet ("Interior
            // Minister Sofia Brandão visited ... The minister said").
            if phrase.isDefiniteDescription, !phrase.plural, let head = phrase.head,
               let mention = nameMentions.last(where: { $0.position < currentPosition && (names[$0.surname]?.role ?? "").lowercased().includes(head) }),
               let known = names[mention.surname] {
                let index = knownPerson(known)
                lastPerson = index
                return (index, "“\(phrase.mention)” → \(known.full) (named earlier as \(known.role ?? ""))", [])
            }
            // "the official", "this official": the one unnamed official heard from before.
            if phrase.isDefiniteDescription, !phrase.plural, let head = phrase.head,
               let earlier = result.sources.indices.last(where: { result.sources[$0].kind == .anonymous && result.sources[$0].count == 1 && result.sources[$0].head == head }) {
                return (earlier, "“\(phrase.mention)” → \(label(earlier)) (the same unnamed source)", groupRelay[result.sources[earlier].group ?? earlier] ?? [])
            }
            // "Raleigh’s police chief said P. Chief Cassandra Deck-Brown’s comments ...": a lead that
            // describes a person the next sentences name with that role. Only a definite or
            // possessive description ("a police chief" is someone else), no one of that role named
            // before, and the name close after.
            let lowerMention = phrase.mention.lowercased()
            if !phrase.plural, let head = phrase.head, phrase.isDefiniteDescription || lowerMention.includes("’s ") || lowerMention.includes("'s "),
               !lowerMention.hasPrefix("a ") && !lowerMention.hasPrefix("an "), phrase.count ?? 1 == 1,
               let mention = nameMentions.first(where: { $0.position > phrase.start && $0.position < phrase.start + 400
                   && (names[$0.surname]?.role ?? "").lowercased().split(separator: " ").contains(Substring(head)) }),
               let known = names[mention.surname] {
                let index = knownPerson(known)
                lastPerson = index
                return (index, "“\(phrase.mention)” → \(known.full) (named just after as \(known.role ?? ""))", [])
            }
            var source = ExtractedSource(kind: .anonymous, descriptor: phrase.descriptor ?? phrase.mention, head: phrase.head,
                                         count: phrase.count, affiliation: phrase.affiliation, knowledge: phrase.knowledge, reason: phrase.reason)
            var relay: [String] = []
            var resolution = "anonymous, described here"
            if phrase.refersToGroup || (phrase.isDefiniteDescription && phrase.plural), let group = lastGroup {
                let groupSource = result.sources[group]
                source.group = group
                source.affiliation = source.affiliation ?? groupSource.affiliation
                source.head = source.head ?? groupSource.head
                if phrase.isDefiniteDescription && phrase.plural && phrase.count == nil { source.count = groupSource.count }
                if source.count == nil && !phrase.plural { source.count = 1 }
                source.knowledge = source.knowledge ?? groupSource.knowledge
                relay = groupRelay[group] ?? []
                resolution = "member of the group “\(groupSource.descriptor ?? "")”"
            }
            if let via = phrase.relayVia { relay = [via] }
            let key = "a:" + (source.descriptor ?? "").lowercased() + "#\(source.group ?? -1)"
            let index = self.source(key: key, source)
            if phrase.plural && !phrase.refersToGroup && !(phrase.isDefiniteDescription && lastGroup != nil) {
                lastGroup = index
                pendingGroup = nil
                groupRelay[index] = relay
            }
            return (index, resolution, relay)
        }
    }

    /// A speaker recorded as a person that "it" or "the company" shows to be a body: named, with
    /// no role, never called "he" or "she", who spoke within `within` scalars before `position`
    /// (in the last attribution only, when `lastOnly`).
    func bodyTakenForPerson(before position: Int, within: Int, lastOnly: Bool) -> Int? {
        let recent = result.attributions.reversed().prefix(while: { position - $0.end < within })
        for attribution in lastOnly ? Array(recent.prefix(1)) : Array(recent) {
            guard let speaker = attribution.source else { continue }
            let source = result.sources[speaker]
            // (A body described as no business, "the union Marlink", is no company that spoke.)
            if source.kind == .organization, !lastOnly, describedNames.contains(where: { $0.name == source.name && !Self.companyHeads.contains($0.head) }) { continue }
            if source.kind == .organization { return nil }
            guard source.kind == .person, source.role == nil, source.name != nil,
                  !result.attributions.contains(where: { $0.source == speaker && ["he", "she", "him", "her"].contains($0.mention?.lowercased() ?? "") })
            else { if lastOnly { return nil } else { continue } }
            return speaker
        }
        return nil
    }

    /// A person has just spoken: "he" or "she" next points back to them.
    mutating func notePersonSpoke(_ speaker: Int) {
        lastSpeaker = speaker
        lastPerson = speaker
        lastSingularSpeaker = speaker
    }

    /// The name that opens the previous sentence as its subject ("Exxon Mobil has been ..."), when
    /// it is no person's known name, no outlet and no unnamed group: what "it" may continue with.
    func bodyOpeningPreviousSentence() -> (position: Int, name: String)? {
        guard let previous = previousSentence else { return nil }
        let first = firstToken(from: previous.range.lowerBound)
        var j = first
        while j < tokens.count, j - first < 4, tokens[j].kind == .word, tokens[j].capitalized, tokens[j].start < previous.range.upperBound { j += 1 }
        guard j > first, j < tokens.count, tokens[j].kind == .word, !tokens[j].capitalized,
              SpeakerParser.auxiliaryVerbs.contains(tokens[j].lower) || tokens[j].lower.hasSuffix("ed"),
              Lexicon.pronouns[tokens[first].lower] == nil,
              let phrase = SpeakerParser.parse(tokens, first..<j, text: textOf),
              phrase.kind == .person && phrase.role == nil || phrase.kind == .organization && !phrase.isOutlet,
              let name = phrase.name, !Lexicon.governmentMetonyms.contains(name.lowercased()),
              // (A person the article gave a role is no body.)
              !result.sources.contains(where: { $0.kind == .person && $0.role != nil && $0.name?.hasSuffix(tokens[j - 1].lower.capitalized) == true }),
              names[tokens[j - 1].lower]?.role == nil else { return nil }
        return (tokens[first].start, name)
    }

    /// Records that `speaker`, taken for a person, is a body: "the company" and "it" find it later.
    mutating func makeBody(_ speaker: Int) {
        result.sources[speaker].kind = .organization
        lastOrganization = speaker
        // No "she" can point back to it now.
        if lastSpeaker == speaker { lastSpeaker = nil }
        if lastPerson == speaker { lastPerson = nil }
        if lastSingularSpeaker == speaker { lastSingularSpeaker = nil }
        if let name = result.sources[speaker].name, let first = result.attributions.first(where: { $0.source == speaker }) {
            noteOrganizationMention(at: first.start, name: name)
        }
    }

    /// The source for a person the scan for names found ("Dmitry Peskov", role "Kremlin
    /// spokesman"), one per full name.
    mutating func knownPerson(_ known: (full: String, role: String?)) -> Int {
        source(key: "p:" + known.full.lowercased(), ExtractedSource(kind: .person, name: known.full, role: known.role))
    }

    /// Finds names right after a lowercase noun of a body or business ("union Balpa").
    mutating func collectDescribedNames() {
        for i in tokens.indices.dropLast() where tokens[i].kind == .word && !tokens[i].capitalized
            && (Self.companyHeads.contains(tokens[i].lower) || Self.bodyHeads.contains(tokens[i].lower) || tokens[i].lower == "union") {
            var j = i + 1
            while j < tokens.count, tokens[j].kind == .word, tokens[j].capitalized, !Self.notNames.contains(tokens[j].lower) { j += 1 }
            guard j > i + 1, j - i <= 4, !(i + 1..<j).contains(where: { SpeakerParser.isDemonymOrRole(tokens[$0]) }) else { continue }
            describedNames.append((tokens[i + 1].start, tokens[i].lower, text(tokens[i + 1].start..<tokens[j - 1].end)))
        }
    }

    /// Adds a body named at `position` to `organizationMentions`, which stay in text order.
    mutating func noteOrganizationMention(at position: Int, name: String) {
        let at = organizationMentions.firstIndex(where: { $0.position > position }) ?? organizationMentions.endIndex
        organizationMentions.insert((position, name), at: at)
    }

    mutating func source(key: String, _ source: ExtractedSource) -> Int {
        if let index = sourceKeys[key] { return index }
        result.sources.append(source)
        sourceKeys[key] = result.sources.count - 1
        return result.sources.count - 1
    }

    /// Whether a sentence starts with a quotation or a lone quotation mark.
    func opensWithQuotation(_ sentence: Sentence) -> Bool {
        guard let first = sentence.units.first else { return false }
        switch first {
        case .quote: return true
        case .token(let t): return tokens[t].kind == .doubleQuote || tokens[t].kind == .singleQuote
        }
    }

    /// The name a lead-in's speaker goes by, without registering a source: a named person or
    /// organization ("Okafor" → the full name seen earlier); nil for pronouns and the unnamed.
    func blockSpeakerName(_ phrase: SpeakerPhrase) -> String? {
        switch phrase.kind {
        case .person:
            let name = phrase.name ?? phrase.mention
            if !name.contains(" "), let known = names[name.lowercased()] { return known.full }
            return name
        case .organization: return phrase.name ?? phrase.mention
        default: return nil
        }
    }

    func label(_ index: Int) -> String {
        let source = result.sources[index]
        return source.name ?? source.descriptor ?? "source \(index)"
    }

    // MARK: Recording

    /// Words after "not" that state the speaker's own condition, not a characterization that
    /// someone else made ("I'm not sure, but", "not only A but B").
    static let uncorrectingWords: Set<String> = [
        "sure", "certain", "clear", "only", "just", "yet", "going", "able", "ready", "happy", "afraid", "aware",
        "easy", "over", "done", "enough", "much", "always", "necessarily", "quite", "too", "that", "very", "so",
    ]

    /// The first letters of the denying cues in `Lexicon.cueTable` ("rejec", "dispu"), for a cheap first look.
    static let denialStems = Set(Lexicon.cues.filter { $0.value.denies }.keys.map { String($0.prefix(5)) })

    /// "We reject these allegations", "I rejected, the story that ...": a speaker's own words that
    /// deny a claim named within a few words of the verb.
    /// "the Wall Street Journal account was wrong", "the report was pure speculation", "reports
    /// ... are wildly inaccurate": a report or claim judged untrue denies it, whatever adverb or
    /// adjective stands between.
    static func judgesAClaimUntrue(_ lowercased: String) -> Bool {
        // (Byte searches for the few stems of claim nouns first: most statements name no claim.)
        guard claimStems.contains(where: { lowercased.includes($0) }), untrueWords.contains(where: { lowercased.includes($0) }) else { return false }
        let words = lowercased.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" && $0 != "-" }).map(String.init)
        for (i, word) in words.enumerated() where claimNouns.contains(word) {
            guard let copula = words[(i + 1)..<min(words.count, i + 9)].firstIndex(where: { ["is", "was", "are", "were", "been", "'s", "’s"].contains($0) }) else { continue }
            var k = copula + 1
            while k < words.count, k - copula <= 3, words[k].hasSuffix("ly") || ["pure", "just", "a", "an", "total", "complete", "utter", "not", "simply", "all"].contains(words[k]) { k += 1 }
            if k < words.count, untrueWords.contains(words[k]) { return true }
        }
        return false
    }

    static let claimStems = ["report", "account", "stor", "claim", "allegation", "rumo", "speculation", "article", "accusation", "suggestion", "idea", "notion", "charge", "assertion", "theor"]
    static let untrueWords: Set<String> = ["wrong", "inaccurate", "false", "untrue", "incorrect", "baseless", "bogus", "nonsense", "ridiculous",
                                           "absurd", "fiction", "fabricated", "speculation", "misleading", "unfounded", "groundless", "erroneous",
                                           "fake", "lies", "lie", "rubbish", "garbage", "wrongheaded", "mistaken"]

    static func rejectsAClaim(_ lowercased: String) -> Bool {
        // Most statements hold no verb of denying: look for one before splitting into words.
        guard denialStems.contains(where: { lowercased.includes($0) }) else { return false }
        let words = lowercased.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(String.init)
        for (i, word) in words.enumerated() where Lexicon.cues[word]?.denies == true {
            // ("I deny with the greatest possible firmness all of the allegations": an adverbial may come between.)
            if words[(i + 1)..<min(words.count, i + 10)].contains(where: { Lexicon.deniableObjects.contains($0) }) { return true }
            // "Publicis Groupe denies having engaged in any discussions", "denies that it ...".
            if ["deny", "denies", "denied", "denying"].contains(word), i + 1 < words.count,
               ["having", "that", "ever", "any", "all", "wrongdoing"].contains(words[i + 1]) { return true }
        }
        return false
    }

    /// "My role was not some irregular channel, but the official channel", "We're not anti-police,
    /// we're anti-police brutality": a quotation that opens by rejecting a characterization and
    /// putting the speaker's own in its place answers a claim, though no word of denying is used.
    static func correctsACharacterization(_ lowercased: String) -> Bool {
        guard lowercased.includes("not") || lowercased.includes("n't") || lowercased.includes("n’t") else { return false }
        let opening = lowercased.prefix(while: { !".!?;…".contains($0) })
        let firstSentence = opening.replacingOccurrences(of: "’", with: "'")
        let words = firstSentence.split(separator: " ")
        guard let neg = words.prefix(8).firstIndex(where: { $0 == "not" || $0.hasSuffix("n't") }) else { return false }
        var next = neg + 1
        while next < words.count, ["a", "an", "the", "some", "any"].contains(words[next]) { next += 1 }
        guard next < words.count, !uncorrectingWords.contains(String(words[next]).trimmingCharacters(in: .punctuationCharacters)) else { return false }
        let rest = words[(neg + 1)...].joined(separator: " ")
        guard let comma = rest.range(of: ", ") else { return false }
        let after = rest[comma.upperBound...]
        let restatements = ["but ", "we're ", "we are ", "i'm ", "i am ", "it's ", "it is ", "it was ", "they're ", "they are ",
                            "he's ", "he is ", "she's ", "she is ", "this is ", "that is "]
        return restatements.contains(where: { after.hasPrefix($0) })
    }

    /// Cues that report speech and nothing else: no finding, showing or thinking.
    static let speechOnlyLemmas: Set<String> = ["said", "told", "claimed", "reported", "stated", "denied", "insisted", "argued", "alleged",
                                                "added", "warned", "announced", "confirmed", "acknowledged", "admitted", "maintained",
                                                "accused", "urged", "asked", "wrote", "explained", "complained", "demanded", "rejected",
                                                "dismissed", "according to", "testified", "declared", "vowed", "promised", "disputed"]

    mutating func record(kind: AttributionKind, pieces: [Range<Int>], cue: String, denies: Bool, phrase: SpeakerPhrase?,
                         rule: String, relay extraRelay: [String] = [], nested: Bool = false, sentence: Sentence) {
        // "those companies find themselves in a vise": a group the lexicon has no noun for speaks
        // only with a verb that is nothing but speech.
        // ("The strikers chanted “Open the books!”": a verb that frames a quotation is speech.)
        if let phrase, phrase.isUnlexedGroup, !Self.speechOnlyLemmas.contains(cue),
           !(kind == .direct && Lexicon.quoteFrameVerbs[cue] != nil) { return }
        let trimmed = pieces.compactMap(trim).filter { !$0.isEmpty }
        guard !trimmed.isEmpty else { return }
        let content = trimmed.map(text).joined(separator: " ")
        guard content.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return }
        if kind == .indirect, trimmed.count == 1, isAdjunctOnly(trimmed[0], sentence) { return }
        var source: Int?
        var resolution = "no speaker found"
        var relay: [String] = []
        var spoken = phrase
        if let phrase {
            let resolved = resolve(phrase)
            source = resolved.source
            resolution = resolved.resolution
            relay = resolved.relay
            if phrase.isStatementReference, let via = phrase.relayVia, !relay.contains(via) { relay.append(via) }
            if let cited = citedLead, cited != phrase, let writer = resolved.source {
                let inner = resolve(cited)
                source = inner.source
                resolution = "cited by \(label(writer)) at the start of the sentence"
                relay = [result.sources[writer].name ?? result.sources[writer].descriptor ?? phrase.mention] + inner.relay
                spoken = cited
            }
        }
        // One statement, one attribution: a later rule never repeats an earlier one's words, unless
        // a second speaker says the same ("said two of the sources, as well as a third person").
        // A `nested` statement has its own author inside another's words ("the captain added that
        // divers would check reports by farmers of a bang") and stands beside it.
        if result.attributions.contains(where: { ($0.pieces == trimmed && $0.source == source)
            || !nested && ($0.pieces != trimmed && $0.start <= trimmed[0].lowerBound && $0.end >= trimmed.last!.upperBound && $0.kind == kind) }) { return }
        for outlet in extraRelay where !relay.contains(outlet) { relay.insert(outlet, at: 0) }
        // "the Globe and Mail’s sources said": unnamed sources of an outlet reach the article through it.
        if let phrase, phrase.kind == .anonymous, let owner = outletOwning(phrase.mention), !relay.contains(owner) { relay.append(owner) }
        if let outlet = openingOutlet(sentence) ?? venueOutlet(sentence) ?? asReportedBy(sentence), !relay.contains(outlet) { relay.insert(outlet, at: 0) }
        // A statement released by someone on behalf of a named speaker ("released by her lawyer").
        if let source, [.person, .organization].contains(result.sources[source].kind), let releaser = statementReleaser(sentence),
           !relay.contains(releaser) {
            relay.insert(releaser, at: 0)
        }
        if sentenceHasHedge(sentence), let report, let source, result.sources[source].name != report.outlet, !relay.contains(report.outlet),
           !(result.sources[source].isOutlet) {
            relay.append(report.outlet)
        }
        // ("According to the Fjord Ledger, P, according to a banker": the outlet once, however named.)
        relay = relay.enumerated().filter { item in !relay[..<item.offset].contains { Lexicon.sameOutlet($0, item.element) } }.map(\.element)
        relay.removeAll { Lexicon.sameOutlet($0, articleOutlet) }
        if let source, let name = result.sources[source].name { relay.removeAll { $0 == name } }
        // A group first heard through an outlet stays relayed by it: "one of the sources" later.
        if let source, result.sources[source].kind == .anonymous {
            let group = result.sources[source].group ?? source
            if groupRelay[group, default: []].isEmpty, !relay.isEmpty { groupRelay[group] = relay }
            else if relay.isEmpty, let inherited = groupRelay[group] { relay = inherited.filter { !Lexicon.sameOutlet($0, articleOutlet) } }
            // In an article relaying another outlet's report, unnamed sources without an outlet of
            // their own are that report's sources ("two sources saying ..." after "Reuters reported").
            // Only informants count ("officials", "people familiar"): "many islanders think P" or
            // "analysts believe P" is the writer's own reporting of opinion, not the other outlet's.
            if relay.isEmpty, let report, !Lexicon.sameOutlet(report.outlet, articleOutlet), !report.outlet.isEmpty, !result.sources[source].isOutlet,
               Lexicon.informantHeads.contains(result.sources[source].head ?? "source") {
                relay = [report.outlet]
                if groupRelay[group, default: []].isEmpty { groupRelay[group] = relay }
            }
        }
        // "X said in a statement to OUTLET": a later "the statement read" is X's, through OUTLET.
        if let source, [.person, .organization].contains(result.sources[source].kind),
           phrase?.isStatementReference == true || mentionsStatementVenue(sentence) {
            lastStatement = (source, relay)
        }
        var stance: Stance = denies ? .denies : .asserts
        if stance == .asserts {
            let lower = content.lowercased()
            // Reported speech is judged by the stricter list, but words it quotes are the
            // speaker's own ("Giuliani “raised, and I rejected, the conspiracy theory that ...”").
            // (Byte searches first: walking the characters of every statement is slow.)
            let quoted = kind == .direct ? lower
                : !lower.includes("“") && !lower.includes("\"") ? "" : String(lower.drop(while: { $0 != "“" && $0 != "\"" }))
            if Lexicon.denialPhrases.contains(where: { quoted.includes($0) })
                || (kind == .indirect && Lexicon.reportedDenialPhrases.contains(where: { lower.includes($0) }))
                || (kind == .direct && Self.correctsACharacterization(lower))
                || Self.rejectsAClaim(quoted) || Self.judgesAClaimUntrue(lower)
                // "“False,” he replied": a one-word verdict on what was put to the speaker.
                || kind == .direct && ["false", "untrue", "not true", "nonsense", "rubbish", "ridiculous", "absurd"].contains(lower.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))) {
                stance = .denies
            }
        }
        result.attributions.append(ExtractedAttribution(
            kind: kind, content: content, pieces: trimmed, cue: cue, stance: stance, source: source,
            mention: spoken?.mention, mentionRole: spoken?.role, resolution: resolution, rule: rule, relayedBy: relay, denies: nil))
        if let source {
            let s = result.sources[source]
            if s.kind == .person { notePersonSpoke(source) }
            // ("a newspaper report" is one, but no one "he" can be.)
            if s.kind == .anonymous, s.count == 1, let head = s.head, !ExtractionRun.hearsayNouns.contains(head), !Lexicon.outletNouns.contains(head),
               !["source", "official", "spokesperson"].contains(head) || s.descriptor?.lowercased().hasPrefix("a ") == true {
                lastSingularSpeaker = source
            }
            if s.kind == .organization { lastOrganization = source }
            if s.isOutlet { report = (s.name ?? "", nil) }
            // A person who relays ("Citing officials, Hill wrote") is no outlet whose report the article follows.
            if let outlet = relay.last, s.kind == .anonymous, !groupOnlyOutlets.contains(outlet),
               !result.sources.contains(where: { $0.kind == .person && $0.name == outlet }) {
                report = (outlet, s.group ?? source)
            }
        }
    }

    /// Trims white space and edge punctuation (commas, periods, stray marks) from a range.
    func trim(_ range: Range<Int>) -> Range<Int>? {
        var lo = range.lowerBound
        var hi = range.upperBound
        let edge: Set<Unicode.Scalar> = [" ", "\n", ",", ";", ":", "—", "–", "\"", "“", "”", "‘", "’"]
        while lo < hi, edge.contains(scalars[lo]) { lo += 1 }
        while hi > lo, edge.contains(scalars[hi - 1]) || scalars[hi - 1] == "." && hi - 2 >= lo && scalars[hi - 2] != "." && !(hi - 3 >= lo && scalars[hi - 3] == ".") { hi -= 1 }
        // Keep a closing bracket only when its opening bracket is inside.
        return lo < hi ? lo..<hi : nil
    }

    /// "Writing in The Guardian, X said P", "In an opinion piece for the Daily Ledger, X wrote P":
    /// an opening phrase naming where the words appeared makes that outlet their relay.
    func openingOutlet(_ sentence: Sentence) -> String? {
        var i = start(of: sentence)
        // "According to the newspaper Kystposten, X told staff “Q”": the outlet relays X's words.
        if lowerAt(sentence, i) == "according", lowerAt(sentence, i + 1) == "to" {
            guard let outlet = outletAt(sentence, i + 2), lowerAt(sentence, outlet.end) == "," else { return nil }
            return outlet.name
        }
        if lowerAt(sentence, i) == "writing", ["in", "for"].contains(lowerAt(sentence, i + 1) ?? "") {
            i += 2
        } else if lowerAt(sentence, i) == "in", ["a", "an"].contains(lowerAt(sentence, i + 1) ?? ""),
                  let noun = (2...4).first(where: { ["piece", "op-ed", "column", "article", "essay", "editorial", "interview"].contains(lowerAt(sentence, i + $0) ?? "") }),
                  ["for", "in", "with", "to"].contains(lowerAt(sentence, i + noun + 1) ?? "") {
            i += noun + 2
        } else if lowerAt(sentence, i) == "in", ["the", "a"].contains(lowerAt(sentence, i + 1) ?? ""),
                  let noun = (2...4).first(where: { Lexicon.outletNouns.contains(lowerAt(sentence, i + $0) ?? "") && !isCapitalizedWord(sentence, i + $0) }),
                  upTo(i + 2, i + noun).allSatisfy({ isWordToken(sentence, $0) }), isCapitalizedWord(sentence, i + noun + 1) {
            // "In the Mexican publication TV Notas, a source said P": the outlet named after its description.
            i += noun + 1
        } else {
            return nil
        }
        if let outlet = outletAt(sentence, i), lowerAt(sentence, outlet.end) == "," { return outlet.name }
        // An outlet the lexicon does not know: the capitalized name that ends the phrase
        // ("In an opinion piece for the Harwick Sentinel, ...").
        var k = lowerAt(sentence, i) == "the" ? i + 1 : i
        let first = k
        while k < min(sentence.units.count, first + 6), case .token(let t) = sentence.units[k], tokens[t].kind == .word, tokens[t].capitalized { k += 1 }
        guard k > first, lowerAt(sentence, k) == ",", let range = span(sentence, first..<k) else { return nil }
        return text(range)
    }

    /// "..., sources close to the minister, who described the meeting to the Tribune": an unnamed
    /// group that spoke to an outlet. The longest plural anonymous phrase before ", who", and a
    /// known outlet after a verb of telling within the relative clause.
    func groupWhoToldOutlet(_ sentence: Sentence) -> (phrase: SpeakerPhrase, relay: [String])? {
        for w in sentence.units.indices where lowerAt(sentence, w) == "who" && lowerAt(sentence, w - 1) == "," {
            let comma = w - 1
            var group: SpeakerPhrase?
            for lo in stride(from: max(0, comma - 12), to: comma, by: 1) {
                let list = tokenIndices(sentence, lo..<comma)
                guard list.count == comma - lo, let a = list.first, let b = list.last,
                      let phrase = SpeakerParser.parse(tokens, a..<(b + 1), text: textOf), phrase.kind == .anonymous, phrase.plural, phrase.head != nil else { continue }
                group = phrase
                break
            }
            guard let group else { continue }
            var told = false
            for k in upTo(w + 1, min(sentence.units.count, w + 14)) {
                guard let word = lowerAt(sentence, k), ![".", ";", ","].contains(word) else { break }
                if Lexicon.cues[word] != nil || Self.tellingVerbs.contains(word) { told = true; continue }
                guard told, case .token(let t) = sentence.units[k], tokens[t].capitalized, let outlet = outletAt(sentence, k),
                      Lexicon.isKnownOutlet(outlet.name) else { continue }
                return (group, [outlet.name])
            }
        }
        return nil
    }

    static let tellingVerbs: Set<String> = ["spoke", "talked", "gave", "recounted", "described", "related"]

    /// "In a statement released by her lawyer, Anton Bell, X denied P": whoever released the
    /// statement relays the words of the one it speaks for. The releaser's name, if named.
    func statementReleaser(_ sentence: Sentence) -> String? {
        let i = start(of: sentence)
        guard lowerAt(sentence, i) == "in", let noun = (1...3).first(where: { Lexicon.venueNouns.contains(lowerAt(sentence, i + $0) ?? "") }),
              let verb = lowerAt(sentence, i + noun + 1), Self.releaseVerbs.contains(verb),
              ["by", "through"].contains(lowerAt(sentence, i + noun + 2) ?? "") else { return nil }
        let from = i + noun + 3
        guard let comma = upTo(from, min(sentence.units.count, from + 8)).first(where: { lowerAt(sentence, $0) == "," }) else { return nil }
        let list = tokenIndices(sentence, from..<comma)
        guard let a = list.first, let b = list.last, list.count == comma - from else { return nil }
        if let phrase = SpeakerParser.parse(tokens, a..<(b + 1), text: textOf), phrase.kind == .person || phrase.kind == .organization, let name = phrase.name {
            return blockSpeakerName(SpeakerPhrase(kind: phrase.kind, mention: phrase.mention, name: name)) ?? name
        }
        // "her lawyer, Anton Bell,": the name in apposition to a role.
        guard let second = upTo(comma + 1, min(sentence.units.count, comma + 6)).first(where: { lowerAt(sentence, $0) == "," }) else { return nil }
        let names = tokenIndices(sentence, (comma + 1)..<second)
        guard names.count == second - comma - 1, !names.isEmpty, names.allSatisfy({ tokens[$0].capitalized && tokens[$0].kind == .word }),
              let range = span(sentence, (comma + 1)..<second) else { return nil }
        return text(range)
    }

    /// "in a statement", "in a separate statement": the sentence's words were given in a statement.
    func mentionsStatementVenue(_ sentence: Sentence) -> Bool {
        sentence.units.indices.contains { k in
            lowerAt(sentence, k) == "in" && (1...3).contains { Self.statementNouns.contains(lowerAt(sentence, k + $0) ?? "") }
        }
    }

    /// "On Monday, Big Machine Records issued a statement": whoever issued or released a statement,
    /// as a source, for "the statement read ..." after it.
    mutating func statementIssuer(_ sentence: Sentence) -> (source: Int, relay: [String])? {
        for k in sentence.units.indices where Self.releaseVerbs.contains(lowerAt(sentence, k) ?? "") {
            guard (1...3).contains(where: { Self.statementNouns.contains(lowerAt(sentence, k + $0) ?? "") }),
                  ["a", "an", "its", "his", "her", "their"].contains(lowerAt(sentence, k + 1) ?? ""),
                  let subject = subjectBefore(sentence, end: k), [.person, .organization].contains(subject.phrase.kind),
                  let source = resolve(subject.phrase).source else { continue }
            return (source, [])
        }
        return nil
    }

    static let releaseVerbs: Set<String> = ["released", "issued", "distributed", "sent", "published", "posted", "read", "circulated"]

    /// "..., the company said in a separate statement to Rolling Stone": the outlet a statement
    /// or interview was given to relays the sentence's words.
    func venueOutlet(_ sentence: Sentence) -> String? {
        for k in sentence.units.indices where Lexicon.venueNouns.contains(lowerAt(sentence, k) ?? "") {
            guard ["to", "with"].contains(lowerAt(sentence, k + 1) ?? ""), let outlet = outletAt(sentence, k + 2) else { continue }
            return outlet.name
        }
        // "Speaking to the Ledger, the mayor said P": the occasion names the outlet spoken to.
        if let first = lowerAt(sentence, 0), ["speaking", "talking"].contains(first), ["to", "with"].contains(lowerAt(sentence, 1) ?? ""),
           let outlet = outletAt(sentence, 2), lowerAt(sentence, outlet.end) == "," {
            return outlet.name
        }
        return nil
    }

    /// "P, according to officials, as reported by the Dhaka Tribune.", "as first reported by
    /// Axios": the outlet that carried the sentence's statements.
    func asReportedBy(_ sentence: Sentence) -> String? {
        sentence.units.indices.lazy.filter { self.lowerAt(sentence, $0 - 1) == "," }.compactMap { self.asReportedBy(sentence, at: $0) }.first
    }

    /// The outlet of "as [first] reported by OUTLET" starting at unit `k`.
    func asReportedBy(_ sentence: Sentence, at k: Int) -> String? {
        guard lowerAt(sentence, k) == "as" else { return nil }
        var v = k + 1
        if ["first", "earlier", "originally"].contains(lowerAt(sentence, v) ?? "") { v += 1 }
        guard ["reported", "published"].contains(lowerAt(sentence, v) ?? ""), lowerAt(sentence, v + 1) == "by" else { return nil }
        return outletAt(sentence, v + 2)?.name
    }

    func sentenceHasHedge(_ sentence: Sentence) -> Bool {
        hedge(sentence) != nil || sentence.units.indices.contains { lowerAt(sentence, $0) == "quoted" && lowerAt(sentence, $0 + 1) == "as" }
    }

    /// Where a sentence hedges what it tells as hearsay with no one named: "reportedly",
    /// "allegedly", "is said to", "are believed to" (the unit of the hedge word).
    func hedge(_ sentence: Sentence) -> Int? {
        sentence.units.indices.first { Self.hedgeAdverbs.contains(lowerAt(sentence, $0) ?? "") }
            ?? sentence.units.indices.first { ["is", "was", "are", "were"].contains(lowerAt(sentence, $0 - 1) ?? "")
                && Self.hedgeParticiples.contains(lowerAt(sentence, $0) ?? "") && lowerAt(sentence, $0 + 1) == "to"
                && !["who", "which", "that"].contains(lowerAt(sentence, $0 - 2) ?? "") }
    }

    static let hedgeAdverbs: Set<String> = ["reportedly", "allegedly", "purportedly"]
    static let hedgeParticiples: Set<String> = ["said", "believed", "thought", "understood", "reported", "rumored", "rumoured"]
}
