/// The attribution rules, one function each. Every rule records its name in `rule`.
extension ExtractionRun {
    // MARK: Direct quotations

    mutating func processDirect(_ sentence: Sentence, index: Int,
                                previousDirect: inout (sentence: Int, attribution: Int, paragraph: Int)?,
                                colonLead: inout ColonLead?) {
        if blockQuotation(sentence, index: index, previousDirect: &previousDirect, colonLead: colonLead) { return }
        var u = 0
        while u < sentence.units.count {
            guard let q = isQuote(sentence, u) else { u += 1; continue }
            if usedQuotes.contains(q) { u += 1; continue }
            let quote = quotes[q]
            let wordCount = tokens[quote.openToken...min(quote.closeToken, tokens.count - 1)].filter { $0.kind == .word || $0.kind == .number }.count
            if var found = quoteThenCue(sentence, quoteUnit: u) {
                // "prosecutors said P because the “allegations cannot be proved,” the Times
                // reported": the quotation ends a longer statement the outlet reports someone
                // making. It is no words of the outlet's; the rules of indirect speech read the
                // whole statement, quoted words and all, relayed by the outlet.
                if found.rule == "quote-speaker-cue", found.cue.lemma == "reported", u > 2,
                   let c = upTo(start(of: sentence), u).last(where: { self.cue(sentence, at: $0) != nil }),
                   let (innerCue, length) = cue(sentence, at: c), innerCue.frame != .object, subjectBefore(sentence, end: c) != nil,
                   tokenIndices(sentence, upTo(c + length, u)).filter({ tokens[$0].kind == .word }).count >= max(4, wordCount) {
                    // (When the quotation is most of the statement — "told Kozak that the concessions
                    // “did not go far enough,” Reuters reported" — it stays the speaker's quoted words.)
                    u += 1
                    continue
                }
                // "Putin told Kozak that the concessions “did not go far enough,” Reuters reported":
                // the outlet reports what Putin said; Putin is the source, Reuters the relay.
                if found.phrase.isOutlet, u > 1, let inner = innerFrame(sentence, 0..<(u + 1)), inner.kind == .direct, inner.pieces == quote.pieces {
                    found.relay = [found.phrase.name ?? found.phrase.mention] + found.relay
                    found.phrase = inner.phrase
                    found.cue = Lexicon.Cue(lemma: inner.cue, frame: .clause, denies: inner.denies)
                    found.rule = "reported-frame"
                }
                // "Two officers had been shot "execution-style," the mayor said": the quotation ends
                // a clause that runs into it with no comma or colon before it, and the speaker's
                // statement is that whole clause, reported with a quoted phrase in it. The frame
                // must follow the quotation at once: a title in quotation marks with an appositive
                // ("awarded its prize to "The Salt House," a drama that one juror criticized") is none.
                // So does "..., and the customers are “highly desirable,” says Charles King, principal
                // analyst at Pund-IT": the cue right after the quotation, then the speaker described.
                let opening = start(of: sentence)
                let inverted = found.rule == "quote-cue-speaker" && cue(sentence, at: u + 1) != nil
                if found.rule == "quote-speaker-cue" || inverted, u - opening >= 3, isWordToken(sentence, u - 1), !isCapitalizedWord(sentence, u - 1),
                   inverted || found.end - u <= 10 && !upTo(u + 2, found.end).contains(where: { lowerAt(sentence, $0) == "," }),
                   !upTo(opening, u).contains(where: { isQuote(sentence, $0) != nil || cue(sentence, at: $0) != nil }),
                   let clause = span(sentence, opening..<(u + 1)) {
                    record(kind: .indirect, pieces: [clause], cue: found.cue.lemma, denies: found.cue.denies, phrase: found.phrase,
                           rule: "clause-quote-speaker-cue", relay: found.relay, sentence: sentence)
                    usedQuotes.insert(q)
                    u = found.end
                    continue
                }
                var pieces = quote.pieces
                // "“A,” he said, “B.”": the second quote continues the first.
                var next = found.end
                if lowerAt(sentence, next) == "," || lowerAt(sentence, next) == ":" { next += 1 }
                // “A,” said Ravi Tandon, a temple trustee who ..., “B.”: skip the appositive.
                if isQuote(sentence, next) == nil, let later = upTo(next, min(sentence.units.count, next + 30)).first(where: { isQuote(sentence, $0) != nil }),
                   lowerAt(sentence, later - 1) == ",", !upTo(next, later).contains(where: { [".", ";", "!", "?"].contains(lowerAt(sentence, $0) ?? "") || cue(sentence, at: $0) != nil }) {
                    next = later
                }
                // “A,” he said on CBS’s “Face the Nation.” “B.”: the title where it was said is no
                // speech; the quotation after it goes on.
                var relay = found.relay
                if ["on", "in"].contains(lowerAt(sentence, next) ?? ""), let title = upTo(next + 1, min(sentence.units.count, next + 4)).first(where: { isQuote(sentence, $0) != nil }),
                   upTo(next + 1, title).allSatisfy({ isWordToken(sentence, $0) }), let titleQuote = isQuote(sentence, title), isQuote(sentence, title + 1) != nil {
                    if let owner = upTo(next + 1, title).first, let outlet = outletAt(sentence, owner), !relay.contains(outlet.name) { relay.append(outlet.name) }
                    usedQuotes.insert(titleQuote)
                    next = title + 1
                }
                if let q2 = isQuote(sentence, next) { pieces += quotes[q2].pieces; usedQuotes.insert(q2) }
                record(kind: .direct, pieces: pieces, cue: found.cue.lemma, denies: found.cue.denies, phrase: found.phrase,
                       rule: found.rule, relay: relay, sentence: sentence)
                usedQuotes.insert(q)
                previousDirect = (index, result.attributions.count - 1, sentence.paragraph)
                // "“Q,” Solovyov said in August, adding that P": the speaker goes on in indirect speech.
                if isQuote(sentence, next) == nil,
                   // ("said during a ruling party march in Caracas, accusing X of P": the occasion between.)
                   let comma = upTo(found.end, min(sentence.units.count, found.end + 11)).first(where: { lowerAt(sentence, $0) == "," }),
                   // ("told a conference call with reporters": the one told is a noun phrase, whatever its words.)
                   !upTo(found.end, comma).contains(where: { isQuote(sentence, $0) != nil || found.cue.lemma != "told" && cue(sentence, at: $0) != nil }),
                   isQuote(sentence, comma + 2) == nil, !(["that", ":"].contains(lowerAt(sentence, comma + 2) ?? "") && isQuote(sentence, comma + 3) != nil) {
                    let before = result.attributions.count
                    continueWithParticiple(sentence, from: comma, phrase: found.phrase)
                    if result.attributions.count > before { previousDirect = (index, before - 1, sentence.paragraph) }
                }
                u = next + 1
                continue
            }
            if usedQuotes.contains(q) { u += 1; continue }
            if let found = cueThenQuote(sentence, quoteUnit: u, wordCount: wordCount) {
                var pieces = quote.pieces
                var denies = found.cue.denies
                if found.cue.frame == .object {
                    let judgement = quotedJudgement(sentence, quoteUnit: u)
                    pieces = judgement.pieces
                    denies = denies || judgement.dismissesAClaim
                    u = judgement.lastUnit
                }
                record(kind: .direct, pieces: pieces, cue: found.cue.lemma, denies: denies,
                       phrase: groupOpeningPrevious(found.phrase, sentence, index: index) ?? found.phrase,
                       rule: found.rule, relay: found.relay + (found.outer.map { [relayerName($0)] } ?? []), sentence: sentence)
                usedQuotes.insert(q)
                previousDirect = (index, result.attributions.count - 1, sentence.paragraph)
                if found.cue.frame == .object { continueAfterJudgement(sentence, quoteUnit: u, phrase: found.phrase) }
                u += 1
                continue
            }
            if let found = characterizedAs(sentence, quoteUnit: u) {
                let judgement = quotedJudgement(sentence, quoteUnit: u)
                let (pieces, denies) = (judgement.pieces, judgement.dismissesAClaim)
                u = judgement.lastUnit
                record(kind: .direct, pieces: pieces, cue: found.cue, denies: denies, phrase: found.phrase,
                       rule: "characterized-as-quote", relay: [], sentence: sentence)
                usedQuotes.insert(q)
                continueAfterJudgement(sentence, quoteUnit: u, phrase: found.phrase)
                u += 1
                continue
            }
            if let found = subjectColonQuote(sentence, quoteUnit: u, wordCount: wordCount, index: index) {
                record(kind: .direct, pieces: quote.pieces, cue: found.cue, denies: false, phrase: found.phrase,
                       rule: "subject-colon-quote", relay: [], sentence: sentence)
                usedQuotes.insert(q)
                previousDirect = (index, result.attributions.count - 1, sentence.paragraph)
                u += 1
                continue
            }
            // A quotation standing alone: it continues the previous speaker's quote, or follows a
            // colon lead-in ("Kozak said:").
            let standsAlone = sentence.units.count <= 2 && (u == 0)
            if standsAlone && wordCount >= 3 {
                if let lead = colonLead, sentence.paragraph - lead.paragraph <= 1 {
                    record(kind: .direct, pieces: quote.pieces, cue: lead.cue, denies: false, phrase: lead.speaker,
                           rule: "colon-lead-in", relay: lead.relay, sentence: sentence)
                    usedQuotes.insert(q)
                    previousDirect = (index, result.attributions.count - 1, sentence.paragraph)
                } else if let previous = previousDirect, previous.attribution < result.attributions.count,
                          index - previous.sentence <= 2, sentence.paragraph - previous.paragraph <= 1,
                          result.attributions[previous.attribution].kind == .direct
                            || index == previous.sentence + 1 && (sentence.paragraph == previous.paragraph
                                || quoteGoesOnAcrossParagraphs(q, from: result.attributions[previous.attribution])) {
                    if result.attributions[previous.attribution].kind == .indirect {
                        // "X told Fox News that P. “Q.”": X's own words follow, in the same
                        // paragraph or in the next one when P closed its paragraph.
                        var attribution = result.attributions[previous.attribution]
                        attribution.kind = .direct
                        attribution.pieces = quote.pieces.compactMap(trim)
                        attribution.content = attribution.pieces.map(text).joined(separator: " ")
                        attribution.rule = "quote-after-indirect"
                        // It keeps the stance of the speech it goes on from: the words quoted
                        // after "X denied that P." are the denial's own.
                        attribution.resolution = "goes on from the indirect speech of \(attribution.source.map(label) ?? "the previous speaker")"
                        if !attribution.pieces.isEmpty { result.attributions.append(attribution) }
                    } else if sentence.paragraph == previous.paragraph {
                        // "“A,” he said. “B.”": one attribution, two pieces.
                        var attribution = result.attributions[previous.attribution]
                        let added = quote.pieces.compactMap(trim)
                        attribution.pieces += added
                        attribution.content = attribution.pieces.map(text).joined(separator: " ")
                        attribution.rule += "+continued"
                        result.attributions[previous.attribution] = attribution
                    } else {
                        var attribution = result.attributions[previous.attribution]
                        attribution.pieces = quote.pieces.compactMap(trim)
                        attribution.content = attribution.pieces.map(text).joined(separator: " ")
                        attribution.rule = "continuation"
                        attribution.resolution = "continues the quote of \(attribution.source.map(label) ?? "the previous speaker")"
                        if !attribution.pieces.isEmpty { result.attributions.append(attribution) }
                    }
                    usedQuotes.insert(q)
                    previousDirect = (index, result.attributions.count - 1, sentence.paragraph)
                }
            }
            u += 1
        }
    }

    /// Whether quotation `q`, a paragraph of its own, goes on from the indirect speech that closed
    /// the paragraph before: a person (or an unnamed one) who spoke, not a document ("according
    /// to court documents") or an accusation, and a quotation that ends as a sentence does, not a
    /// pull quote set as a heading.
    func quoteGoesOnAcrossParagraphs(_ q: Int, from previous: ExtractedAttribution) -> Bool {
        guard let source = previous.source, [.person, .anonymous].contains(result.sources[source].kind),
              !["according to", "accused"].contains(previous.cue) else { return false }
        return [".", "!", "?"].contains(finalPunctuation(ofQuote: q).description)
    }

    /// "The harbour master said:" closing a paragraph, then a paragraph in the speaker's own
    /// first person with no quotation marks ("We have closed the port until Monday. Our crews
    /// are safe."): live blogs and transcripts set long quotations off as blocks. The block
    /// opens with "I", "we", "my", "our" ... in its first sentence; its later sentences in the
    /// same paragraph go on with it.
    mutating func blockQuotation(_ sentence: Sentence, index: Int, previousDirect: inout (sentence: Int, attribution: Int, paragraph: Int)?,
                                 colonLead: ColonLead?) -> Bool {
        guard let lead = colonLead, sentence.paragraph == lead.paragraph + 1, Lexicon.cues[lead.cue]?.frame == .clause,
              !upTo(0, sentence.units.count).contains(where: { isQuote(sentence, $0) != nil }),
              let range = span(sentence, start(of: sentence)..<sentence.units.count), let piece = trim(range) else { return false }
        if let previous = previousDirect, previous.paragraph == sentence.paragraph, previous.sentence == index - 1,
           previous.attribution < result.attributions.count, result.attributions[previous.attribution].rule == "block-quote" {
            result.attributions[previous.attribution].pieces.append(piece)
            result.attributions[previous.attribution].content = result.attributions[previous.attribution].pieces.map(text).joined(separator: " ")
            previousDirect = (index, previous.attribution, sentence.paragraph)
            return true
        }
        guard previousDirect.map({ $0.paragraph != sentence.paragraph }) ?? true,
              sentences[index...].prefix(while: { $0.paragraph == sentence.paragraph }).contains(where: { block in
                  upTo(0, block.units.count).contains(where: { Self.firstPersonWords.contains(lowerAt(block, $0) ?? "") }) }) else { return false }
        record(kind: .direct, pieces: [piece], cue: lead.cue, denies: false, phrase: lead.speaker, rule: "block-quote", relay: lead.relay, sentence: sentence)
        guard let last = result.attributions.indices.last, result.attributions[last].rule == "block-quote" else { return false }
        previousDirect = (index, last, sentence.paragraph)
        return true
    }

    /// Words that mark a block as the speaker's own first person.
    static let firstPersonWords: Set<String> = ["i", "we", "my", "our", "me", "us", "i'm", "i’m", "we're", "we’re", "i've", "i’ve", "we've", "we’ve"]

