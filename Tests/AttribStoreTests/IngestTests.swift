import AttribStore
import Foundation
import Testing

@Suite struct IngestTests {
    @Test func htmlPageKeepsArticleAndDropsChrome() throws {
        let records = ArticleSource.read(path: Paths.fixture("page-with-chrome.html"))
        let record = try #require(try records.first?.get())
        #expect(record.title == "Skerry Island ferry to resume after pier repairs")
        #expect(record.outlet == "Northern Courier")
        #expect(record.published == "2025-05-02T08:30:00Z")
        #expect(record.url == "https://www.northerncourier.example/news/2025/05/02/skerry-ferry-to-resume")
        #expect(record.body.contains("an April storm tore away part of the island’s pier"))
        for chrome in ["Island News", "Subscribe today", "We use cookies", "Advertisement", "Workers replace timber decking",
                       "Photo: Fraser Lyall", "Related stories", "All rights reserved", "tracker said hello", "Reader said yes"] {
            #expect(!record.body.contains(chrome), "body should not contain \(chrome)")
        }
        let extraction = extract(record.body, outlet: record.outlet)
        let quote = try #require(extraction.first(containing: "The pier is safe again"))
        #expect(quote.kind == .direct)
        #expect(extraction.source(of: quote)?.name == "Hamish Rowan")
    }

    @Test func frontMatterAndMarkdown() throws {
        let text = try #require(try ArticleSource.read(path: Paths.fixture("front-matter.txt")).first?.get())
        #expect(text.title == "Orchard Lane school to reopen after roof repairs")
        #expect(text.outlet == "Valley Herald")
        #expect(text.published == "2025-11-18")
        #expect(!text.body.contains("outlet:"))

        let markdown = try #require(try ArticleSource.read(path: Paths.fixture("post.md")).first?.get())
        #expect(markdown.title == "Weir Bridge gets a weight limit, not a closure")
        #expect(markdown.outlet == "Riverside Notes")
        #expect(markdown.body.contains("Vehicles over 7.5 tonnes are prohibited from crossing the Weir Bridge until further notice."))
        #expect(markdown.body.contains("the council's traffic notice") || markdown.body.contains("the council’s traffic notice"))
        for markup in ["](", "**", "# ", "riversidenotes.example"] { #expect(!markdown.body.contains(markup)) }
    }

    @Test func hardWrappedWireCopyIsUnwrapped() throws {
        let record = try #require(try ArticleSource.read(path: Paths.fixture("hard-wrapped-wire.txt")).first?.get())
        #expect(record.title == "U.S. wheat futures slip as export demand cools")
        #expect(!record.body.contains("\r"))
        #expect(record.body.contains("settled at $5.38 a bushel, the first close <$5.40 since early Feb."))
        let quote = try #require(extract(record.body).first(containing: "Buyers in North Africa have stepped back"))
        #expect(quote.content.hasSuffix("once the spring shipping season gets going"))
    }

    /// Old wire archives wrap lines and mark paragraphs not at all: a line ends a paragraph when
    /// the next word would have fit on it.
    @Test func unmarkedWrappedCopyIsSplitWhereLinesEndEarly() throws {
        let record = try #require(try ArticleSource.read(path: Paths.fixture("unmarked-wrapped-wire.txt")).first?.get())
        #expect(record.title == "Port cranes halted by power fault")
        let paragraphs = record.body.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 6)
        #expect(paragraphs.first == "By MARTA OYELARAN, Harbor Wire Writer")
        #expect(paragraphs.dropFirst().first == "PORT ELLIS - Two container cranes at the north terminal stopped working on Tuesday after a power fault, and ships waited offshore for most of the day.")
        #expect(paragraphs.last == "The union said no workers were hurt.")
        let result = extract(record.body)
        #expect(result.speaker(ofStatementContaining: "south terminal") == "Dana Kirsch")
        #expect(result.first(containing: "substation")?.content == "the fault was traced to a substation that had been flooded in last week's storm")
    }

