/// Decodes HTML/SGML character references (`&amp;`, `&rsquo;`, `&#8217;`, `&#x2019;`) in text
/// that did not come through the HTML parser: wire copy and scraper JSON carry them too.
public enum Entities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "sbquo": "\u{201A}", "bdquo": "\u{201E}", "laquo": "\u{AB}", "raquo": "\u{BB}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "bull": "\u{2022}",
        "middot": "\u{B7}", "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "deg": "\u{B0}",
        "euro": "\u{20AC}", "pound": "\u{A3}", "yen": "\u{A5}", "cent": "\u{A2}", "sect": "\u{A7}",
        "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "iacute": "í", "oacute": "ó",
        "uacute": "ú", "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä", "szlig": "ß",
        "thinsp": " ", "ensp": " ", "emsp": " ", "zwnj": "", "zwj": "", "shy": "",
    ]

    public static func decode(_ text: String) -> String {
        guard text.includes("&") else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        while let amp = text[index...].firstIndex(of: "&") {
            result += text[index..<amp]
            // A reference is short: look at most 10 characters ahead for its semicolon.
            let window = text[text.index(after: amp)...].prefix(10)
            if let semicolon = window.firstIndex(of: ";"), let replacement = reference(String(window[..<semicolon])) {
                result += replacement
                index = text.index(after: semicolon)
            } else {
                result.append("&")
                index = text.index(after: amp)
            }
        }
        result += text[index...]
        return result
    }

    static func reference(_ name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            // Control characters (wire copy's &#2; &#3; markers) carry no text.
            if value < 0x20 && value != 0x0A && value != 0x09 { return "" }
            return String(Character(scalar))
        }
        return named[name] ?? named[name.lowercased()]
    }
}