    /// “Q,” SPEAKER CUE / “Q,” CUE SPEAKER / “Q,” SPEAKER was quoted as saying.
    func quoteThenCue(_ sentence: Sentence, quoteUnit u: Int) -> (cue: Lexicon.Cue, phrase: SpeakerPhrase, end: Int, rule: String, relay: [String])? {
        var k = u + 1
        let lastScalar = finalPunctuation(ofQuote: isQuote(sentence, u)!)
        var separated = [",", "?", "!", "—", "–", "-"].contains(lastScalar.description)
        if let w = lowerAt(sentence, k), [",", "—", "–", "-"].contains(w) { k += 1; separated = true }
        guard separated || lastScalar == "." && lowerAt(sentence, k).map({ Lexicon.cues[$0] != nil }) == true else { return nil }
        guard k < sentence.units.count else { return nil }
        // "… for the “use of a prohibited substance,” but the Kenyan said P": a conjunction after
        // the quotation opens a new clause with its own speaker; the quotation is not theirs.
        if let w = lowerAt(sentence, k), ["but", "while", "whereas", "yet"].contains(w) { return nil }
        // Inverted: “Q,” said one of the six.
        if let (cue, length) = cue(sentence, at: k), let after = subjectAfter(sentence, start: k + length) {
            return (cue, after.phrase, after.end, "quote-cue-speaker", [])
        }
        // “Q?” asked the driver / “Fine,” shrugged the clerk: a verb that frames quotations only.
        if let w = lowerAt(sentence, k), let lemma = Lexicon.quoteFrameVerbs[w], let after = subjectAfter(sentence, start: k + 1) {
            return (Lexicon.Cue(lemma: lemma, frame: .clause, denies: false), after.phrase, after.end, "quote-cue-speaker", [])
        }
        // “Q,” SPEAKER [fillers] CUE
        var c = k
        while c < min(sentence.units.count, k + 30) {
            if isQuote(sentence, c) != nil { return nil }
            // "“Q”, according to the Post, while a council member said P": a new clause, another speaker.
            if c > k, lowerAt(sentence, c) == ",", ["but", "while", "whereas", "yet"].contains(lowerAt(sentence, c + 1) ?? "") { return nil }
            // "“Q,” he continued", "“Q,” the statement read": verbs that report words only right
            // after a quotation and its speaker.
            // "“Is it far?” the driver asks", "“Not yet,” she laughs": verbs of asking and of manner
            // frame the quotation they follow.
            if c > k, let w = lowerAt(sentence, c), let lemma = Self.afterQuoteCues[w] ?? Lexicon.quoteFrameVerbs[w], let subject = subjectBefore(sentence, end: c, floor: k),
               subject.start == k || adjectivesOpen(sentence, k, subject.start), lemma != "read" || subject.phrase.isStatementReference {
                var phrase = subject.phrase
                if subject.start > k, let range = tokenRange(sentence, k..<c) {
                    phrase.mention = text(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
                    if phrase.kind == .anonymous { phrase.descriptor = phrase.mention }
                    phrase.start = tokens[range.lowerBound].start
                }
                return (Lexicon.Cue(lemma: lemma, frame: .clause, denies: false), phrase, c + 1, "quote-speaker-cue", [])
            }
            if let (cue, length) = cue(sentence, at: c), c > k {
                guard let subject = subjectBefore(sentence, end: c, floor: k) else { return nil }
                var relay: [String] = []
                var end = c + length
                // "told Reuters": the outlet relays.
                if cue.lemma == "told", let object = outletAt(sentence, end) { relay = [object.name]; end = object.end }
                // "was quoted as saying"
                if lowerAt(sentence, c) == "quoted" { return (Lexicon.Cue(lemma: "quoted as saying", frame: .clause, denies: false), subject.phrase, c + 3, "quote-speaker-cue", relay) }
                return (cue, subject.phrase, end, "quote-speaker-cue", relay)
            }
            if lowerAt(sentence, c) == "quoted", lowerAt(sentence, c + 1) == "as", let subject = subjectBefore(sentence, end: c, floor: k) {
                return (Lexicon.Cue(lemma: "quoted as saying", frame: .clause, denies: false), subject.phrase, min(c + 3, sentence.units.count), "quote-speaker-cue", [])
            }
            // "“Q,” the statement quoted her as saying", "“Q,” Reuters quotes him as saying": the one quoted speaks; an outlet or the
            // releaser of the statement relays.
            if ["quoted", "quotes"].contains(lowerAt(sentence, c) ?? ""), let asUnit = upTo(c + 2, min(sentence.units.count, c + 7)).first(where: { lowerAt(sentence, $0) == "as" && lowerAt(sentence, $0 + 1) == "saying" }) {
                let list = tokenIndices(sentence, (c + 1)..<asUnit)
                guard let a = list.first, let b = list.last, list.count == asUnit - c - 1,
                      let quoted = SpeakerParser.parse(tokens, a..<(b + 1), text: textOf) else { return nil }
                var relay: [String] = []
                let quoterWords = tokenIndices(sentence, k..<c).map { tokens[$0].lower }
                if let quoter = subjectBefore(sentence, end: c, floor: k), quoter.phrase.isOutlet, let name = quoter.phrase.name {
                    relay = [name]
                } else if quoterWords.count <= 3, quoterWords.contains(where: { Lexicon.venueNouns.contains($0) }), let releaser = lastReleaser {
                    relay = [releaser]
                } else if let medium = mediumNamed(sentence, k..<c) {
                    relay = [medium]
                }
                return (Lexicon.Cue(lemma: "quoted as saying", frame: .clause, denies: false), quoted, asUnit + 2, "quote-quoter-quoted", relay)
            }
            if let w = lowerAt(sentence, c), [".", ";", "?", "!"].contains(w) { return nil }
            c += 1
        }
        return nil
    }

    /// The last character inside quotation `q`'s closing mark: the comma of "“Q,” he said".
    /// "“I heard him ask, ‘Is it done?’”": a quotation ending in a quotation ends with the inner
    /// one's mark; the punctuation before the inner closing mark separates.
    func finalPunctuation(ofQuote q: Int) -> Unicode.Scalar {
        guard let piece = quotes[q].pieces.last else { return " " }
        var e = piece.upperBound - 1
        while e > piece.lowerBound, ["’", "'", "\"", "”", " "].contains(scalars[e].description) { e -= 1 }
        return scalars[max(piece.lowerBound, e)]
    }

    /// A comma at unit `k`, or one just inside the closing mark of a quotation there ("for the
    /// “use of a prohibited substance,” but …").
    func endsWithComma(_ sentence: Sentence, _ k: Int) -> Bool {
        if lowerAt(sentence, k) == "," { return true }
        guard let q = isQuote(sentence, k) else { return false }
        return finalPunctuation(ofQuote: q) == ","
    }

    /// "The mayor defended the budget, but blamed the state: “We had no choice.”" and "He is
    /// candid about the loss: “It still hurts.”": a clause whose subject is a person (or a named
    /// body) and whose verb is no cue, then a colon and a quotation ending the sentence. The
    /// quotation is the subject's words. The cue recorded is the clause's verb. Written words
    /// ("held a sign:", "the banner read:") are someone's display, not speech, and are left out.
    func subjectColonQuote(_ sentence: Sentence, quoteUnit u: Int, wordCount: Int, index: Int) -> (cue: String, phrase: SpeakerPhrase)? {
        let s0 = start(of: sentence)
        let colon = u - 1
        guard wordCount >= 3, lowerAt(sentence, colon) == ":", colon - s0 >= 3, colon - s0 <= 25,
              upTo(u + 1, sentence.units.count).allSatisfy({ i in
                  guard case .token(let t) = sentence.units[i] else { return false }
                  return tokens[t].kind == .punctuation }),
              !upTo(s0, colon).contains(where: { i in
                  isQuote(sentence, i) != nil || cue(sentence, at: i).map({ $0.cue.frame != .object }) == true || Lexicon.quoteFrameVerbs[lowerAt(sentence, i) ?? ""] != nil
                      || [".", "?", "!", ";", "(", "—", "–"].contains(lowerAt(sentence, i) ?? "") || Self.displayNouns.contains(lowerAt(sentence, i) ?? "") }),
              let phrase = sentenceSubject(sentence, from: s0),
              phrase.kind == .person || phrase.kind == .pronoun && !phrase.plural && phrase.mention.lowercased() != "it"
                || phrase.kind == .pronoun && phrase.plural || phrase.kind == .organization && phrase.name != nil else { return nil }
        // The clause's verb: the first word after the subject's mention that is no filler.
        guard case .token(let first) = sentence.units[s0],
              let last = upTo(s0, colon).first(where: { i in
                  guard case .token(let t) = sentence.units[i] else { return false }
                  return text(tokens[first].start..<tokens[t].end) == phrase.mention }),
              let verb = upTo(last + 1, colon).first(where: { !isFillerAt(sentence, $0) }),
              case .token(let vt) = sentence.units[verb], tokens[vt].kind == .word, !tokens[vt].capitalized else { return nil }
        return (tokens[vt].lower, groupOpeningPrevious(phrase, sentence, index: index) ?? phrase)
    }

    /// "Dozens of drivers blocked the road. They chanted: “Q”": a plural pronoun opening a
    /// quotation's frame is the group of people the sentence before, in the same paragraph,
    /// opened with.
    func groupOpeningPrevious(_ phrase: SpeakerPhrase, _ sentence: Sentence, index: Int) -> SpeakerPhrase? {
        guard phrase.kind == .pronoun, phrase.plural, index > 0, sentences[index - 1].paragraph == sentence.paragraph else { return nil }
        let before = sentences[index - 1]
        let b0 = start(of: before)
        for end in upTo(b0 + 1, min(before.units.count, b0 + 6)) {
            guard let range = tokenRange(before, b0..<end), range.count == end - b0 else { break }
            if let group = SpeakerParser.parse(tokens, range, text: textOf), group.kind == .anonymous, group.plural, group.head != nil {
                return group
            }
        }
        return nil
    }

    /// "The mayor described the proposal to close the library as “short-sighted”", "a plan the
    /// union slammed as a “betrayal”", "the council called it “premature”": a verb that judges
    /// its object, then the judgment in quotation marks. The quoted word is the speaker's own.
    /// The verb may stand far from the quotation (its object can be a long clause), and its
    /// subject may come before "who" ("an aide who described the call as “odd”") or be the
    /// sentence's subject before "and"/"but" ("She praised the staff and called the result “a relief”").
    func characterizedAs(_ sentence: Sentence, quoteUnit u: Int) -> (cue: String, phrase: SpeakerPhrase)? {
        var a = u - 1
        if let w = lowerAt(sentence, a), ["a", "an", "the"].contains(w) { a -= 1 }
        let viaAs = lowerAt(sentence, a) == "as"
        var v = a - 1
        while v >= 0, a - v <= 30 {
            guard isQuote(sentence, v) == nil, let w = lowerAt(sentence, v), ![".", "?", "!", ";", ":", "(", ")"].contains(w) else { return nil }
            // Past forms only: "call" and "praise" are nouns as often ("on a conference call as").
            if let lemma = Self.characterizingVerbs[w] ?? cue(sentence, at: v).flatMap({ $0.cue.frame == .object && (w.hasSuffix("ed") || w == "calling") ? $0.cue.lemma : nil }) {
                // Without "as", only naming verbs take the quotation as a second object, right after
                // a short object: "called it “premature”", "dubbed the plan “a fiasco”".
                // "called allegations that he appeared in a video “ridiculous”": a claim as the
                // object may be long.
                let claimObject = upTo(v + 1, min(u, v + 3)).contains(where: { Self.claimNouns.contains(lowerAt(sentence, $0) ?? "") })
                if !viaAs && !(Self.namingVerbs.contains(lemma) && u - v >= 2 && (u - v <= 4 || claimObject && u - v <= 30)) { return nil }
                if viaAs && lemma == "dubbed" { return nil }
                // "sent a message to principals calling the rumors “outrageous lies”": the sender.
                if w == "calling" {
                    guard lowerAt(sentence, v - 1) == "," || sentMessage(sentence, before: v), let phrase = sentenceSubject(sentence),
                          phrase.kind != .anonymous || phrase.head != nil else { return nil }
                    return ("calling", phrase)
                }
                if let subject = subjectBefore(sentence, end: v) { return (lemma, subject.phrase) }
                // "including an aide who described": the phrase before "who", after any
                // preposition that lists it.
                if lowerAt(sentence, v - 1) == "who" {
                    var lo = v - 1
                    while lo > 0, case .token(let t) = sentence.units[lo - 1], tokens[t].kind == .word,
                          !["including", "among", "of", "with", "from", "by", "to", "for", "and", "but", "like"].contains(tokens[t].lower) { lo -= 1 }
                    if let range = tokenRange(sentence, lo..<(v - 1)), let phrase = SpeakerParser.parse(tokens, range, text: textOf) { return (lemma, phrase) }
                    return nil
                }
                // "In a post she described": a pronoun right before the verb.
                if let w = lowerAt(sentence, v - 1), Lexicon.pronouns[w] != nil, let range = tokenRange(sentence, (v - 1)..<v),
                   let phrase = SpeakerParser.parse(tokens, range, text: textOf) {
                    return (lemma, phrase)
                }
                // The clause opens the sentence or a bracket: "(the firm would not say but called it “small”)".
                let opening = upTo(start(of: sentence), v).last(where: { ["(", "—", "–"].contains(lowerAt(sentence, $0) ?? "") }).map { $0 + 1 } ?? start(of: sentence)
                if let w = lowerAt(sentence, v - 1), ["and", "but"].contains(w),
                   let phrase = sentenceSubject(sentence, from: opening), phrase.kind != .anonymous || phrase.head != nil,
                   let first = phrase.mention.split(separator: " ").first.map({ $0.lowercased() }),
                   !Lexicon.fillers.contains(first), !isTimePhraseWord(first), !Self.calendarWords.contains(first) {
                    return (lemma, phrase)
                }
                return nil
            }
            v -= 1
        }
        return nil
    }

    /// Verbs that judge their object ("slammed the ruling as ..."), beyond the object-frame cues.
    /// Nouns for what someone claimed: describing one "as absurd" rejects it.
    static let claimNouns: Set<String> = ["idea", "claim", "claims", "report", "reports", "allegation", "allegations", "accusation",
                                          "accusations", "suggestion", "suggestions", "notion", "charge", "charges", "rumor", "rumors",
                                          "rumour", "rumours", "story", "stories", "assertion", "assertions", "theory", "theories",
                                          "speculation", "article", "articles", "reporting", "account", "accounts"]
    /// Judgements that reject a claim as untrue or not to be taken seriously.
    static let dismissiveWords: Set<String> = ["absurd", "ridiculous", "false", "nonsense", "baseless", "untrue", "laughable",
                                               "preposterous", "fake", "lie", "lies", "incorrect", "inaccurate", "unfounded",
                                               "fabricated", "fiction", "fantasy", "groundless", "bogus", "misleading", "wrong",
                                               "stupid", "silly", "rubbish", "garbage", "hogwash", "nonsensical"]

    /// "described the idea that P as “certainly absurd”": a quoted judgement that rejects a claim
    /// named as the verb's object is a denial, though no word of denying is used.
    func dismissesAClaim(_ sentence: Sentence, quoteUnit u: Int) -> Bool {
        guard let q = isQuote(sentence, u) else { return false }
        let judged = quotes[q].pieces.map(text).joined(separator: " ").lowercased()
            .split(whereSeparator: { !$0.isLetter }).map(String.init)
        // "not at all ridiculous" defends the claim.
        guard judged.count <= 6, judged.contains(where: { Self.dismissiveWords.contains($0) }),
              !judged.contains(where: { ["not", "hardly", "never", "no"].contains($0) }) else { return false }
        func characterizes(_ k: Int) -> Bool {
            guard let w = lowerAt(sentence, k) else { return false }
            return Self.characterizingVerbs[w] != nil || Lexicon.cues[w]?.frame == .object
        }
        var v = u - 1
        while v >= 1, u - v <= 30, lowerAt(sentence, v) != "." {
            // "dismissed them as “fantasy arithmetic”": a verb of denying says the object is a claim.
            if let w = lowerAt(sentence, v), Lexicon.cues[w]?.denies == true { return true }
            if let w = lowerAt(sentence, v), Self.claimNouns.contains(w),
               characterizes(v - 1) || SpeakerParser.determiners.contains(lowerAt(sentence, v - 1) ?? "") && characterizes(v - 2) { return true }
            v -= 1
        }
        return false
    }

    /// A quoted judgement: "called the speculation “stupid”", and two quoted words joined by "and"
    /// or "or" ("“stupid” and “ridiculous”") as one. Whether it dismisses a claim, and the unit of
    /// its last quotation. Marks the second quotation used.
    mutating func quotedJudgement(_ sentence: Sentence, quoteUnit u: Int) -> (pieces: [Range<Int>], dismissesAClaim: Bool, lastUnit: Int) {
        guard let q = isQuote(sentence, u) else { return ([], false, u) }
        var pieces = quotes[q].pieces
        var dismisses = dismissesAClaim(sentence, quoteUnit: u)
        guard ["and", "or"].contains(lowerAt(sentence, u + 1) ?? ""), let q2 = isQuote(sentence, u + 2), !usedQuotes.contains(q2) else {
            return (pieces, dismisses, u)
        }
        pieces += quotes[q2].pieces
        dismisses = dismisses || dismissesAClaim(sentence, quoteUnit: u + 2)
        usedQuotes.insert(q2)
        return (pieces, dismisses, u + 2)
    }

    static let characterizingVerbs: [String: String] = [
        "slammed": "slammed", "slams": "slammed", "blasted": "blasted", "blasts": "blasted", "branded": "branded",
        "brands": "branded", "labeled": "labeled", "labelled": "labeled", "labels": "labeled", "dubbed": "dubbed",
        "dubs": "dubbed", "characterized": "characterized", "characterised": "characterized", "characterizes": "characterized",
        "termed": "termed", "terms": "termed", "hailed": "hailed", "hails": "hailed", "decried": "decried",
        "derided": "derided", "condemned": "condemned", "condemns": "condemned", "touted": "touted", "portrayed": "portrayed",
    ]

    /// Verbs that name their object with a quoted second object, without "as".
    static let namingVerbs: Set<String> = ["called", "dubbed", "branded", "labeled", "termed"]

    /// Verbs that judge or name their object with an unquoted complement, after "as" or as a
    /// second object: "hailed the results as proof of ...", "framing this as a precondition",
    /// "called it a sad situation", "labeled Venezuela a dictatorship". Quoted complements are
    /// `characterizedAs`'s; "described X as Y" and "called X Y" with a cue's frame are also read
    /// by `cueThenClause`, and the first reading stands.
    static let complementVerbs: [String: String] = characterizingVerbs.merging(
        ["called": "called", "calls": "called", "calling": "called", "framing": "framed", "framed": "framed",
         "frames": "framed", "labeling": "labeled", "branding": "branded", "hailing": "hailed"]) { first, _ in first }
    /// Objects that a complement's text leaves out: "called it a sad situation" says "a sad situation".
    static let objectPronouns: Set<String> = ["it", "them", "him", "her", "this", "that", "these", "those", "us", "me"]
    /// Second objects of "called" that make an idiom, not a judgement: "called it a day", "called it quits".
    static let callIdioms: Set<String> = ["quits", "day", "night", "off", "up", "back", "out", "in", "for", "on", "into", "to", "a", "an", "the"]

    /// "Maduro hailed the results as proof of his commitment", "Burbules says ..., calling it a sad
    /// situation", "Trump labeled Venezuela a dictatorship": the complement is what the speaker
    /// said of the object. Without "as" only naming verbs take a second object, and it must open
    /// with "a"/"an" or follow a pronoun; a named object stays in the text ("Venezuela a
    /// dictatorship"), a pronoun does not. A participle after a comma is the sentence subject's.
    mutating func namingComplement(_ sentence: Sentence) {
        let count = sentence.units.count
        for v in upTo(start(of: sentence), count) {
            guard let w = lowerAt(sentence, v), let lemma = Self.complementVerbs[w], isWordToken(sentence, v), !isCapitalizedWord(sentence, v) else { continue }
            let phrase: SpeakerPhrase?
            if w.hasSuffix("ing") {
                guard lowerAt(sentence, v - 1) == "," else { continue }
                phrase = firstVerbSubject(sentence, before: v - 1)
            } else {
                phrase = subjectBefore(sentence, end: v)?.phrase
            }
            guard let phrase, phrase.kind != .anonymous || phrase.head != nil, let first = lowerAt(sentence, v + 1), isWordToken(sentence, v + 1) else { continue }
            // The object: a pronoun, a name, or a determiner and its noun.
            var o = v + 1
            let pronounObject = Self.objectPronouns.contains(first)
            if pronounObject {
                o += 1
            } else if isCapitalizedWord(sentence, o) {
                while o < v + 5, isCapitalizedWord(sentence, o) { o += 1 }
            } else if SpeakerParser.determiners.contains(first), !["a", "an"].contains(first) {
                o += 1
                while o < v + 6, isWordToken(sentence, o), !isCapitalizedWord(sentence, o), let x = lowerAt(sentence, o),
                      !["a", "an", "as", "not"].contains(x), !SpeakerParser.functionWords.contains(x) { o += 1 }
            } else { continue }
            var s = o
            if lowerAt(sentence, s) == "not", lowerAt(sentence, s + 1) == "only" { s += 2 }
            let viaAs = lowerAt(sentence, s) == "as"
            if viaAs {
                s += 1
            } else {
                guard s == o, Self.namingVerbs.contains(lemma) || lemma == "called", let next = lowerAt(sentence, s), isWordToken(sentence, s),
                      !Self.callIdioms.contains(next) || ["a", "an"].contains(next) && !Self.callIdioms.contains(lowerAt(sentence, s + 1) ?? "a"),
                      ["a", "an"].contains(next) || pronounObject && !SpeakerParser.functionWords.contains(next) && !isCapitalizedWord(sentence, s) else { continue }
            }
            // To the end of the clause: a comma (but ", but as Q" goes on), or "and" before a second verb.
            var end = s
            while end < count, let x = lowerAt(sentence, end), ![".", ";", ":", "!", "?"].contains(x) {
                if x == ",", !(lowerAt(sentence, end + 1) == "but" && lowerAt(sentence, end + 2) == "as") { break }
                // ("and cut the subsidy": a word and then a determiner is a verb and its object.)
                if ["and", "while", "but"].contains(x), let y = lowerAt(sentence, end + 1), y.hasSuffix("ed") || y.hasSuffix("ing") || Self.finiteVerbs.contains(y)
                    || !isCapitalizedWord(sentence, end + 1) && SpeakerParser.determiners.contains(lowerAt(sentence, end + 2) ?? "") { break }
                end += 1
            }
            let from = viaAs || pronounObject ? s : v + 1
            // A quoted complement ("slammed the decision as a “betrayal”") is `characterizedAs`'s.
            guard end - s >= 1, !upTo(s, end + 1).contains(where: { isQuote(sentence, $0) != nil }), let range = span(sentence, from..<end) else { continue }
            record(kind: .indirect, pieces: [range], cue: lemma, denies: false, phrase: phrase, rule: viaAs ? "judges-object-as" : "names-object", sentence: sentence)
        }
    }

    /// "Trump labeled Venezuela a dictatorship and increased sanctions while warning that more
    /// could come": a participle of saying after "while" is the sentence subject's statement.
    mutating func whileSaying(_ sentence: Sentence) {
        for k in upTo(start(of: sentence) + 2, sentence.units.count) where lowerAt(sentence, k) == "while" {
            guard participleOfSaying(sentence, after: k) != nil, let phrase = firstVerbSubject(sentence, before: k) else { continue }
            continueWithParticiple(sentence, from: k, phrase: phrase)
        }
    }

    /// The subject of the sentence's first verb before unit `limit`: who a participle late in
    /// the sentence speaks for ("Sand said drivers were worried, calling it ...": Sand).
    /// `participleSubject` reads the longest opening noun phrase instead, which takes in "said
    /// drivers" here; it stays as it is because its callers also read conditionals ("if Putin is
    /// misleading the world in accusing ...") that this reading would attribute.
    func firstVerbSubject(_ sentence: Sentence, before limit: Int) -> SpeakerPhrase? {
        let opening = start(of: sentence)
        guard let verb = upTo(opening + 1, limit).first(where: { v in
                  guard let w = lowerAt(sentence, v), isWordToken(sentence, v), !isCapitalizedWord(sentence, v) else { return false }
                  return Self.finiteVerbs.contains(w) || cue(sentence, at: v) != nil || w.hasSuffix("ed") && w.count > 4 }),
              let subject = subjectBefore(sentence, end: verb), subject.phrase.kind != .anonymous || subject.phrase.head != nil else { return nil }
        return subject.phrase
    }

    /// Verbs that issue a document, beyond `releaseVerbs` ("filed papers in court saying P").
    static let issuingVerbs: Set<String> = ["issues", "releases", "put", "filed", "submitted"]

    /// Nouns of a written statement that a participle of saying may follow: "issued a statement
    /// denying that P", "sent a letter saying P".
    static let issuedStatementNouns: Set<String> = ["statement", "statements", "release", "letter", "note", "message", "memo",
                                                    "notice", "communique", "communiqué", "email", "e-mail", "post", "tweet", "video",
                                                    "documents", "papers", "complaint", "lawsuit", "motion", "affidavit", "petition", "filing"]

    /// The statement noun of "issued an official statement", "released a brief letter" when the
    /// verb at `v` issues one: within five lowercase words after it.
    func issuedStatementNoun(_ sentence: Sentence, after v: Int) -> Int? {
        guard let w = lowerAt(sentence, v), Self.releaseVerbs.contains(w) || Self.issuingVerbs.contains(w),
              let noun = upTo(v + 1, min(sentence.units.count, v + 6)).first(where: { Self.issuedStatementNouns.contains(lowerAt(sentence, $0) ?? "") }),
              upTo(v + 1, noun).allSatisfy({ isWordToken(sentence, $0) && !isCapitalizedWord(sentence, $0) }) else { return nil }
        return noun
    }

    /// "The company issued an official statement denying that any talks had occurred", "the
    /// school released a statement saying P": whoever issued the statement says what its
    /// participle says. The participle is the cue; a denying one denies.
    mutating func issuedStatementParticiple(_ sentence: Sentence) {
        let count = sentence.units.count
        for v in upTo(start(of: sentence) + 1, count) {
            // "filed documents in court saying P": where it was filed may come between.
            guard let noun = issuedStatementNoun(sentence, after: v),
                  let at = upTo(noun + 1, min(sentence.units.count, noun + 5)).first(where: { lowerAt(sentence, $0)?.hasSuffix("ing") == true }),
                  at == noun + 1 || ["in", "with", "on", "to"].contains(lowerAt(sentence, noun + 1) ?? "")
                    && upTo(noun + 1, at).allSatisfy({ isWordToken(sentence, $0) && Lexicon.cues[lowerAt(sentence, $0) ?? ""] == nil }),
                  let participle = lowerAt(sentence, at), let cue = Lexicon.cues[participle],
                  cue.frame != .object || cue.denies,
                  let subject = subjectBefore(sentence, end: v), subject.phrase.kind != .anonymous || subject.phrase.head != nil else { continue }
            var s = at + 1
            if lowerAt(sentence, s) == "that" { s += 1 }
            let end = clauseEnd(sentence, from: s)
            if let q = isQuote(sentence, s), s + 2 >= end {
                guard !usedQuotes.contains(q) else { continue }
                record(kind: .direct, pieces: quotes[q].pieces, cue: cue.lemma, denies: cue.denies, phrase: subject.phrase, rule: "issued-statement", sentence: sentence)
                usedQuotes.insert(q)
                continue
            }
            guard end - s >= 3, let range = span(sentence, s..<end) else { continue }
            record(kind: .indirect, pieces: [range], cue: cue.lemma, denies: cue.denies, phrase: subject.phrase, rule: "issued-statement", sentence: sentence)
        }
    }

    /// "The Daily Telegraph reported unnamed faction leaders warning P", "the New York Times cited
    /// unnamed people with knowledge of the talks, saying P": an outlet (or anyone) that reports
    /// or cites people and then what they say relays their statement; the people are its source.
    /// Records and returns true when the sentence is such a report.
    mutating func citedSourceParticiple(_ sentence: Sentence) -> Bool {
        let count = sentence.units.count
        for v in upTo(start(of: sentence) + 1, count) {
            guard let w = lowerAt(sentence, v), ["reported", "cited", "quoted"].contains(w), isWordToken(sentence, v),
                  let reporter = subjectBefore(sentence, end: v), reporter.phrase.kind != .pronoun else { continue }
            // The people reported, then a participle of saying.
            guard let p = upTo(v + 2, min(count, v + 14)).first(where: { k in
                      guard let x = lowerAt(sentence, k), x.hasSuffix("ing"), let cue = Lexicon.cues[x] else { return false }
                      return cue.frame != .object || cue.denies }),
                  let cue = Lexicon.cues[lowerAt(sentence, p) ?? ""] else { continue }
            // "cited defense officials as saying P": "as" closes the people cited.
            let objectEnd = lowerAt(sentence, p - 1) == "," || lowerAt(sentence, p - 1) == "as" ? p - 1 : p
            let list = tokenIndices(sentence, (v + 1)..<objectEnd)
            guard let a = list.first, let b = list.last, list.count == objectEnd - v - 1, !tokens[a...b].contains(where: { $0.lower == "," || $0.lower == "that" }),
                  let cited = SpeakerParser.parse(tokens, a..<(b + 1), text: textOf),
                  cited.kind == .anonymous && cited.head != nil || cited.kind == .person && cited.name != nil else { continue }
            var s = p + 1
            if lowerAt(sentence, s) == "that" { s += 1 }
            let end = clauseEnd(sentence, from: s)
            guard end - s >= 3, let range = span(sentence, s..<end) else { continue }
            let relay = [reporter.phrase.isOutlet ? relayName(reporter.phrase) : relayerName(reporter.phrase)]
            record(kind: .indirect, pieces: [range], cue: cue.lemma, denies: cue.denies, phrase: cited, rule: "reported-source-participle", relay: relay, sentence: sentence)
            return true
        }
        return false
    }

    /// Things that carry written words ("a sign reading:", "the banner said:"): a quotation after
    /// them is the display's text.
    static let displayNouns: Set<String> = ["sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters",
                                            "shirt", "shirts", "t-shirt", "t-shirts", "headline", "caption", "slogan", "inscription",
                                            "plaque", "graffiti", "note", "letter", "message", "text", "tattoo", "label"]

    /// "“Q,” the tall, soft-spoken clerk says": units `from..<to` open the speaker with a
    /// determiner and adjectives split by a comma, which end the speaker phrase read backwards.
    func adjectivesOpen(_ sentence: Sentence, _ from: Int, _ to: Int) -> Bool {
        guard to > from, to - from <= 5, let first = lowerAt(sentence, from), SpeakerParser.determiners.contains(first) else { return false }
        return upTo(from + 1, to).allSatisfy { i in
            guard case .token(let t) = sentence.units[i] else { return false }
            return tokens[t].lower == "," || tokens[t].kind == .word && !tokens[t].capitalized && Lexicon.cues[tokens[t].lower] == nil
        }
    }

    /// Words that open the writer's setting of a statement after it: "when asked", "as he left".
    static let settingOpeners: Set<String> = ["when", "as", "after", "before", "while", "during", "in", "at", "on", "speaking"]

    /// Verbs that are cues only between a quotation and the sentence's end: "continued" and "read"
    /// elsewhere are no speech ("continued to work", "read the report").
    static let afterQuoteCues: [String: String] = ["continued": "continued", "continues": "continued", "read": "read", "reads": "read"]

    /// "called the report “very worrying,” saying P", "called Day “elite” and said P": after a
    /// quoted judgement, the one judging goes on speaking.
    mutating func continueAfterJudgement(_ sentence: Sentence, quoteUnit u: Int, phrase: SpeakerPhrase) {
        continueWithParticiple(sentence, from: u, phrase: phrase)
        secondStatement(sentence, after: u + 1, phrase: phrase)
    }

    /// SPEAKER CUE: “Q” / SPEAKER CUE “Q” / SPEAKER CUE that “Q” / which he described as “Q”.
    func cueThenQuote(_ sentence: Sentence, quoteUnit u: Int, wordCount: Int) -> (cue: Lexicon.Cue, phrase: SpeakerPhrase, rule: String, relay: [String], outer: SpeakerPhrase?)? {
        // "went on to say that “Q1” and that “Q2”": a second quotation joined to the first by
        // "and that" has the first one's frame.
        if u >= 3, lowerAt(sentence, u - 1) == "that", ["and", "but"].contains(lowerAt(sentence, u - 2) ?? ""), let first = isQuote(sentence, u - 3) {
            return cueThenQuote(sentence, quoteUnit: u - 3, wordCount: self.wordCount(of: first))
        }
        // Find the nearest cue before the quote, with no other quote in between.
        var c = u - 1
        while c >= 0 && u - c <= 14 {
            if isQuote(sentence, c) != nil { return nil }
            // "he shouted: “Run!”", "as she pleaded “Help me”", "Marchers chant: “Q”": a verb that
            // frames quotations only, right before the quotation (a colon or comma between).
            if u - c <= 2, let w = lowerAt(sentence, c), let lemma = Lexicon.quoteFrameVerbs[w],
               c + 1 == u || [":", ","].contains(lowerAt(sentence, c + 1) ?? ""), !isCapitalizedWord(sentence, c) || c == start(of: sentence),
               // ("The protesters burned tyres and chanted “Ruto must go!”": the sentence's subject.)
               let subject = subjectBefore(sentence, end: c)?.phrase ?? (lowerAt(sentence, c - 1) == "and" ? sentenceSubject(sentence) : nil) {
                return (Lexicon.Cue(lemma: lemma, frame: .clause, denies: false), subject, "speaker-cue-quote", [], nil)
            }
            if let (cue, length) = cue(sentence, at: c) {
                guard let subject = subjectBefore(sentence, end: c) else { return nil }
                // "P1, Ignatius writes, is now Biden’s “letter”": after the comma the interrupted
                // statement resumes; the quote is not the cue's own content.
                if lowerAt(sentence, c + length) == ",", c + length + 1 < u { return nil }
                // The quote must be the content, not a fragment inside a longer clause.
                let between = tokenIndices(sentence, (c + 1)..<u).filter { tokens[$0].kind == .word }.count
                // Later quoted fragments of the same clause count as its other words: "noted that
                // X “would Q” with Y, as Z “could R”" is a partly quoted clause, not a quotation.
                var clauseStop = clauseEnd(sentence, from: u + 1)
                if let nextCue = upTo(u + 1, clauseStop).first(where: { self.cue(sentence, at: $0) != nil }) { clauseStop = nextCue }
                // "said, “No comment on that,” when asked whether ...": a quotation closing on its
                // comma before a clause of time or manner is the whole statement; the rest is the
                // writer's setting.
                let setting = between == 0 && endsWithComma(sentence, u) && Self.settingOpeners.contains(lowerAt(sentence, u + 1) ?? "")
                // ("that “Q1” and that “Q2”": the second quotation, joined to the first, is no
                // other words around it.)
                // ("needed to “Q1” and that “Q2”" is a partly quoted clause all the same.)
                let joined = between <= 1 && ["and", "but"].contains(lowerAt(sentence, u + 1) ?? "") && lowerAt(sentence, u + 2) == "that" && isQuote(sentence, u + 3) != nil
                let afterStart = joined ? u + 4 : u + 1
                let after = setting ? 0 : tokenIndices(sentence, afterStart..<sentence.units.count).filter { tokens[$0].kind == .word }.count
                    + upTo(afterStart, clauseStop).compactMap { isQuote(sentence, $0) }.reduce(0) { $0 + self.wordCount(of: $1) }
                let quoteShare = Double(wordCount) / Double(max(1, wordCount + between + after))
                let quoteRelay: [String]
                if cue.lemma == "told", let object = outletAt(sentence, c + 1) { quoteRelay = [object.name] } else { quoteRelay = [] }
                // "denied “any wrongdoing” in the case" is the quoted object; "denies making “any
                // advances” towards a journalist" is a partly quoted clause.
                let afterInClause = tokenIndices(sentence, (u + 1)..<clauseStop).filter { tokens[$0].kind == .word }.count
                if quoteShare >= 0.5 || (cue.frame == .object && (between == 0 || between <= 2 && afterInClause <= 2)) {
                    return (cue, subject.phrase, "speaker-cue-quote", quoteRelay, reporterOfQuote(sentence, subjectStart: subject.start))
                }
                return nil
            }
            c -= 1
        }
        return nil
    }

    /// "Russia’s R-Sport news agency", "the Interfax news agency": a phrase ending in a kind of
    /// medium names the outlet by the capitalized words before it that are no place.
    func mediumNamed(_ sentence: Sentence, _ range: Range<Int>) -> String? {
        let words = tokenIndices(sentence, range)
        guard words.count <= 6, let last = words.last, Lexicon.mediaHeads.contains(tokens[last].lower) else { return nil }
        let name = words.filter { tokens[$0].capitalized && !tokens[$0].lower.hasSuffix("’s") && !tokens[$0].lower.hasSuffix("'s")
            && !SpeakerParser.demonyms.contains(tokens[$0].lower) && tokens[$0].lower != "the" }
        guard let a = name.first, let b = name.last, b - a == name.count - 1 else { return nil }
        return textOf(tokens[a].start..<tokens[b].end)
    }

    /// "Cuomo would only repeat that Christie said “Q”": who reports the quotation's speaker
    /// saying it, and so relays it.
    func reporterOfQuote(_ sentence: Sentence, subjectStart: Int) -> SpeakerPhrase? {
        guard subjectStart >= 3, lowerAt(sentence, subjectStart - 1) == "that", let (cue, _) = cue(sentence, at: subjectStart - 2),
              cue.frame != .object, !(lowerAt(sentence, subjectStart - 2) ?? "").hasSuffix("ing"), let outer = subjectBefore(sentence, end: subjectStart - 2) else { return nil }
        return outer.phrase
    }

    /// A sentence ending "SPEAKER said:" or "SPEAKER described what happened:" introduces the
    /// quotation that follows. The cue is the nearest one before the colon, with no quotation
    /// between; an opening phrase naming an outlet ("In an interview with the BBC, she said:")
    /// relays what follows.
    func colonLeadIn(_ sentence: Sentence) -> ColonLead? {
        let count = sentence.units.count
        guard count >= 3, lowerAt(sentence, count - 1) == ":" else { return nil }
        var c = count - 2
        // "She turned to the crowd and asked:": a verb that frames quotations only, close to the colon.
        while c > 0, count - c <= Self.colonLeadReach, cue(sentence, at: c) == nil,
              !(count - c <= 4 && Lexicon.quoteFrameVerbs[lowerAt(sentence, c) ?? ""] != nil) {
            guard isQuote(sentence, c) == nil, let w = lowerAt(sentence, c), ![".", ";", "?", "!", "—", "–"].contains(w) else { return nil }
            c -= 1
        }
        guard let lemma = cue(sentence, at: c)?.cue.lemma ?? Lexicon.quoteFrameVerbs[lowerAt(sentence, c) ?? ""],
              let subject = subjectBefore(sentence, end: c) else { return nil }
        return ColonLead(speaker: subject.phrase, cue: lemma, paragraph: sentence.paragraph, relay: openingOutlet(sentence).map { [$0] } ?? [])
    }

    /// How far before a lead-in's colon its cue may stand ("summarized the surge in violations in
    /// the final days before the vote:").
    static let colonLeadReach = 16

    /// An outlet named at unit `index` ("Reuters", "The New York Times"), with where it ends.
    func outletAt(_ sentence: Sentence, _ index: Int) -> (name: String, end: Int)? {
        var end = index
        while end < sentence.units.count, let w = lowerAt(sentence, end), case .token(let t) = sentence.units[end],
              tokens[t].capitalized || (end == index && w == "the") || (w == "!" && end > index && !tokens[t].spaceBefore && isCapitalizedWord(sentence, end + 1)) { end += 1 }
        guard end > index else { return unnamedMedia(sentence, index) }
        for stop in stride(from: end, to: index, by: -1) {
            guard let range = span(sentence, index..<stop) else { continue }
            let candidate = text(range)
            if Lexicon.isKnownOutlet(candidate) || candidate == articleOutlet {
                if stop == end, let longer = outletNameGoingOn(sentence, from: index, stop: stop) { return longer }
                return (Lexicon.canonicalOutlet(candidate), stop)
            }
        }
        // "told the Bergen Tidende": a name with "the" after "told" that is no body, role or
        // person ("told the Senate", "told the Pope") is a newspaper the lexicon does not know;
        // a masthead word ("told the Ledger") says so outright.
        if lowerAt(sentence, index - 1) == "told", lowerAt(sentence, index) == "the", end > index + 1,
           let run = tokenRange(sentence, (index + 1)..<end),
           !tokens[run].contains(where: { Lexicon.organizationWords.contains($0.lower) && !Lexicon.mastheadWords.contains($0.lower) || SpeakerParser.isDemonymOrRole($0) }),
           let range = span(sentence, (index + 1)..<end) {
            return outletNameGoingOn(sentence, from: index + 1, stop: end) ?? (text(range), end)
        }
        return outletDescription(sentence, index) ?? unnamedMedia(sentence, index)
    }

    /// "told ABC radio", "told the ABP network", "Bild am Sonntag": the outlet's kind of medium, or
    /// the rest of its name after a particle, goes with the capitalized words before `stop`.
    func outletNameGoingOn(_ sentence: Sentence, from index: Int, stop: Int) -> (name: String, end: Int)? {
        guard let w = lowerAt(sentence, stop), isWordToken(sentence, stop), !isCapitalizedWord(sentence, stop) else { return nil }
        if ["radio", "television", "tv", "network", "newspaper", "channel", "website", "agency", "magazine"].contains(w),
           let longer = span(sentence, index..<(stop + 1)) {
            return (text(longer), stop + 1)
        }
        if SpeakerParser.nameParticles.contains(w), isCapitalizedWord(sentence, stop + 1) {
            var tail = stop + 1
            while isCapitalizedWord(sentence, tail) { tail += 1 }
            if let longer = span(sentence, index..<tail) { return (text(longer), tail) }
        }
        return nil
    }

    /// "state radio", "Russian state television", "local media": unnamed media, named by their
    /// description, which relays what was told to them.
    func unnamedMedia(_ sentence: Sentence, _ index: Int) -> (name: String, end: Int)? {
        var k = index
        var modifiers = 0
        while k < min(sentence.units.count, index + 4), case .token(let t) = sentence.units[k], tokens[t].kind == .word {
            let w = tokens[t].lower
            if Lexicon.mediaHeads.contains(w), modifiers > 0, !tokens[t].capitalized, let range = span(sentence, index..<(k + 1)) {
                // "Indonesian newspaper Kompas": the name after the description is the outlet.
                var end = k + 1
                while end < min(sentence.units.count, k + 6), case .token(let n) = sentence.units[end], tokens[n].kind == .word, tokens[n].capitalized { end += 1 }
                if end > k + 1, let name = span(sentence, (k + 1)..<end) { return (text(name), end) }
                return (text(range), k + 1)
            }
            guard Lexicon.mediaModifiers.contains(w) || tokens[t].capitalized && SpeakerParser.demonyms.contains(w) else { return nil }
            modifiers += 1
            k += 1
        }
        return nil
    }

    /// "the British news agency", "the newspaper": an outlet named earlier, described again.
    func outletDescription(_ sentence: Sentence, _ index: Int) -> (name: String, end: Int)? {
        // ("“Q1,” he told the ABP network. “Q2,” he told the channel": an outlet the lexicon does not
        // know, told before, is the one described again.)
        guard lowerAt(sentence, index) == "the",
              let outlet = lastOutletMention() ?? report?.outlet ?? result.attributions.last(where: { !$0.relayedBy.isEmpty })?.relayedBy.last else { return nil }
        var k = index + 1
        while k < min(sentence.units.count, index + 5), let w = lowerAt(sentence, k) {
            if Lexicon.outletNouns.contains(w) {
                // "the newspaper Kystposten": the name that follows is the outlet.
                var end = k + 1
                while end < min(sentence.units.count, k + 6), case .token(let t) = sentence.units[end], tokens[t].kind == .word, tokens[t].capitalized { end += 1 }
                if end > k + 1, let range = span(sentence, (k + 1)..<end) { return (text(range), end) }
                return (outlet, k + 1)
            }
            k += 1
        }
        return nil
    }

    /// How a relaying outlet is named: "the news organization" or "the newspaper" described again is
    /// the outlet named before it ("CNBC reported ... The news organization, citing a source, reported").
    func relayName(_ phrase: SpeakerPhrase) -> String {
        var name = phrase.name ?? phrase.mention
        // "the Gazette" after "the Harbor Gazette": the outlet by its full name.
        if let short = shortOutletName(name), let full = outletNamed(endingWith: short) { name = full }
        let words = name.lowercased().split(separator: " ")
        if let head = words.last, Lexicon.outletNouns.contains(String(head)) || head == "organization" && words.contains("news"),
           words.count <= 4, !name.unicodeScalars.dropFirst().contains(where: { $0.properties.isUppercase }),
           let outlet = lastOutletMention() ?? report?.outlet {
            return outlet
        }
        return name
    }

    /// The last known outlet named in the article before the current sentence.
    func lastOutletMention() -> String? {
        outletMentions.last { $0.position < currentPosition }?.name
    }

    // MARK: Indirect speech

    mutating func processIndirect(_ sentence: Sentence) {
        let count = sentence.units.count
        if quotedAsSaying(sentence) || activeQuotedAsSaying(sentence) || saidToHave(sentence) || asSpeakerSays(sentence) || inOwnersView(sentence) { return }
        // A sentence-final frame ("P, three people said.") governs the whole sentence: cues inside
        // P are part of what the speaker said, not statements of their own.
        for c in stride(from: count - 1, through: 2, by: -1) {
            guard count - c <= 24, let (cue, length) = cue(sentence, at: c), cue.frame != .object,
                  !isInsideUsedQuoteFrame(sentence, cueUnit: c) else { continue }
            if clauseThenCue(sentence, cueUnit: c, cue: cue, length: length) { return }
        }
        var c = 0
        while c < count {
            // "According to X, P" and "P, according to X."
            if lowerAt(sentence, c) == "according", lowerAt(sentence, c + 1) == "to" {
                if accordingTo(sentence, at: c) { return }
                c += 2
                continue
            }
            guard let (cue, length) = cue(sentence, at: c) else { c += 1; continue }
            if lowerAt(sentence, c) == "citing" || lowerAt(sentence, c) == "cited" { c += 1; continue }
            if isInsideUsedQuoteFrame(sentence, cueUnit: c) { c += length; continue }
            if passive(sentence, cueUnit: c, cue: cue) { return }
            if clauseThenCue(sentence, cueUnit: c, cue: cue, length: length) { return }
            if cueThenClause(sentence, cueUnit: c, cue: cue, length: length) {
                // "Zakhilwal, who denies any wrongdoing, said P": the relative clause's statement,
                // then the main clause's.
                guard let close = closeOfRelativeClause(sentence, cueUnit: c) else { return }
                c = close + 1
                continue
            }
            c += length
        }
    }

    /// The comma that closes a non-restrictive relative clause whose verb is the cue at `c`
    /// (", who has denied the allegations,"), when a main clause goes on after it.
    func closeOfRelativeClause(_ sentence: Sentence, cueUnit c: Int) -> Int? {
        var r = c - 1
        while r > 0, isFillerAt(sentence, r) { r -= 1 }
        guard ["who", "which"].contains(lowerAt(sentence, r) ?? ""), lowerAt(sentence, r - 1) == ",",
              let close = upTo(c + 1, sentence.units.count).first(where: { lowerAt(sentence, $0) == "," }),
              close + 2 < sentence.units.count else { return nil }
        return close
    }

    /// What follows ", Reuters reported, (and)": the outlet's own statement.
    mutating func reportContinuation(_ sentence: Sentence, _ reporter: (phrase: SpeakerPhrase, cue: Lexicon.Cue, end: Int)) {
        var t = reporter.end
        if lowerAt(sentence, t) == "," { t += 1 }
        if lowerAt(sentence, t) == "and" { t += 1 }
        guard t + 2 < sentence.units.count, let rest = span(sentence, t..<sentence.units.count) else { return }
        record(kind: .indirect, pieces: [rest], cue: reporter.cue.lemma, denies: reporter.cue.denies, phrase: reporter.phrase,
               rule: "report-continuation", sentence: sentence)
    }

    /// ", Reuters reported," in the middle of a sentence: an outlet's frame around what comes before.
    func reportFrame(_ sentence: Sentence, after comma: Int) -> (phrase: SpeakerPhrase, cue: Lexicon.Cue, end: Int)? {
        for c in upTo(comma + 2, min(sentence.units.count, comma + 7)) {
            guard let (cue, length) = cue(sentence, at: c) else { continue }
            guard ["reported", "said", "wrote", "added"].contains(cue.lemma), lowerAt(sentence, c + length) == ",",
                  let subject = subjectBefore(sentence, end: c, floor: comma + 1), subject.phrase.isOutlet else { return nil }
            return (subject.phrase, cue, c + length)
        }
        return nil
    }

    /// ", the Times reported." or ", reported Reuters." closing the sentence: the unit of the
    /// comma that opens the frame (or of the quotation it closes), and the outlet's name.
    func sentenceFinalReport(_ sentence: Sentence) -> (at: Int, outlet: String)? {
        let count = sentence.units.count
        for k in stride(from: count - 2, through: max(1, count - 10), by: -1) where endsWithComma(sentence, k) {
            let tailIsEnd = { (from: Int) in
                upTo(from, count).allSatisfy { [".", "!", "”", "\""].contains(self.lowerAt(sentence, $0) ?? "") || self.isTimePhraseWord(self.lowerAt(sentence, $0) ?? "") }
            }
            // ", reported Reuters."
            if ["reported", "reports"].contains(lowerAt(sentence, k + 1) ?? ""), let named = subjectAfter(sentence, start: k + 2),
               named.phrase.isOutlet || named.phrase.kind == .organization, tailIsEnd(named.end) {
                return (k, relayName(named.phrase))
            }
            // ", the Times reported."
            if let c = upTo(k + 2, min(count, k + 6)).first(where: { self.cue(sentence, at: $0) != nil }),
               let (cue, length) = cue(sentence, at: c), cue.lemma == "reported",
               let subject = subjectBefore(sentence, end: c, floor: k + 1), subject.start == k + 1,
               subject.phrase.isOutlet || subject.phrase.kind == .organization, tailIsEnd(c + length) {
                return (k, relayName(subject.phrase))
            }
            return nil
        }
        return nil
    }

    /// "..., with two sources saying P" / "with spokesman Dmitry Peskov telling the agency that “Q”".
    func withFrame(_ sentence: Sentence, at w: Int) -> (phrase: SpeakerPhrase, cue: Lexicon.Cue, contentStart: Int, relay: [String])? {
        guard lowerAt(sentence, w) == "with" else { return nil }
        for c in upTo(w + 2, min(sentence.units.count, w + 10)) {
            guard let word = lowerAt(sentence, c) else { return nil }
            // "with bus drivers, noting that P": the comma ends the phrase; the participle is another speaker's.
            if word == "," { return nil }
            guard word.hasSuffix("ing"), let cue = Lexicon.cues[word], cue.frame != .object else { continue }
            let list = tokenIndices(sentence, (w + 1)..<c)
            guard let first = list.first, let last = list.last, list.count == c - w - 1,
                  let phrase = SpeakerParser.parse(tokens, first..<(last + 1), text: textOf) else { return nil }
            var s = c + 1
            if let that = upTo(s, min(sentence.units.count, s + 8)).first(where: { lowerAt(sentence, $0) == "that" }) { s = that + 1 }
            // "telling the agency that": the outlet told relays the statement.
            let relay = cue.lemma == "told" ? outletAt(sentence, c + 1).map { [$0.name] } ?? [] : []
            return (phrase, cue, s, relay)
        }
        return nil
    }

    mutating func processWithFrames(_ sentence: Sentence) {
        for w in sentence.units.indices where lowerAt(sentence, w) == "with" {
            guard let frame = withFrame(sentence, at: w), frame.contentStart < sentence.units.count else { continue }
            let end = clauseEnd(sentence, from: frame.contentStart)
            if let q = isQuote(sentence, frame.contentStart), frame.contentStart + 2 >= end {
                if !usedQuotes.contains(q) {
                    record(kind: .direct, pieces: quotes[q].pieces, cue: frame.cue.lemma, denies: frame.cue.denies, phrase: frame.phrase, rule: "with-speaker-cue", relay: frame.relay, sentence: sentence)
                    usedQuotes.insert(q)
                }
            } else if let range = span(sentence, frame.contentStart..<end) {
                record(kind: .indirect, pieces: [range], cue: frame.cue.lemma, denies: frame.cue.denies, phrase: frame.phrase, rule: "with-speaker-cue", relay: frame.relay, sentence: sentence)
            }
        }
    }

    /// The noun phrase that opens a sentence and is its subject ("The third source — who was told
    /// ... — differed"): the longest prefix that reads as a speaker and is followed by a verb.
    func sentenceSubject(_ sentence: Sentence, from opening: Int = 0) -> SpeakerPhrase? {
        var start = opening
        if let w = lowerAt(sentence, start), ["but", "and", "meanwhile", "still"].contains(w) { start += 1 }
        // "Throughout the war, Moscow has ...", "However, the group raised alarm ...", "Then, last
        // week, Swift posted ...": skip opening adverbial phrases and sentence adverbs.
        // So does an opening participle ("Battling allegations of fraud, Strauss-Kahn resigned").
        while let w = lowerAt(sentence, start), SpeakerParser.functionWords.contains(w) || Self.openingAdverbs.contains(w) || isTimePhraseWord(w)
                || w.hasSuffix("ing") && w.count > 5 && Lexicon.cues[w] == nil,
              let comma = upTo(start, min(sentence.units.count, start + 12)).first(where: { lowerAt(sentence, $0) == "," }) {
            start = comma + 1
        }
        var best: SpeakerPhrase?
        // ("The Centers for Disease Control and Prevention now says": a body's name may run to
        // seven words and more.)
        for end in upTo(start + 1, min(sentence.units.count, start + 12)) {
            let list = tokenIndices(sentence, start..<end)
            guard list.count == end - start, let first = list.first, let last = list.last else { break }
            if [",", "—", "–", "(", ":", ";"].contains(tokens[last].lower) { break }
            // "Drury told the Valley Ledger ...": the subject ends at its verb of saying.
            if !tokens[last].capitalized, Lexicon.cues[tokens[last].lower] != nil { break }
            guard let next = lowerAt(sentence, end), next.first?.isLetter == true || next == "—" || next == "–",
                  !(next.first?.isUppercase ?? false) else { continue }
            if var phrase = SpeakerParser.parse(tokens, first..<(last + 1), text: textOf), phrase.kind != .pronoun || end - start == 1 {
                // Where the subject starts: "the United Auto Workers ..., but the UAW" looks back
                // from there for the name it abbreviates.
                phrase.start = tokens[first].start
                best = phrase
            }
        }
        return best
    }

    /// "The mayor of Surabaya, Tri Rismaharini, comforted relatives": a subject with an appositive
    /// that opens the sentence, closed by the comma before its verb (before unit `limit`).
    func appositiveSubject(_ sentence: Sentence, before limit: Int) -> SpeakerPhrase? {
        let opening = start(of: sentence)
        for v in upTo(opening + 3, min(limit, opening + 20)) where lowerAt(sentence, v - 1) == "," {
            guard let verb = lowerAt(sentence, v), verb.first?.isLowercase == true, !SpeakerParser.functionWords.contains(verb) else { continue }
            // A role, then the name in apposition: the name speaks, in that role.
            if let first = upTo(opening + 1, v - 2).first(where: { lowerAt(sentence, $0) == "," }),
               let roleTokens = tokenRange(sentence, opening..<first), let nameTokens = tokenRange(sentence, (first + 1)..<(v - 1)),
               SpeakerParser.determiners.contains(tokens[roleTokens.lowerBound].lower) || SpeakerParser.roleWords.contains(tokens[roleTokens.lowerBound].lower),
               var named = SpeakerParser.parse(tokens, nameTokens, text: textOf), named.kind == .person, named.name != nil {
                named.role = named.role ?? text(tokens[roleTokens.lowerBound].start..<tokens[roleTokens.upperBound - 1].end)
                return named
            }
            if let found = subjectBefore(sentence, end: v, floor: opening), found.start == opening { return found.phrase }
        }
        return nil
    }

    /// "The third source ... differed on the timing, saying that P" and "Moscow has positioned itself
    /// as open to talks, repeatedly blaming Western influence": a participle of saying whose
    /// speaker is the sentence's subject.
    mutating func processSubjectParticiple(_ sentence: Sentence) {
        // "the UAW cast doubt by hotly denying an agreement was imminent": "by" and a participle
        // of saying tell how the subject acted.
        for k in sentence.units.indices where lowerAt(sentence, k) == "," || lowerAt(sentence, k) == "by" {
            guard let participle = participleOfSaying(sentence, after: k, reasons: lowerAt(sentence, k) == ",") else { continue }
            // ("secure rights by agreeing to create a plaza": a promise to act, not a statement.)
            if lowerAt(sentence, k) == "by", lowerAt(sentence, participle.contentStart) == "to" { continue }
            let c = participle.at, cue = participle.cue
            guard let subject = participleSubject(sentence, before: k) else { return }
            // "saying: ‘Her behavior was ..." with no closing mark: where the words end is unknown.
            if let mark = upTo(c + 1, min(sentence.units.count, c + 3)).first(where: { u in
                if case .token(let t) = sentence.units[u] { return tokens[t].kind == .singleQuote || tokens[t].kind == .doubleQuote }
                return false
            }), upTo(c + 1, mark).allSatisfy({ [":", "that"].contains(lowerAt(sentence, $0) ?? "") }) { return }
            let s = participle.contentStart
            let end = clauseEnd(sentence, from: s)
            // "saying, “Q.”": the quotation alone is the subject's own words.
            if let q = isQuote(sentence, s), s + 2 >= end, !usedQuotes.contains(q) {
                record(kind: .direct, pieces: quotes[q].pieces, cue: cue.lemma, denies: cue.denies, phrase: subject, rule: "subject-participle", sentence: sentence)
                usedQuotes.insert(q)
                return
            }
            guard end - s >= 2, let range = span(sentence, s..<end) else { return }
            record(kind: .indirect, pieces: [range], cue: cue.lemma, denies: cue.denies, phrase: subject, rule: "subject-participle", sentence: sentence)
            // "responded by saying P, denying a report of Q": the next participle goes on.
            continueWithParticiple(sentence, from: end, phrase: subject)
            return
        }
        processBareSpeechActParticiple(sentence)
    }

    /// Whom a participle of saying before unit `limit` speaks for: "..., after Swift publicly
    /// scolded her label, accusing it of ...": the nearest clause's subject, which follows its
    /// subordinator; with no subordinator, the sentence's subject.
    func participleSubject(_ sentence: Sentence, before limit: Int) -> SpeakerPhrase? {
        // ("GM shares rose, but the union cast doubt by denying P": a clause after ", but" has its own subject.)
        let subordinate = upTo(0, limit).last(where: { ["after", "when", "while", "because", "since", "before", "as", "once", "until"].contains(lowerAt(sentence, $0) ?? "")
            || lowerAt(sentence, $0) == "but" && lowerAt(sentence, $0 - 1) == "," })
        // ("The operator, Vale Clinics Group, issued a statement, saying Q": a subject with its appositive.)
        return subordinate.flatMap({ sentenceSubject(sentence, from: $0 + 1) }) ?? sentenceSubject(sentence, from: start(of: sentence))
            ?? appositiveSubject(sentence, before: limit)
    }

    /// "Swift posted on Twitter accusing her label of ...", "after accusing them of ...": a
    /// speech-act participle with no comma before it also speaks for the sentence's subject.
    /// Only the participles that always report speech count here ("accusing", "blaming",
    /// "urging"); "saying" without a comma is as often a sign's or a letter's.
    mutating func processBareSpeechActParticiple(_ sentence: Sentence) {
        for c in upTo(start(of: sentence) + 2, sentence.units.count) {
            // "dumped $4 billion in stock after stating he had no plans to sell": after a
            // subordinator, any participle of saying is the main clause subject's.
            // "left the meeting telling reporters only that “Q”": "telling" with its "that" or quotation.
            guard let word = lowerAt(sentence, c), let before = lowerAt(sentence, c - 1),
                  Self.speechActParticiples.contains(word)
                    || word == "telling" && upTo(c + 1, min(sentence.units.count, c + 5)).contains(where: { lowerAt(sentence, $0) == "that" })
                    || ["after", "before", "since", "while", "when"].contains(before) && word.hasSuffix("ing") && Self.speechOnlyLemmas.contains(Lexicon.cues[word]?.lemma ?? "")
                    // ("after reporting a drop in deposits": results, not a statement.)
                    && (lowerAt(sentence, c + 1) == "that" || opensFiniteClause(sentence, at: c + 1)),
                  let cue = Lexicon.cues[word],
                  before != ",", !["of", "is", "was", "are", "were", "be", "been", "for"].contains(before),
                  !SpeakerParser.determiners.contains(before) else { continue }
            // "after accusing them": the subordinator belongs to the participle itself, so the
            // subject is the main clause's; otherwise the nearest clause's ("after Swift posted ...").
            guard let subject = participleSubject(sentence, before: c - 1), subject.kind != .anonymous || subject.head != nil else { return }
            var s = lowerAt(sentence, c + 1) == "that" ? c + 2 : c + 1
            if word == "telling", let that = upTo(c + 1, min(sentence.units.count, c + 5)).first(where: { lowerAt(sentence, $0) == "that" }) { s = that + 1 }
            let end = clauseEnd(sentence, from: s)
            if let q = isQuote(sentence, s), s + 2 >= end, !usedQuotes.contains(q) {
                record(kind: .direct, pieces: quotes[q].pieces, cue: cue.lemma, denies: cue.denies, phrase: subject, rule: "subject-bare-participle", sentence: sentence)
                usedQuotes.insert(q)
                return
            }
            guard end - s >= 3, let range = span(sentence, s..<end) else { return }
            record(kind: .indirect, pieces: [range], cue: cue.lemma, denies: cue.denies, phrase: subject, rule: "subject-bare-participle", sentence: sentence)
            return
        }
    }

    /// ", (adverb) saying that P" after the comma at `comma`: a participle of saying, and where what
    /// was said begins. Object verbs count only as speech acts whose object is what was said
    /// ("blaming the West for the delay", "urging voters to stay home", "calling for an inquiry");
    /// "calling it X" and "praising X" are not. With `reasons`, also "citing security concerns",
    /// the reason a subject gave for what it did; a cited speaker ("citing two officials") is a
    /// relay, read by the rules of reports.
    func participleOfSaying(_ sentence: Sentence, after comma: Int, reasons: Bool = false) -> (cue: Lexicon.Cue, at: Int, contentStart: Int)? {
        guard endsWithComma(sentence, comma) || ["while", "—", "–", "by"].contains(lowerAt(sentence, comma) ?? "") else { return nil }
        var c = comma + 1
        if let w = lowerAt(sentence, c), w.hasSuffix("ly"), Lexicon.cues[w] == nil { c += 1 }
        guard let word = lowerAt(sentence, c), word.hasSuffix("ing") else { return nil }
        if reasons, word == "citing", subjectAfter(sentence, start: c + 1) == nil {
            return (Lexicon.Cue(lemma: "citing", frame: .object, denies: false), c, c + 1)
        }
        guard let cue = Lexicon.cues[word] else { return nil }
        let callingFor = word == "calling" && ["for", "on"].contains(lowerAt(sentence, c + 1) ?? "")
        guard cue.frame != .object || cue.denies || Self.speechActParticiples.contains(word) || callingFor else { return nil }
        var s = afterParticipleAside(sentence, c + 1)
        if lowerAt(sentence, s) == "that" || callingFor && lowerAt(sentence, s) == "for" { s += 1 }
        // "adding, “The doors will never be closed.”": the mark after the participle opens the quotation.
        else if [",", ":"].contains(lowerAt(sentence, s) ?? ""), isQuote(sentence, s + 1) != nil { s += 1 }
        return (cue, c, s)
    }

    /// "saying, in part, “Q”", "saying in a statement: “Q”", "denying in an interview with the
    /// Ledger that P": an aside or the occasion between a participle of saying and its words.
    /// Returns where the words' frame goes on (at "that", or at the mark before the quotation),
    /// or where they start when nothing such stands there.
    func afterParticipleAside(_ sentence: Sentence, _ start: Int) -> Int {
        var s = start
        // "insisting instead that P", "saying again that P": an adverb first.
        while let w = lowerAt(sentence, s), ["instead", "again", "also"].contains(w) || isFillerAt(sentence, s) && w.hasSuffix("ly") { s += 1 }
        var k = s
        if lowerAt(sentence, k) == ",", lowerAt(sentence, k + 1) == "in", lowerAt(sentence, k + 2) == "part" {
            k += 3
        } else if isVenuePhrase(sentence, at: k) || isOccasionPhrase(sentence, at: k) {
            let stop = upTo(k + 1, min(sentence.units.count, k + 9)).first { u in
                isQuote(sentence, u) != nil || [",", ":", "that", "."].contains(lowerAt(sentence, u) ?? "")
            }
            guard let stop, upTo(k + 1, stop).allSatisfy({ isWordToken(sentence, $0) && cue(sentence, at: $0) == nil }) else { return s }
            k = stop
        } else {
            return s
        }
        if lowerAt(sentence, k) == "that" { return k }
        if [",", ":"].contains(lowerAt(sentence, k) ?? ""), isQuote(sentence, k + 1) != nil { return k }
        return isQuote(sentence, k) != nil ? k : s
    }

    /// Words that open a clause of its own after a quotation's frame (compared, not hashed).
    static func isFrameSubordinator(_ word: String) -> Bool {
        switch word { case "after", "before", "when", "because", "while": return true
        default: return false }
    }

    /// Whether the cue at `c` belongs to a direct quotation already recorded ("“Q,” he said").
    func isInsideUsedQuoteFrame(_ sentence: Sentence, cueUnit c: Int) -> Bool {
        // "called it “stupid” and added that P": a second predicate with a clause of its own.
        if lowerAt(sentence, c - 1) == "and", lowerAt(sentence, c + 1) == "that" { return false }
        var k = c - 1
        while k >= 0 && c - k <= 12 {
            if let q = isQuote(sentence, k) { return usedQuotes.contains(q) }
            if lowerAt(sentence, k) == "." { return false }
            // "“Q,” the newspaper said, after Publicis denied the talks": a clause of its own,
            // with its own subject, after the quotation's frame.
            if let w = lowerAt(sentence, k), w == "," || Self.isFrameSubordinator(w),
               Self.isFrameSubordinator(w) || Self.isFrameSubordinator(lowerAt(sentence, k + 1) ?? ""),
               let subject = subjectBefore(sentence, end: c, floor: k + 1), subject.start > k, subject.phrase.kind != .pronoun || subject.start == c - 1,
               upTo(k + 1, subject.start).allSatisfy({ Self.isFrameSubordinator(lowerAt(sentence, $0) ?? "") }) {
                return false
            }
            k -= 1
        }
        k = c + 1
        while k < sentence.units.count && k - c <= 3 {
            if let q = isQuote(sentence, k) { return usedQuotes.contains(q) }
            k += 1
        }
        return false
    }

    /// "Ilse Brandt is said to have argued that P": a statement reported without its reporter.
    mutating func saidToHave(_ sentence: Sentence) -> Bool {
        guard let said = sentence.units.indices.first(where: { lowerAt(sentence, $0) == "said" && lowerAt(sentence, $0 + 1) == "to" && lowerAt(sentence, $0 + 2) == "have" }),
              said >= 2, let aux = lowerAt(sentence, said - 1), ["is", "was", "are", "were"].contains(aux),
              let word = lowerAt(sentence, said + 3), let cue = Lexicon.cues[word], cue.frame != .object,
              let subject = subjectBefore(sentence, end: said - 1) else { return false }
        var s = said + 4
        if let that = upTo(s, min(sentence.units.count, s + 10)).first(where: { lowerAt(sentence, $0) == "that" }) { s = that + 1 }
        let end = clauseEnd(sentence, from: s)
        guard let range = span(sentence, upTo(s, end)) else { return false }
        record(kind: .indirect, pieces: [range], cue: cue.lemma, denies: cue.denies, phrase: subject.phrase, rule: "said-to-have", sentence: sentence)
        return true
    }

    /// "the statement quoted her as saying “Q”": the quoted person speaks, through the quoter.
    mutating func activeQuotedAsSaying(_ sentence: Sentence) -> Bool {
        guard let q = sentence.units.indices.first(where: { ["quoted", "quotes"].contains(lowerAt(sentence, $0) ?? "") }), q >= 1,
              let asUnit = upTo(q + 2, min(sentence.units.count, q + 8)).first(where: { lowerAt(sentence, $0) == "as" && lowerAt(sentence, $0 + 1) == "saying" }),
              !["was", "were", "is", "been"].contains(lowerAt(sentence, q - 1) ?? "") else { return false }
        let quotedTokens = tokenIndices(sentence, upTo(q + 1, asUnit))
        guard let first = quotedTokens.first, let last = quotedTokens.last, quotedTokens.count == asUnit - q - 1,
              let quoted = SpeakerParser.parse(tokens, first..<(last + 1), text: textOf) else { return false }
        var relay: [String] = []
        if let quoter = subjectBefore(sentence, end: q), quoter.phrase.isOutlet, let name = quoter.phrase.name { relay = [name] }
        // "one of the sources quoted Poehl as saying": unnamed sources or a person relay too.
        else if let quoter = subjectBefore(sentence, end: q), [.anonymous, .person].contains(quoter.phrase.kind) {
            _ = resolve(quoter.phrase)
            relay = [quoter.phrase.kind == .anonymous ? quoter.phrase.mention : (quoter.phrase.name ?? quoter.phrase.mention)]
        }
        var s = asUnit + 2
        if lowerAt(sentence, s) == "," || lowerAt(sentence, s) == ":" { s += 1 }
        if lowerAt(sentence, s) == "that" { s += 1 }
        if let qi = isQuote(sentence, s) {
            record(kind: .direct, pieces: quotes[qi].pieces, cue: "quoted as saying", denies: false, phrase: quoted, rule: "quoted-as-saying", relay: relay, sentence: sentence)
            usedQuotes.insert(qi)
            return true
        }
        let end = clauseEnd(sentence, from: s)
        guard let range = span(sentence, upTo(s, end)) else { return false }
        record(kind: .indirect, pieces: [range], cue: "quoted as saying", denies: false, phrase: quoted, rule: "quoted-as-saying", relay: relay, sentence: sentence)
        return true
    }

    /// "Governor Marek Halloway was quoted by the business daily Tagesblatt as saying that P".
    mutating func quotedAsSaying(_ sentence: Sentence) -> Bool {
        guard let q = sentence.units.indices.first(where: { lowerAt(sentence, $0) == "quoted" }), q >= 2,
              let asUnit = upTo(q + 1, min(sentence.units.count, q + 12)).first(where: { lowerAt(sentence, $0) == "as" && lowerAt(sentence, $0 + 1) == "saying" }),
              // Passive only ("was quoted", "has been quoted", "quoted"... after a comma); "the sources
              // quoted Poehl as saying" is the active form, handled by `activeQuotedAsSaying`.
              ["was", "were", "is", "are", "been", "be", "being", ","].contains(lowerAt(sentence, q - 1) ?? ""),
              let subject = subjectBefore(sentence, end: q) else { return false }
        var relay: [String] = []
        if lowerAt(sentence, q + 1) == "by", let by = quoter(sentence, upTo(q + 2, asUnit)) { relay.append(by) }
        var s = asUnit + 2
        while let w = lowerAt(sentence, s), isTimePhraseWord(w) { s += 1 }
        if lowerAt(sentence, s) == "that" { s += 1 }
        let end = clauseEnd(sentence, from: s)
        // "“Q,” the governor was quoted as saying by the O Globo newspaper.": the quotation came
        // before and is already the governor's; the outlet after "by" relays it.
        if lowerAt(sentence, s) == "by", let by = quoter(sentence, upTo(s + 1, end)),
           let sentenceStart = span(sentence, 0..<sentence.units.count)?.lowerBound {
            for i in result.attributions.indices where result.attributions[i].start >= sentenceStart && result.attributions[i].cue == "quoted as saying"
                && !result.attributions[i].relayedBy.contains(by) {
                result.attributions[i].relayedBy.append(by)
            }
            return true
        }
        if let qi = isQuote(sentence, s), s + 2 >= end {
            record(kind: .direct, pieces: quotes[qi].pieces, cue: "quoted as saying", denies: false, phrase: subject.phrase, rule: "quoted-as-saying", relay: relay, sentence: sentence)
            usedQuotes.insert(qi)
            return true
        }
        guard let range = span(sentence, upTo(s, end)) else { return false }
        record(kind: .indirect, pieces: [range], cue: "quoted as saying", denies: false, phrase: subject.phrase, rule: "quoted-as-saying", relay: relay, sentence: sentence)
        return true
    }

    /// Who quoted someone, from the words after "quoted by": "the O Globo newspaper" gives
    /// "O Globo", a name as written; words with no capital are kept whole ("a local paper").
    func quoter(_ sentence: Sentence, _ units: Range<Int>) -> String? {
        let byTokens = tokenIndices(sentence, units)
        guard let first = byTokens.first, let last = byTokens.last else { return nil }
        let capitalized = byTokens.filter { tokens[$0].capitalized }
        if let a = capitalized.first, let b = capitalized.last, b >= a {
            return Lexicon.canonicalOutlet(text(tokens[a].start..<tokens[b].end))
        }
        return text(tokens[first].start..<tokens[last].end)
    }

    /// "The reporting has been refuted by Kremlin spokesman Dmitry Peskov."
    mutating func passive(_ sentence: Sentence, cueUnit c: Int, cue: Lexicon.Cue) -> Bool {
        // "dismissed by Kyiv as unfeasible", "described by Putin as a peace-promoting move":
        // the words after "as" are what the agent said of it.
        if lowerAt(sentence, c + 1) == "by", let asUnit = upTo(c + 2, min(sentence.units.count, c + 14)).first(where: { lowerAt(sentence, $0) == "as" }) {
            let agentTokens = tokenIndices(sentence, (c + 2)..<asUnit)
            if let first = agentTokens.first, let last = agentTokens.last, agentTokens.count == asUnit - c - 2,
               let agent = SpeakerParser.parse(tokens, first..<(last + 1), text: textOf) {
                let end = clauseEnd(sentence, from: asUnit + 1)
                if let range = span(sentence, (asUnit + 1)..<end) {
                    record(kind: .indirect, pieces: [range], cue: cue.lemma, denies: cue.denies, phrase: agent, rule: "passive-by-agent-as", sentence: sentence)
                    return true
                }
            }
        }
        // "The strike was described as “spontaneous” by union officials": the complement first, then the agent.
        if lowerAt(sentence, c + 1) == "as", Self.passiveAuxiliaries.contains(lowerAt(sentence, c - 1) ?? ""),
           let by = upTo(c + 3, min(sentence.units.count, c + 16)).first(where: { lowerAt(sentence, $0) == "by" }),
           let agent = subjectAfter(sentence, start: by + 1), agent.end >= sentence.units.count - 1 || lowerAt(sentence, agent.end) == "." {
            if let q = isQuote(sentence, c + 2), by == c + 3 || by == c + 4 && lowerAt(sentence, c + 3) == "," {
                guard !usedQuotes.contains(q) else { return true }
                record(kind: .direct, pieces: quotes[q].pieces, cue: cue.lemma, denies: cue.denies, phrase: agent.phrase, rule: "passive-as-by-agent", sentence: sentence)
                usedQuotes.insert(q)
                return true
            }
            if let range = span(sentence, (c + 2)..<by) {
                record(kind: .indirect, pieces: [range], cue: cue.lemma, denies: cue.denies, phrase: agent.phrase, rule: "passive-as-by-agent", sentence: sentence)
                return true
            }
        }
        var auxUnit = c - 1
        if let w = lowerAt(sentence, auxUnit), w.hasSuffix("ly") || Lexicon.fillers.contains(w) && !Self.passiveAuxiliaries.contains(w) { auxUnit -= 1 }
        guard auxUnit >= 1, let aux = lowerAt(sentence, auxUnit), Self.passiveAuxiliaries.contains(aux),
              lowerAt(sentence, c + 1) == "by", var agent = subjectAfter(sentence, start: c + 2) else { return false }
        // "The case was first reported by the Sentinel": who broke the news, not what anyone said.
        if cue.lemma == "reported" { return false }
        // "accused by residents of running a slush fund": the agent ends at the charge.
        if Self.accusationCues.contains(cue.lemma),
           let charge = upTo(c + 3, agent.end).first(where: { ["of", "for"].contains(lowerAt(sentence, $0) ?? "") }),
           let short = tokenRange(sentence, (c + 2)..<charge), let phrase = SpeakerParser.parse(tokens, short, text: textOf) {
            agent = (phrase, charge)
        }
        var contentEnd = auxUnit
        while contentEnd > 0, let w = lowerAt(sentence, contentEnd - 1), ["has", "have", "had", "was", "were", "been", "is", "are"].contains(w) { contentEnd -= 1 }
        // "The brewery, which was accused by the regulator of polluting a river, said P": the
        // relative clause's antecedent is the one accused, the charge ends with the clause, and
        // the main clause still speaks (so the sentence is not done).
        var relative = false
        if contentEnd >= 2, ["which", "who"].contains(lowerAt(sentence, contentEnd - 1) ?? "") {
            relative = true
            contentEnd -= 1
            if lowerAt(sentence, contentEnd - 1) == "," { contentEnd -= 1 }
        }
        // The subject is the content: a short noun phrase ("The reporting"), not a clause of its own.
        guard contentEnd <= 12, !(0..<contentEnd).contains(where: { self.cue(sentence, at: $0) != nil || lowerAt(sentence, $0) == "that" }) else { return false }
        guard let range = span(sentence, 0..<contentEnd) else { return false }
        // "The port had been accused by residents of running a slush fund": the charge after the
        // agent belongs with the subject, as in the active "accused the port of running ...".
        var pieces = [range]
        if Self.accusationCues.contains(cue.lemma), ["of", "for"].contains(lowerAt(sentence, agent.end) ?? ""),
           let charge = span(sentence, agent.end..<(relative ? clauseEnd(sentence, from: agent.end + 1, orFirstOf: [","]) : clauseEnd(sentence, from: agent.end + 1))) {
            pieces.append(charge)
        }
        record(kind: .indirect, pieces: pieces, cue: cue.lemma, denies: cue.denies, phrase: agent.phrase, rule: "passive-by-agent", sentence: sentence)
        return !relative
    }

    /// "P, SPEAKER said." and "P, said SPEAKER." — the reported clause comes first.
    mutating func clauseThenCue(_ sentence: Sentence, cueUnit c: Int, cue: Lexicon.Cue, length: Int) -> Bool {
        guard cue.frame != .object else { return false }
        // "P, following a newspaper report saying Q": a participle is no finite frame for P
        // ("P, he was saying" has its auxiliary).
        if let w = lowerAt(sentence, c), w.hasSuffix("ing"), !["was", "were", "is", "are", "been"].contains(lowerAt(sentence, c - 1) ?? "") { return false }
        // The sentence's start, read once: the checks below ask for it many times.
        let opening = start(of: sentence)
        // Find the comma that ends the clause: just before the speaker (or just before an inverted cue).
        var inverted = false
        var phrase: SpeakerPhrase?
        var commaUnit: Int?
        var tail = c + length
        // "P, Matt Britton, special prosecutor, said.": the speaker's appositive closes with a
        // comma before the cue, and nothing follows it.
        // So does "P, Sayed Younes, the head of its electoral machine, told Reuters.".
        let listenerEnd = cue.lemma == "told" ? outletAt(sentence, c + length)?.end ?? c + length : c + length
        let appositiveBeforeCue = lowerAt(sentence, c - 1) == "," && [".", "!", nil].contains(lowerAt(sentence, listenerEnd))
        if appositiveBeforeCue {
            guard let subject = subjectBefore(sentence, end: c), subject.start > opening + 1, lowerAt(sentence, subject.start - 1) == "," else { return false }
            phrase = subject.phrase
            commaUnit = subject.start - 1
        } else if lowerAt(sentence, c - 1) == "," || lowerAt(sentence, c - 1) == "—" {
            // Inversion ("..., said one of the six") happens with verbs of saying that take no
            // object; "..., told staff that" is not a speaker after the verb.
            guard Self.invertingCues.contains(cue.lemma), let after = subjectAfter(sentence, start: c + length) else { return false }
            inverted = true
            phrase = after.phrase
            commaUnit = c - 1
            tail = after.end
            // "..., said Serene Gregg, local president of the union.": the appositive describes
            // the speaker and ends the sentence.
            if lowerAt(sentence, tail) == ",", let next = lowerAt(sentence, tail + 1), !next.hasSuffix("ing"),
               !["who", "which", "as", "according", "adding", "and", "but", "in", "on", "at"].contains(next),
               let stop = upTo(tail + 1, min(sentence.units.count, tail + 24)).first(where: { [".", ",", ";", "!", "?"].contains(lowerAt(sentence, $0) ?? "") || isQuote(sentence, $0) != nil }),
               lowerAt(sentence, stop) == ".", stop == sentence.units.count - 1,
               upTo(tail + 1, stop).contains(where: { SpeakerParser.roleWords.contains(lowerAt(sentence, $0) ?? "") || Lexicon.anonymousHeads[lowerAt(sentence, $0) ?? ""] != nil }),
               !upTo(tail + 1, stop).contains(where: { self.cue(sentence, at: $0) != nil }) {
                tail = stop
            }
            // "Rep. Dale Hurst, R-Kan., said the board needed ...": the words before the comma are
            // the speaker and an appositive, not a reported clause. Unless the speaker after the
            // cue ends the sentence: "DeNaples, who was charged in May, was released, said his
            // spokesman Kevin Feeley."
            let speakerWords = tokenIndices(sentence, (c + length)..<after.end)
            let endsSentence = tail >= sentence.units.count - 1 && [".", "!", nil].contains(lowerAt(sentence, sentence.units.count - 1))
                && after.phrase.kind != .pronoun && speakerWords.first.map { tokens[$0].capitalized || SpeakerParser.determiners.contains(tokens[$0].lower) } == true
                && speakerWords.allSatisfy { isSpeakerWord(tokens[$0]) }
            if !endsSentence, let before = subjectBefore(sentence, end: c), before.phrase.kind != .pronoun, before.start == opening
                || before.start <= opening + 3 && Self.calendarWords.contains(lowerAt(sentence, opening + 1) ?? "") { return false }
        } else if !["was", "were", "been", "is", "are", "being", "be"].contains(lowerAt(sentence, c - 1) ?? ""),
                  // "residents had been told nothing": a passive, whoever spoke is not before it.
                  let subject = subjectBefore(sentence, end: c), subject.start > 0,
                  let w = lowerAt(sentence, subject.start - 1), w == "," || w == "—" {
            phrase = subject.phrase
            commaUnit = subject.start - 1
        }
        // "Instead, Lieven proposes, P" / "Still, she said, P": a sentence adverb, then the frame,
        // then the statement.
        if !inverted, let phrase, let comma = commaUnit, comma == opening + 1, lowerAt(sentence, tail) == ",",
           let adverb = lowerAt(sentence, comma - 1), Self.sentenceAdverbs.contains(adverb) || adverb.hasSuffix("ly"),
           tail + 3 < sentence.units.count, let next = lowerAt(sentence, tail + 1) ?? (isQuote(sentence, tail + 1) != nil ? "“" : nil),
           !["adding", "saying", "citing", "according", "as", "who", "which"].contains(next),
           let content = span(sentence, (tail + 1)..<clauseEnd(sentence, from: tail + 1)) {
            record(kind: .indirect, pieces: [content], cue: cue.lemma, denies: cue.denies, phrase: phrase, rule: "adverb-speaker-cue-clause", sentence: sentence)
            return true
        }
        guard let phrase, let comma = commaUnit, comma >= 2 else { return false }
        // "Citing two diplomats, the paper said P": the opening phrase names sources, it says nothing.
        // Nor does "Speaking to the Ledger, the mayor said P": the occasion, then the frame.
        if lowerAt(sentence, opening) == "citing" || !inverted && Self.occasionParticiples.contains(lowerAt(sentence, opening) ?? "") { return false }
        // What follows the cue must be short: end of sentence, a time phrase, "citing X", "adding that ...".
        var relay: [String] = []
        var source = phrase
        var k = tail
        if cue.lemma == "told", let object = outletAt(sentence, k) { relay.append(object.name); k = object.end }
        var rest: [String] = []
        var restUnits: [Int] = []
        while k < sentence.units.count, let w = lowerAt(sentence, k) {
            // "P, said Antoinette Geagea, according to Reuters.": the outlet relays what she said
            // (`relayTrailingAccordingTo` records it); the frame is no longer for it.
            if w == "according", lowerAt(sentence, k + 1) == "to", let outlet = outletAt(sentence, k + 2) {
                k = outlet.end
                continue
            }
            if Self.citingWords.contains(w), let cited = subjectAfter(sentence, start: k + 1) {
                if phrase.isOutlet || phrase.kind == .organization { relay.append(relayName(phrase)); source = cited.phrase }
                k = cited.end
                continue
            }
            if w == "," && (lowerAt(sentence, k + 1) == "adding" || lowerAt(sentence, k + 1) == "saying") { break }
            if w == ",", comma > opening, opensWritersAddition(sentence, at: k + 1, after: opening..<comma) { break }
            if w == "," && lowerAt(sentence, k + 1) == "as" && lowerAt(sentence, k + 2) == "well" && lowerAt(sentence, k + 3) == "as" { break }
            if w == "—" || w == "–" { break }  // "P — the minister said on Monday — as ..."
            if w == ",", isConcessive(sentence, at: k + 1) { break }
            if (w == "but" || w == "and"), let next = lowerAt(sentence, k + 1), Lexicon.cues[next] != nil { break }
            rest.append(w)
            restUnits.append(k)
            k += 1
        }
        // "The future of Ukraine in NATO, Chollet said, was deemed a non-issue": the cue interrupts
        // the statement, whose two parts are one attribution.
        // So does "P, say oceanographers, but Q": an inverted frame before "but".
        if !inverted || lowerAt(sentence, tail + 1) == "but", lowerAt(sentence, tail) == ",", tail + 3 < sentence.units.count, comma >= 2,
           !(opening..<comma).contains(where: { self.cue(sentence, at: $0) != nil }),
           let first = span(sentence, opening..<comma), let second = span(sentence, (tail + 1)..<sentence.units.count),
           let next = lowerAt(sentence, tail + 1), !["adding", "saying", "citing", "according", "as", "who", "which"].contains(next), !Self.citingWords.contains(next),
           !isConcessive(sentence, at: tail + 1), !opensWritersAddition(sentence, at: tail + 1, after: opening..<comma) {
            if interruptedReport(sentence, subject: opening..<comma, after: tail + 1, outer: phrase, relay: relay) { return true }
            record(kind: .indirect, pieces: [first, second], cue: cue.lemma, denies: cue.denies, phrase: phrase, rule: "interrupted-clause", relay: relay, sentence: sentence)
            return true
        }
        if isQuote(sentence, k) != nil { return false }
        // "In the weeks before the vote, the council made clear that P": the cue takes its own
        // that-clause; the words before the comma are an adverbial, not a statement.
        if !inverted, rest.first == "that" || rest.first == "," && rest.dropFirst().first == "that" { return false }
        // "..., he told reporters outside his hotel ahead of Wednesday's meeting.": where he spoke,
        // a phrase with no verb of its own, says nothing more.
        if let setting = rest.firstIndex(where: { Self.settingPrepositions.contains($0) }), setting <= 2,
           !hasFiniteVerb(sentence, upTo(restUnits[setting], k)), !upTo(restUnits[setting], k).contains(where: { self.cue(sentence, at: $0) != nil }) {
            rest.removeSubrange(setting...)
        }
        let meaningful = rest.filter { ![".", ",", "!", "?"].contains($0) && !isTimePhraseWord($0) && !["in", "a", "an", "statement", "interview", "publicly", "privately", "on", "condition", "of", "anonymity", "late", "early"].contains($0) }
        guard meaningful.count <= 3 || !inverted && meaningful.count <= 6 else { return false }
        // "On Monday, the paper said the envoy would resign": an opening adverbial, then the cue's
        // own clause.
        // A long opening too, when the words after the cue hold a verb of their own ("In Sunday's
        // vote to elect the governors in all 23 states, the council said candidates had won").
        if !inverted, meaningful.count >= 2, let first = lowerAt(sentence, opening), SpeakerParser.functionWords.contains(first),
           comma - opening <= 8 || hasFiniteVerb(sentence, tail..<k) { return false }
        // "Despite the ministry’s claim ..., the audit tells another story": a prepositional phrase
        // that takes no clause is no statement.
        if let first = lowerAt(sentence, opening), ["despite", "amid", "unlike", "besides", "beyond", "without", "notwithstanding"].contains(first),
           !upTo(opening, comma).contains(where: { lowerAt(sentence, $0) == "," }) { return false }
        // The clause: from the sentence start to the comma; a quotation alone is not indirect speech.
        // After a dateline and a leading "But" or "And".
        let start = opening
        if comma - start == 1, isQuote(sentence, start) != nil { return false }
        guard let range = span(sentence, start..<comma) else { return false }
        // An outlet reporting a statement made by someone else: the inner speaker is the source.
        if source.isOutlet, let inner = innerFrame(sentence, start..<comma) {
            record(kind: inner.kind, pieces: inner.pieces, cue: inner.cue, denies: inner.denies, phrase: inner.phrase,
                   rule: "reported-frame", relay: [source.name ?? source.mention], sentence: sentence)
            let afterInner = inner.contentEnd
            if afterInner < comma, let restRange = span(sentence, afterInner..<comma), text(restRange).split(separator: " ").count >= 4 {
                record(kind: .indirect, pieces: [restRange], cue: cue.lemma, denies: cue.denies, phrase: source, rule: "clause-cue", sentence: sentence)
            }
        } else if relayNestedReport(sentence, start..<comma, outer: source, relay: relay) {
            // "Poehl told the symposium that P, banking sources said": recorded as Poehl's, relayed.
        } else {
            // "The union released a statement, calling it “undemocratic” and saying P, reported
            // Reuters": the statements inside are read already, each relayed by the outlet; the
            // outlet says nothing of its own.
            if source.isOutlet || source.kind == .organization && cue.lemma == "reported", inverted || relay.isEmpty, result.attributions.contains(where: { $0.start >= range.lowerBound && $0.end <= range.upperBound + 1
                   && $0.source.map { self.label($0) != self.relayName(source) } ?? false }) {
                return true
            }
            // "P, but Q, the sources said": two statements.
            let rule = inverted ? "clause-cue-speaker" : "clause-speaker-cue"
            var parts = [range]
            if let but = (start..<comma).first(where: { lowerAt(sentence, $0) == "," && lowerAt(sentence, $0 + 1) == "but" }),
               let first = span(sentence, start..<but), let second = span(sentence, upTo(but + 2, comma)),
               text(first).split(separator: " ").count >= 4, text(second).split(separator: " ").count >= 4 {
                parts = [first, second]
            }
            // "“The minimum will be 1.5 million” barrels a day, he told reporters": a quotation
            // that the writer completes with a few words is the speaker's own words.
            if parts.count == 1, let q = isQuote(sentence, start), !usedQuotes.contains(q), wordCount(of: q) >= 3,
               tokenIndices(sentence, (start + 1)..<comma).filter({ tokens[$0].kind == .word }).count <= 5 {
                record(kind: .direct, pieces: quotes[q].pieces, cue: cue.lemma, denies: cue.denies, phrase: source, rule: "quote-completed-speaker-cue", relay: relay, sentence: sentence)
                usedQuotes.insert(q)
            } else {
                for part in parts {
                    record(kind: .indirect, pieces: [part], cue: cue.lemma, denies: cue.denies, phrase: source, rule: rule, relay: relay, sentence: sentence)
                }
            }
            // "..., said two of the sources, as well as a third person who ...": the same statement again.
            if lowerAt(sentence, k) == ",", lowerAt(sentence, k + 1) == "as", lowerAt(sentence, k + 2) == "well", lowerAt(sentence, k + 3) == "as",
               let other = subjectAfter(sentence, start: k + 4) {
                for part in parts {
                    record(kind: .indirect, pieces: [part], cue: cue.lemma, denies: cue.denies, phrase: other.phrase, rule: rule + "+also", relay: relay, sentence: sentence)
                }
            }
        }
        // "..., the analyst told the AP, although he added that Q": a concessive clause with a
        // speaker and a cue of its own is a second statement, not the writer's aside.
        if lowerAt(sentence, k) == ",", isConcessive(sentence, at: k + 1),
           let c2 = upTo(k + 2, min(sentence.units.count, k + 8)).first(where: { self.cue(sentence, at: $0) != nil }),
           let (cue2, length2) = self.cue(sentence, at: c2) {
            let before = result.attributions.count
            _ = cueThenClause(sentence, cueUnit: c2, cue: cue2, length: length2)
            // Said in the same interview: the outlet told relays it too.
            for i in before..<result.attributions.count where result.attributions[i].relayedBy.isEmpty { result.attributions[i].relayedBy = relay }
        }
        // "..., the minister said, warning that Q": a participle of saying goes on with a second
        // statement; any other participle ("casting doubt on ...") is the writer's.
        if lowerAt(sentence, k) == ",", let next = lowerAt(sentence, k + 1), next != "adding", next != "saying" {
            continueWithParticiple(sentence, from: k, phrase: source)
        }
        // "..., adding that P": a second statement by the same speaker.
        if lowerAt(sentence, k) == ",", let next = lowerAt(sentence, k + 1), next == "adding" || next == "saying" {
            var s = k + 2
            if lowerAt(sentence, s) == "that" { s += 1 }
            if let addRange = span(sentence, upTo(s, sentence.units.count)) {
                let isQuoteOnly = s + 1 >= sentence.units.count - 1 && isQuote(sentence, s) != nil
                if !isQuoteOnly {
                    record(kind: .indirect, pieces: [addRange], cue: next == "adding" ? "added" : "said", denies: false, phrase: source,
                           rule: "adding-that", sentence: sentence)
                }
            }
        }
        return true
    }

    /// Verbs of saying that name a listener before "that": "told the leader that", "warned
    /// investors that", "assured the board that".
    static let listenerCues: Set<String> = ["told", "warned", "assured", "informed", "reminded", "advised", "notified", "briefed", "convinced", "persuaded", "urged", "asked"]

    /// Whether a word can belong to a speaker phrase that closes a sentence ("said DeNaples
    /// spokesman Kevin Feeley", "said a police spokesman"): a name, a determiner, a role, a noun
    /// of people, "of" and the like. "said Kyiv's stance remains firm" holds other words.
    func isSpeakerWord(_ token: Token) -> Bool {
        guard token.kind == .word else { return [",", "'s", "’s", ".", "-"].contains(token.lower) }
        return token.capitalized || SpeakerParser.determiners.contains(token.lower) || SpeakerParser.roleWords.contains(token.lower)
            || Lexicon.anonymousHeads[token.lower] != nil || ["of", "for", "and", "'s", "’s", "police", "company", "state", "city", "county"].contains(token.lower)
    }

    /// Prepositions that open an adjunct after a frame: "P, authorities said, in what appeared
    /// to be the deadliest in a series of drownings".
    static let adjunctPrepositions: Set<String> = ["in", "at", "on", "after", "before", "amid", "during", "following", "with",
                                                   "despite", "since", "ahead", "under", "without"]

    /// Whether the words at `k`, past a frame that ends the statement `clause`, are the writer's
    /// addition and not the rest of the statement: a participle ("P, sources said on Wednesday,
    /// casting doubt over its future") or a prepositional phrase after a statement with a verb of
    /// its own. "The future of Ukraine, Chollet said, was deemed a non-issue" goes on with a verb.
    func opensWritersAddition(_ sentence: Sentence, at k: Int, after clause: Range<Int>) -> Bool {
        guard let w = lowerAt(sentence, k), isWordToken(sentence, k), !isCapitalizedWord(sentence, k) else { return false }
        if w.hasSuffix("ing"), w.count > 5, !["nothing", "something", "anything", "everything", "according"].contains(w), !Self.citingWords.contains(w) { return true }
        return Self.adjunctPrepositions.contains(w) && (hasFiniteVerb(sentence, clause) || clause.count >= 6)
    }

    /// "Divers would search the reef, the captain added, although storms are common there.": a
    /// concessive clause after the frame is the writer's own aside, neither the rest of the
    /// statement nor a second one. "Even though", "even if" and "even as" count; "while" does not,
    /// since "…, he said, while sitting in his car" goes on with the statement.
    func isConcessive(_ sentence: Sentence, at k: Int) -> Bool {
        guard let w = lowerAt(sentence, k),
              // "The bridge, she said, although old, remains safe": an aside inside the statement.
              !upTo(k + 1, sentence.units.count).contains(where: { lowerAt(sentence, $0) == "," }) else { return false }
        if ["although", "though", "whereas"].contains(w) { return true }
        return w == "even" && ["though", "if", "as"].contains(lowerAt(sentence, k + 1) ?? "")
    }

    static let sayingNouns: Set<String> = ["claim", "claims", "assertion", "allegation", "allegations", "argument", "contention",
                                           "insistence", "warning", "statement", "suggestion", "view", "belief", "promise", "pledge",
                                           "announcement", "admission", "prediction"]

    static let speechActParticiples: Set<String> = ["blaming", "accusing", "urging"]

    /// Adverbs that open a sentence before its subject ("Then, ...", "Later, ...").
    static let openingAdverbs: Set<String> = ["then", "later", "earlier", "yesterday", "today", "now", "meanwhile", "still", "instead", "separately", "however", "also", "previously", "afterwards", "eventually", "finally"]

    /// Cues of asking someone to act, whose object is what was said ("urged them to be strong",
    /// "demanded a deadline extension"). "Asked X to" is read by `infinitiveSpeechAct`, with its
    /// infinitive only (the news33 and blind gold count it; one seed article leaves it out).
    static let requestCues: Set<String> = ["urged", "demanded"]

    /// Plural nouns of people told things as a body ("told investors P"), skipped before what
    /// they were told.
    static let listenerNouns: Set<String> = ["investors", "analysts", "shareholders", "employees", "staff", "workers", "supporters"]

    /// Cues that charge someone with something ("accused X of P", "blamed X for P"): always speech.
    static let accusationCues: Set<String> = ["accused", "blamed"]

    /// Forms of "be" that make a past participle passive ("was described", "had been warned").
    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "is", "are", "being"]