    @Test func jsonLinesKeepGoodLinesAndNameTheBrokenOne() throws {
        let results = ArticleSource.read(path: Paths.fixture("feed.jsonl"))
        #expect(results.count == 3)
        let good = results.compactMap { try? $0.get() }
        #expect(good.map(\.title) == ["Lakeside library extends weekend opening hours", "Tram line to Harbour Point delayed until autumn"])
        #expect(good.map(\.outlet) == ["Lakeside Post", "Metro Gazette"])
        let failures = results.compactMap { result -> ArticleSource.Failure? in if case .failure(let f) = result { return f } else { return nil } }
        #expect(failures.count == 1)
        #expect(failures[0].path.hasSuffix("feed.jsonl:2"))
        #expect(failures[0].reason.contains("malformed JSON"))

        let noText = ArticleSource.read(path: Paths.fixture("no-text.jsonl"))
        guard case .failure(let failure) = noText.first else { Issue.record("an object without text must fail"); return }
        #expect(failure.reason.contains("no text"))
    }

    @Test func badFilesAreRefusedByNameAndTheRestGoIn() throws {
        let store = try TemporaryStore()
        let empty = try store.write("empty.txt", "  \n")
        let png = store.folder.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: png)
        let good = try store.write("good.txt", "Headline here\n\n“It works,” said Jane Roe, the engineer.\n")
        var failures: [String] = []
        let ingestor = Ingestor(database: store.database)
        let summary = ingestor.ingest([empty, png.path, good, store.folder.appendingPathComponent("missing.txt").path]) { event in
            if case .failed(let path, let reason) = event { failures.append("\((path as NSString).lastPathComponent): \(reason)") }
        }
        #expect(summary.added == 1)
        #expect(summary.failed == 3)
        #expect(failures.contains("empty.txt: empty file"))
        #expect(failures.contains { $0.hasPrefix("image.txt: binary file (a PNG image)") })
        #expect(failures.contains { $0.hasPrefix("missing.txt: no such file") })
        #expect(try store.count("articles") == 1)
    }

    @Test func reingestIsANoOpAndForceReextracts() throws {
        let store = try TemporaryStore()
        let file = try store.write("story.txt", "Port deal approved\n\nThe deal was approved, two officials said.\n")
        let first = Ingestor(database: store.database)
        #expect(first.ingest([file]).added == 1)
        let again = Ingestor(database: store.database)
        #expect(again.ingest([file]).skipped == 1)
        #expect(try store.count("attributions") == 1)
        let forced = Ingestor(database: store.database)
        forced.force = true
        #expect(forced.ingest([file]).replaced == 1)
        #expect(try store.count("articles") == 1)
        #expect(try store.count("attributions") == 1)
        // Stored claim counts follow the re-extraction.
        #expect(try store.database.check().isHealthy)
    }

    @Test func anArticleIsStoredWholeOrNotAtAll() throws {
        let store = try TemporaryStore()
        // Make the third attribution's insert fail, as a crash or a constraint would.
        try store.database.execute("""
            CREATE TRIGGER fail_third AFTER INSERT ON attributions WHEN new.ordinal = 3
            BEGIN SELECT RAISE(ABORT, 'simulated failure'); END
            """)
        let body = "“One,” said Ann Lee. “Two things,” said Bob Ray. “Three more,” said Cy Tan."
        let record = ArticleRecord(path: "t.txt", name: "t.txt", format: .text, body: body)
        let extraction = extract(body)
        #expect(extraction.attributions.count == 3)
        #expect(throws: DatabaseError.self) { try store.database.insert(record, extraction: extraction) }
        #expect(try store.count("articles") == 0)
        #expect(try store.count("sources") == 0)
        #expect(try store.count("attributions") == 0)
    }

    @Test func decodingRepairsAndWarns() throws {
        let latin1 = try TextDecoding.decode([0x43, 0x61, 0x66, 0xE9, 0x20, 0x73, 0x61, 0x69, 0x64])  // "Café said" in Latin-1
        #expect(latin1.text == "Café said")
        #expect(latin1.warnings.contains { $0.contains("Windows-1252") })
        let utf16 = try TextDecoding.decode([0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00, 0x0D, 0x00, 0x0A, 0x00])
        #expect(utf16.text == "Hi\n")
        #expect(Paragraphs.split("a\r\nb".replacingOccurrences(of: "\r\n", with: "\n")) == ["a", "b"])
        #expect(Entities.decode("AT&amp;T &lt;5 &#8217;s &rsquo;") == "AT&T <5 ’s ’")
    }
}
