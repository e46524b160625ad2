/// Turns raw article text into paragraphs, whatever its line conventions.
///
/// Three conventions occur in real copy: blank lines between paragraphs (web text), one line
/// per paragraph (scraper output), and hard-wrapped lines with paragraphs marked by an indent
/// (wire copy). The body attrib stores has one convention only: paragraphs separated by a
/// blank line, runs of white space folded to one space.
public enum Paragraphs {
    public static func split(_ text: String) -> [String] {
        // Split on the newline byte: splitting on the Character "\n" walks grapheme clusters,
        // and this runs over every byte of every article.
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0).replacingTabs() }
        if isIndentWrapped(lines) { return indentWrapped(lines) }
        var paragraphs: [String] = []
        var block: [Substring] = []
        func flush() {
            defer { block.removeAll() }
            let trimmed = block.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            guard !trimmed.isEmpty else { return }
            if isHardWrapped(trimmed) {
                paragraphs.append(fold(trimmed.joined(separator: " ")))
            } else if let unwrapped = unmarkedWrapped(trimmed) {
                paragraphs.append(contentsOf: unwrapped)
            } else {
                paragraphs.append(contentsOf: trimmed.map { fold(String($0)) })
            }
        }
        for line in lines {
            if line.isBlankLine { flush() } else { block.append(line) }
        }
        flush()
        return paragraphs.filter { !$0.isEmpty }
    }

    /// Wire copy: most lines start flush left, and paragraphs start with an indent of 2+ spaces.
    static func isIndentWrapped(_ lines: [Substring]) -> Bool {
        let nonEmpty = lines.filter { !$0.isBlankLine }
        guard nonEmpty.count >= 4 else { return false }
        let indented = nonEmpty.filter { $0.hasPrefix("  ") }.count
        let blank = lines.count - nonEmpty.count
        // The last line of each paragraph (the one before an indent) is short by nature: the
        // width test looks at the lines that go on. An empty line stands in for the last one.
        let running = nonEmpty.indices.filter { $0 + 1 < nonEmpty.count && !nonEmpty[$0 + 1].hasPrefix("  ") }.map { nonEmpty[$0].trimmingSpaces() }
        return indented >= 2 && indented < nonEmpty.count && blank <= indented && isHardWrapped(running + [""])
    }

    static func indentWrapped(_ lines: [Substring]) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        func flush() {
            if !current.isEmpty { paragraphs.append(fold(current.map { $0.trimmingSpaces() }.joined(separator: " "))) }
            current.removeAll()
        }
        for line in lines {
            if line.isBlankLine { flush(); continue }
            if line.hasPrefix("  ") { flush() }
            current.append(line)
        }
        flush()
        return paragraphs.filter { !$0.isEmpty }
    }

    /// A block is hard-wrapped when its lines (all but the last) are long and of similar length,
    /// as a typewriter or a wire terminal leaves them; short independent lines are paragraphs.
    static func isHardWrapped(_ lines: [Substring]) -> Bool {
        guard lines.count >= 3 else { return false }
        let widths = lines.dropLast().map { $0.count }
        guard let widest = widths.max(), widest >= 40, widest <= 100 else { return false }
        let full = widths.filter { $0 >= widest * 3 / 4 }.count
        return full * 10 >= widths.count * 8
    }

    /// Hard-wrapped copy with no mark between paragraphs at all (no blank line, no indent), as
    /// old wire archives keep it, split into paragraphs; nil when the lines are not such copy.
    ///
    /// Most lines of such copy are full: the next line's first word would not have fit on them.
    /// One-paragraph-a-line text of similar width has few such lines. A paragraph ends where a
    /// line was ended on purpose: the next word would have fit, and the line ends a sentence or
    /// stops well short of the width (a byline, a dateline). A greedy wrapper never leaves such a
    /// line mid-paragraph.
    static func unmarkedWrapped(_ lines: [Substring]) -> [String]? {
        guard lines.count >= 4, let width = lines.map(\.count).max(), width >= 40, width <= 100 else { return nil }
        let full = lines.indices.dropLast().map { isFull(lines, $0, width: width) }
        guard full.filter({ $0 }).count * 2 >= full.count else { return nil }
        var paragraphs: [String] = []
        var current: [Substring] = []
        for (index, line) in lines.enumerated() {
            current.append(line)
            let endsSentence = line.last.map { ".?!:\"”’'".contains($0) } ?? false
            if index < full.count, !full[index], endsSentence || line.count < width * 3 / 4 {
                paragraphs.append(fold(current.joined(separator: " ")))
                current.removeAll()
            }
        }
        if !current.isEmpty { paragraphs.append(fold(current.joined(separator: " "))) }
        return paragraphs
    }

    /// Whether line `index` is full: the first word of the next line would not have fit on it.
    private static func isFull(_ lines: [Substring], _ index: Int, width: Int) -> Bool {
        let nextWord = lines[index + 1].prefix { $0 != " " }.count
        return lines[index].count + 1 + nextWord > width
    }

    /// Folds runs of white space (including no-break spaces) to one space.
    ///
    /// Works on UTF-8 bytes, and returns the text itself when there is nothing to fold (most
    /// paragraphs): appending scalar by scalar to a new string was a tenth of reading an article.
    public static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            guard needsFolding(bytes) else { return String(decoding: bytes, as: UTF8.self) }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let width = spaceWidth(bytes, at: index)
                if width > 0 {
                    pendingSpace = !result.isEmpty
                    index += width
                    continue
                }
                if pendingSpace { result.append(0x20); pendingSpace = false }
                result.append(bytes[index])
                index += 1
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Whether `fold` would change the text: a space other than a single ASCII space between
    /// words, or space at either end.
    private static func needsFolding(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == 0x20 || last == 0x20 { return true }
        var previousSpace = false
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == 0x20 {
                if previousSpace { return true }
                previousSpace = true
                continue
            }
            previousSpace = false
            if byte == 0x09 || byte == 0x0A || ((byte == 0xC2 || byte == 0xE2) && spaceWidth(bytes, at: index) > 0) { return true }
        }
        return false
    }

    /// The byte length of the white space that starts at `index`, or 0: space, tab, newline,
    /// no-break space (U+00A0), thin space (U+2009), narrow no-break space (U+202F) and zero-width
    /// space (U+200B).
    @inline(__always)
    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A: return 1
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE2:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
            let third = bytes[index + 2]
            return third == 0x89 || third == 0xAF || third == 0x8B ? 3 : 0
        default: return 0
        }
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
    func replacingTabs() -> Substring {
        utf8.contains(0x09) ? Substring(replacingOccurrences(of: "\t", with: "    ")) : self
    }
    /// Empty, or spaces only.
    var isBlankLine: Bool { utf8.allSatisfy { $0 == 0x20 } }
}

extension String {
    func trimmed() -> String {
        String(Substring(self).trimmingSpaces()).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

import Foundation