    /// Participles that name the sources an outlet's report rests on ("Reuters reported, citing
    /// two officials"; "NBC, quoting intelligence sources, reported").
    static let citingWords: Set<String> = ["citing", "quoting"]

    /// Participles that open a sentence with the occasion of speaking: "Speaking to reporters, ...".
    static let occasionParticiples: Set<String> = ["speaking", "talking", "writing", "asked", "addressing", "responding", "testifying"]

    func isCiting(_ sentence: Sentence, _ unit: Int) -> Bool {
        Self.citingWords.contains(lowerAt(sentence, unit) ?? "")
    }

    static let judgingCues: Set<String> = ["criticized", "praised", "denounced", "described", "called"]
    static let falsityWords: Set<String> = ["false", "untrue", "baseless", "fabricated", "inaccurate", "misleading", "wrong",
                                            "nonsense", "groundless", "unfounded", "fake", "lies", "lie", "fiction"]

    /// Adverbs that open a sentence before an interrupting frame ("Instead, she said, P").
    static let sentenceAdverbs: Set<String> = ["instead", "however", "still", "meanwhile", "moreover", "yet", "now", "then", "thus",
                                               "indeed", "rather", "also", "otherwise", "nonetheless", "nevertheless", "first",
                                               "second", "third", "today", "overall", "besides", "furthermore", "so", "again"]

