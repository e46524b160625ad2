/// Turns raw article text into paragraphs, whatever its line conventions.
///
/// Three conventions occur in real copy: blank lines between paragraphs (web text), one line
/// per paragraph (scraper output), and hard-wrapped lines with paragraphs marked by an indent
/// (wire copy). The body attrib stores has one convention only: paragraphs separated by a
/// blank line, runs of white space folded to one space.
public enum Paragraphs {
    public static func split(_ text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.replacingTabs() }
        if isIndentWrapped(lines) { return indentWrapped(lines) }
        var paragraphs: [String] = []
        var block: [Substring] = []
        func flush() {
            defer { block.removeAll() }
            let trimmed = block.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            guard !trimmed.isEmpty else { return }
            if isHardWrapped(trimmed) {
                paragraphs.append(fold(trimmed.joined(separator: " ")))
            } else {
                paragraphs.append(contentsOf: trimmed.map { fold(String($0)) })
            }
        }
        for line in lines {
            if line.allSatisfy({ $0 == " " }) { flush() } else { block.append(line) }
        }
        flush()
        return paragraphs.filter { !$0.isEmpty }
    }

    /// Wire copy: most lines start flush left, and paragraphs start with an indent of 2+ spaces.
    static func isIndentWrapped(_ lines: [Substring]) -> Bool {
        let nonEmpty = lines.filter { !$0.allSatisfy { $0 == " " } }
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
            if line.allSatisfy({ $0 == " " }) { flush(); continue }
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

    /// Folds runs of white space (including no-break spaces) to one space.
    public static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\u{A0}" || scalar == "\n" || scalar == "\u{2009}" || scalar == "\u{202F}" || scalar == "\u{200B}" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" "); pendingSpace = false }
            result.append(scalar)
        }
        return String(result)
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
        contains("\t") ? Substring(replacingOccurrences(of: "\t", with: "    ")) : self
    }
}

extension String {
    func trimmed() -> String {
        String(Substring(self).trimmingSpaces()).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

import Foundation
