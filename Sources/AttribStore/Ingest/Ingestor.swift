import Foundation

/// Reads paths (files, directories, or "-" for standard input) into article records.
public enum ArticleSource {
    /// Files larger than this are refused: no news article is this long, and reading one must
    /// not exhaust memory. Shown in `attrib ingest --help`.
    public static let maximumFileBytes = 64 << 20
    /// Article bodies longer than this (in bytes of text) are refused.
    public static let maximumBodyBytes = 4 << 20

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Expands directories (recursively, in name order, skipping hidden files and unknown
    /// extensions) into files. Symbolic-link loops are not followed twice.
    /// With `recordsOnly` (extracted-article records, always JSON lines), a file named on the
    /// command line is taken whatever its name: engines write their output as `part-00000`.
    public static func expand(_ paths: [String], recordsOnly: Bool = false) -> (files: [String], failures: [Failure]) {
        var files: [String] = []
        var failures: [Failure] = []
        var visited = Set<String>()
        let manager = FileManager.default
        func visit(_ path: String, explicit: Bool) {
            if path == "-" { files.append(path); return }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failures.append(Failure(path: path, reason: "no such file or directory"))
                return
            }
            if isDirectory.boolValue {
                let real = (try? manager.destinationOfSymbolicLink(atPath: path)).map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: path).deletingLastPathComponent()).standardized.path }
                    ?? URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                guard visited.insert(real).inserted else { return }
                guard let entries = try? manager.contentsOfDirectory(atPath: path) else {
                    failures.append(Failure(path: path, reason: "directory cannot be read (permission denied)"))
                    return
                }
                for entry in entries.sorted() where !entry.hasPrefix(".") {
                    visit((path as NSString).appendingPathComponent(entry), explicit: false)
                }
                return
            }
            let ext = (path as NSString).pathExtension
            if recordsOnly && explicit { files.append(path); return }
            if ArticleFormat(pathExtension: ext) == nil {
                if explicit { failures.append(Failure(path: path, reason: "unknown format “.\(ext)” (expected .txt, .md, .html, .htm, .json, .jsonl)")) }
                return
            }
            files.append(path)
        }
        for path in paths { visit(path, explicit: true) }
        return (files, failures)
    }

    /// Reads one file into its articles (a JSON-lines file holds many). Failures name the file.
    public static func read(path: String, overrides: MetadataOverrides = MetadataOverrides()) -> [Result<ArticleRecord, Failure>] {
        let bytes: [UInt8]
        let format: ArticleFormat
        let fileName: String
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile().prefix(maximumFileBytes + 1))
            fileName = "stdin"
            let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
            format = first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? .json : (first == UInt8(ascii: "<") ? .html : .text)
        } else {
            fileName = (path as NSString).lastPathComponent
            format = ArticleFormat(pathExtension: (path as NSString).pathExtension) ?? .text
            guard let handle = FileHandle(forReadingAtPath: path) else {
                return [.failure(Failure(path: path, reason: "cannot be read (permission denied or not a regular file)"))]
            }
            defer { try? handle.close() }
            let data = (try? handle.read(upToCount: maximumFileBytes + 1)) ?? Data()
            bytes = Array(data)
        }
        if bytes.count > maximumFileBytes {
            return [.failure(Failure(path: path, reason: "larger than the \(maximumFileBytes >> 20) MB limit for one file"))]
        }
        // A plain-text article's body is about its file's size: refuse an oversized one before
        // decoding it (a 50 MB one-line dump would otherwise be copied several times).
        if (format == .text || format == .markdown), bytes.count > maximumBodyBytes * 2 {
            return [.failure(Failure(path: path, reason: "text file of \(bytes.count >> 20) MB, over the \(maximumBodyBytes >> 20) MB limit for an article"))]
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return [.failure(Failure(path: path, reason: "empty file"))]
        }
        let decoded: TextDecoding.Decoded
        do { decoded = try TextDecoding.decode(bytes) } catch let error as UnreadableText {
            return [.failure(Failure(path: path, reason: error.reason))]
        } catch { return [.failure(Failure(path: path, reason: "\(error)"))] }

        var records: [Result<ArticleRecord, Failure>] = []
        switch format {
        case .text, .markdown:
            records = [.success(PlainTextReader.read(text: decoded.text, path: path, name: fileName, format: format, warnings: decoded.warnings))]
        case .html:
            do { records = [.success(try HTMLReader.read(text: decoded.text, path: path, name: fileName, warnings: decoded.warnings))] }
            catch { records = [.failure(Failure(path: path, reason: "\(error)"))] }
        case .json:
            let isLines = path == "-" || ["jsonl", "ndjson"].contains((path as NSString).pathExtension.lowercased())
            for item in JSONReader.read(text: decoded.text, path: path, fileName: fileName, isLines: isLines, warnings: decoded.warnings) {
                switch item.result {
                case .success(let record): records.append(.success(record))
                case .failure(let error): records.append(.failure(Failure(path: item.line.map { "\(path):\($0)" } ?? path, reason: error.reason)))
                }
            }
        }
        return records.map { result in result.flatMap { finish($0, overrides: overrides) } }
    }

    /// Applies command-line metadata and the size and emptiness checks every article passes.
    static func finish(_ record: ArticleRecord, overrides: MetadataOverrides) -> Result<ArticleRecord, Failure> {
        var record = record
        if record.format != .json || record.outlet == nil { if let outlet = overrides.outlet { record.outlet = outlet; record.outletEvidence = "--outlet" } }
        if let date = overrides.published { record.published = date }
        if let url = overrides.url { record.url = url }
        if Whitespace.isBlank(record.body) {
            return .failure(Failure(path: record.path, reason: "no article text found"))
        }
        if record.body.utf8.count > maximumBodyBytes {
            return .failure(Failure(path: record.path, reason: "article text is \(record.body.utf8.count >> 20) MB, over the \(maximumBodyBytes >> 20) MB limit"))
        }
        return .success(record)
    }
}