    static let invertingCues: Set<String> = ["said", "added", "wrote", "noted", "explained", "replied", "recalled", "insisted",
                                             "warned", "reported", "asked", "continued", "stated", "argued", "responded", "observed"]

    /// How many words a quotation holds, over all its pieces.
    func wordCount(of quote: Int) -> Int {
        quotes[quote].pieces.reduce(0) { $0 + text($1).split(separator: " ").count }
    }

    /// Where a sentence's own words start, after a dateline ("(Reuters) —", "LONDON (AP) -")
    /// and a leading "But" or "And".
    func start(of sentence: Sentence) -> Int {
        // Asked many times per sentence by the rules: one scan for the first dash, no allocations.
        var s = 0
        // (The three dashes compared as strings, not looked up in a set: hashing ten words a call
        // showed in profiles.)
        if let dash = upTo(0, min(sentence.units.count, 10)).first(where: { let w = lowerAt(sentence, $0); return w == "—" || w == "–" || w == "-" }) {
            if dash >= 1, let close = upTo(0, dash).last(where: { lowerAt(sentence, $0) == ")" }), close == dash - 1, lowerAt(sentence, 0) != nil,
               upTo(0, close).contains(where: { lowerAt(sentence, $0) == "(" }) {
                s = dash + 1
            } else if isCapitalsDateline(sentence, before: dash) {
                s = dash + 1
            }
        }
        return lowerAt(sentence, s) == "but" || lowerAt(sentence, s) == "and" ? s + 1 : s
    }

    /// "FRANKFURT, March 9 -", "WASHINGTON –", "KELSO FALLS, Ore., May 2 —": a place in capitals,
    /// then only a comma and capitalized words, numbers and periods (a date, a state) up to the
    /// dash. "NATO Secretary General Jens Stoltenberg —" is no dateline: after the capitals must
    /// come a comma or the dash itself.
    func isCapitalsDateline(_ sentence: Sentence, before dash: Int) -> Bool {
        var k = 0
        while k < dash, case .token(let t) = sentence.units[k], tokens[t].kind == .word {
            let word = text(tokens[t].start..<tokens[t].end)
            guard word.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 2, word == word.uppercased() else { break }
            k += 1
        }
        guard k >= 1, k == dash || lowerAt(sentence, k) == "," || lowerAt(sentence, k) == "(" else { return false }
        for u in upTo(k, dash) {
            guard case .token(let t) = sentence.units[u] else { return false }
            let token = tokens[t]
            guard token.kind == .number || token.capitalized || [",", ".", "(", ")"].contains(token.lower) else { return false }
        }
        return true
    }

    /// Inside a clause reported by an outlet: "Putin told Kozak that P" → Putin, cue told.
    func innerFrame(_ sentence: Sentence, _ range: Range<Int>) -> (kind: AttributionKind, pieces: [Range<Int>], cue: String, denies: Bool, phrase: SpeakerPhrase, contentEnd: Int)? {
        for c in range {
            guard let (cue, length) = cue(sentence, at: c), let subject = subjectBefore(sentence, end: c, floor: range.lowerBound) else { continue }
            // "investors have been told P": the subject of a passive heard it; nobody here said it.
            if ["was", "were", "been", "being", "is", "are"].contains(lowerAt(sentence, c - 1) ?? "") { continue }
            var s = c + length
            var j = s
            while j < min(range.upperBound, s + 8) {
                if lowerAt(sentence, j) == "that" { s = j + 1; break }
                j += 1
            }
            guard s < range.upperBound else { continue }
            // Mostly a quotation: a direct attribution.
            if let q = isQuote(sentence, range.upperBound - 1) ?? (isQuote(sentence, range.upperBound - 2)) {
                let quote = quotes[q]
                let words = tokenIndices(sentence, s..<range.upperBound).filter { tokens[$0].kind == .word }.count
                let quoteWords = wordCount(of: q)
                if quoteWords * 2 >= words + quoteWords - 2 || words <= 4 {
                    return (.direct, quote.pieces, cue.lemma, cue.denies, subject.phrase, range.upperBound)
                }
            }
            guard let content = span(sentence, s..<range.upperBound) else { continue }
            return (.indirect, [content], cue.lemma, cue.denies, subject.phrase, range.upperBound)
        }
        return nil
    }

    /// How the outer speaker of a nested report is named as its relay: an unnamed group as
    /// described ("the sources"), anyone else as resolved. Resolving also keeps the outer speaker
    /// heard: "the sources" later are this group, "the newspaper" the outlet named before.
    mutating func relayerName(_ outer: SpeakerPhrase) -> String {
        let resolved = resolve(outer).source
        // ("the ISAF official, who spoke on condition of anonymity": the description before its clause.)
        let mention = outer.mention.components(separatedBy: ", ").first ?? outer.mention
        return outer.kind == .anonymous ? mention : resolved.map(label) ?? outer.name ?? outer.mention
    }

