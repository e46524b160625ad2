// libFuzzer target for the readers: any bytes as an HTML page, a JSON-lines file and plain
// text must be read or refused with a reason, never crash. Built by fuzz/run.sh.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let decoded = try? TextDecoding.decode(bytes) else { return 0 }
    _ = try? HTMLReader.read(text: decoded.text, path: "fuzz.html", name: "fuzz.html", warnings: [])
    _ = JSONReader.read(text: decoded.text, path: "fuzz.jsonl", fileName: "fuzz.jsonl", isLines: true, warnings: [])
    _ = PlainTextReader.read(text: decoded.text, path: "fuzz.txt", name: "fuzz.txt", format: .text, warnings: [])
    _ = PlainTextReader.read(text: decoded.text, path: "fuzz.md", name: "fuzz.md", format: .markdown, warnings: [])
    return 0
}
