import AttribStore
import Testing

/// Properties that must hold for any input, checked on seeded random texts built from the
/// pieces that trip extractors: quotation marks of every kind, cue words, "with", "according
/// to", names, abbreviations, commas and paragraph breaks in any order.
@Suite struct PropertyTests {
    /// SplitMix64: deterministic, so a failure reproduces with its seed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let pieces = [
        "\"", "“", "”", "‘", "’", "'", ",", ".", ":", ";", "—", "-", "(", ")", "\n", "\n\n", "\n\n    ", " ", " ", " ",
        "said", "told", "according to", "citing", "with", "as", "by", "was", "denied", "reported", "that", "who",
        "he", "she", "they", "one of the", "three people close to the", "sources", "officials", "spokesman",
        "Dmitry Peskov", "Peskov", "Reuters", "The New York Times", "U.S.", "Feb.", "Mr.", "Kremlin", "the report",
        "the deal was off", "No such thing ever happened", "reportedly", "allegedly", "adding", "saying", "but", "and",
        "a", "the", "é", "日本", "🙂", "&amp;", "Photo:", "By", "Asked",
    ]

    func randomText(_ random: inout Random) -> String {
        var text = ""
        let length = Int(random.next() % 120)
        for _ in 0..<length {
            text += random.pick(Self.pieces)
            if random.next() % 3 != 0 { text += " " }
        }
        return text
    }

    @Test func spansAreInsideTheBodyAndSpellTheContent() {
        var random = Random(state: 20261122)
        for _ in 0..<3000 {
            let body = randomText(&random)
            let scalars = Array(body.unicodeScalars)
            let extraction = Extractor().extract(body)
            for attribution in extraction.attributions {
                #expect(!attribution.content.isEmpty, "empty attribution in \(body.debugDescription)")
                #expect(attribution.pieces.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= scalars.count && !$0.isEmpty })
                let spelled = attribution.pieces.map { String(String.UnicodeScalarView(scalars[$0])) }.joined(separator: " ")
                #expect(spelled == attribution.content, "pieces do not spell the content in \(body.debugDescription)")
                if let source = attribution.source { #expect(source < extraction.sources.count) }
                if let denied = attribution.denies { #expect(denied < extraction.attributions.count) }
            }
        }
    }

    @Test func extractionIsDeterministic() {
        var random = Random(state: 7)
        for _ in 0..<300 {
            let body = randomText(&random)
            #expect(Extractor().extract(body) == Extractor().extract(body))
        }
    }

    @Test func pathologicalInputsFinish() {
        let marks = String(repeating: "\" ", count: 20_000)
        let curly = String(repeating: "“a ", count: 10_000)
        let commas = String(repeating: "said, ", count: 10_000)
        let oneLine = String(repeating: "Officials said the talks were over. ", count: 5_000)
        for body in [marks, curly, commas, oneLine] {
            let extraction = Extractor().extract(body)
            #expect(extraction.attributions.count <= body.count)
        }
    }
}
