import Foundation

/// Why a file's bytes were refused as text.
public struct UnreadableText: Error, Sendable, CustomStringConvertible {
    public let reason: String
    public var description: String { reason }
}

/// Turns a file's bytes into text, repairing what can be repaired and saying so.
///
/// Order matters: a byte-order mark decides the encoding outright; then known binary
/// signatures are refused; then UTF-8 is tried, and only invalid UTF-8 falls back to
/// Windows-1252 (a superset of Latin-1 in the printable range), with a warning.
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        public var warnings: [String]
    }

    private static let signatures: [(bytes: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"), ([0x1F, 0x8B], "gzip-compressed data"),
        ([0x25, 0x50, 0x44, 0x46], "a PDF document"), ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable (ELF)"), ([0x42, 0x5A, 0x68], "bzip2-compressed data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A], "xz-compressed data"), ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65], "an SQLite database"),
    ]

    public static func decode(_ bytes: [UInt8]) throws -> Decoded {
        var warnings: [String] = []
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(text: cleanControls(String(decoding: bytes.dropFirst(3), as: UTF8.self), &warnings), warnings: warnings)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            warnings.append("decoded from UTF-16 (\(little ? "little" : "big")-endian, byte-order mark)")
            return Decoded(text: cleanControls(String(decoding: units, as: UTF16.self), &warnings), warnings: warnings)
        }
        if let signature = signatures.first(where: { bytes.starts(with: $0.bytes) }) {
            throw UnreadableText(reason: "binary file (\(signature.name)), not text")
        }
        let sample = bytes.prefix(8192)
        let nulCount = sample.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        if nulCount > sample.count / 10 {
            throw UnreadableText(reason: "binary file (\(nulCount) NUL bytes in the first \(sample.count)), not text")
        }
        var text: String
        if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
        } else {
            text = String(bytes.map { windows1252($0) })
            warnings.append("not valid UTF-8: decoded as Windows-1252/Latin-1")
        }
        text = cleanControls(text, &warnings)
        return Decoded(text: text, warnings: warnings)
    }

    /// Normalizes line ends (CRLF and lone CR to LF) and drops control characters
    /// (NUL, the SGML markers of wire copy such as `&#2;`) other than tab and newline.
    static func cleanControls(_ text: String, _ warnings: inout [String]) -> String {
        // Most text has nothing to clean: a byte scan says so without rebuilding the string
        // (rebuilding scalar by scalar was a tenth of JSON-lines ingest).
        if !needsCleaning(text) { return text }
        var scalars = String.UnicodeScalarView()
        var dropped = 0
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" { scalars.append("\n"); previousCR = true; continue }
            if scalar == "\n" && previousCR { previousCR = false; continue }
            previousCR = false
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { dropped += 1; continue }
            if scalar.value == 0x7F || scalar == "\u{FEFF}" { dropped += 1; continue }
            scalars.append(scalar)
        }
        if dropped > 0 { warnings.append("removed \(dropped) control character\(dropped == 1 ? "" : "s")") }
        return String(scalars)
    }

    /// True when `text` has a control character, a carriage return, DEL or a byte-order mark.
    static func needsCleaning(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 && byte != 0x0A && byte != 0x09 { return true }
                if byte == 0x7F { return true }
                if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return true }
                index += 1
            }
            return false
        }
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252(_ byte: UInt8) -> Character {
        let value = (0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
        return Character(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
}
