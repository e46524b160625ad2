extension String {
    /// Whether `needle` occurs in the string, comparing UTF-8 bytes. Foundation's
    /// `contains(_:)` goes through CFString on Linux and was the single largest cost of
    /// extraction in a profile (`perf`, 1,000 articles); this scan is linear for the short
    /// lexicon phrases it is used with.
    func includes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard !n.isEmpty else { return true }
                guard n.count <= h.count else { return false }
                let first = n[0]
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count && h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