/// Ingests files into a database and counts what happened.
public final class Ingestor {
    public struct Summary: Sendable, Equatable {
        public var added = 0
        public var replaced = 0
        public var skipped = 0
        public var failed = 0
        public var attributions = 0
        public init() {}
    }

    public enum Event: Sendable {
        case added(path: String, attributions: Int)
        case skipped(path: String, reason: String)
        case failed(path: String, reason: String)
        case warning(path: String, message: String)
        /// How far the run is, in bytes of input read, for a progress display.
        case progress(bytesDone: Int, bytesTotal: Int)
    }

    let database: Database
    public var force = false
    public var overrides = MetadataOverrides()
    /// Read the inputs as extracted-article records (`attrib extract --output articles`) and
    /// only write them, instead of reading articles and extracting.
    public var loadsExtracted = false
    public private(set) var summary = Summary()
    fileprivate var bytesTotal = 0
    fileprivate var bytesDone = 0
    /// Bytes of the current file already counted by in-file progress (JSON lines).
    private var fileBytesReported = 0

    public init(database: Database) {
        self.database = database
    }

    /// Ingests every path; `report` hears about each article as it is done.
    public func ingest(_ paths: [String], report: (Event) -> Void = { _ in }) -> Summary {
        let expanded = ArticleSource.expand(paths, recordsOnly: loadsExtracted)
        for failure in expanded.failures {
            summary.failed += 1
            report(.failed(path: failure.path, reason: failure.reason))
        }
        let sizes = expanded.files.map { path -> Int in
            path == "-" ? 0 : ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0)
        }
        bytesTotal = sizes.reduce(0, +)
        bytesDone = 0
        var files = FileBatches(ingestor: self)
        for (path, size) in zip(expanded.files, sizes) {
            // JSON lines are streamed: a corpus file of any size is read one article at a time.
            if loadsExtracted || (path != "-" && ["jsonl", "ndjson"].contains((path as NSString).pathExtension.lowercased())) {
                files.finish(report: report)
                ingestLines(path, report: report)
                bytesDone = min(bytesTotal, bytesDone + size - fileBytesReported)
                fileBytesReported = 0
                report(.progress(bytesDone: bytesDone, bytesTotal: bytesTotal))
                continue
            }
            files.add(path, size: size, report: report)
        }
        files.finish(report: report)
        return summary
    }

    /// Article files in batches: each batch is read and extracted on all cores while the batches
    /// before it are written, one transaction per batch (as JSON lines are). One file at a time,
    /// one transaction each, a directory of articles went at a third of the speed of the same
    /// articles as JSON lines.
    struct FileBatches {
        let ingestor: Ingestor
        private var batch: [(path: String, size: Int)] = []
        private var inFlight: [(job: PreparedBatch, bytes: Int)] = []

        init(ingestor: Ingestor) { self.ingestor = ingestor }

        mutating func add(_ path: String, size: Int, report: (Event) -> Void) {
            batch.append((path, size))
            if batch.count >= Ingestor.batchSize { flush(report: report) }
        }

        mutating func flush(report: (Event) -> Void) {
            if !batch.isEmpty {
                inFlight.append((PreparedBatch(files: batch.map(\.path), overrides: ingestor.overrides), batch.reduce(0) { $0 + $1.size }))
                batch.removeAll()
            }
            if inFlight.count > Ingestor.batchesAhead { write(inFlight.removeFirst(), report: report) }
        }

        mutating func finish(report: (Event) -> Void) {
            flush(report: report)
            while !inFlight.isEmpty { write(inFlight.removeFirst(), report: report) }
        }

        private func write(_ prepared: (job: PreparedBatch, bytes: Int), report: (Event) -> Void) {
            ingestor.writeBatch(prepared.job.wait(), report: report)
            ingestor.bytesDone = min(ingestor.bytesTotal, ingestor.bytesDone + prepared.bytes)
            report(.progress(bytesDone: ingestor.bytesDone, bytesTotal: ingestor.bytesTotal))
        }
    }

    /// Reads a JSON-lines file in chunks and ingests each line as it is read.
    func ingestLines(_ path: String, report: (Event) -> Void) {
        guard let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path) else {
            summary.failed += 1
            report(.failed(path: path, reason: "cannot be read (permission denied or not a regular file)"))
            return
        }
        defer { try? handle.close() }
        let fileName = (path as NSString).lastPathComponent
        var pending: [UInt8] = []
        var number = 0
        var sawAny = false
        // Lines are read in batches; each batch is decoded, parsed and extracted on all cores
        // while this thread writes the batches before it (SQLite has one writer anyway), so
        // extraction and writing overlap. Two batches are prepared ahead: with one, the extraction
        // threads sat idle whenever they finished before the writer did.
        var batch: [(number: Int, bytes: [UInt8])] = []
        var inFlight: [(job: PreparedBatch, bytes: Int)] = []
        let overrides = self.overrides
        let prepare: @Sendable ([UInt8], Int) -> LinePreparation
        if loadsExtracted {
            prepare = { bytes, number in LinePreparation.load(bytes, number: number, path: path).readyToWrite() }
        } else {
            prepare = { bytes, number in
                LinePreparation.prepare(bytes, number: number, path: path, fileName: fileName, overrides: overrides).readyToWrite()
            }
        }
        func write(_ previous: (job: PreparedBatch, bytes: Int)) {
            writeBatch(previous.job.wait(), report: report)
            fileBytesReported += previous.bytes
            bytesDone += previous.bytes
            report(.progress(bytesDone: min(bytesDone, bytesTotal), bytesTotal: bytesTotal))
        }
        func flushBatch() {
            let lines = batch
            batch.removeAll(keepingCapacity: true)
            let next = lines.isEmpty ? nil : (job: PreparedBatch(lines: lines, prepare: prepare),
                                              bytes: lines.reduce(0) { $0 + $1.bytes.count + 1 })
            if let next { inFlight.append(next) }
            if inFlight.count > Self.batchesAhead { write(inFlight.removeFirst()) }
        }
        func finish() {
            flushBatch()
            while !inFlight.isEmpty { write(inFlight.removeFirst()) }
        }
        func take(line: ArraySlice<UInt8>) {
            number += 1
            var bytes = Array(line)
            if bytes.last == 0x0D { bytes.removeLast() }
            guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
            sawAny = true
            batch.append((number, bytes))
            if batch.count >= Self.batchSize { flushBatch() }
        }
        while true {
            let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
            guard let chunk, !chunk.isEmpty else { break }
            pending.append(contentsOf: chunk)
            var start = 0
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                take(line: pending[start..<newline])
                start = newline + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { take(line: pending[...]) }
        finish()
        if !sawAny {
            summary.failed += 1
            report(.failed(path: path, reason: "empty file"))
        }
    }

    /// Lines extracted in parallel and written in one transaction.
    /// Big enough that a commit (the WAL pages it writes) is shared by many articles: at 64,
    /// commits and the stored-count statements were a fifth of the writer's time.
    static let batchSize = 256
    /// Batches being prepared while one is written.
    static let batchesAhead = 2

    /// Writes one batch of prepared lines in a single transaction (`Database.batch`). Events are
    /// reported after the commit, so nothing is announced as added that the database does not
    /// have. When any article fails to be written, the batch is rolled back and written again
    /// one transaction per article, so the failure is reported for that article alone.
    func writeBatch(_ outcomes: [LinePreparation], report: (Event) -> Void) {
        let before = summary
        var events: [Event] = []
        do {
            try database.batch {
                for outcome in outcomes {
                    switch outcome {
                    case .article(let record, let extraction):
                        self.record(try database.insert(record, extraction: extraction, force: force), for: record) { events.append($0) }
                    case .ready(let article):
                        self.record(try database.insert(article, force: force), for: article.record) { events.append($0) }
                    case .failed(let location, let reason):
                        summary.failed += 1
                        events.append(.failed(path: location, reason: reason))
                    }
                }
            }
            events.forEach(report)
        } catch {
            summary = before
            for outcome in outcomes {
                switch outcome {
                case .article(let record, let extraction): store(record, extraction: extraction, report: report)
                case .ready(let article): store(article, report: report)
                case .failed(let location, let reason):
                    summary.failed += 1
                    report(.failed(path: location, reason: reason))
                }
            }
        }
    }

    public func ingest(_ record: ArticleRecord, report: (Event) -> Void = { _ in }) {
        store(record, extraction: Extractor(articleOutlet: record.outlet).extract(record.body), report: report)
    }

    func store(_ record: ArticleRecord, extraction: Extraction, report: (Event) -> Void) {
        store(ArticleToWrite(record, extraction), report: report)
    }

    func store(_ article: ArticleToWrite, report: (Event) -> Void) {
        do {
            self.record(try database.insert(article, force: force), for: article.record, report: report)
        } catch {
            summary.failed += 1
            report(.failed(path: article.record.path, reason: "not stored: \(error)"))
        }
    }

    /// Counts and reports what writing one article did.
    private func record(_ outcome: InsertOutcome, for record: ArticleRecord, report: (Event) -> Void) {
        switch outcome {
        case .added(_, let count):
            summary.added += 1
            summary.attributions += count
            report(.added(path: record.path, attributions: count))
        case .replaced(_, let count):
            summary.replaced += 1
            summary.attributions += count
            report(.added(path: record.path, attributions: count))
        case .unchanged(_, let existingPath):
            summary.skipped += 1
            report(.skipped(path: record.path, reason: existingPath == record.path ? "already ingested" : "same content as \(existingPath)"))
        }
        for warning in record.warnings { report(.warning(path: record.path, message: warning)) }
    }
}

