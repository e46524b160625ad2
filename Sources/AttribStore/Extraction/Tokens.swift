/// The article body as the extractor sees it: Unicode scalars (so every offset is the
/// scalar offset that attrib stores), tokens, quotations and sentences.
///
/// Everything here is one left-to-right pass with bounded look-ahead: extraction time grows
/// linearly with the article, whatever its punctuation.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word
        case number
        case punctuation
        /// a double quotation mark: “ ” „ « » or straight "
        case doubleQuote
        /// a single curly mark standing alone: ‘ or ’ (apostrophes stay inside words)
        case singleQuote
        case paragraphBreak
    }

    public let kind: Kind
    public let start: Int
    public let end: Int
    /// The token's text, lowercased for words.
    public let lower: String
    /// Whether the word starts with a capital letter.
    public let capitalized: Bool
    /// Whether white space precedes the token.
    public let spaceBefore: Bool
    /// A word with a trailing abbreviation period ("Feb.", "U.S.").
    public let isAbbreviation: Bool
}

public struct Tokenizer {
    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var i = 0
        let n = scalars.count
        var spaceBefore = true
        while i < n {
            let c = scalars[i]
            if c == "\n" {
                var j = i
                var newlines = 0
                while j < n, scalars[j] == "\n" || scalars[j] == " " {
                    if scalars[j] == "\n" { newlines += 1 }
                    j += 1
                }
                if newlines >= 2 || (newlines >= 1 && tokens.last?.kind != .paragraphBreak) {
                    tokens.append(Token(kind: .paragraphBreak, start: i, end: j, lower: "\n", capitalized: false, spaceBefore: true, isAbbreviation: false))
                }
                i = j
                spaceBefore = true
                continue
            }
            if isSpace(c) { i += 1; spaceBefore = true; continue }
            if isWordScalar(c) {
                var j = i + 1
                while j < n {
                    let d = scalars[j]
                    if isWordScalar(d) { j += 1; continue }
                    // Internal apostrophes, hyphens, periods and ampersands join a word: Russia’s, pro-Moscow, U.S, AT&T.
                    // ("wrongdoing.WASHINGTON", "said.Any": copy whose paragraphs ran together keeps a
                    // sentence's period between a lowercase word and the next capital.)
                    // (Not in a ticker: "ERICb.ST".)
                    if d == ".", j - i >= 3, j + 1 < n, isUppercase(scalars[j + 1]), scalars[(i + 1)..<j].allSatisfy({ isLowercase($0) }) { break }
                    if (d == "'" || d == "’" || d == "-" || d == "." || d == "&" || d == "\u{2011}") && j + 1 < n && isWordScalar(scalars[j + 1]) {
                        j += 2
                        continue
                    }
                    // A thousands separator joins a number: "100,000" is one token, not a clause break.
                    if d == ",", isNumeric(c), (1...3).allSatisfy({ j + $0 < n && isNumeric(scalars[j + $0]) }),
                       j + 4 >= n || !isNumeric(scalars[j + 4]) {
                        j += 4
                        continue
                    }
                    break
                }
                var end = j
                let (text, lowercase) = ScalarText.stringAndLowercase(scalars[i..<j])
                var lower = lowercase
                var abbreviation = false
                // ("Boston, Mass., said", "Fresno, Calif., police": a short capitalized word whose
                // period a comma follows is an abbreviation, since no sentence ends with ".,".)
                if end < n, scalars[end] == ".", Tokenizer.isAbbreviation(text: text, lower: lower)
                    || end + 1 < n && scalars[end + 1] == "," && isUppercase(c) && text.count <= 5 {
                    end += 1
                    lower += "."
                    abbreviation = true
                }
                let isNumber = isNumeric(c) && text.unicodeScalars.allSatisfy { isNumeric($0) || $0 == "," || $0 == "." }
                tokens.append(Token(kind: isNumber ? .number : .word, start: i, end: end, lower: lower,
                                    capitalized: isUppercase(c) || hasParticlePrefix(scalars[i..<j]),
                                    spaceBefore: spaceBefore, isAbbreviation: abbreviation))
                i = end
                spaceBefore = false
                continue
            }
            // ``old wire copy'' marks a quotation with two backquotes and two apostrophes.
            if (c == "`" || c == "'"), i + 1 < n, scalars[i + 1] == c {
                tokens.append(Token(kind: .doubleQuote, start: i, end: i + 2, lower: "\"", capitalized: false, spaceBefore: spaceBefore, isAbbreviation: false))
                i += 2
                spaceBefore = false
                continue
            }
            let kind: Token.Kind
            switch c {
            case "\"", "“", "”", "„", "«", "»", "‟": kind = .doubleQuote
            // A straight apostrophe standing alone (not inside a word, where it joins "don't") may
            // mark a quotation, as British and Asian outlets write them: 'We will not back down.'
            case "‘", "’", "‚", "‛", "'": kind = .singleQuote
            default: kind = .punctuation
            }
            tokens.append(Token(kind: kind, start: i, end: i + 1, lower: String(Character(c)), capitalized: false, spaceBefore: spaceBefore, isAbbreviation: false))
            i += 1
            spaceBefore = false
        }
        return tokens
    }

    /// Arabic and French surnames open with a lowercase particle joined to a capitalized name
    /// ("al-Sabah", "el-Sisi", "bin-Salman", "d'Estaing"): the word is a name all the same.
    static let joinedNameParticles: Set<String> = ["al", "el", "ad", "ar", "as", "ash", "az", "an", "bin", "ibn", "abu", "abd", "d"]

    static func hasParticlePrefix(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        // (Particles have one to three letters: only those places are looked at.)
        let s = word.startIndex
        guard word.count >= 3, word[s + 1] == "-" || word[s + 1] == "'" || word[s + 1] == "’" || word[s + 2] == "-" || word.count > 3 && word[s + 3] == "-",
              let first = word.first, isLowercase(first),
              let joint = word.prefix(4).firstIndex(where: { $0 == "-" || $0 == "'" || $0 == "’" }),
              joint + 1 < word.endIndex, isUppercase(word[joint + 1]) else { return false }
        return joinedNameParticles.contains(ScalarText.string(word[word.startIndex..<joint]))
    }

    // ASCII answers without the Unicode property tables: almost all of English news is ASCII,
    // and the property lookups were a tenth of tokenizing.
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value == 0x20 || (c.value >= 0x09 && c.value <= 0x0D) : c.properties.isWhitespace
    }
    @inline(__always) static func isNumeric(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value >= 0x30 && c.value <= 0x39 : c.properties.numericType != nil
    }
    @inline(__always) static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value >= 0x41 && c.value <= 0x5A : c.properties.isUppercase
    }
    @inline(__always) static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value >= 0x61 && c.value <= 0x7A : c.properties.isLowercase
    }

    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            return (c.value >= 0x30 && c.value <= 0x39) || (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    static func isAbbreviation(text: String, lower: String) -> Bool {
        if Lexicon.abbreviations.contains(lower) { return true }
        // Single capital initials ("J. Smith") and dotted acronyms ("U.S", "D.C").
        if text.count == 1, text.first!.isUppercase { return true }
        // A U.S. lawmaker's party and state after the name: "R-Neb.", "D-Calif.".
        if lower.count <= 8, lower.hasPrefix("r-") || lower.hasPrefix("d-") || lower.hasPrefix("i-"), text.first!.isUppercase { return true }
        if lower.contains(".") && lower.count <= 6 { return true }
        return false
    }
}

