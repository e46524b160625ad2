/// A quotation found in the body: the words inside the marks, possibly in several pieces
/// (a quote that runs over paragraphs has one piece per paragraph).
public struct Quotation: Sendable, Equatable {
    /// Token index of the opening mark.
    public var openToken: Int
    /// Token index of the closing mark, or of the last token when the quote was never closed.
    public var closeToken: Int
    /// Scalar ranges of the quoted words, marks excluded.
    public var pieces: [Range<Int>]
    /// Whether the quote was closed by the writer, or repaired at a paragraph end.
    public var closed: Bool
    /// Whether single marks (‘…’) delimit it.
    public var single: Bool
}

/// Pairs quotation marks into quotations, paragraph by paragraph.
///
/// Real copy breaks every naive rule: straight and curly marks mixed, an opening mark on each
/// paragraph of a long quote but a closing mark only on the last, and marks that never close.
/// The finder never looks further back than the open quote, and an unclosed quote is closed at
/// the end of its paragraph (unless the next paragraph continues it), so one stray mark costs
/// at most one paragraph, never the rest of the article.
public enum QuotationFinder {
    public static func find(tokens: [Token], scalars: [Unicode.Scalar]) -> (quotes: [Quotation], repairs: Int) {
        var quotes: [Quotation] = []
        var repairs = 0
        var open: (token: Int, pieceStart: Int, pieces: [Range<Int>])?
        var single: (token: Int, start: Int)?
        var i = 0
        func lastContentEnd(before index: Int) -> Int {
            var j = index - 1
            while j >= 0, tokens[j].kind == .paragraphBreak { j -= 1 }
            return j >= 0 ? tokens[j].end : 0
        }
        while i < tokens.count {
            let token = tokens[i]
            switch token.kind {
            case .paragraphBreak:
                single = nil
                if var current = open {
                    let pieceEnd = lastContentEnd(before: i)
                    if pieceEnd > current.pieceStart { current.pieces.append(current.pieceStart..<pieceEnd) }
                    // Continued quote: the next paragraph opens with a quotation mark.
                    if i + 1 < tokens.count, tokens[i + 1].kind == .doubleQuote, isOpening(tokens, i + 1, scalars) {
                        current.pieceStart = tokens[i + 1].end
                        open = current
                        i += 2
                        continue
                    }
                    repairs += 1
                    // A missing closing mark before its cue ("…the keys now, said Margit Ferenc"):
                    // close the quote at that comma, so the cue and speaker stay outside it.
                    if let comma = ((current.token + 2)..<max(current.token + 2, i)).first(where: { k in
                        tokens[k].lower == "," && (k + 1..<min(i, k + 5)).contains { Lexicon.cues[tokens[$0].lower] != nil }
                    }), comma - 1 > current.token,
                       let lastPiece = current.pieces.last, tokens[comma - 1].end > lastPiece.lowerBound {
                        current.pieces[current.pieces.count - 1] = lastPiece.lowerBound..<tokens[comma - 1].end
                        quotes.append(Quotation(openToken: current.token, closeToken: comma - 1, pieces: current.pieces, closed: false, single: false))
                    } else {
                        quotes.append(Quotation(openToken: current.token, closeToken: max(current.token, i - 1), pieces: current.pieces, closed: false, single: false))
                    }
                    open = nil
                }
            case .doubleQuote:
                let mark = scalars[token.start]
                let opening: Bool
                if mark == "“" || mark == "„" || mark == "«" || mark == "‟" { opening = open == nil || !isClosing(tokens, i) }
                else if mark == "”" || mark == "»" { opening = open == nil && isOpening(tokens, i, scalars) && !isClosing(tokens, i) }
                else { opening = open == nil ? isOpening(tokens, i, scalars) || !isClosing(tokens, i) : false }
                if opening {
                    if open != nil { repairs += 1 }  // a second opening mark: the first was stray
                    open = (i, token.end, [])
                } else if var current = open {
                    if token.start > current.pieceStart { current.pieces.append(current.pieceStart..<token.start) }
                    quotes.append(Quotation(openToken: current.token, closeToken: i, pieces: current.pieces, closed: true, single: false))
                    open = nil
                } else {
                    repairs += 1  // a closing mark with nothing open
                }
            case .singleQuote:
                guard open == nil else { break }  // nested single quotes stay inside the double quote
                let mark = scalars[token.start]
                // A straight mark opens only where a quotation can start, and closes only attached
                // to the word or stop before it ("the workers' union" opens nothing).
                let straight = mark == "'"
                if (mark == "‘" || straight && isOpening(tokens, i, scalars)) && i + 1 < tokens.count && !tokens[i + 1].spaceBefore && tokens[i + 1].kind == .word {
                    single = (i, token.end)
                } else if mark == "’" || straight && isClosing(tokens, i) && !isPluralPossessive(tokens, i), let opened = single, token.start > opened.start,
                          i + 1 >= tokens.count || tokens[i + 1].kind != .word || tokens[i + 1].spaceBefore {
                    let wordCount = tokens[(opened.token + 1)..<i].filter { $0.kind == .word || $0.kind == .number }.count
                    if wordCount >= 2 {
                        quotes.append(Quotation(openToken: opened.token, closeToken: i, pieces: [opened.start..<token.start], closed: true, single: true))
                    }
                    single = nil
                }
            default:
                break
            }
            i += 1
        }
        if var current = open {
            let pieceEnd = lastContentEnd(before: tokens.count)
            if pieceEnd > current.pieceStart { current.pieces.append(current.pieceStart..<pieceEnd) }
            repairs += 1
            quotes.append(Quotation(openToken: current.token, closeToken: tokens.count - 1, pieces: current.pieces, closed: false, single: false))
        }
        return (quotes.filter { !$0.pieces.isEmpty }.sorted { $0.openToken < $1.openToken }, repairs)
    }

    /// A mark opens when it starts a paragraph or follows white space or an opening bracket or
    /// dash, and the next token is attached to it.
    static func isOpening(_ tokens: [Token], _ i: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        let attachedNext = i + 1 < tokens.count && !tokens[i + 1].spaceBefore && tokens[i + 1].kind != .paragraphBreak
        let startsSpan = tokens[i].spaceBefore || i == 0 || tokens[i - 1].kind == .paragraphBreak
            || ["(", "[", "—", "–", "-", ":"].contains(tokens[i - 1].lower)
        return startsSpan && attachedNext
    }

    /// "the workers' pay": a straight apostrophe after a plural, with a word after it, is a
    /// possessive, not the end of a quotation.
    static func isPluralPossessive(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0, i + 1 < tokens.count, tokens[i - 1].kind == .word, tokens[i - 1].lower.hasSuffix("s") else { return false }
        return tokens[i + 1].kind == .word && tokens[i + 1].spaceBefore
    }

    /// A mark closes when it is attached to the preceding word or punctuation.
    static func isClosing(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0, tokens[i - 1].kind != .paragraphBreak else { return false }
        return !tokens[i].spaceBefore
    }
}