    /// "Poehl told a symposium that P, banking sources said" and "The sources said Poehl told the
    /// bankers that P": when all a speaker reports is what someone else said, the statement is the
    /// inner speaker's, and the outer speaker (a person or unnamed sources, as an outlet) relays it.
    /// The inner speaker must be the clause's subject, after at most an opening adverbial ("In reply
    /// to questions, Poehl also said P"), so a cue inside a relative clause does not count.
    /// A participle after the inner clause (", saying that Q") is a second statement of the inner
    /// speaker, relayed the same way. Records and returns true when the clause is such a report.
    mutating func relayNestedReport(_ sentence: Sentence, _ range: Range<Int>, outer: SpeakerPhrase, relay outerRelay: [String]) -> Bool {
        guard outer.kind != .pronoun, range.count >= 4 else { return false }
        var open = range.lowerBound
        if lowerAt(sentence, open) == "that" { open += 1 }
        // "The newspaper also said that according to some accounts, P": the accounts are the
        // source, the newspaper relays.
        if lowerAt(sentence, open) == "according", lowerAt(sentence, open + 1) == "to",
           let comma = upTo(open + 2, min(range.upperBound, open + 14)).first(where: { lowerAt(sentence, $0) == "," }),
           range.upperBound - comma >= 4 {
            let list = tokenIndices(sentence, (open + 2)..<comma)
            guard let a = list.first, let b = list.last, list.count == comma - open - 2,
                  let cited = accordingDocument(a..<(b + 1)) ?? SpeakerParser.parse(tokens, a..<(b + 1), text: textOf) ?? accountOwner(a..<(b + 1)) ?? accountPhrase(a..<(b + 1)),
                  cited.kind != .pronoun, let content = span(sentence, (comma + 1)..<range.upperBound) else { return false }
            let outerName = relayerName(outer)
            record(kind: .indirect, pieces: [content], cue: "according to", denies: false, phrase: cited, rule: "nested-according-to",
                   relay: outerRelay + [outerName], sentence: sentence)
            return true
        }
        // "The union released a statement, saying P, reported Reuters": the subject's participle of
        // saying, relayed by the outer speaker.
        if let comma = upTo(open + 2, min(range.upperBound, open + 12)).first(where: { lowerAt(sentence, $0) == "," }),
           !upTo(open + 1, comma).contains(where: { cue(sentence, at: $0) != nil }),
           let word = lowerAt(sentence, comma + 1), word.hasSuffix("ing"), let said = Lexicon.cues[word], said.frame != .object,
           let subject = subjectBefore(sentence, end: upTo(open + 1, comma).first(where: { isWordToken(sentence, $0) && !isCapitalizedWord(sentence, $0) && (lowerAt(sentence, $0) ?? "").hasSuffix("ed") }) ?? comma, floor: open),
           subject.start == open, [.person, .organization].contains(subject.phrase.kind) {
            var t = comma + 2
            if lowerAt(sentence, t) == "that" { t += 1 }
            guard range.upperBound - t >= 3, let rest = span(sentence, t..<range.upperBound) else { return false }
            let outerName = relayerName(outer)
            record(kind: .indirect, pieces: [rest], cue: said.lemma, denies: said.denies, phrase: subject.phrase, rule: "nested-participle",
                   relay: outerRelay + [outerName], sentence: sentence)
            return true
        }
        // "Frydenberg said the prime minister had categorically denied such claims": all the outer
        // speaker reports is the inner one's denial.
        if let c = upTo(open + 1, min(range.upperBound, open + 8)).first(where: { cue(sentence, at: $0) != nil }),
           let (first, length) = cue(sentence, at: c), first.frame == .object, first.denies,
           let subject = subjectBefore(sentence, end: c, floor: open), subject.start == open,
           subject.phrase.kind != .pronoun, subject.phrase.kind != .anonymous || subject.phrase.head != nil,
           // ("denied the report but admitted that Q" is read below, as two statements.)
           !upTo(c + length, min(c + length + 12, range.upperBound)).contains(where: {
               ["but", "and"].contains(lowerAt(sentence, $0) ?? "") && cue(sentence, at: $0 + 1) != nil }) {
            let from = lowerAt(sentence, c + length) == "that" ? c + length + 1 : c + length
            var end = min(clauseEnd(sentence, from: from), range.upperBound)
            if from == c + length, let occasion = upTo(from + 1, end).first(where: { isOccasionPhrase(sentence, at: $0) || isVenuePhrase(sentence, at: $0)
                   || Self.objectEnders.contains(lowerAt(sentence, $0) ?? "") }) {
                end = occasion
            }
            guard end > from, let object = span(sentence, from..<end) else { return false }
            // "had rejected a peace deal": an act, unless what is rejected is a claim.
            if from == c + length, Self.actOrDenial.contains(first.lemma),
               !tokenIndices(sentence, upTo(from, min(end, from + 6))).contains(where: { Lexicon.deniableObjects.contains(tokens[$0].lower) }) { return false }
            let outerName = relayerName(outer)
            record(kind: .indirect, pieces: [object], cue: first.lemma, denies: true, phrase: subject.phrase, rule: "nested-denial",
                   relay: outerRelay + [outerName], sentence: sentence)
            return true
        }
        if let first = lowerAt(sentence, open), SpeakerParser.functionWords.contains(first) {
            guard let comma = upTo(open, min(range.upperBound, open + 10)).first(where: { lowerAt(sentence, $0) == "," }) else { return false }
            open = comma + 1
        }
        // "Mr Kabila denied this but admitted that P, reports Reuters": a denial first, then the
        // clause; both are the subject's, relayed.
        var denial: (cue: Lexicon.Cue, at: Int)?
        if let c = upTo(open + 1, min(range.upperBound, open + 10)).first(where: { cue(sentence, at: $0) != nil }),
           let (first, _) = cue(sentence, at: c), first.frame == .object, first.denies,
           let joint = upTo(c + 1, min(range.upperBound, c + 6)).first(where: { ["but", "and"].contains(lowerAt(sentence, $0) ?? "") }),
           let (second, _) = cue(sentence, at: joint + 1), second.frame == .clause {
            denial = (first, c)
        }
        guard let c = upTo(open + 1, min(range.upperBound, open + 10)).first(where: { cue(sentence, at: $0).map({ $0.cue.frame == .clause }) == true }),
              // Verbs of saying only: "Kozak proposed the deal" is something done, not said.
              let (cue, length) = cue(sentence, at: c), cue.frame == .clause,
              !["citing", "cited", "quoting", "reported", "reporting"].contains(lowerAt(sentence, c) ?? ""),
              // "the board had been warned by ...": a passive is no one speaking.
              !["was", "were", "been", "is", "are", "being", "be"].contains(lowerAt(sentence, c - 1) ?? ""),
              let subject = denial.flatMap({ subjectBefore(sentence, end: $0.at, floor: open) }) ?? subjectBefore(sentence, end: c, floor: open), subject.start == open,
              [.person, .organization].contains(subject.phrase.kind) else { return false }
        var s = c + length
        if cue.lemma == "told", let object = outletAt(sentence, s) { s = object.end }
        if let denial, let object = span(sentence, (denial.at + 1)..<(c - 1)) {
            let outerName = relayerName(outer)
            record(kind: .indirect, pieces: [object], cue: denial.cue.lemma, denies: true, phrase: subject.phrase, rule: "nested-report",
                   relay: outerRelay + [outerName], sentence: sentence)
        }
        var sawThat = false
        for j in upTo(s, min(range.upperBound, s + 12)) {
            if isQuote(sentence, j) != nil || [".", ";"].contains(lowerAt(sentence, j) ?? "") { break }
            // "stressed the crane's importance, saying that Q": that "that" is the participle's.
            if lowerAt(sentence, j) == ",", let next = lowerAt(sentence, j + 1), next.hasSuffix("ing"), Lexicon.cues[next] != nil { break }
            // "... but that Q": a second clause of the outer speaker's.
            if ["but", "and"].contains(lowerAt(sentence, j) ?? "") { break }
            if lowerAt(sentence, j) == "that" { s = j + 1; sawThat = true; break }
        }
        if !sawThat {
            guard cue.lemma != "told" else { return false }
            while let w = lowerAt(sentence, s), w == "," || isTimePhraseWord(w) { s += 1 }
        }
        let end = min(clauseEnd(sentence, from: s), range.upperBound)
        guard end - s >= 3, let content = span(sentence, s..<end) else { return false }
        let outerName = relayerName(outer)
        let relay = outerRelay + [outerName]
        if let q = isQuote(sentence, s), s + 2 >= end {
            guard !usedQuotes.contains(q) else { return true }
            record(kind: .direct, pieces: quotes[q].pieces, cue: cue.lemma, denies: cue.denies, phrase: subject.phrase, rule: "nested-report", relay: relay, sentence: sentence)
            usedQuotes.insert(q)
        } else {
            record(kind: .indirect, pieces: [content], cue: cue.lemma, denies: cue.denies, phrase: subject.phrase, rule: "nested-report", relay: relay, sentence: sentence)
        }
        // "..., saying that Q, the sources said": the inner speaker goes on.
        if end < range.upperBound, lowerAt(sentence, end) == ",", let word = lowerAt(sentence, end + 1), let second = Lexicon.cues[word], word.hasSuffix("ing") {
            var t = end + 2
            if lowerAt(sentence, t) == "that" { t += 1 }
            if range.upperBound - t >= 3, let rest = span(sentence, t..<range.upperBound) {
                record(kind: .indirect, pieces: [rest], cue: second.lemma, denies: second.denies, phrase: subject.phrase, rule: "nested-report+participle", relay: relay, sentence: sentence)
            }
        }
        return true
    }

    /// "Mr. Christie, he said, directly denied the story": what the interrupted clause reports is
    /// its subject's own statement, relayed by the speaker of the interrupting cue.
    mutating func interruptedReport(_ sentence: Sentence, subject: Range<Int>, after start: Int, outer: SpeakerPhrase, relay: [String]) -> Bool {
        let list = tokenIndices(sentence, subject)
        guard let a = list.first, let b = list.last, list.count == subject.count, list.count <= 8,
              let inner = SpeakerParser.parse(tokens, a..<(b + 1), text: textOf), [.person, .organization].contains(inner.kind) else { return false }
        var v = start
        while let w = lowerAt(sentence, v), cue(sentence, at: v) == nil, Lexicon.fillers.contains(w) || Lexicon.isMannerAdverb(w) { v += 1 }
        guard let (cue, length) = cue(sentence, at: v), !["according to", "cited", "quoted"].contains(cue.lemma) else { return false }
        var s = v + length
        if cue.lemma == "told", let that = upTo(s, min(sentence.units.count, s + 6)).first(where: { lowerAt(sentence, $0) == "that" }) { s = that }
        if lowerAt(sentence, s) == "that" { s += 1 } else if cue.frame == .thatOnly { return false }
        let end = clauseEnd(sentence, from: s)
        guard end - s >= (cue.frame == .object ? 1 : 3), let content = span(sentence, s..<end) else { return false }
        let relayer = relayerName(outer)
        let speaker = resolve(outer).source
        record(kind: .indirect, pieces: [content], cue: cue.lemma, denies: cue.denies, phrase: inner, rule: "interrupted-report",
               relay: relay + [relayer], sentence: sentence)
        // The one who spoke is still the relayer: "“...,” he said" next goes on with him.
        if let speaker, result.sources[speaker].kind == .person { notePersonSpoke(speaker) }
        return true
    }

    /// Prepositions that open the place or occasion of speaking after "told reporters".
    static let settingPrepositions: Set<String> = ["outside", "inside", "at", "in", "near", "after", "before", "during", "ahead", "while", "as", "following", "amid", "from", "on", "upon", "when"]

    /// "SPEAKER said (that) P", "SPEAKER told OBJECT (that) P", "SPEAKER denied the report".
    mutating func cueThenClause(_ sentence: Sentence, cueUnit c: Int, cue: Lexicon.Cue, length: Int) -> Bool {
        // "cited a report alleging P": a participle right after a noun describes the noun (the
        // rules of reports read it); it is no verb of the sentence's subject.
        if let word = lowerAt(sentence, c), word.hasSuffix("ing"), Self.claimNouns.contains(lowerAt(sentence, c - 1) ?? "") { return false }
        // "employees were told by WeWork to sign": the subject of a passive "told" is who heard it;
        // "In an email sent by chairman X, employees were told that P": the sender told them.
        var found = subjectBefore(sentence, end: c)
        // So is the subject of "had been warned", "were assured": the listener, not the speaker.
        if ["told", "warned", "assured", "informed"].contains(cue.lemma), Self.passiveAuxiliaries.contains(lowerAt(sentence, c - 1) ?? "") {
            guard let releaser = statementReleaser(sentence), lowerAt(sentence, c + 1) == "that" else { return false }
            found = (SpeakerPhrase(kind: .person, mention: releaser, name: releaser), c)
        }
        // "the group raised alarm at the terms of the deal, and said that P": a second predicate of
        // the sentence's subject.
        // So does "called it “stupid” and added that P", after a quotation.
        if found == nil, lowerAt(sentence, c - 1) == "and", lowerAt(sentence, c - 2) == "," || isQuote(sentence, c - 2) != nil, lowerAt(sentence, c + length) == "that",
           let opening = sentenceSubject(sentence) {
            found = (opening, c - 1)
        }
        // "Annan appealed for calm and said P": with no other verb of saying before it, "and said"
        // is the subject's second predicate too.
        // ("and added more pressure on", "and telling her not to": no statement, or not the subject's.)
        if found == nil, lowerAt(sentence, c - 1) == "and", ["said", "says"].contains(lowerAt(sentence, c) ?? ""),
           lowerAt(sentence, c + length) == "that" || opensFiniteClause(sentence, at: c + length),
           !upTo(start(of: sentence), c - 1).contains(where: { self.cue(sentence, at: $0) != nil || isQuote(sentence, $0) != nil }),
           let opening = sentenceSubject(sentence), opening.kind != .pronoun || start(of: sentence) + 1 < c {
            found = (opening, c - 1)
        }
        // "Strauss-Kahn resigned as managing director, but insisted he was innocent": after a
        // predicate that reports no speech, ", but" and a verb of saying go on with the subject.
        // ("refused to discuss the rumours but confirmed that P": "that" marks it without a comma.
        // A passive "was found" before it reports no speech.)
        // ("presented the accounts but told investors P": "told" is speech, comma or not.)
        if found == nil, lowerAt(sentence, c - 1) == "but", lowerAt(sentence, c - 2) == "," || lowerAt(sentence, c + length) == "that" || cue.lemma == "told", cue.frame != .object,
           !upTo(start(of: sentence), c - 2).contains(where: { (self.cue(sentence, at: $0) != nil && !Self.passiveAuxiliaries.contains(lowerAt(sentence, $0 - 1) ?? ""))
               || isQuote(sentence, $0) != nil }),
           let opening = sentenceSubject(sentence) {
            found = (opening, c - 1)
        }
        // "The mayor, Tri Rismaharini, comforted relatives and urged them to be strong": a request
        // as the second predicate of the sentence's subject. So is an accusation or a blame, which
        // always reports speech ("praised the crews and accused the utility of ignoring warnings"),
        // but not a passive one, with no object before "of" ("was held and accused of fraud").
        if found == nil, lowerAt(sentence, c - 1) == "and",
           Self.requestCues.contains(cue.lemma) || cue.denies && cue.frame == .object
            || Self.accusationCues.contains(cue.lemma) && !["of", "for"].contains(lowerAt(sentence, c + 1) ?? ""),
           let opening = appositiveSubject(sentence, before: c - 1) ?? sentenceSubject(sentence) {
            found = (opening, c - 1)
        }
        guard let subject = found else { return false }
        // "Jones, police said, denied the charges": the cue interrupts Jones's own statement.
        if lowerAt(sentence, c + length) == ",", subject.start >= 2, lowerAt(sentence, subject.start - 1) == ",",
           interruptedReport(sentence, subject: 0..<(subject.start - 1), after: c + length + 1, outer: subject.phrase, relay: []) { return true }
        var s = c + length
        // "which he denies, and will appear in court": a verb with nothing after it has no object.
        if cue.frame == .object, lowerAt(sentence, s) == ",", ["and", "but"].contains(lowerAt(sentence, s + 1) ?? "") { return false }
        var relay: [String] = []
        if cue.lemma == "told" || cue.lemma == "assured" || cue.lemma == "warned" || cue.lemma == "informed" {
            if let outlet = outletAt(sentence, s) { relay.append(outlet.name); s = outlet.end }
        }
        // "OUTLET cited X, reporting that P"
        var source = subject.phrase
        if lowerAt(sentence, c) == "cited" || lowerAt(sentence, c) == "citing" { return false }
        // "The Coastal Record reported, citing two officials, that P" / "X, quoting officials, reported":
        // whoever reports citing or quoting others is an outlet, known to the lexicon or not.
        // ", citing X," between the subject and the cue.
        let citingParticiple = lowerAt(sentence, c - 1) == ","
            ? upTo(subject.start, c - 1).first(where: { isCiting(sentence, $0) && lowerAt(sentence, $0 - 1) == "," }) : nil
        if cue.lemma == "reported", source.kind == .person, source.name != nil {
            let citingAfter = lowerAt(sentence, s) == "," && isCiting(sentence, s + 1)
            if citingAfter || citingParticiple != nil {
                source.kind = .organization
                source.isOutlet = true
                source.role = nil
            }
        }
        // "NBC, quoting intelligence sources, reported that P": the quoted are the source.
        if let participle = citingParticiple, source.isOutlet || source.kind == .organization {
            let list = tokenIndices(sentence, (participle + 1)..<(c - 1))
            if let a = list.first, let b = list.last, list.count == c - 2 - participle,
               let cited = SpeakerParser.parse(tokens, a..<(b + 1), text: textOf) {
                relay.append(relayName(source))
                source = cited
            }
        }
        // "The sources said Poehl told the bankers that P": Poehl's words, relayed by the sources.
        if cue.frame == .clause || cue.frame == .thatOnly && lowerAt(sentence, s) == "that", citingParticiple == nil,
           relayNestedReport(sentence, s..<sentence.units.count, outer: source, relay: relay) { return true }
        // Skip an object or adjunct before "that" ("told the leader as the war began that").
        var sawThat = false
        var j = s
        var limit = s + 10
        while j < min(sentence.units.count, limit) {
            // "Reuters reported, citing two officials, that P": the cited are the source.
            // ("rejected a report citing officials": what the report cites is no source of the one rejecting it.)
            if isCiting(sentence, j), cue.frame != .object, source.isOutlet || source.kind == .organization, let cited = subjectAfter(sentence, start: j + 1) {
                relay.append(relayName(source))
                source = cited.phrase
                limit = cited.end + 4
                j = cited.end
                continue
            }
            // "acknowledged staffing shortages, telling lawmakers that P": that "that" is the participle's.
            if j > s, lowerAt(sentence, j) == ",", let next = lowerAt(sentence, j + 1), next.hasSuffix("ing"), Lexicon.cues[next] != nil { break }
            // "repeated its denial of a report alleging that P": nor is one after a noun and its participle.
            if j > s, let w = lowerAt(sentence, j), w.hasSuffix("ing"), Lexicon.cues[w] != nil, lowerAt(sentence, j + 1) == "that" { break }
            // An object verb's "that" must follow it directly ("denied that P"); later it belongs
            // to a relative clause in the object ("accused NATO of sabotaging a deal that ...").
            if lowerAt(sentence, j) == "that" {
                if cue.frame == .object && j > s { break }
                // "said the panel was set up to ensure that ...": past a verb, "that" is inside the
                // statement; "said the two bodies that were found" opens a relative clause. A verb
                // that names no listener has only its occasion before "that".
                // ("said this week that", "said in a statement carried by the agency that" are occasions.)
                // ("said in his pocket he had a radio that ...": a subject of its own opens the statement.)
                if j > s, !Self.listenerCues.contains(cue.lemma), let first = lowerAt(sentence, s),
                   upTo(s, j).contains(where: { ["he", "she", "they", "we", "i"].contains(lowerAt(sentence, $0) ?? "") })
                    || !Self.settingPrepositions.contains(first) && !(isTimePhraseWord(first) && isTimePhraseWord(lowerAt(sentence, s + 1) ?? ""))
                    && (SpeakerParser.determiners.contains(first) || hasFiniteVerb(sentence, s..<j)),
                   // ("posted the news that P", "denied the claim that P": the noun's content is what was said.)
                   !(j - s <= 4 && (Self.claimNouns.contains(lowerAt(sentence, j - 1) ?? "") || ["news", "word", "message"].contains(lowerAt(sentence, j - 1) ?? ""))) { break }
                // "said P and that Q": the words before "and that" are the first reported clause.
                if j - 1 > s, ["and", "but"].contains(lowerAt(sentence, j - 1) ?? "") { break }
                s = j + 1; sawThat = true; break
            }
            if isQuote(sentence, j) != nil || lowerAt(sentence, j) == "." { break }
            j += 1
        }
        if !sawThat {
            // "Western states think Iran is seeking nuclear weapons": a belief takes its clause
            // without "that" too, but only a clause: "thought of leaving", "feared the worst" are not.
            if cue.frame == .thatOnly, !(Self.beliefCues.contains(cue.lemma) && opensFiniteClause(sentence, at: s)) { return false }
            if cue.lemma == "told", relay.isEmpty {
                // "told reporters P": skip a short object. ("told the Ledger the mayor would resign":
                // the outlet, read above, was the object.)
                // ("told investors he could not give details"; "told investors of New Media ... that P"
                // has a longer listener.)
                let listenerNoun = Self.listenerNouns.contains(lowerAt(sentence, s) ?? "")
                    && !SpeakerParser.functionWords.contains(lowerAt(sentence, s + 1) ?? "")
                if let w = lowerAt(sentence, s), ["reporters", "journalists", "the", "a", "him", "her", "them", "us", "me", "lawmakers", "parliament", "congress"].contains(w)
                    || listenerNoun || w.first?.isUppercase == true {
                    s += 1
                    while let w2 = lowerAt(sentence, s), (w2.first?.isUppercase == true || ["committee", "conference", "news", "press", "briefing"].contains(w2)) { s += 1 }
                }
            }
            // "said on Monday P", "said Tuesday P": when it was said. ("said this would fail",
            // "said on board were 155 people": "this" and "on" open the statement.)
            while let w = lowerAt(sentence, s), w == "," || w == ":" || isTimePhraseWord(w) {
                if ["on", "this", "last"].contains(w), !isTimePhraseWord(lowerAt(sentence, s + 1) ?? "") { break }
                s += 1
            }
            // "emphasised in his comments the close talks": the occasion comes before the object.
            if isVenuePhrase(sentence, at: s), let noun = upTo(s + 2, min(sentence.units.count, s + 5)).first(where: { Lexicon.venueNouns.contains(lowerAt(sentence, $0) ?? "") }),
               noun + 1 < sentence.units.count, lowerAt(sentence, noun + 1) != "." {
                s = noun + 1
                if lowerAt(sentence, s) == "," { s += 1 }
            }
            // "responded by saying it would appeal": the participle is the statement's verb
            // (`processSubjectParticiple`).
            if lowerAt(sentence, s) == "by", participleOfSaying(sentence, after: s) != nil { return false }
            // "told reporters at a news conference the cut was needed": where and when he spoke
            // comes before the clause of what he said. Its subject is the last that opens a clause
            // before any verb. ("told reporters outside his hotel ahead of the meeting" has none:
            // what he said was quoted before the cue.)
            if cue.lemma == "told", let w = lowerAt(sentence, s), Self.settingPrepositions.contains(w) {
                let window = upTo(s + 1, min(clauseEnd(sentence, from: s), s + 12))
                guard let subjectStart = window.last(where: { opensFiniteClause(sentence, at: $0) && !hasFiniteVerb(sentence, upTo(s + 1, $0)) })
                else { return false }
                s = subjectStart
            }
        }
        // "the Nasdaq added 20.72 points", "gold added 0.1% to $1,472": a gain, not an addition to
        // what someone said.
        // ("He added 200 people would lose their jobs" is speech: a person adds words.)
        if cue.lemma == "added", !sawThat, subject.phrase.kind != .person, subject.phrase.kind != .pronoun,
           let w = lowerAt(sentence, s), w.first.map({ $0.isNumber || $0 == "$" }) == true { return false }
        // "wrote a memo to principals", "wrote a letter to the board": the object is the message,
        // whose words, if any, follow in rules of their own.
        if !sawThat, ["wrote", "posted", "tweeted"].contains(cue.lemma), SpeakerParser.determiners.contains(lowerAt(sentence, s) ?? ""),
           upTo(s + 1, min(sentence.units.count, s + 3)).contains(where: { Self.messageNouns.contains(lowerAt(sentence, $0) ?? "") }) {
            return false
        }
        // "criticized Putin’s offer as repetitive and insincere": the complement is the content.
        // Not with a request ("urged them to act as soon as possible"), nor a comparison ("as soon as").
        if cue.frame == .object && !sawThat, !Self.requestCues.contains(cue.lemma),
           let asUnit = upTo(s, min(sentence.units.count, s + 8)).first(where: { lowerAt(sentence, $0) == "as" }),
           lowerAt(sentence, asUnit + 2) != "as", !(s..<asUnit).contains(where: { isQuote(sentence, $0) != nil || lowerAt(sentence, $0) == ","
               || Lexicon.cues[lowerAt(sentence, $0) ?? ""] != nil }) {
            let end = clauseEnd(sentence, from: asUnit + 1)
            // "dismissed the allegations as baseless": a denial keeps the statement it denies.
            let deniesObject = cue.denies && tokenIndices(sentence, s..<asUnit).contains { Lexicon.deniableObjects.contains(tokens[$0].lower) }
            if let range = span(sentence, (deniesObject ? s : asUnit + 1)..<end) {
                record(kind: .indirect, pieces: [range], cue: cue.lemma, denies: cue.denies, phrase: subject.phrase, rule: "speaker-cue-object-as", sentence: sentence)
                continueWithParticiple(sentence, from: end, phrase: subject.phrase, denies: cue.denies)
                secondStatement(sentence, after: end, phrase: subject.phrase)
                return true
            }
        }
        // Verbs of judging ("criticized the Russian leader", "called his bluff") report speech only
        // with their complement ("criticized the offer as insincere", handled above) or a quote.
        // ... except "called the report false": calling a statement untrue denies it.
        var callsFalse = false
        if cue.lemma == "called" {
            let window = tokenIndices(sentence, upTo(s, min(sentence.units.count, s + 7))).map { tokens[$0].lower }
            callsFalse = window.contains(where: { Lexicon.deniableObjects.contains($0) }) && window.contains(where: { Self.falsityWords.contains($0) })
        }
        if cue.frame == .object && !sawThat && Self.judgingCues.contains(cue.lemma) && !callsFalse {
            // "criticized the tariffs, saying “time is running out”": the judging is an act, the
            // participle after it speech.
            // (The comma may close the quotation: "called the report “very worrying,” saying Q".)
            if let comma = upTo(s, min(sentence.units.count, s + 12)).first(where: { endsWithComma(sentence, $0) && participleOfSaying(sentence, after: $0) != nil }) {
                let before = result.attributions.count
                continueWithParticiple(sentence, from: comma, phrase: subject.phrase)
                return result.attributions.count > before
            }
            // "called Day “elite” and said Q": a second verb of saying.
            if let and = upTo(s, min(sentence.units.count, s + 8)).first(where: { lowerAt(sentence, $0) == "and"
                   && (Lexicon.cues[lowerAt(sentence, $0 + 1) ?? ""].map { $0.frame != .object } ?? false) }) {
                let before = result.attributions.count
                secondStatement(sentence, after: and, phrase: subject.phrase)
                return result.attributions.count > before
            }
            return false
        }
        // "declared a state of emergency", "declared bankruptcy": the declaring is the act itself,
        // with no content; "declared readiness for talks" still reports a stance.
        if cue.lemma == "declared", !sawThat,
           tokenIndices(sentence, upTo(s, min(sentence.units.count, s + 3))).contains(where: { Lexicon.performedByDeclaring.contains(tokens[$0].lower) }) {
            return false
        }
        if cue.frame == .object && !sawThat {
            // Denials of a report need the report as object; other object verbs keep their object.
            if cue.denies && Self.actOrDenial.contains(cue.lemma) {
                let objectWords = tokenIndices(sentence, upTo(s, min(sentence.units.count, s + 6))).map { tokens[$0].lower }
                guard objectWords.contains(where: { Lexicon.deniableObjects.contains($0) }) else { return false }
            }
        }
        // Content runs to the end of the sentence, before a trailing attribution or a second
        // verb of saying ("said P but warned that Q").
        var end = sentence.units.count
        var reporter: (phrase: SpeakerPhrase, cue: Lexicon.Cue, end: Int)?
        var secondCue: (cue: Lexicon.Cue, at: Int)?
        /// The comma before ", adding that Q", or the quotation that ends on it.
        var participleComma: Int?
        var nextClause: Int?
        var subordinateOpening = false
        var closesRelativeClause = false
        // "Although relatives suggested P, the director told lawmakers Q": an opening subordinate
        // clause ends at its comma; the main clause has a speaker and a cue of its own.
        let opening = start(of: sentence)
        // "Zakhilwal, who denies any wrongdoing, now runs the bank": a relative clause set off by
        // commas ends at its closing comma.
        if let who = upTo(subject.start, c).last(where: { lowerAt(sentence, $0) == "who" || lowerAt(sentence, $0) == "which" }), lowerAt(sentence, who - 1) == ",",
           !upTo(who, c).contains(where: { lowerAt(sentence, $0) == "," }), let comma = upTo(s, sentence.units.count).first(where: { lowerAt(sentence, $0) == "," }) {
            end = comma
            closesRelativeClause = true
        }
        if subject.start == opening + 1, ["although", "though", "while", "whereas", "as", "because", "if", "when", "after", "before", "since"].contains(lowerAt(sentence, opening) ?? ""),
           let comma = upTo(s, sentence.units.count).first(where: { lowerAt(sentence, $0) == "," }),
           let c2 = upTo(comma + 1, min(sentence.units.count, comma + 10)).first(where: { self.cue(sentence, at: $0) != nil }),
           subjectBefore(sentence, end: c2, floor: comma + 1) != nil {
            end = comma
            nextClause = c2
            subordinateOpening = true
        }
        for k in upTo(s, nextClause == nil && !closesRelativeClause ? sentence.units.count : end) {
            // "said P, but he too disclaimed Q", "denied P although he has admitted Q": a second
            // clause with a subject and a cue of its own.
            let joint = endsWithComma(sentence, k) ? k + 1 : k
            // A quotation closing on the comma belongs to the first clause.
            let firstEnd = isQuote(sentence, k) != nil ? k + 1 : k
            if k > s, ["but", "and", "although", "though", "while", "whereas"].contains(lowerAt(sentence, joint) ?? ""),
               joint == k + 1 || lowerAt(sentence, joint) != "and" && lowerAt(sentence, joint) != "but",
               let pronoun = lowerAt(sentence, joint + 1), Lexicon.pronouns[pronoun] != nil, pronoun != "it",
               let c2 = upTo(joint + 2, min(sentence.units.count, joint + 5)).first(where: { self.cue(sentence, at: $0) != nil }),
               upTo(joint + 2, c2).allSatisfy({ isFillerAt(sentence, $0) }) {
                end = firstEnd
                nextClause = c2
                break
            }
            // "P but the union says Q", with no comma: a described or named subject, then "says"/"said".
            if k > s + 2, joint == k, lowerAt(sentence, k) == "but", let c2 = upTo(k + 2, min(sentence.units.count, k + 6)).first(where: {
                   ["says", "said", "say"].contains(lowerAt(sentence, $0) ?? "") && self.cue(sentence, at: $0) != nil }),
               let second = subjectBefore(sentence, end: c2, floor: k + 1), second.start == k + 1,
               second.phrase.kind != .pronoun, lowerAt(sentence, k + 1) == "the" || isCapitalizedWord(sentence, k + 1) {
                end = k
                nextClause = c2
                break
            }
            // "reported that P, but the White House quickly denied that Q": after a comma, a named
            // or described subject of its own, then its cue.
            // So does ", and the union threatened to strike": a request or promise of another speaker.
            if k > s, joint == k + 1, ["but", "while", "whereas", "and"].contains(lowerAt(sentence, joint) ?? ""),
               let c2 = upTo(joint + 2, min(sentence.units.count, joint + 9)).first(where: { self.cue(sentence, at: $0) != nil
                   || lowerAt(sentence, joint) == "and" && Lexicon.infinitiveSpeechActs[lowerAt(sentence, $0) ?? ""] != nil && lowerAt(sentence, $0 + 1) == "to"
                   || issuedStatementNoun(sentence, after: $0) != nil }),
               let second = subjectBefore(sentence, end: c2, floor: joint + 1), second.start == joint + 1,
               second.phrase.kind != .pronoun {
                end = firstEnd
                nextClause = c2
                break
            }
            // "denied the allegations in a statement on its website", "during a press conference on
            // Sunday", "on Monday": the occasion is no part of what was said.
            // (", reiterating that Q" after the occasion still goes on speaking.)
            // ("denied that he died on Sunday": a that-clause keeps its own time and place.)
            if cue.frame == .object, !sawThat, k > s, isVenuePhrase(sentence, at: k) || isOccasionPhrase(sentence, at: k) {
                end = k
                participleComma = upTo(k + 1, min(sentence.units.count, k + 10)).first { endsWithComma(sentence, $0)
                    && (lowerAt(sentence, $0 + 1).map { $0.hasSuffix("ing") && Lexicon.cues[$0] != nil } ?? false) }
                break
            }
            // "denied any wrongdoing after he was suspended", "rejected the claims amid protests":
            // the object is a noun phrase; a clause or phrase of time or cause after it is the writer's.
            // ("urged Zimbabweans to unite to create “a new beginning” after a vote ...": a request
            // ends there too, whatever it quotes.)
            if cue.frame == .object, !sawThat, k > s + 1, k < end, let w = lowerAt(sentence, k), Self.objectEnders.contains(w),
               !upTo(s, k).contains(where: { lowerAt(sentence, $0) == "that" || isQuote(sentence, $0) != nil && !Self.requestCues.contains(cue.lemma) }) {
                end = k
                // "... after a trade newsletter said P": the clause after it may report speech of its own.
                if let c2 = upTo(k + 2, min(sentence.units.count, k + 10)).first(where: { self.cue(sentence, at: $0) != nil }),
                   let second = subjectBefore(sentence, end: c2, floor: k + 1), second.start == k + 1 {
                    nextClause = c2
                }
                break
            }
            // "denied the report, which came two days before the debate": a relative clause set off
            // by a comma describes the object in the writer's words.
            // ("denied that the firm, which is based in Ohio, broke the law": not inside a that-clause.)
            if cue.frame == .object, !sawThat, k > s, lowerAt(sentence, k) == ",", ["which", "who"].contains(lowerAt(sentence, k + 1) ?? "") { end = k; break }
            if let w = lowerAt(sentence, k), w == "but" || w == "and", let next = lowerAt(sentence, k + 1), let second = Lexicon.cues[next],
               second.frame != .object, lowerAt(sentence, k + 2) == "that" || second.lemma == "said" || second.lemma == "added" {
                end = k
                secondCue = (second, k + 1)
                break
            }
            // "said the plan was sound and denied any wrongdoing", "told the paper he is innocent and
            // described the case as “very disappointing”": a second verb that takes an object is a
            // second statement, with rules of its own.
            // ("Putin was presented with and rejected the deal": one object for two verbs.)
            if let w = lowerAt(sentence, k), w == "and" || w == "but", let next = lowerAt(sentence, k + 1), next.hasSuffix("ed"),
               let second = Lexicon.cues[next], second.frame == .object, second.denies || ["described", "called"].contains(second.lemma),
               !SpeakerParser.functionWords.contains(lowerAt(sentence, k - 1) ?? "") {
                end = k
                // A quoted judgement ("as “very disappointing”") is direct speech of its own.
                if second.lemma != "described", !upTo(k + 2, clauseEnd(sentence, from: k + 2)).contains(where: { isQuote(sentence, $0) != nil }) {
                    secondCue = (second, k + 1)
                }
                break
            }
            // "denied those claims and dismissed them as “bogus”": the object of a denying or
            // judging verb ends where a second verb of saying begins; that verb has rules of its own.
            if cue.frame == .object, !sawThat, k > s, lowerAt(sentence, k) == "and", let next = lowerAt(sentence, k + 1),
               Lexicon.cues[next] != nil, !upTo(s, k).contains(where: { isQuote(sentence, $0) != nil }) {
                end = k
                break
            }
            // "said P, and demanded Q": a request after a comma is a second statement.
            if lowerAt(sentence, k) == ",", lowerAt(sentence, k + 1) == "and", let next = lowerAt(sentence, k + 2), let second = Lexicon.cues[next],
               Self.requestCues.contains(second.lemma) {
                end = k
                secondCue = (second, k + 2)
                break
            }
            if lowerAt(sentence, k) == ",", lowerAt(sentence, k + 1) == "according", lowerAt(sentence, k + 2) == "to" {
                end = k
                // "said P, according to PTI, while a senior officer said Q": a second speaker after the source.
                if let comma = upTo(k + 3, min(sentence.units.count, k + 12)).first(where: { lowerAt(sentence, $0) == "," }),
                   ["while", "but", "whereas"].contains(lowerAt(sentence, comma + 1) ?? ""),
                   let c2 = upTo(comma + 3, min(sentence.units.count, comma + 11)).first(where: { self.cue(sentence, at: $0) != nil }),
                   let second = subjectBefore(sentence, end: c2, floor: comma + 2), second.start == comma + 2 {
                    nextClause = c2
                }
                break
            }
            // "said P; a senior officer said Q": a semicolon, then a subject and a cue of their own.
            if k > s, lowerAt(sentence, k) == ";",
               let c2 = upTo(k + 2, min(sentence.units.count, k + 10)).first(where: { self.cue(sentence, at: $0) != nil }),
               let second = subjectBefore(sentence, end: c2, floor: k + 1), second.start == k + 1 {
                end = k
                nextClause = c2
                break
            }
            // "said it held no talks, following a newspaper report that …": the writer's setting.
            if lowerAt(sentence, k) == ",", ["following", "amid", "despite"].contains(lowerAt(sentence, k + 1) ?? "") { end = k; break }
            // "P — but it's impossible to know whether ...": after a dash, "but" opens the writer's comment.
            if ["—", "–"].contains(lowerAt(sentence, k) ?? ""), lowerAt(sentence, k + 1) == "but" { end = k; break }
            // ", adding that Q", ", citing X", ", telling lawmakers that Q": a participle of saying
            // starts what follows; `continueWithParticiple` reads it.
            // (The comma may sit inside a quotation's closing mark: "is “baseless,” adding that Q".)
            // So does one after a dash ("suggested possible fraud — saying Q") or after "while".
            if endsWithComma(sentence, k) || ["—", "–", "while"].contains(lowerAt(sentence, k) ?? ""), let next = lowerAt(sentence, k + 1),
               next == "adding" || Self.citingWords.contains(next) || next.hasSuffix("ing") && (Lexicon.cues[next] != nil || Self.complementVerbs[next] != nil) {
                end = firstEnd
                participleComma = k
                break
            }
            if lowerAt(sentence, k) == ",", withFrame(sentence, at: k + 1) != nil { end = k; break }
            // ", Reuters reported, and P": the report's own frame ends the clause; what follows the
            // frame is the reporter's statement.
            if lowerAt(sentence, k) == ",", let frame = reportFrame(sentence, after: k) {
                end = k
                reporter = frame
                break
            }
            // ... also after a quotation whose comma sits inside its marks (“... enough,” Reuters reported).
            if let q = isQuote(sentence, k), let last = quotes[q].pieces.last, last.upperBound > last.lowerBound,
               scalars[last.upperBound - 1] == ",", let frame = reportFrame(sentence, after: k) {
                end = k + 1
                reporter = frame
                break
            }
            // "prosecutors said P because the “allegations cannot be proved,” the Times reported.":
            // an outlet's frame ending the sentence reports the whole statement; it relays it.
            if k > s, k + 10 >= sentence.units.count, endsWithComma(sentence, k), let frame = sentenceFinalReport(sentence), frame.at == k {
                end = lowerAt(sentence, k) == "," ? k : k + 1
                if !relay.contains(frame.outlet) { relay.append(frame.outlet) }
                break
            }
        }
        guard s < end, let range = span(sentence, s..<end) else { return false }
        // "When Ghani first announced the exchange last week, he said Q": in an opening subordinate
        // clause, an object with no clause of its own is an event; the main clause still speaks.
        if subordinateOpening, let c2 = nextClause, !sawThat, !hasFiniteVerb(sentence, s..<end), let (cue2, length2) = self.cue(sentence, at: c2) {
            return cueThenClause(sentence, cueUnit: c2, cue: cue2, length: length2)
        }
        // Words of the content, quoted ones included ("the offer “was weak,”" is four).
        let contentWords = tokenIndices(sentence, s..<end).filter { tokens[$0].kind == .word }.count
            + (s..<end).compactMap { isQuote(sentence, $0) }.reduce(0) { $0 + wordCount(of: $1) }
        guard contentWords >= 1 else { return false }
        // ("suggested possible fraud — saying Q": a short object before a participle of saying.)
        if cue.frame != .object && contentWords < (participleComma == nil ? 3 : 2) && isQuote(sentence, s) == nil { return false }
        // Mostly a quotation already recorded as direct speech: the direct attribution says it.
        let quotedWords = (s..<end).compactMap { isQuote(sentence, $0) }.filter { usedQuotes.contains($0) }.reduce(0) { $0 + wordCount(of: $1) }
        if quotedWords * 2 >= contentWords, quotedWords > 0 {
            if let reporter { reportContinuation(sentence, reporter) }
            // "called the speculation “stupid” and added that Q": the second verb still speaks.
            else if let second = secondCue { recordSecondVerb(sentence, second, phrase: source, relay: relay) }
            // "called the report “very worrying,” saying Q": so does a participle.
            else if let comma = participleComma { continueWithParticiple(sentence, from: comma, phrase: source) }
            return true
        }
        // Mostly a quotation: attributed as direct speech already, or now.
        if let q = isQuote(sentence, s), s + 2 >= end {
            if !usedQuotes.contains(q) {
                record(kind: .direct, pieces: quotes[q].pieces, cue: cue.lemma, denies: cue.denies, phrase: source, rule: "speaker-cue-quote", relay: relay, sentence: sentence)
            }
            if let comma = participleComma { continueWithParticiple(sentence, from: comma, phrase: source) }
            return true
        }
        var k = end
        if lowerAt(sentence, k) == ",", isCiting(sentence, k + 1), let cited = subjectAfter(sentence, start: k + 2), source.isOutlet {
            relay.append(relayName(source))
            source = cited.phrase
            k = cited.end
        }
        record(kind: .indirect, pieces: [range], cue: cue.lemma, denies: cue.denies || callsFalse, phrase: source,
               rule: sawThat ? "speaker-cue-that" : "speaker-cue-clause", relay: relay, sentence: sentence)
        if let reporter {
            reportContinuation(sentence, reporter)
        } else if let c2 = nextClause, let (cue2, length2) = self.cue(sentence, at: c2) {
            _ = cueThenClause(sentence, cueUnit: c2, cue: cue2, length: length2)
        } else if let second = secondCue {
            recordSecondVerb(sentence, second, phrase: source, relay: relay)
        } else {
            continueWithParticiple(sentence, from: participleComma ?? end, phrase: source, denies: cue.denies || callsFalse)
        }
        return true
    }

