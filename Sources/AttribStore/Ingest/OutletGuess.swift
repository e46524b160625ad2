import Foundation

/// Finds the publishing outlet in an article's own words when no metadata names it:
/// "Newsweek reached out to ...", "Reuters was unable to verify ...", "Support The Moscow Times!".
/// These phrases speak of the outlet's own reporting, unlike "told Reuters", which is a relay.
public enum OutletGuess {
    private static let patterns: [NSRegularExpression] = [
        #"^Support ((?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})!?$"#,
        #"\b((?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}) (?:has |had )?(?:reached out to|contacted|emailed|was unable to (?:independently )?(?:verify|confirm|reach)|could not (?:independently )?(?:verify|confirm|reach)|has not been able to|has asked|asked [\w ]{1,40} for comment)\b"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    /// A wire dateline: "LONDON, March 4 (Reuters) -", "PINE HOLLOW, Colo. (AP) —". The wire
    /// named there wrote the article; "told The Associated Press" below it is no relay.
    private static let dateline = try! NSRegularExpression(pattern: #"^\s*[A-Z][^()\n]{0,60}\(([A-Z][^()\n]{1,30})\)\s*[—–-]"#)

    public static func fromText(_ paragraphs: [String]) -> (outlet: String, evidence: String)? {
        for paragraph in paragraphs.prefix(3) {
            let range = NSRange(paragraph.startIndex..., in: paragraph)
            guard let match = dateline.firstMatch(in: paragraph, range: range),
                  let nameRange = Range(match.range(at: 1), in: paragraph), let whole = Range(match.range, in: paragraph) else { continue }
            let name = String(paragraph[nameRange])
            if Lexicon.isKnownOutlet(name) { return (Lexicon.canonicalOutlet(name), String(paragraph[whole]).trimmingCharacters(in: .whitespaces)) }
        }
        for paragraph in paragraphs {
            guard paragraph.count < 2000 else { continue }
            let range = NSRange(paragraph.startIndex..., in: paragraph)
            for pattern in patterns {
                guard let match = pattern.firstMatch(in: paragraph, range: range),
                      let nameRange = Range(match.range(at: 1), in: paragraph),
                      let whole = Range(match.range, in: paragraph) else { continue }
                let name = String(paragraph[nameRange])
                guard Lexicon.isKnownOutlet(name) else { continue }
                return (Lexicon.canonicalOutlet(name), String(paragraph[whole]))
            }
        }
        return nil
    }
}