/// One JSON line made ready for writing: read, checked and extracted, or the reason it failed.
enum LinePreparation: Sendable {
    case article(ArticleRecord, Extraction)
    /// An article with what the writer derives from it made already (`readyToWrite`).
    case ready(ArticleToWrite)
    case failed(location: String, reason: String)

    /// The article made ready for the writer here, on the preparing thread.
    func readyToWrite() -> LinePreparation {
        if case .article(let record, let extraction) = self { return .ready(ArticleToWrite(record, extraction)) }
        return self
    }

    static func prepare(_ bytes: [UInt8], number: Int, path: String, fileName: String, overrides: MetadataOverrides) -> LinePreparation {
        let location = "\(path):\(number)"
        if bytes.count > ArticleSource.maximumBodyBytes * 2 {
            return .failed(location: location, reason: "line of \(bytes.count >> 20) MB, over the \(ArticleSource.maximumBodyBytes * 2 >> 20) MB limit for one JSON line")
        }
        let decoded: TextDecoding.Decoded
        do { decoded = try TextDecoding.decode(bytes) } catch { return .failed(location: location, reason: "\(error)") }
        guard let item = JSONReader.read(text: decoded.text, path: path, fileName: fileName, isLines: true, warnings: decoded.warnings).first else {
            return .failed(location: location, reason: "empty line")
        }
        switch item.result.map({ ArticleSource.finish($0, overrides: overrides) }) {
        case .success(.success(var record)):
            if record.path.hasSuffix("#1") { record.path = "\(path)#\(number)" }
            if record.name == "\(fileName)#1" { record.name = "\(fileName)#\(number)" }
            return .article(record, Extractor(articleOutlet: record.outlet).extract(record.body))
        case .success(.failure(let failure)):
            return .failed(location: location, reason: failure.reason)
        case .failure(let error):
            return .failed(location: location, reason: error.reason.replacingOccurrences(of: "line 1: ", with: ""))
        }
    }
}

