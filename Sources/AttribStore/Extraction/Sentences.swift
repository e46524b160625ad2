/// A token or a whole quotation: sentences are sequences of units, so the periods inside
/// a quotation never split the sentence that quotes it.
public enum Unit: Sendable, Equatable {
    case token(Int)
    case quote(Int)
}

public struct Sentence: Sendable {
    public var units: [Unit]
    public var paragraph: Int
}

/// Splits the unit stream into sentences. A period ends a sentence unless it belongs to an
/// abbreviation ("Feb.", "U.S.", "Mr."), and only when a capital, a number or a quotation
/// follows; a paragraph break always ends one (a quotation spanning paragraphs is one unit).
public enum SentenceSplitter {
    public static func units(tokens: [Token], quotes: [Quotation]) -> [Unit] {
        var units: [Unit] = []
        units.reserveCapacity(tokens.count)
        var q = 0
        var i = 0
        while i < tokens.count {
            while q < quotes.count && quotes[q].openToken < i { q += 1 }
            if q < quotes.count && quotes[q].openToken == i {
                units.append(.quote(q))
                i = max(quotes[q].closeToken + 1, i + 1)
                q += 1
                continue
            }
            units.append(.token(i))
            i += 1
        }
        return units
    }

    public static func split(units: [Unit], tokens: [Token], quotes: [Quotation], scalars: [Unicode.Scalar]) -> [Sentence] {
        var sentences: [Sentence] = []
        var current: [Unit] = []
        var paragraph = 0
        func flush() {
            if !current.isEmpty { sentences.append(Sentence(units: current, paragraph: paragraph)) }
            current = []
        }
        func startsSentence(_ index: Int) -> Bool {
            guard index < units.count else { return true }
            switch units[index] {
            case .quote: return true
            case .token(let t):
                let token = tokens[t]
                return token.kind == .paragraphBreak || token.capitalized || token.kind == .number
                    || token.kind == .doubleQuote || token.lower == "(" || token.lower == "["
            }
        }
        var index = 0
        var asideAfterStop = false
        while index < units.count {
            let unit = units[index]
            switch unit {
            case .token(let t):
                let token = tokens[t]
                if token.kind == .paragraphBreak {
                    flush()
                    paragraph += 1
                    index += 1
                    continue
                }
                current.append(unit)
                // "... some way.” (emphasis added) The next sentence": an aside in brackets after a
                // finished sentence belongs to it, and the sentence ends with the bracket.
                if token.lower == "(", index > 0, endsWithStop(units[index - 1], tokens: tokens, quotes: quotes, scalars: scalars) { asideAfterStop = true }
                if token.lower == ")", asideAfterStop, index + 1 < units.count, case .token(let next) = units[index + 1],
                   tokens[next].capitalized, Lexicon.cues[tokens[next].lower] == nil {
                    asideAfterStop = false
                    flush()
                }
                if [".", "!", "?"].contains(token.lower), startsSentence(index + 1), !isNameBang(index, units: units, tokens: tokens, scalars: scalars) {
                    // Keep a closing bracket or stray mark with the sentence it closes.
                    flush()
                }
            case .quote(let q):
                current.append(unit)
                let endsWithStop = Self.endsWithStop(unit, tokens: tokens, quotes: quotes, scalars: scalars)
                // A quotation that ends a sentence, followed by a new capitalized sentence.
                if endsWithStop, index + 1 < units.count, case .token(let next) = units[index + 1],
                   tokens[next].capitalized, !(Lexicon.cues[tokens[next].lower] != nil) {
                    // "“Q.” Biden said." continues the sentence; "“Q.” Biden told Putin that ..." starts one.
                    // "“Q?” Rosa Maria Diaz asked as she left": a name of up to three words may stand
                    // between the quotation and its verb.
                    var verb = index + 2
                    while verb < min(units.count, index + 4), case .token(let w) = units[verb], tokens[w].capitalized, !isCueUnit(units[verb], tokens) { verb += 1 }
                    // "“Q?” Ana Ruiz, a nurse at the clinic, said on Monday": skip the appositive.
                    if verb < units.count, case .token(let comma) = units[verb], tokens[comma].lower == "," {
                        var j = verb + 1
                        while j < min(units.count, verb + 25), case .token(let w) = units[j], ![".", "!", "?", ";", ":"].contains(tokens[w].lower) {
                            if tokens[w].lower == ",", j + 1 < units.count, isCueUnit(units[j + 1], tokens) { verb = j + 1; break }
                            j += 1
                        }
                    }
                    let nextIsSpeakerThenCue = verb < units.count && isCueUnit(units[verb], tokens)
                        && (verb + 1 >= units.count || endsFrame(units[verb + 1], tokens))
                    if !nextIsSpeakerThenCue { flush() }
                }
            }
            index += 1
        }
        flush()
        return sentences
    }

    /// "a report by E! News": an exclamation mark written into an outlet's name ("E! News",
    /// "Yahoo! News") ends no sentence. Only names the outlet lexicon knows count.
    static func isNameBang(_ index: Int, units: [Unit], tokens: [Token], scalars: [Unicode.Scalar]) -> Bool {
        guard index >= 1, index + 1 < units.count, case .token(let bang) = units[index], tokens[bang].lower == "!", !tokens[bang].spaceBefore,
              case .token(let before) = units[index - 1], tokens[before].capitalized,
              case .token(let after) = units[index + 1], tokens[after].capitalized else { return false }
        let name = ScalarText.string(scalars[tokens[before].start..<tokens[bang].end]) + " " + ScalarText.string(scalars[tokens[after].start..<tokens[after].end])
        return Lexicon.isKnownOutlet(name)
    }

    static func endsWithStop(_ unit: Unit, tokens: [Token], quotes: [Quotation], scalars: [Unicode.Scalar]) -> Bool {
        switch unit {
        case .token(let t): return [".", "!", "?"].contains(tokens[t].lower)
        case .quote(let q):
            guard let last = quotes[q].pieces.last, last.upperBound > last.lowerBound else { return false }
            // "… It’s very simple.’”": a nested quotation closing with the outer one.
            var k = last.upperBound - 1
            while k > last.lowerBound, ["’", "'", " "].contains(scalars[k]) { k -= 1 }
            return [".", "!", "?"].contains(scalars[k])
        }
    }

    /// What may follow "“Q.” Biden said": the end of the sentence, a comma, a time phrase.
    static func endsFrame(_ unit: Unit, _ tokens: [Token]) -> Bool {
        guard case .token(let t) = unit else { return false }
        return tokens[t].kind == .punctuation || tokens[t].kind == .paragraphBreak
            || ["on", "in", "at", "as", "today", "yesterday", "tonight", "last", "this", "earlier", "later", "recently", "afterward", "afterwards", "then"].contains(tokens[t].lower)
    }

    static func isCueUnit(_ unit: Unit, _ tokens: [Token]) -> Bool {
        if case .token(let t) = unit { return Lexicon.cues[tokens[t].lower] != nil || Lexicon.quoteFrameVerbs[tokens[t].lower] != nil }
        return false
    }
}

/// `lower..<upper`, or an empty range when `upper` is below `lower`: windows near the end of a
/// sentence must never trap.
@inline(__always) func upTo(_ lower: Int, _ upper: Int) -> Range<Int> {
    lower..<max(lower, upper)
}