    /// Words that end the noun phrase a denying or judging verb takes as its object.
    static let objectEnders: Set<String> = ["after", "before", "when", "since", "because", "while", "amid", "following", "despite", "until"]

    /// Beliefs and expectations, whose clause may come without "that".
    static let beliefCues: Set<String> = ["thought", "believed", "feared", "hoped", "expected", "felt"]

    /// Subject pronouns that can open a clause ("believes they will", not "believes them").
    static let subjectPronouns: Set<String> = ["i", "we", "you", "he", "she", "it", "they", "there"]

    /// Whether a clause with a subject and a finite verb starts at `s`: a determiner, a subject
    /// pronoun or a capitalized word, and an auxiliary or a past form within the next few words.
    func opensFiniteClause(_ sentence: Sentence, at s: Int) -> Bool {
        guard let first = lowerAt(sentence, s),
              SpeakerParser.determiners.contains(first) || Self.subjectPronouns.contains(first) || isCapitalizedWord(sentence, s) else { return false }
        for k in upTo(s + 1, min(sentence.units.count, s + 6)) {
            guard let w = lowerAt(sentence, k), ![",", ".", ";", ":"].contains(w), isQuote(sentence, k) == nil else { return false }
            // ("a bigger-than-expected drop", "state-owned banks": compounds in "-ed" are adjectives.)
            if Self.finiteVerbs.contains(w) || w.hasSuffix("n't") || w.hasSuffix("ed") && w.count > 4 && !isCapitalizedWord(sentence, k) && !w.contains("-")
                || Self.irregularPasts.contains(w) { return true }
        }
        return false
    }

    /// "said P but warned that Q": the second verb's clause, from the same speaker.
    mutating func recordSecondVerb(_ sentence: Sentence, _ second: (cue: Lexicon.Cue, at: Int), phrase: SpeakerPhrase, relay: [String]) {
        var t = second.at + 1
        if lowerAt(sentence, t) == "that" { t += 1 }
        let secondEnd = clauseEnd(sentence, from: t)
        if let secondRange = span(sentence, upTo(t, secondEnd)) {
            record(kind: .indirect, pieces: [secondRange], cue: second.cue.lemma, denies: second.cue.denies, phrase: phrase,
                   rule: "second-verb", relay: relay, sentence: sentence)
        }
    }

    /// Whether words hold a finite verb (an auxiliary, or a past form after the first word): "the
    /// financier may have been murdered" does, "the potential exchange last week" does not.
    func hasFiniteVerb(_ sentence: Sentence, _ range: Range<Int>) -> Bool {
        range.contains { k in
            guard let w = lowerAt(sentence, k) else { return false }
            if Self.finiteVerbs.contains(w) || w.hasSuffix("n't") { return true }
            return k > range.lowerBound && w.hasSuffix("ed") && w.count > 4 && !isCapitalizedWord(sentence, k)
        }
    }