/// Strings from runs of scalars. The extractor works on `[Unicode.Scalar]` (offsets are scalar
/// offsets into the body) and makes words and contents from slices of it many times per
/// article; appending scalar by scalar to a `String.UnicodeScalarView` was a fifth of
/// extraction time, encoding the slice's UTF-8 into one buffer is several times faster.
enum ScalarText {
    /// The text of a run of scalars and its lowercase form; ASCII runs are lowered byte by
    /// byte (the same result as `lowercased()`, without its Unicode machinery).
    static func stringAndLowercase<C: Collection>(_ scalars: C) -> (String, String) where C.Element == Unicode.Scalar {
        guard scalars.allSatisfy({ $0.isASCII }) else {
            let text = string(scalars)
            return (text, text.lowercased())
        }
        let count = scalars.count
        guard count > 0 else { return ("", "") }
        let text = String(unsafeUninitializedCapacity: count) { buffer in
            for (index, scalar) in scalars.enumerated() { buffer[index] = UInt8(scalar.value) }
            return count
        }
        let lower = String(unsafeUninitializedCapacity: count) { buffer in
            for (index, scalar) in scalars.enumerated() {
                let byte = UInt8(scalar.value)
                buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            }
            return count
        }
        return (text, lower)
    }

    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        guard byteCount > 0 else { return "" }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var index = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[index] = byte
                    index += 1
                }
            }
            return index
        }
    }
}