/// A batch of JSON lines being prepared on other threads: started at once, `wait` returns the
/// outcomes in line order.
final class PreparedBatch: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the preparing thread before `done` is signalled, read after `wait`.
    private var outcomes: [LinePreparation] = []

    init(lines: [(number: Int, bytes: [UInt8])], prepare: @escaping @Sendable ([UInt8], Int) -> LinePreparation) {
        DispatchQueue.global().async { [self] in
            outcomes = ParallelMap.map(lines) { line in prepare(line.bytes, line.number) }
            done.signal()
        }
    }

    /// Article files (any format; a JSON file may hold several articles), read and extracted
    /// on all cores; the outcomes in file order.
    init(files: [String], overrides: MetadataOverrides) {
        DispatchQueue.global().async { [self] in
            outcomes = ParallelMap.map(files) { path in
                ArticleSource.read(path: path, overrides: overrides).map { result -> LinePreparation in
                    switch result {
                    case .failure(let failure): return .failed(location: failure.path, reason: failure.reason)
                    case .success(let record):
                        return LinePreparation.article(record, Extractor(articleOutlet: record.outlet).extract(record.body)).readyToWrite()
                    }
                }
            }.flatMap { $0 }
            done.signal()
        }
    }

    func wait() -> [LinePreparation] {
        done.wait()
        return outcomes
    }
}

extension LinePreparation {
    /// One extracted-article record, checked, ready to be written as it is.
    static func load(_ bytes: [UInt8], number: Int, path: String) -> LinePreparation {
        switch ExtractedArticle.decode(bytes) {
        case .success(let value): return .article(value.article, value.extraction)
        case .failure(let error): return .failed(location: "\(path):\(number)", reason: error.reason)
        }
    }
}

/// `map` over all cores, results in input order.
enum ParallelMap {
    /// Holds the results; each index is written by exactly one iteration.
    private final class Slots<T>: @unchecked Sendable {
        var buffer: UnsafeMutableBufferPointer<T?>
        init(_ count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }
        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }
    }

    static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        let slots = Slots<Output>(inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            slots.buffer[index] = transform(inputs[index])
        }
        return slots.buffer.map { $0! }
    }
}
