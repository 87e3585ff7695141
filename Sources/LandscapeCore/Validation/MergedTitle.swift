/// The title of a landscape merged from files whose titles differ: what the titles share, then
/// what sets each apart — »Bildungslandschaft Stadt: Eisenach, Jena, Weimar« from three city
/// titles; a shared last word (a region) leads the same way; with nothing shared, the titles
/// one after the other. At most `shownLimit` parts are listed, then »…«.
///
/// The punctuation (»: «, », «, »…«) is the same in every language the tool speaks, so the
/// title is decided here, once; the warning that tells it is worded in the catalogs.
public enum MergedTitle {
    static let shownLimit = 4

    /// The combined title of `titles` (distinct, in the order of their files).
    ///
    /// - Complexity: O(T·W) for T titles of at most W words.
    public static func combined(_ titles: [String]) -> String {
        guard titles.count > 1 else { return titles.first ?? "" }
        let words = titles.map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        let shortest = words.map(\.count).min() ?? 0
        // Shared words at the front, else at the end; each title keeps at least one word of its own.
        let front = (0..<shortest).prefix { index in words.allSatisfy { $0[index] == words[0][index] } }.count
        let back = (1...max(1, shortest)).prefix { offset in
            offset <= shortest && words.allSatisfy { $0[$0.count - offset] == words[0][words[0].count - offset] }
        }.count
        let shared: (words: [String], rests: [String])?
        if front > 0, front < shortest {
            shared = (Array(words[0].prefix(front)), words.map { $0.dropFirst(front).joined(separator: " ") })
        } else if back > 0, back < shortest {
            shared = (Array(words[0].suffix(back)), words.map { $0.dropLast(back).joined(separator: " ") })
        } else {
            shared = nil
        }
        guard let shared else { return listed(titles) }
        return shared.words.joined(separator: " ") + ": " + listed(shared.rests)
    }

    private static func listed(_ parts: [String]) -> String {
        parts.prefix(shownLimit).joined(separator: ", ") + (parts.count > shownLimit ? ", …" : "")
    }
}
