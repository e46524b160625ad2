// libFuzzer target for the extractor: any bytes, decoded as text, must extract without a
// crash, with every attribution's pieces inside the body and spelling its content.
// Built and run by fuzz/run.sh (not part of CI).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let body = String(decoding: bytes, as: UTF8.self)
    let scalars = Array(body.unicodeScalars)
    let extraction = Extractor().extract(body)
    for attribution in extraction.attributions {
        precondition(!attribution.content.isEmpty, "empty attribution")
        for piece in attribution.pieces { precondition(piece.lowerBound >= 0 && piece.upperBound <= scalars.count, "piece outside body") }
        let spelled = attribution.pieces.map { String(String.UnicodeScalarView(scalars[$0])) }.joined(separator: " ")
        precondition(spelled == attribution.content, "pieces do not spell the content")
    }
    precondition(Extractor().extract(body) == extraction, "extraction is not deterministic")
    return 0
}