    static let finiteVerbs: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
                                           "might", "should", "must", "did", "does", "do", "shall", "be", "been"]

    /// "during a press conference", "at a news briefing", "on Monday": when or at what event an
    /// object was denied or rejected.
    func isOccasionPhrase(_ sentence: Sentence, at k: Int) -> Bool {
        if lowerAt(sentence, k) == "on", let day = lowerAt(sentence, k + 1), day.hasSuffix("day"), isTimePhraseWord(day) { return true }
        return isPrepositionalPhrase(sentence, at: k, opening: ["during", "at"], nouns: Self.occasionNouns)
    }

    /// Events at which something is said: "during a press conference", "at a hearing".
    static let occasionNouns: Set<String> = ["conference", "briefing", "hearing", "interview", "meeting", "rally", "debate", "session", "event", "speech"]

    /// "in a statement", "in an interview with the BBC", "in a brief email", "on its website": the occasion of a statement.
    func isVenuePhrase(_ sentence: Sentence, at k: Int) -> Bool {
        isPrepositionalPhrase(sentence, at: k, opening: ["in", "on"], nouns: Lexicon.venueNouns)
    }

    /// A preposition from `opening` at unit `k`, an article or possessive, and one of `nouns`
    /// within the next three words ("in a brief email", "during the press conference").
    func isPrepositionalPhrase(_ sentence: Sentence, at k: Int, opening: [String], nouns: Set<String>) -> Bool {
        guard opening.contains(lowerAt(sentence, k) ?? ""), ["a", "an", "its", "his", "her", "their", "the"].contains(lowerAt(sentence, k + 1) ?? "") else { return false }
        return (2...4).contains { nouns.contains(lowerAt(sentence, k + $0) ?? "") }
    }

    /// Where a clause ends: the sentence end, or a comma before a participle that starts a
    /// second statement (", suggesting it was designed ...", ", adding that ...").
    func clauseEnd(_ sentence: Sentence, from start: Int) -> Int {
        for k in upTo(start, sentence.units.count) {
            let word = lowerAt(sentence, k)
            // ", saying Q", "— saying Q", "while warning that Q": a participle of saying starts a second statement.
            if word == "," || word == "—" || word == "–" || word == "while", let next = lowerAt(sentence, k + 1), next.hasSuffix("ing"),
               Lexicon.cues[next] != nil || Self.complementVerbs[next] != nil { return k }
            // "..., and said it would cooperate": a second verb of saying starts a second statement.
            if word == "and" || word == "but", let next = lowerAt(sentence, k + 1), let cue = Lexicon.cues[next], cue.frame != .object,
               next.hasSuffix("ed") || next == "said" || next == "told" {
                return lowerAt(sentence, k - 1) == "," ? k - 1 : k
            }
            // "..., and demanded a deadline extension": a request after a comma is a second predicate.
            if word == "and", lowerAt(sentence, k - 1) == ",", let next = lowerAt(sentence, k + 1), let cue = Lexicon.cues[next],
               Self.requestCues.contains(cue.lemma) {
                return k - 1
            }
            // "..., reported Reuters." closing the sentence: the outlet's frame, no part of the clause.
            if word == ",", ["reported", "reports"].contains(lowerAt(sentence, k + 1) ?? ""), k + 10 >= sentence.units.count,
               sentenceFinalReport(sentence)?.at == k {
                return k
            }
        }
        return sentence.units.count
    }

    /// The end of the clause from `start`, or the first of `stops` before it: the comma that
    /// closes a relative clause, the "and" or "after" that ends a charge.
    func clauseEnd(_ sentence: Sentence, from start: Int, orFirstOf stops: Set<String>) -> Int {
        let end = clauseEnd(sentence, from: start)
        return upTo(start, end).first(where: { stops.contains(lowerAt(sentence, $0) ?? "") }) ?? end
    }

    static let relativeClauseStops: Set<String> = [",", ";", "—", "–", "(", ")"]
    /// Words that end the charge of "pleaded guilty to X".
    static let chargeStops: Set<String> = ["and", ",", "after", "before", "when", "while", "because", "as", "in"]

    /// After a statement ending at `end`: "and said (that) Q" by the same speaker.
    mutating func secondStatement(_ sentence: Sentence, after end: Int, phrase: SpeakerPhrase, relay: [String] = []) {
        var k = end
        if lowerAt(sentence, k) == "," { k += 1 }
        guard let word = lowerAt(sentence, k), word == "and" || word == "but", let next = lowerAt(sentence, k + 1),
              let cue = Lexicon.cues[next], cue.frame != .object else { return }
        var s = k + 2
        if lowerAt(sentence, s) == "that" { s += 1 }
        let stop = clauseEnd(sentence, from: s)
        guard stop - s >= 2, let range = span(sentence, s..<stop) else { return }
        record(kind: .indirect, pieces: [range], cue: cue.lemma, denies: cue.denies, phrase: phrase, rule: "second-verb", relay: relay, sentence: sentence)
    }

    /// ", suggesting (that) P" after a statement: a second statement by the same speaker.
    /// After a denial ("denied the report, saying that P") the participle's clause denies too.
    mutating func continueWithParticiple(_ sentence: Sentence, from comma: Int, phrase: SpeakerPhrase, denies: Bool = false) {
        guard let participle = participleOfSaying(sentence, after: comma, reasons: true) else { return }
        let cue = participle.cue
        var s = participle.contentStart
        // ", telling lawmakers that P": the one told is no part of what was said.
        if lowerAt(sentence, s - 1) != "that", cue.lemma == "told", let that = upTo(s, min(sentence.units.count, s + 8)).first(where: { lowerAt(sentence, $0) == "that" }),
                !upTo(s, that).contains(where: { lowerAt(sentence, $0) == "," || isQuote(sentence, $0) != nil }) { s = that + 1 }
        var end = clauseEnd(sentence, from: s)
        // ", accusing Machado of filming the videos, which show her ...": a relative clause after
        // the charge describes its object.
        if Self.speechActParticiples.contains(lowerAt(sentence, participle.at) ?? ""),
           let comma = upTo(s + 2, end).first(where: { lowerAt(sentence, $0) == "," && ["which", "who"].contains(lowerAt(sentence, $0 + 1) ?? "") }) {
            end = comma
        }
        // ", telling People en Español that P": the outlet told relays what it was told.
        let relay = cue.lemma == "told" ? outletAt(sentence, participle.contentStart).map { [$0.name] } ?? [] : []
        // ", saying “time is running out”": a quotation alone is the speaker's own words.
        if let q = isQuote(sentence, s), s + 2 >= end, !usedQuotes.contains(q) {
            record(kind: .direct, pieces: quotes[q].pieces, cue: cue.lemma, denies: cue.denies || denies, phrase: phrase, rule: "participle-continuation", relay: relay, sentence: sentence)
            usedQuotes.insert(q)
            return
        }
        guard end - s >= 2, let range = span(sentence, s..<end) else { return }
        record(kind: .indirect, pieces: [range], cue: cue.lemma, denies: cue.denies || denies, phrase: phrase, rule: "participle-continuation", relay: relay, sentence: sentence)
        // "saying Q while calling for R": the next participle goes on.
        if end > comma, end < sentence.units.count, participleOfSaying(sentence, after: end) != nil {
            continueWithParticiple(sentence, from: end, phrase: phrase, denies: denies)
        }
    }

    /// "According to X, P" / "P, according to X." Outlets relay: "According to Reuters, Putin made
    /// clear that P" gives Putin, relayed by Reuters.
    mutating func accordingTo(_ sentence: Sentence, at c: Int) -> Bool {
        let count = sentence.units.count
        let opening = start(of: sentence)
        if c == opening || (c == opening + 1 && lowerAt(sentence, opening) == ",") {
            // According to X, P
            var comma = c + 2
            while comma < count, lowerAt(sentence, comma) != "," { comma += 1 }
            // "According to a second source, who also declined to be named, P": the relative
            // clause still describes the source.
            let phraseEnd = comma
            if let w = lowerAt(sentence, comma + 1), ["who", "whose"].contains(w) {
                comma += 1
                while comma < count, lowerAt(sentence, comma) != "," { comma += 1 }
            }
            guard comma < count, comma - (c + 2) <= 25 else { return false }
            let list = tokenIndices(sentence, (c + 2)..<phraseEnd)
            guard let first = list.first, let last = list.last, list.count == phraseEnd - c - 2,
                  let phrase = accordingDocument(first..<(last + 1)) ?? SpeakerParser.parse(tokens, first..<(last + 1), text: textOf) ?? documentSource(first..<(last + 1)) ?? accountOwner(first..<(last + 1)) else { return false }
            // "According to Al Mayadeen, citing an interview with Sky News, P": the source relays
            // what it cites; the statement is whoever speaks in P.
            var relay = [phrase.name ?? phrase.mention]
            var cites = false
            if let w = lowerAt(sentence, comma + 1), Self.citingWords.contains(w),
               let close = upTo(comma + 2, min(count, comma + 14)).first(where: { lowerAt(sentence, $0) == "," }) {
                for k in upTo(comma + 2, close) {
                    if let outlet = outletAt(sentence, k), outlet.end <= close { relay.append(outlet.name); break }
                }
                cites = true
                comma = close
            }
            let contentRange = (comma + 1)..<count
            // "According to the LA Times, P, according to a senior company official": the outlet's
            // report rests on the source named last, and the outlet relays it.
            if phrase.isOutlet, let second = upTo(comma + 4, count).last(where: { lowerAt(sentence, $0) == "according" && lowerAt(sentence, $0 + 1) == "to" }),
               lowerAt(sentence, second - 1) == "," {
                var end = second + 2
                while end < count, let w = lowerAt(sentence, end), ![".", ";", "!", "?", ","].contains(w) { end += 1 }
                let names = tokenIndices(sentence, (second + 2)..<end)
                if let a = names.first, let b = names.last, names.count == end - second - 2, names.count <= 18,
                   let cited = SpeakerParser.parse(tokens, a..<(b + 1), text: textOf), cited.kind != .pronoun,
                   let range = span(sentence, (comma + 1)..<(second - 1)) {
                    record(kind: .indirect, pieces: [range], cue: "according to", denies: false, phrase: cited, rule: "according-to-nested",
                           relay: relay, sentence: sentence)
                    return true
                }
            }
            if phrase.isOutlet || phrase.kind == .organization || cites, let inner = innerFrame(sentence, contentRange) {
                record(kind: inner.kind, pieces: inner.pieces, cue: inner.cue, denies: inner.denies, phrase: inner.phrase,
                       rule: "according-to-frame", relay: relay, sentence: sentence)
                return true
            }
            guard let range = span(sentence, contentRange) else { return false }
            record(kind: .indirect, pieces: [range], cue: "according to", denies: false, phrase: phrase, rule: "according-to", sentence: sentence)
            return true
        }
        // P, according to X, Q. (The comma may close a quotation: "are “wildly inaccurate,” according to".)
        // A quotation already given to its own speaker is relayed by X instead (`relayTrailingAccordingTo`).
        guard endsWithComma(sentence, c - 1), lowerAt(sentence, c - 1) == "," || isQuote(sentence, c - 1).map({ !usedQuotes.contains($0) }) == true
        else { return false }
        let contentEnd = lowerAt(sentence, c - 1) == "," ? c - 1 : c
        if let second = upTo(c + 2, min(count, c + 14)).first(where: { lowerAt(sentence, $0) == "," }), second + 2 < count {
            // ("has, according to local media reports Thursday, seen": the time names no source.)
            var phraseEnd = second
            while phraseEnd > c + 3, let w = lowerAt(sentence, phraseEnd - 1), isTimePhraseWord(w) || Self.calendarWords.contains(w) { phraseEnd -= 1 }
            let list = tokenIndices(sentence, (c + 2)..<phraseEnd)
            if let first = list.first, let last = list.last, list.count == phraseEnd - c - 2,
               let phrase = accordingDocument(first..<(last + 1)) ?? SpeakerParser.parse(tokens, first..<(last + 1), text: textOf),
               let before = span(sentence, start(of: sentence)..<contentEnd), let after = span(sentence, (second + 1)..<count) {
                // "P, according to X, adding to ...": a participle or relative clause after the
                // source comments on P; it is not the rest of the statement.
                // So does ", as reported by the Tribune": the outlet that carried it (`asReportedBy`).
                if let next = lowerAt(sentence, second + 1), next.hasSuffix("ing") || ["which", "who", "a", "an", "the"].contains(next)
                    || asReportedBy(sentence, at: second + 1) != nil {
                    // "P, according to the Ledger, which cited two officials": they are the source,
                    // the outlet relays them.
                    if next == "which", phrase.isOutlet, ["cited", "quoted"].contains(lowerAt(sentence, second + 2) ?? ""),
                       let cited = subjectAfter(sentence, start: second + 3), cited.phrase.kind != .pronoun {
                        record(kind: .indirect, pieces: [before], cue: "according to", denies: false, phrase: cited.phrase, rule: "according-to-outlet-citing",
                               relay: [relayName(phrase)], sentence: sentence)
                        return true
                    }
                    record(kind: .indirect, pieces: [before], cue: "according to", denies: false, phrase: phrase, rule: "according-to-inside", sentence: sentence)
                } else {
                    record(kind: .indirect, pieces: [before, after], cue: "according to", denies: false, phrase: phrase, rule: "according-to-inside", sentence: sentence)
                }
                return true
            }
        }
        var end = c + 2
        while end < count, let w = lowerAt(sentence, end), ![".", ";", "!", "?"].contains(w) || isNameBang(sentence, end) { end += 1 }
        // "according to local media reports this week", "according to Mike Rutherford of
        // Cardchronicle.com and other outlets": the time, and the others, name no source.
        while end > c + 3, let w = lowerAt(sentence, end - 1), isTimePhraseWord(w) || Self.calendarWords.contains(w) { end -= 1 }
        if let and = upTo(c + 3, end).first(where: { lowerAt(sentence, $0) == "and" && ["other", "others"].contains(lowerAt(sentence, $0 + 1) ?? "") }) { end = and }
        let list = tokenIndices(sentence, (c + 2)..<end)
        guard let first = list.first, let last = list.last, list.count == end - c - 2,
              let phrase = accordingDocument(first..<(last + 1)) ?? SpeakerParser.parse(tokens, first..<(last + 1), text: textOf),
              let range = span(sentence, start(of: sentence)..<contentEnd) else { return false }
        record(kind: .indirect, pieces: [range], cue: "according to", denies: false, phrase: phrase, rule: "clause-according-to", sentence: sentence)
        return true
    }

    /// "said in a memo to staff seen by Bloomberg", "in a statement carried by Russian news
    /// agencies": the outlet that saw or carried the document relays what the sentence's
    /// speakers said in it.
    mutating func relayDocumentSeenBy(_ sentence: Sentence, since first: Int) {
        guard first < result.attributions.count, sentenceText.includes(" by ") else { return }
        for v in upTo(start(of: sentence) + 2, sentence.units.count) where lowerAt(sentence, v + 1) == "by" && Self.documentRelayVerbs.contains(lowerAt(sentence, v) ?? "") {
            guard upTo(max(0, v - 6), v).contains(where: { Self.issuedStatementNouns.contains(lowerAt(sentence, $0) ?? "") || ["document", "recording"].contains(lowerAt(sentence, $0) ?? "") }),
                  let outlet = unnamedMedia(sentence, v + 2) ?? outletAt(sentence, v + 2) ?? subjectAfter(sentence, start: v + 2).flatMap({ $0.phrase.isOutlet || $0.phrase.kind == .organization
                      ? ($0.phrase.name ?? $0.phrase.mention, $0.end) : nil }),
                  let at = span(sentence, v..<(v + 1)) else { continue }
            for i in first..<result.attributions.count where !result.attributions[i].relayedBy.contains(outlet.name) {
                // Only statements the sentence's speaker made in that document, not the outlet's own.
                guard let source = result.attributions[i].source, label(source) != outlet.name, abs(result.attributions[i].start - at.lowerBound) < 600 else { continue }
                result.attributions[i].relayedBy.append(outlet.name)
            }
        }
    }

    /// "The union released a statement, calling the suspension “undemocratic” and saying P,
    /// reported Reuters.", "Idea Cellular reportedly denied P": what the sentence's speakers said
    /// reaches the article through the outlet that reported it (for "reportedly", the outlet the
    /// article follows, when there is one).
    mutating func relayReportedSentence(_ sentence: Sentence, since first: Int) {
        guard first < result.attributions.count, sentenceText.includes("report") else { return }
        var outlet = sentenceFinalReport(sentence)?.outlet
        if outlet == nil, sentence.units.indices.contains(where: { lowerAt(sentence, $0) == "reportedly" && cue(sentence, at: $0 + 1) != nil }) {
            outlet = report?.outlet
        }
        guard let outlet, !outlet.isEmpty else { return }
        for i in first..<result.attributions.count where !result.attributions[i].relayedBy.contains(outlet) {
            guard let source = result.attributions[i].source, label(source) != outlet, !result.sources[source].isOutlet else { continue }
            result.attributions[i].relayedBy.insert(outlet, at: 0)
        }
    }

    static let documentRelayVerbs: Set<String> = ["seen", "obtained", "reviewed", "carried", "viewed", "published"]

    /// "The Anadolu report said P. It quoted unnamed officials.": a report that names its sources
    /// only afterwards rests on them; they speak, the outlet relays.
    mutating func sourcesNamedAfterReport(_ sentence: Sentence) {
        let opening = start(of: sentence)
        // ("It quoted", "The report cited": a named outlet citing people is a sentence of its own.)
        guard let subject = lowerAt(sentence, opening), subject == "it" || subject == "the" && ["report", "story", "article", "newspaper", "agency"].contains(lowerAt(sentence, opening + 1) ?? ""),
              let v = upTo(opening + 1, min(sentence.units.count, opening + 3)).first(where: { ["quoted", "cited"].contains(lowerAt(sentence, $0) ?? "") }),
              let cited = subjectAfter(sentence, start: v + 1), cited.phrase.kind == .anonymous,
              cited.end >= sentence.units.count - 1,
              let lastIndex = result.attributions.indices.last, let outlet = result.attributions[lastIndex].source,
              result.sources[outlet].isOutlet, result.attributions[lastIndex].relayedBy.isEmpty,
              currentPosition - result.attributions[lastIndex].end < 300,
              case let resolved = resolve(cited.phrase), let sources = resolved.source else { return }
        let outletName = label(outlet)
        for i in result.attributions.indices.reversed() where result.attributions[i].source == outlet && result.attributions[i].relayedBy.isEmpty
            && currentPosition - result.attributions[i].end < 300 {
            result.attributions[i].source = sources
            result.attributions[i].mention = cited.phrase.mention
            result.attributions[i].resolution = "the report rests on \(cited.phrase.mention), named after it"
            result.attributions[i].relayedBy = [outletName]
        }
    }

    /// "X relayed that “Q,” according to the Washington Post": a statement whose own speaker and
    /// cue are in the sentence reaches the article through the source named after "according to".
    mutating func relayTrailingAccordingTo(_ sentence: Sentence, since first: Int) {
        let count = sentence.units.count
        guard first < result.attributions.count,
              let c = upTo(2, count).last(where: { lowerAt(sentence, $0) == "according" && lowerAt(sentence, $0 + 1) == "to" }),
              lowerAt(sentence, c - 1) == "," || isQuote(sentence, c - 1).map({ q in quotes[q].pieces.last.map { scalars[max($0.lowerBound, $0.upperBound - 1)] == "," } ?? false }) == true,
              let at = span(sentence, c..<(c + 1)) else { return }
        var end = c + 2
        while end < count, let w = lowerAt(sentence, end), ![".", ";", "!", "?", ","].contains(w) || isNameBang(sentence, end) { end += 1 }
        let list = tokenIndices(sentence, (c + 2)..<end)
        guard let a = list.first, let b = list.last, list.count == end - c - 2, end - c - 2 <= 18,
              let relay = SpeakerParser.parse(tokens, a..<(b + 1), text: textOf) ?? reportOwner(a..<(b + 1)), relay.kind != .pronoun else { return }
        let name = relay.isOutlet ? (relay.name ?? relay.mention) : relay.kind == .anonymous ? relay.mention
            : relay.kind == .person ? relayerName(relay) : (relay.name ?? relay.mention)
        // Not a report named inside what X said ("Reports that P are false, according to X").
        let saidByRelay = result.attributions[first...].filter { $0.cue == "according to" }
        for i in first..<result.attributions.count where result.attributions[i].end <= at.lowerBound && !result.attributions[i].rule.hasPrefix("according")
            && !result.attributions[i].rule.hasSuffix("according-to") && result.attributions[i].cue != "according to"
            && !saidByRelay.contains(where: { $0.start <= result.attributions[i].start && $0.end >= result.attributions[i].end }) {
            guard !result.attributions[i].relayedBy.contains(name) else { continue }
            // "WDRB reported that P, according to sources within the university": an outlet's report
            // resting on unnamed sources is theirs, and the outlet relays it.
            if relay.kind == .anonymous, let outlet = result.attributions[i].source, result.sources[outlet].isOutlet || result.attributions[i].cue == "reported",
               result.attributions[i].relayedBy.isEmpty, let sources = resolve(relay).source {
                let outletName = label(outlet)
                result.attributions[i].source = sources
                result.attributions[i].mention = relay.mention
                result.attributions[i].resolution = "the outlet’s report rests on \(relay.mention) (“according to” after it)"
                result.attributions[i].relayedBy = [outletName]
                groupRelay[result.sources[sources].group ?? sources] = [outletName]
                continue
            }
            result.attributions[i].relayedBy.insert(name, at: 0)
            if let source = result.attributions[i].source, result.sources[source].kind == .anonymous {
                let group = result.sources[source].group ?? source
                groupRelay[group] = result.attributions[i].relayedBy
                if relay.isOutlet { report = (name, group) }
            }
        }
    }

    /// "according to Spielman’s report": a report relayed through its author or outlet.
    func reportOwner(_ range: Range<Int>) -> SpeakerPhrase? {
        guard let last = range.last, Self.reportingNouns.contains(tokens[last].lower) else { return nil }
        return possessor(ofNounAt: last, in: range)
    }

    /// Whose noun it is when the noun ends `range` after a possessive ("Spielman’s report",
    /// "Ignatius’ view", "their account").
    func possessor(ofNounAt noun: Int, in range: Range<Int>) -> SpeakerPhrase? {
        guard noun > range.lowerBound, noun + 1 == range.upperBound else { return nil }
        var owner = noun - 1
        if ["’", "'"].contains(tokens[owner].lower), owner > range.lowerBound { owner -= 1 }
        return ownerPhrase(owner)
    }

    /// Nouns for a piece of reporting: "Spielman’s report", "the Journal’s story".
    static let reportingNouns: Set<String> = ["report", "reports", "reporting", "story", "article", "column", "investigation", "interview"]

    /// "according to court records", "according to a report by E! News": a document as the
    /// source, read before the general parser, which takes "records" for no speaker and "by E!
    /// News" for a name. Only phrases whose head is a document noun (`documentNouns`).
    func accordingDocument(_ range: Range<Int>) -> SpeakerPhrase? {
        guard range.contains(where: { Self.documentNouns.contains(tokens[$0].lower) }) else { return nil }
        return documentPhrase(range)
    }

    /// "according to some accounts": accounts with no owner are unnamed sources described by them.
    func accountPhrase(_ range: Range<Int>) -> SpeakerPhrase? {
        guard let last = range.last, Self.accountNouns.contains(tokens[last].lower), range.count <= 3,
              range.dropLast().allSatisfy({ !tokens[$0].capitalized || $0 == range.lowerBound }) else { return nil }
        var phrase = SpeakerPhrase(kind: .anonymous, mention: text(tokens[range.lowerBound].start..<tokens[last].end), start: tokens[range.lowerBound].start)
        phrase.descriptor = phrase.mention
        let noun = tokens[last].lower
        phrase.plural = noun.hasSuffix("s")
        phrase.head = phrase.plural ? String(noun.dropLast()) : noun
        return phrase
    }

    /// "according to their account", "according to an account in the Journal": whose account.
    func accountOwner(_ range: Range<Int>) -> SpeakerPhrase? {
        guard let noun = range.first(where: { Self.accountNouns.contains(tokens[$0].lower) }) else { return nil }
        if noun > range.lowerBound, noun + 1 == range.upperBound { return possessor(ofNounAt: noun, in: range) }
        // "an account in the Wall Street Journal", "an account by ..."
        if noun + 2 < range.upperBound, ["in", "by", "from", "of"].contains(tokens[noun + 1].lower) {
            return SpeakerParser.parse(tokens, (noun + 2)..<range.upperBound, text: textOf)
        }
        return nil
    }

    /// "according to data from the national weather service": the body behind a document.
    func documentSource(_ range: Range<Int>) -> SpeakerPhrase? {
        guard let from = range.first(where: { ["from", "by", "of"].contains(tokens[$0].lower) }), from + 1 < range.upperBound,
              ["data", "figures", "records", "documents", "a", "the", "statistics", "estimates", "a report", "report", "research", "analysis", "survey", "study", "filings", "documents"].contains(tokens[range.lowerBound].lower)
        else { return nil }
        if var phrase = SpeakerParser.parse(tokens, (from + 1)..<range.upperBound, text: textOf) {
            phrase.mention = text(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
            return phrase
        }
        let name = text(tokens[from + 1].start..<tokens[range.upperBound - 1].end)
        return SpeakerPhrase(kind: .organization, mention: name, name: name)
    }

    /// The owner of a possessive before a noun: "his" → he, "Ignatius’" / "the State Department’s"
    /// → that name.
    func ownerPhrase(_ owner: Int) -> SpeakerPhrase? {
        let word = tokens[owner].lower
        if ["his", "her", "their", "its"].contains(word) {
            let pronoun = ["his": "he", "her": "she", "their": "they", "its": "it"][word]!
            return SpeakerPhrase(kind: .pronoun, mention: pronoun, plural: word == "their", start: tokens[owner].start)
        }
        let raw = text(tokens[owner].start..<tokens[owner].end)
        var name: String
        var last = owner
        if word.hasSuffix("’s") || word.hasSuffix("'s") {
            name = String(raw.dropLast(2))
        } else if owner + 1 < tokens.count, ["’", "'"].contains(tokens[owner + 1].lower), !tokens[owner + 1].spaceBefore, word.hasSuffix("s") {
            name = raw  // "Ignatius’ view"
            last = owner
        } else { return nil }
        // "the company’s announcement that P", "the ministry’s claim": a body named before.
        if !tokens[owner].capitalized, owner >= 1, tokens[owner - 1].lower == "the" {
            let noun = name.lowercased()
            guard ExtractionRun.companyHeads.contains(noun) || ExtractionRun.bodyHeads.contains(noun) || ExtractionRun.publicBodyHeads.contains(noun)
                    || Lexicon.organizationWords.contains(noun) else { return nil }
            var phrase = SpeakerPhrase(kind: .organization, mention: "the " + name, name: "the " + name, start: tokens[owner - 1].start)
            phrase.isDefiniteDescription = true
            return phrase
        }
        guard tokens[owner].capitalized else { return nil }
        var first = last
        while first > 0, tokens[first - 1].kind == .word, tokens[first - 1].capitalized, !SpeakerParser.functionWords.contains(tokens[first - 1].lower) { first -= 1 }
        if first < owner { name = text(tokens[first].start..<tokens[owner - 1].end) + " " + name }
        let isOutlet = Lexicon.isKnownOutlet(name)
        let lowerName = name.lowercased()
        let isOrganization = isOutlet || Lexicon.governmentMetonyms.contains(lowerName)
            || lowerName.split(separator: " ").contains { Lexicon.organizationWords.contains(String($0)) }
        var phrase = SpeakerPhrase(kind: isOrganization ? .organization : .person, mention: name,
                                   name: isOutlet ? Lexicon.canonicalOutlet(name) : name, isOutlet: isOutlet, start: tokens[first].start)
        // "Mayor Ines Roth’s claim": the title is the role, the rest the name.
        var named = first
        while !isOrganization, named < owner, SpeakerParser.isDemonymOrRole(tokens[named]) { named += 1 }
        if named > first {
            phrase.role = text(tokens[first].start..<tokens[named - 1].end)
            phrase.name = String(name.dropFirst(text(tokens[first].start..<tokens[named].start).count))
        }
        // "the State Department’s claim": the article belongs to the name.
        if first > 0, tokens[first - 1].lower == "the", isOrganization, !isOutlet { phrase.name = "the " + name }
        return phrase
    }

    /// Nouns for a point of view or an account: "in Ignatius’ view, P", "according to their account, P".
    static let accountNouns: Set<String> = ["view", "views", "opinion", "account", "accounts", "words", "telling", "version",
                                            "assessment", "estimation", "recollection", "testimony", "judgment", "judgement", "analysis"]

    /// "Citing “multiple former senior officials,” Hill wrote that P" / "Citing two diplomats, the
    /// paper said P": the cited are the source of what the sentence's speaker says; their quoted
    /// description is no statement of its own.
    mutating func citingLead(_ sentence: Sentence) -> SpeakerPhrase? {
        let s = start(of: sentence)
        guard lowerAt(sentence, s) == "citing",
              let comma = upTo(s + 1, min(sentence.units.count, s + 16)).first(where: { lowerAt(sentence, $0) == "," || isQuote(sentence, $0).map { q in quotes[q].pieces.last.map { text($0).hasSuffix(",") } ?? false } == true }),
              comma + 2 < sentence.units.count else { return nil }
        let end = lowerAt(sentence, comma) == "," ? comma : comma + 1
        var range: Range<Int>
        if end == s + 2, let q = isQuote(sentence, s + 1) {
            // The description in quotation marks.
            range = (quotes[q].openToken + 1)..<quotes[q].closeToken
            usedQuotes.insert(q)
        } else {
            let list = tokenIndices(sentence, (s + 1)..<end)
            guard let a = list.first, let b = list.last, list.count == end - s - 1 else { return nil }
            range = a..<(b + 1)
        }
        guard let phrase = SpeakerParser.parse(tokens, range, text: textOf), phrase.kind == .anonymous || phrase.kind == .person else { return nil }
        return phrase
    }

    /// "In Ignatius’ view, P" / "In her words, P": the owner's statement.
    mutating func inOwnersView(_ sentence: Sentence) -> Bool {
        let s = start(of: sentence)
        guard lowerAt(sentence, s) == "in", let noun = upTo(s + 2, min(sentence.units.count, s + 8)).first(where: { Self.accountNouns.contains(lowerAt(sentence, $0) ?? "") }),
              lowerAt(sentence, noun + 1) == ",", case .token(var owner) = sentence.units[noun - 1] else { return false }
        if ["’", "'"].contains(tokens[owner].lower), noun - 2 > s, case .token(let before) = sentence.units[noun - 2] { owner = before }
        guard let phrase = ownerPhrase(owner), let range = span(sentence, upTo(noun + 2, clauseEnd(sentence, from: noun + 2))),
              noun + 5 < sentence.units.count else { return false }
        record(kind: .indirect, pieces: [range], cue: lowerAt(sentence, noun) ?? "view", denies: false, phrase: phrase, rule: "in-owners-view", sentence: sentence)
        return true
    }

    /// "Putin’s claim that P", "his assertion that P": a noun of saying with its owner.
    mutating func possessiveClaim(_ sentence: Sentence) -> Bool {
        for n in sentence.units.indices {
            // "X’s claim that P", and "X’s claim to have done Q" (the infinitive is the content).
            let infinitive = lowerAt(sentence, n + 1) == "to" && ["have", "be"].contains(lowerAt(sentence, n + 2) ?? "")
            guard let noun = lowerAt(sentence, n), Self.sayingNouns.contains(noun), lowerAt(sentence, n + 1) == "that" || infinitive, n >= 1 else { continue }
            // "WeWork’s Oct. 11 announcement that P": a date between the owner and the noun.
            var o = n - 1
            while o > 0, n - o <= 3, isDateWord(sentence, o) { o -= 1 }
            guard case .token(let owner) = sentence.units[o] else { continue }
            guard let phrase = ownerPhrase(owner) else { continue }
            let start = infinitive ? n + 1 : n + 2
            var end = clauseEnd(sentence, from: start)
            // "Putin’s claim that NATO broke its promise was rejected": the claim is the subject
            // when only its owner's name comes before it.
            if upTo(self.start(of: sentence), o).allSatisfy({ isCapitalizedWord(sentence, $0) || SpeakerParser.determiners.contains(lowerAt(sentence, $0) ?? "") }),
               let main = mainVerb(sentence, after: start, before: end) { end = main }
            // "Despite the ministry’s claim that P, the record shows Q": the opening phrase ends at its comma.
            if let first = lowerAt(sentence, self.start(of: sentence)), SpeakerParser.functionWords.contains(first),
               let comma = upTo(start, end).first(where: { lowerAt(sentence, $0) == "," }) { end = comma }
            guard end - start >= 3, let range = span(sentence, start..<end) else { continue }
            record(kind: .indirect, pieces: [range], cue: noun, denies: false, phrase: phrase, rule: "possessive-claim", sentence: sentence)
            return true
        }
        return false
    }

    /// When a report opens the sentence as its subject ("Reports that layoffs could hit 15,000
    /// employees are “wildly inaccurate”", "Putin’s claim that NATO broke its promise was
    /// rejected"), its clause ends before the sentence's own verb: a form of "be" after the
    /// clause's first verb.
    func mainVerb(_ sentence: Sentence, after s: Int, before stop: Int) -> Int? {
        guard let verb = upTo(s, stop).first(where: { Self.finiteVerbs.contains(lowerAt(sentence, $0) ?? "") || (lowerAt(sentence, $0) ?? "").hasSuffix("ed") })
        else { return nil }
        return upTo(verb + 2, stop).first(where: { ["is", "are", "was", "were"].contains(lowerAt(sentence, $0) ?? "")
            && !Self.finiteVerbs.contains(lowerAt(sentence, $0 - 1) ?? "") && lowerAt(sentence, $0 - 1) != "that" })
    }

    /// Whether unit `k` belongs to a date: "Oct.", "11", "Monday", "recent", "latest".
    func isDateWord(_ sentence: Sentence, _ k: Int) -> Bool {
        guard let w = lowerAt(sentence, k) else { return false }
        return Self.calendarWords.contains(w) || Self.notNames.contains(w) && w.hasSuffix(".") || w.allSatisfy(\.isNumber)
            || ["recent", "latest", "earlier", "previous"].contains(w)
    }

    /// Nouns of a report whose author follows with "by": "reports by residents of gunfire", "the
    /// claim by the union that wages fell".
    static let reportNouns: Set<String> = ["report", "reports", "claim", "claims", "allegation", "allegations", "accusation",
                                           "accusations", "warning", "warnings", "assertion", "assertions"]

    /// "Police are checking reports by residents of gunfire near the dam" and "the claim by the
    /// union that wages fell": a noun of saying, its author after "by", then what was said, as a
    /// that-clause or, after "of", as a noun phrase up to the next comma. The statement stands
    /// inside another sentence's, so it is read whatever else the sentence holds. A report that
    /// opens the sentence is its subject ("The claims by the union that wages fell were rejected"),
    /// whose clause has no clear end, and is left alone. After "of" the author may not hold an "of"
    /// of its own ("reports by the head of the agency"), so only an indefinite or bare noun phrase
    /// counts as what was said ("of a bang", "of gunfire"), never "of the …" or "of 2019".
    mutating func reportNounByAgent(_ sentence: Sentence) {
        let count = sentence.units.count
        for n in upTo(start(of: sentence) + 2, count) {
            guard let noun = lowerAt(sentence, n), Self.reportNouns.contains(noun), lowerAt(sentence, n + 1) == "by" else { continue }
            let window = upTo(n + 3, min(count, n + 10))
            guard let stop = window.first(where: { [",", ".", ";"].contains(lowerAt(sentence, $0) ?? "") }) ?? Optional(window.upperBound),
                  let link = upTo(n + 3, stop).first(where: { lowerAt(sentence, $0) == "that" })
                    ?? upTo(n + 3, stop).first(where: { lowerAt(sentence, $0) == "of" && isBareNounPhraseStart(sentence, $0 + 1) }),
                  let agent = tokenRange(sentence, (n + 2)..<link),
                  let phrase = SpeakerParser.parse(tokens, agent, text: textOf), phrase.kind != .pronoun else { continue }
            let start = link + 1
            var end = clauseEnd(sentence, from: start)
            if let comma = upTo(start, end).first(where: { lowerAt(sentence, $0) == "," }) { end = comma }
            guard end - start >= 3, let range = span(sentence, start..<end) else { continue }
            record(kind: .indirect, pieces: [range], cue: noun, denies: false, phrase: phrase, rule: "noun-by-agent", nested: true, sentence: sentence)
        }
    }

    /// Nouns of hearsay whose author the article does not give: "after reports that P", "amid
    /// rumors that P", "a newspaper report suggesting P".
    static let hearsayNouns: Set<String> = ["report", "reports", "rumor", "rumors", "rumour", "rumours", "speculation",
                                            "claims", "suggestions", "allegations"]
    /// Participles that open what a report says ("a report suggesting P").
    static let hearsayParticiples: Set<String> = ["saying", "suggesting", "claiming", "alleging", "indicating", "stating"]
    /// Words that may describe a report before its noun ("unconfirmed media reports").
    static let hearsayModifiers: Set<String> = ["a", "an", "media", "press", "news", "newspaper", "local", "recent", "earlier",
                                                "unconfirmed", "published", "new", "several", "multiple", "widespread", "persistent"]

    /// "a vote which local and Western observers said was severely flawed", "the outbreak, which
    /// authorities say has killed 12 people", "what the schools say will be an enormous amount":
    /// a relative clause whose own subject is reported by a speaker inside it. The statement is
    /// the relative clause; whatever the sentence's main clause says is another matter, and an
    /// attribution an earlier rule read inside it (the cue without its relative word) gives way.
    mutating func relativeClauseSpeech(_ sentence: Sentence, since first: Int) {
        guard sentenceText.includes("which ") || sentenceText.includes("what ") || sentenceText.includes("who ") || sentenceText.includes("whom ") else { return }
        let count = sentence.units.count
        for r in upTo(start(of: sentence), count) where Self.isRelativeWord(lowerAt(sentence, r)) {
            guard let c = upTo(r + 2, min(count, r + 8)).first(where: { lowerAt(sentence, $0).map { Self.relativeSpeechVerbs.contains($0) } ?? false }),
                  let subjectRange = tokenRange(sentence, (r + 1)..<c),
                  tokens[subjectRange].allSatisfy({ $0.kind == .word }),
                  !SpeakerParser.functionWords.contains(tokens[subjectRange.lowerBound].lower),
                  !tokens[subjectRange].contains(where: { isVerbForm($0) }),
                  opensNounPhrase(tokens[subjectRange.lowerBound]),
                  let next = lowerAt(sentence, c + 1), next.first?.isLetter == true, next != "that", next != "to",
                  !Self.settingPrepositions.contains(next), !isTimePhraseWord(next) else { continue }
            let end = clauseEnd(sentence, from: c + 1, orFirstOf: Self.relativeClauseStops)
            guard end - c >= 3, let range = span(sentence, r..<end) else { continue }
            let mention = textOf(tokens[subjectRange.lowerBound].start..<tokens[subjectRange.upperBound - 1].end)
            // "which the west says": any short noun phrase may speak here, named or not.
            var phrase = SpeakerParser.parse(tokens, subjectRange, text: textOf)
                ?? SpeakerPhrase(kind: .anonymous, mention: mention, descriptor: mention, head: tokens[subjectRange.upperBound - 1].lower)
            phrase.start = tokens[subjectRange.lowerBound].start
            if phrase.kind == .anonymous, phrase.head == nil { phrase.head = tokens[subjectRange.upperBound - 1].lower }
            // An earlier rule's reading of the same words ("was severely flawed" for "Western observers").
            if first < result.attributions.count {
                let inside = result.attributions[first...].indices.filter { result.attributions[$0].start >= range.lowerBound && result.attributions[$0].start < range.upperBound }
                for index in inside.reversed() { result.attributions.remove(at: index) }
            }
            let cueWord = lowerAt(sentence, c) ?? "said"
            record(kind: .indirect, pieces: [range], cue: Lexicon.cues[cueWord]?.lemma ?? cueWord, denies: false, phrase: phrase,
                   rule: "relative-clause-speech", sentence: sentence)
        }
    }

    /// "a person who saw the document said": the relative word is the subject of its own verb,
    /// and no one speaks inside the clause.
    func isVerbForm(_ token: Token) -> Bool {
        let w = token.lower
        return Self.finiteVerbs.contains(w) || Lexicon.cues[w] != nil || Self.irregularPasts.contains(w)
            || !token.capitalized && w.hasSuffix("ed") && w.count > 3
    }

    /// The first word of a noun phrase that may speak: a determiner, a pronoun, a name, a count,
    /// a noun of people or bodies, or an adjective before one ("local and Western observers").
    func opensNounPhrase(_ token: Token) -> Bool {
        let w = token.lower
        return token.capitalized || token.kind == .number || SpeakerParser.determiners.contains(w) || Lexicon.pronouns[w] != nil
            || Lexicon.numberWords[w] != nil || SpeakerParser.quantifiers.contains(w) || Lexicon.anonymousHeads[w] != nil
            || Lexicon.organizationWords.contains(w) || SpeakerParser.demonyms.contains(w)
            || ["local", "foreign", "senior", "independent", "international"].contains(w)
    }

    static let irregularPasts: Set<String> = ["saw", "took", "spoke", "met", "heard", "knew", "went", "came", "made", "got", "gave", "left", "ran",
                                              "held", "led", "sent", "wrote", "read", "found", "felt", "kept", "brought", "thought", "sat", "stood",
                                              "lost", "won", "paid", "built", "became", "began", "fell", "drove", "chose", "spent", "fled", "sought",
                                              "died", "lied", "rose", "sank", "shot", "struck", "flew", "grew", "broke", "threw", "fought",
                                              "caught", "bought", "sold", "stole", "swore", "hid", "froze", "withdrew", "shook", "tore", "forgot"]

    /// "angered residents, who said the plan was unfair", "a Reuters report citing security
    /// sources who said P": the noun phrase before "who" speaks. After "citing", the outlet whose
    /// report cites them relays it.
    mutating func whoSaid(_ sentence: Sentence) {
        guard sentenceText.includes("who ") else { return }
        let count = sentence.units.count
        for w in upTo(start(of: sentence) + 1, count) where lowerAt(sentence, w) == "who" {
            var c = w + 1
            while let x = lowerAt(sentence, c), ["also", "later", "had", "have", "has", "previously", "earlier"].contains(x) { c += 1 }
            guard let (cue, length) = cue(sentence, at: c), cue.frame != .object, Self.speechOnlyLemmas.contains(cue.lemma) else { continue }
            var s = c + length
            if lowerAt(sentence, s) == "that" { s += 1 } else if !opensFiniteClause(sentence, at: s) { continue }
            let end = clauseEnd(sentence, from: s)
            // (A statement that holds this one whole — "rejected a report citing officials who
            // said P" — does not stand in its way.)
            guard end - s >= 3, let range = span(sentence, s..<end),
                  !result.attributions.contains(where: { $0.start >= range.lowerBound && $0.start < range.upperBound }) else { continue }
            // The speaker: the longest phrase before "who" (and its comma) that reads as one.
            let hi = lowerAt(sentence, w - 1) == "," ? w - 1 : w
            var speaker: (phrase: SpeakerPhrase, start: Int)?
            var lo = hi - 1
            while lo >= start(of: sentence), hi - lo <= 8, case .token(let t) = sentence.units[lo], tokens[t].kind == .word,
                  !isVerbForm(tokens[t]) || lo < hi - 1 && Self.participleAdjectives(tokens[t].lower),
                  !["to", "of", "citing", "quoting", "and", "but", "with", "by", "from", "for", "on", "in", "at"].contains(tokens[t].lower) {
                if let range = tokenRange(sentence, lo..<hi), let phrase = SpeakerParser.parse(tokens, range, text: textOf), phrase.kind != .pronoun {
                    speaker = (phrase, lo)
                }
                lo -= 1
            }
            guard var found = speaker else { continue }
            found.phrase.start = span(sentence, found.start..<(found.start + 1))?.lowerBound ?? found.phrase.start
            var relay: [String] = []
            if lowerAt(sentence, found.start - 1) == "citing" {
                for k in upTo(max(start(of: sentence), found.start - 6), found.start - 1) {
                    if let outlet = outletAt(sentence, k) { relay = [outlet.name]; break }
                }
            }
            record(kind: .indirect, pieces: [range], cue: cue.lemma, denies: cue.denies, phrase: found.phrase, rule: "who-said", relay: relay, nested: true, sentence: sentence)
        }
    }

    /// Past participles that describe people before their noun ("unidentified sources",
    /// "retired officers"), not verbs of a clause ("angered residents").
    static func participleAdjectives(_ word: String) -> Bool {
        word.hasPrefix("un") && word.hasSuffix("ed")
            || ["retired", "concerned", "informed", "trusted", "affected", "displaced", "elected", "armed", "experienced", "frustrated"].contains(word)
    }

    /// "which", "what", "who", "whom" (compared, not hashed: every word of every sentence is asked).
    static func isRelativeWord(_ word: String?) -> Bool {
        switch word { case "which", "what", "who", "whom": return true
        default: return false }
    }
    /// Verbs that report a statement from inside a relative clause ("which X say/said/claim").
    static let relativeSpeechVerbs: Set<String> = ["say", "says", "said", "claim", "claims", "claimed", "allege", "alleges", "alleged",
                                                   "insist", "insists", "insisted", "maintain", "maintains", "maintained", "argue", "argues", "argued"]

    /// "Workers walked out after reports that up to 1,000 jobs could be axed", "following a
    /// newspaper report saying the company may bid": an unnamed report as the source of what it
    /// says. The noun is indefinite or bare ("the report" names one already told of, and "X's
    /// report" and "reports by X" have authors, read by other rules); what follows is a clause
    /// with a verb of its own, to the end of the clause.
    mutating func hearsayNounClause(_ sentence: Sentence) {
        let count = sentence.units.count
        let opening = start(of: sentence)
        for n in upTo(opening, count) {
            guard let noun = lowerAt(sentence, n), Self.hearsayNouns.contains(noun), isWordToken(sentence, n) else { continue }
            var s = n + 1
            guard let next = lowerAt(sentence, s) else { continue }
            let participle = Self.hearsayParticiples.contains(next)
            if participle { s += 1; if lowerAt(sentence, s) == "that" { s += 1 } }
            else if next == "that" { s += 1 }
            else if !opensBareClause(sentence, at: s) || lowerAt(sentence, n - 1) == "of" { continue }
            guard hasFiniteVerb(sentence, s..<min(count, s + 10)) else { continue }
            // The report's words before it: "a newspaper report", "media reports".
            var first = n
            while first - 1 >= opening, let w = lowerAt(sentence, first - 1), Self.hearsayModifiers.contains(w), isWordToken(sentence, first - 1) {
                first -= 1
                if w == "a" || w == "an" { break }
            }
            if let w = lowerAt(sentence, first - 1), ["the", "this", "that", "these", "those", "its", "his", "her", "their", "by"].contains(w) || w.hasSuffix("’s") || w.hasSuffix("'s") { continue }
            guard let described = tokenRange(sentence, first..<(n + 1)) else { continue }
            let descriptor = textOf(tokens[described.lowerBound].start..<tokens[described.upperBound - 1].end)
            let phrase = SpeakerPhrase(kind: .anonymous, mention: descriptor, descriptor: descriptor, head: noun.hasSuffix("s") && noun != "speculation" ? String(noun.dropLast()) : noun,
                                   count: ["a", "an"].contains(lowerAt(sentence, first) ?? "") ? 1 : nil, plural: noun.hasSuffix("s"), start: tokens[described.lowerBound].start)
            let end = clauseEnd(sentence, from: s)
            var stop = end
            if let comma = upTo(s, end).first(where: { lowerAt(sentence, $0) == "," && ["but", "and", "while", "which", "who"].contains(lowerAt(sentence, $0 + 1) ?? "") }) { stop = comma }
            // "called allegations that P “ridiculous”": the quotation already given is the judgement.
            if let used = upTo(s, stop).first(where: { isQuote(sentence, $0).map({ usedQuotes.contains($0) }) == true }) { stop = used }
            // "Asked about a report that P, coach Aron Lind said": the main clause after the comma.
            if let comma = upTo(s, stop).first(where: { k in lowerAt(sentence, k) == "," && upTo(k + 2, min(stop, k + 10)).contains(where: { c in
                self.cue(sentence, at: c) != nil && subjectBefore(sentence, end: c, floor: k + 1)?.start == k + 1 }) }) { stop = comma }
            // "Peskov, responding to reports it had violated a treaty, also said P": an insertion
            // after the subject ends at the comma before the sentence's own verb of saying.
            if let comma = upTo(s, stop).first(where: { k in
                guard lowerAt(sentence, k) == "," else { return false }
                var j = k + 1
                while let w = lowerAt(sentence, j), Lexicon.fillers.contains(w) || Lexicon.isMannerAdverb(w) { j += 1 }
                return cue(sentence, at: j) != nil }) { stop = comma }
            // "Reports that layoffs could hit 15,000 employees are “wildly inaccurate”".
            if first == opening, let main = mainVerb(sentence, after: s, before: stop) { stop = main }
            guard stop - s >= 3, let range = span(sentence, s..<stop) else { continue }
            record(kind: .indirect, pieces: [range], cue: participle ? next : noun, denies: false, phrase: phrase, rule: "hearsay-noun", nested: true, sentence: sentence)
        }
    }

    /// Whether a clause without "that" opens at `k`: a subject (a pronoun, a capitalized name, or
    /// "the" and up to three words) and then an auxiliary: "responding to reports it had
    /// violated a treaty", "dismissed reports Mr Turnbull could be replaced", "amid reports the
    /// talks had stalled". Other words after a noun ("reports Tuesday", "reports of fire") do not.
    func opensBareClause(_ sentence: Sentence, at k: Int) -> Bool {
        guard let first = lowerAt(sentence, k), isWordToken(sentence, k) else { return false }
        var verb = k + 1
        if Self.subjectPronouns.contains(first), first != "you" {
            verb = k + 1
        } else if isCapitalizedWord(sentence, k) {
            while verb < k + 4, isCapitalizedWord(sentence, verb) || lowerAt(sentence, verb) == "." { verb += 1 }
        } else if first == "the" {
            while verb < k + 4, isWordToken(sentence, verb), !isCapitalizedWord(sentence, verb),
                  let w = lowerAt(sentence, verb), !Self.finiteVerbs.contains(w), !SpeakerParser.functionWords.contains(w) { verb += 1 }
        } else { return false }
        guard let w = lowerAt(sentence, verb) else { return false }
        return Self.finiteVerbs.contains(w) && !["be", "been", "do"].contains(w)
    }

    /// Whether unit `k` opens an indefinite or bare noun phrase: "a bang", "an explosion",
    /// "gunfire"; not "the agency", a name, a number or a pronoun.
    func isBareNounPhraseStart(_ sentence: Sentence, _ k: Int) -> Bool {
        guard let w = lowerAt(sentence, k), !isCapitalizedWord(sentence, k), w.first?.isLetter == true,
              Lexicon.pronouns[w] == nil, !["his", "her", "their", "its", "our", "my", "your"].contains(w) else { return false }
        return ["a", "an"].contains(w) || !SpeakerParser.determiners.contains(w) && !SpeakerParser.functionWords.contains(w)
    }

    /// "As Anatol Lieven outlines, P" and "As the minister put it, P": the speaker's view, first.
    mutating func asSpeakerSays(_ sentence: Sentence) -> Bool {
        var a = 0
        if lowerAt(sentence, 0) == "but" || lowerAt(sentence, 0) == "and" { a = 1 }
        guard lowerAt(sentence, a) == "as",
              let comma = upTo(a + 2, min(sentence.units.count, a + 16)).first(where: { lowerAt(sentence, $0) == "," }),
              let c = upTo(a + 2, comma).last(where: { cue(sentence, at: $0) != nil }), c == comma - 1 || (c == comma - 2 && isTimePhraseWord(lowerAt(sentence, comma - 1) ?? "")),
              let (cue, _) = cue(sentence, at: c), let subject = subjectBefore(sentence, end: c, floor: a + 1),
              let range = span(sentence, upTo(comma + 1, sentence.units.count)) else { return false }
        record(kind: .indirect, pieces: [range], cue: cue.lemma, denies: cue.denies, phrase: subject.phrase, rule: "as-speaker-says", sentence: sentence)
        return true
    }

    /// "X cited three individuals, reporting that P" and hedged sentences ("Kozak allegedly made
    /// the recommendation") that carry the report being relayed.
    mutating func processReportedly(_ sentence: Sentence) {
        let count = sentence.units.count
        // "Reuters cited three individuals close to Russian leadership, reporting that P"
        for c in 0..<count where lowerAt(sentence, c) == "cited" {
            guard let outlet = subjectBefore(sentence, end: c), outlet.phrase.isOutlet || outlet.phrase.kind == .organization else { continue }
            var comma = c + 1
            while comma < count, lowerAt(sentence, comma) != "," { comma += 1 }
            let list = tokenIndices(sentence, (c + 1)..<comma)
            guard let first = list.first, let last = list.last, list.count == comma - c - 1,
                  let cited = SpeakerParser.parse(tokens, first..<(last + 1), text: textOf) else { continue }
            var s = comma + 1
            if let w = lowerAt(sentence, s), ["reporting", "saying", "adding"].contains(w) { s += 1 }
            if lowerAt(sentence, s) == "that" { s += 1 }
            guard let range = span(sentence, upTo(s, count)) else { continue }
            record(kind: .indirect, pieces: [range], cue: "cited", denies: false, phrase: cited, rule: "outlet-cited-sources",
                   relay: [outlet.phrase.name ?? outlet.phrase.mention], sentence: sentence)
            return
        }
        guard let hedge = hedge(sentence), let range = span(sentence, 0..<count) else { return }
        let cue = lowerAt(sentence, hedge) ?? "reportedly"
        // "Some 200 troops are believed to remain at the base": hearsay with no one named and no
        // report followed, an unnamed source described by nothing but the hedge.
        guard let report else {
            var phrase = SpeakerPhrase(kind: .anonymous, mention: cue)
            phrase.descriptor = phrase.mention
            // "Earlier this year, X reportedly did P, and Y reportedly did Q": each hedged clause is
            // one statement; a short opening adverbial is the writer's.
            var start = 0
            if let comma = upTo(0, min(hedge, 6)).first(where: { lowerAt(sentence, $0) == "," }) { start = comma + 1 }
            var clauses: [Range<Int>] = []
            for k in upTo(hedge + 1, count) where lowerAt(sentence, k) == "," && ["and", "but"].contains(lowerAt(sentence, k + 1) ?? "")
                && upTo(k + 2, count).contains(where: { Self.hedgeAdverbs.contains(lowerAt(sentence, $0) ?? "") }) {
                clauses.append(start..<k)
                start = k + 2
            }
            clauses.append(start..<count)
            for var clause in clauses {
                // "(the company would not disclose the number)": an aside of the writer's.
                if let paren = upTo(max(hedge, clause.lowerBound), clause.upperBound).first(where: { lowerAt(sentence, $0) == "(" }) { clause = clause.lowerBound..<paren }
                guard let piece = span(sentence, clause) else { continue }
                record(kind: .indirect, pieces: [piece], cue: cue, denies: false, phrase: phrase, rule: "hedged-unnamed", sentence: sentence)
            }
            return
        }
        if let anonymous = report.anonymous {
            let descriptor = result.sources[anonymous]
            var attribution = ExtractedAttribution(kind: .indirect, content: "", pieces: [], cue: cue, stance: .asserts, source: anonymous,
                                                   mention: descriptor.descriptor, mentionRole: nil,
                                                   resolution: "hedged sentence: the report of \(report.outlet) and its sources “\(descriptor.descriptor ?? "")”",
                                                   rule: "hedged-report", relayedBy: [report.outlet], denies: nil)
            guard let trimmed = trim(range) else { return }
            attribution.pieces = [trimmed]
            attribution.content = text(trimmed)
            if !result.attributions.contains(where: { $0.pieces == attribution.pieces }) { result.attributions.append(attribution) }
        } else {
            let phrase = SpeakerPhrase(kind: .organization, mention: report.outlet, name: report.outlet, isOutlet: true)
            record(kind: .indirect, pieces: [range], cue: cue, denies: false, phrase: phrase, rule: "hedged-report", sentence: sentence)
        }
    }

    /// "The arbitrator asked both sides to meet again", "Giuliani threatened to cut off all
    /// support", "..., advising them to disregard the gossip", "Rebels called for a strike": a
    /// request or a promise, reported by what it asks or promises. Only with its infinitive (or
    /// "for" and a noun phrase after "called"); "asked about the deal" reports no content.
    mutating func infinitiveSpeechAct(_ sentence: Sentence) {
        let count = sentence.units.count
        for v in sentence.units.indices {
            guard let word = lowerAt(sentence, v) else { continue }
            let calls = word.hasPrefix("call") && Self.callForms.contains(word)
            guard calls || Lexicon.infinitiveSpeechActs[word] != nil else { continue }
            let callsFor = calls && lowerAt(sentence, v + 1) == "for"
            let callsOn = calls && lowerAt(sentence, v + 1) == "on"
            guard let act = callsFor || callsOn ? (lemma: "called " + (lowerAt(sentence, v + 1) ?? ""), request: true) : Lexicon.infinitiveSpeechActs[word]
            else { continue }
            // "was asked to", "had been instructed to": the subject is who was asked ("is promising
            // to" is no passive).
            if !word.hasSuffix("ing"), Self.passiveAuxiliaries.contains(lowerAt(sentence, v - 1) ?? "") { continue }
            var contentStart = callsOn || callsFor ? v + 2 : v + 1
            // "asked for Shadman's accounts to be frozen": whom or what the request is for.
            if act.lemma == "asked", lowerAt(sentence, contentStart) == "for" { contentStart += 1 }
            if !callsFor {
                var to = v + 1
                if act.request {
                    guard let first = lowerAt(sentence, contentStart), !Self.notAskedObjects.contains(first) else { continue }
                    let window = upTo(contentStart + 1, min(count, contentStart + 12))
                    // "begged lawmakers “not to lose sight of” the conflict": the infinitive quoted.
                    if let q = window.first(where: { isQuote(sentence, $0) != nil }), let quote = isQuote(sentence, q),
                       !upTo(contentStart, q).contains(where: { lowerAt(sentence, $0) == "to" }),
                       let opening = quotes[quote].pieces.first.map({ text($0).lowercased() }), opening.hasPrefix("to ") || opening.hasPrefix("not to ") {
                        to = -1
                    } else {
                        guard let found = window.first(where: { lowerAt(sentence, $0) == "to" }),
                              !upTo(contentStart, found).contains(where: { isQuote(sentence, $0) != nil || [".", ";", ":"].contains(lowerAt(sentence, $0) ?? "")
                                  || cue(sentence, at: $0) != nil })
                        else { continue }
                        to = found
                    }
                } else {
                    guard lowerAt(sentence, to) == "to" else { continue }
                    contentStart = to
                }
                // The infinitive: "to meet", not "to the court" nor "to Paris".
                if to >= 0 {
                    guard isWordToken(sentence, to + 1), !isCapitalizedWord(sentence, to + 1), let verb = lowerAt(sentence, to + 1),
                          !Self.notInfinitives.contains(verb), !verb.allSatisfy(\.isNumber) else { continue }
                }
            } else {
                guard contentStart < count, isWordToken(sentence, contentStart), !Self.notAskedObjects.contains(lowerAt(sentence, contentStart) ?? "") else { continue }
            }
            var subject: SpeakerPhrase
            if word.hasSuffix("ing"), !Self.passiveAuxiliaries.contains(lowerAt(sentence, v - 1) ?? "") {
                // ", advising them to", or "sent a fax to members advising them to": the message speaks.
                // (", politely asking participants to move": a manner adverb may come between.)
                let comma = lowerAt(sentence, v - 1) == "," || lowerAt(sentence, v - 2) == "," && isFillerAt(sentence, v - 1)
                guard comma || sentMessage(sentence, before: v), let opening = sentenceSubject(sentence) else { continue }
                subject = opening
            } else {
                guard let found = subjectBefore(sentence, end: v) else { continue }
                subject = found.phrase
                // "The Guild said P, and the union threatened to strike": the union named before it.
                if subject.start == 0, let at = span(sentence, found.start..<(found.start + 1)) { subject.start = at.lowerBound }
            }
            guard subject.kind != .anonymous || subject.head != nil else { continue }
            var end = clauseEnd(sentence, from: contentStart + 1)
            // "called for a strike, and police said they had found explosives", "..., and the article
            // was taken down": a clause with a subject of its own ends the request.
            if let comma = upTo(contentStart + 1, end).first(where: { k in
                lowerAt(sentence, k) == "," && ["but", "while"].contains(lowerAt(sentence, k + 1) ?? "")
                    || lowerAt(sentence, k) == "," && lowerAt(sentence, k + 1) == "and"
                    && (upTo(k + 3, min(end, k + 10)).contains(where: { c in self.cue(sentence, at: c) != nil && subjectBefore(sentence, end: c, floor: k + 2)?.start == k + 2 })
                        || opensFiniteClause(sentence, at: k + 2))
            }) { end = comma }
            guard let range = span(sentence, contentStart..<end),
                  !result.attributions.contains(where: { $0.start < range.upperBound && $0.end > range.lowerBound }) else { continue }
            record(kind: .indirect, pieces: [range], cue: act.lemma, denies: false, phrase: subject, rule: "speech-act-infinitive", sentence: sentence)
            // "urged Mr. Trump to make a deal, saying “time is running out”".
            continueWithParticiple(sentence, from: end, phrase: subject)
        }
    }

    /// Whether a message that someone sent or wrote comes just before unit `v`: "sent a fax to
    /// School Board members advising", "wrote a letter to staff calling". What follows is the
    /// message's content, spoken by the sender.
    func sentMessage(_ sentence: Sentence, before v: Int) -> Bool {
        upTo(max(0, v - 8), v).contains { Self.messageNouns.contains(lowerAt(sentence, $0) ?? "") }
    }

    static let messageNouns: Set<String> = ["letter", "letters", "fax", "message", "messages", "memo", "email", "e-mail", "note",
                                            "notice", "statement", "post", "tweet", "video", "op-ed", "column", "open letter"]

    static let callForms: Set<String> = ["called", "calls", "call", "calling"]

    /// Words after "asked" that ask no one to do anything ("asked about", "asked whether").
    static let notAskedObjects: Set<String> = ["about", "whether", "if", "for", "to", "why", "how", "what", "when", "where", "who",
                                               "which", "that", "by", "not", "question", "questions", "in", "at", "on", "after", "before"]

    /// Words after "to" that open no infinitive ("to the court", "to his family").
    static let notInfinitives: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
                                              "these", "those", "all", "some", "any", "more", "less", "date", "him", "them", "us", "me"]

    /// "Noel and Thomas pleaded not guilty": a plea is said in court, and "not guilty" denies the
    /// charge. The content is the plea itself; "pleaded guilty" admits and is left to the narration.
    mutating func pleadedNotGuilty(_ sentence: Sentence) {
        for p in sentence.units.indices where ["pleaded", "pled", "pleads", "plead"].contains(lowerAt(sentence, p) ?? "") {
            let plea = lowerAt(sentence, p + 1) == "not" && lowerAt(sentence, p + 2) == "guilty" ? 2
                : lowerAt(sentence, p + 1) == "innocent" ? 1 : 0
            // "pleaded guilty to espionage": an admission, with the charge it admits.
            if plea == 0, lowerAt(sentence, p + 1) == "guilty", let subject = subjectBefore(sentence, end: p), subject.phrase.kind != .anonymous || subject.phrase.head != nil {
                let end = lowerAt(sentence, p + 2) == "to" ? clauseEnd(sentence, from: p + 3, orFirstOf: Self.chargeStops) : p + 2
                if let range = span(sentence, (p + 1)..<end) {
                    record(kind: .indirect, pieces: [range], cue: "pleaded", denies: false, phrase: subject.phrase, rule: "pleaded-guilty", sentence: sentence)
                }
                continue
            }
            guard plea > 0, let subject = subjectBefore(sentence, end: p), subject.phrase.kind != .anonymous || subject.phrase.head != nil,
                  let range = span(sentence, (p + 1)..<(p + 1 + plea)) else { continue }
            record(kind: .indirect, pieces: [range], cue: "pleaded", denies: true, phrase: subject.phrase, rule: "pleaded-not-guilty", sentence: sentence)
        }
        // "maintained his innocence and said he would fight the charges": a claim of innocence
        // denies the charge, and a verb of saying after it is a second statement.
        for n in sentence.units.indices where lowerAt(sentence, n) == "innocence" {
            guard ["his", "her", "their", "its"].contains(lowerAt(sentence, n - 1) ?? ""), let verb = lowerAt(sentence, n - 2),
                  Self.innocenceVerbs.contains(verb), let subject = subjectBefore(sentence, end: n - 2)
                    ?? (lowerAt(sentence, n - 3) == "and" || lowerAt(sentence, n - 3) == "but" ? sentenceSubject(sentence).map { ($0, 0) } : nil),
                  let range = span(sentence, (n - 1)..<(n + 1)) else { continue }
            guard !result.attributions.contains(where: { $0.start <= range.lowerBound && $0.end >= range.upperBound }) else { continue }
            record(kind: .indirect, pieces: [range], cue: Lexicon.cues[verb]?.lemma ?? verb, denies: true, phrase: subject.phrase, rule: "claims-innocence", sentence: sentence)
            secondStatement(sentence, after: n + 1, phrase: subject.phrase)
        }
    }

    /// "The Defense Department repeated its denial of a report alleging P", "issued a denial of
    /// the claims": the one denying is the possessor, or the subject of the verb before it.
    mutating func denialNoun(_ sentence: Sentence) {
        guard sentenceText.includes("denial") else { return }
        for n in upTo(start(of: sentence) + 2, sentence.units.count) where lowerAt(sentence, n + 1) == "of" && (lowerAt(sentence, n) == "denial" || lowerAt(sentence, n) == "denials") {
            let owner = lowerAt(sentence, n - 1) ?? ""
            let subject: SpeakerPhrase?
            if ["its", "his", "her", "their"].contains(owner) {
                subject = sentenceSubject(sentence, from: start(of: sentence))
            } else if ["a", "an", "the"].contains(owner), let verb = lowerAt(sentence, n - 2), ["issued", "repeated", "released", "published", "reiterated", "made"].contains(verb) {
                subject = subjectBefore(sentence, end: n - 2)?.phrase
            } else { continue }
            let end = clauseEnd(sentence, from: n + 2, orFirstOf: [","])
            guard let phrase = subject, phrase.kind != .anonymous || phrase.head != nil, end - n >= 4,
                  let range = span(sentence, (n + 2)..<end) else { continue }
            record(kind: .indirect, pieces: [range], cue: "denied", denies: true, phrase: phrase, rule: "denial-noun", nested: true, sentence: sentence)
        }
    }

    /// Verbs that deny a claim but also refuse an offer or a plan ("rejected the deal"): a denial
    /// only when their object is a claim.
    static let actOrDenial: Set<String> = ["rejected", "dismissed", "contested", "rebuffed"]

    /// "claims of an assault by Sir Michael, which he has strongly denied", "reported overflights,
    /// which the United States denied": a relative clause that is only a denial denies the noun
    /// phrase before it. Inside someone's statement, that speaker relays the denial.
    mutating func relativeClauseDenial(_ sentence: Sentence) {
        guard sentenceText.includes("which ") else { return }
        let count = sentence.units.count
        for r in upTo(start(of: sentence) + 2, count) where lowerAt(sentence, r) == "which" {
            guard let v = upTo(r + 2, min(count, r + 7)).first(where: { cue(sentence, at: $0) != nil }),
                  let (cue, length) = cue(sentence, at: v), cue.denies, cue.frame == .object,
                  // The clause is the denial alone: "which he denies", not "which he denied was his".
                  v + length == count || [".", ",", ";", "and", "but"].contains(lowerAt(sentence, v + length) ?? ""),
                  let subject = subjectBefore(sentence, end: v, floor: r + 1), subject.start == r + 1,
                  subject.phrase.kind != .anonymous || subject.phrase.head != nil else { continue }
            let stop = lowerAt(sentence, r - 1) == "," ? r - 1 : r
            guard let begin = deniedPhraseStart(sentence, before: stop), let range = span(sentence, begin..<stop),
                  !Self.actOrDenial.contains(cue.lemma) || tokenIndices(sentence, begin..<stop).contains(where: { Lexicon.deniableObjects.contains(tokens[$0].lower) })
            else { continue }
            // "claims of an assault by Sir Michael, which he denied": the one the claims are about.
            var denier = subject.phrase
            if denier.kind == .pronoun, let by = upTo(begin, stop).last(where: { ["by", "against"].contains(lowerAt(sentence, $0) ?? "") }),
               isCapitalizedWord(sentence, by + 1) {
                var end = by + 1
                while end < stop, isCapitalizedWord(sentence, end) { end += 1 }
                let names = tokenIndices(sentence, (by + 1)..<end)
                if let a = names.first, let b = names.last, let named = SpeakerParser.parse(tokens, a..<(b + 1), text: textOf), named.kind == .person {
                    denier = named
                }
            }
            let relay: [String]
            if let outer = result.attributions.last(where: { $0.start <= range.lowerBound && $0.end >= range.upperBound }), let source = outer.source {
                relay = outer.relayedBy + [label(source)]
            } else {
                relay = []
            }
            record(kind: .indirect, pieces: [range], cue: cue.lemma, denies: true, phrase: denier, rule: "relative-clause-denial",
                   relay: relay, nested: true, sentence: sentence)
        }
    }

    /// Where the noun phrase that ends before `stop` begins: at the first claim noun in it ("claims
    /// of an alleged assault by Sir Michael", with a determiner before it), or else at the run of
    /// lowercase words that ends it ("manned military aircraft overflights").
    func deniedPhraseStart(_ sentence: Sentence, before stop: Int) -> Int? {
        var claim: Int?
        var k = stop - 1
        while k >= max(0, stop - 14), let w = lowerAt(sentence, k), case .token(let t) = sentence.units[k], tokens[t].kind == .word {
            // ("claims" is a claim here, not a verb.)
            if Self.claimNouns.contains(w) { claim = k; k -= 1; continue }
            if w == "that" || cue(sentence, at: k) != nil || Self.finiteVerbs.contains(w) && !tokens[t].capitalized { break }
            k -= 1
        }
        if let n = claim {
            return ["the", "these", "those", "such", "any", "a", "an", "his", "her", "their", "its"].contains(lowerAt(sentence, n - 1) ?? "") ? n - 1 : n
        }
        var begin = stop
        while begin > 0, isWordToken(sentence, begin - 1), !isCapitalizedWord(sentence, begin - 1),
              let w = lowerAt(sentence, begin - 1), !SpeakerParser.functionWords.contains(w), cue(sentence, at: begin - 1) == nil, stop - begin < 6 {
            begin -= 1
        }
        // ("Brown faces charges": after a name, the run starts with its verb.)
        return stop - begin >= 2 && !isCapitalizedWord(sentence, begin - 1) ? begin : nil
    }

    static let innocenceVerbs: Set<String> = ["maintained", "maintains", "maintaining", "protested", "protests", "proclaimed", "proclaims",
                                              "asserted", "asserts", "declared", "declares", "professed", "professes", "reiterated", "affirmed"]

    // MARK: Anonymity and denials

    /// "The sources all requested anonymity to share sensitive internal information": the reason
    /// belongs to the anonymous sources of the sentence, or to the last group.
    mutating func noteAnonymityReasons(_ sentence: Sentence) {
        guard let range = span(sentence, 0..<sentence.units.count) else { return }
        let lower = text(range).lowercased()
        guard lower.includes("anonymity") || lower.includes("not to be named") || lower.includes("not to be identified")
                || lower.includes("not authorized") || lower.includes("not authorised") || lower.includes("declined to be") else { return }
        guard let reason = Lexicon.anonymityCues.first(where: { lower.includes($0.phrase) })?.kind else { return }
        let specific = ["not authorized", "sensitive", "private matter", "fear of reprisal"]
        let better = specific.first { kind in Lexicon.anonymityCues.contains { $0.kind == kind && lower.includes($0.phrase) } } ?? reason
        var targets: [Int] = []
        if let group = lastGroup { targets.append(group) }
        targets += result.sources.indices.filter { index in
            result.sources[index].kind == .anonymous && (lastGroup.map { group in result.sources[index].group == group } ?? true)
        }
        for index in targets where result.sources[index].reason == nil || result.sources[index].reason == "requested anonymity" {
            result.sources[index].reason = better
        }
    }

    /// A denial denies the report's claim: the first statement, before it, from an anonymous
    /// source or an outlet; failing that, the nearest earlier statement by someone else.
    mutating func linkDenials() {
        for d in result.attributions.indices where result.attributions[d].stance == .denies {
            let denier = result.attributions[d].source
            let candidates = result.attributions.indices.filter { $0 != d && result.attributions[$0].stance == .asserts && result.attributions[$0].source != denier }
            let reported = candidates.first { i in
                guard let s = result.attributions[i].source else { return false }
                return result.sources[s].kind == .anonymous || result.sources[s].isOutlet
            }
            result.attributions[d].denies = reported ?? candidates.last { $0 < d }
        }
    }
}
