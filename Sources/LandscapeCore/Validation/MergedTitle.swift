/// The title of a landscape merged from files whose titles differ: the region they share, then
/// the places in it — »Thüringen: Eisenach, Jena, …« when every file's actors name Thüringen
/// among their municipalities and a title names it too; else what the titles share, then what
/// sets each apart — »Bildungslandschaft Stadt: Eisenach, Jena, Weimar« from three city
/// titles; a shared last word (a region) leads the same way; with nothing shared, the titles
/// one after the other. At most `shownLimit` parts are listed, then »…«.
///
/// The punctuation (»: «, », «, »…«) is the same in every language the tool speaks, so the
/// title is decided here, once; the warning that tells it is worded in the catalogs.
public enum MergedTitle {
    static let shownLimit = 4

    /// The places the actors of one file name (their municipalities, with how many actors name
    /// each), in the order first named.
    public struct Places: Sendable {
        public var names: [String]
        public var counts: [String: Int]

        public init(_ municipalities: [String]) {
            names = []
            counts = [:]
            for name in municipalities where !name.isEmpty {
                if counts[name] == nil { names.append(name) }
                counts[name, default: 0] += 1
            }
        }

        /// The place most actors name (the first named among equals): where the file is at home.
        var home: String? {
            var best: String?
            for name in names where best.map({ (counts[name] ?? 0) > (counts[$0] ?? 0) }) ?? true { best = name }
            return best
        }
    }

    /// The combined title of `titles` (distinct, in the order of their files), given the places
    /// each file's actors name (`places[i]` for the file of `titles[i]`; empty: titles only).
    ///
    /// The region: a place the actors of every file name and one of the titles names (as whole
    /// words); it leads, then the home of each file (the place most of its actors name) other
    /// than the region, each once. Without such a region, the titles' shared words decide.
    ///
    /// - Complexity: O(T·W + A) for T titles of at most W words and A actors.
    public static func combined(_ titles: [String], places: [Places]) -> String {
        guard titles.count > 1, places.count == titles.count,
              let region = places[0].names.first(where: { place in
                  places.allSatisfy { $0.counts[place] != nil } && titles.contains { Self.names($0, place) }
              })
        else { return combined(titles) }
        var homes: [String] = []
        for home in places.compactMap(\.home) where home != region && !homes.contains(home) { homes.append(home) }
        guard !homes.isEmpty else { return combined(titles) }
        return region + ": " + listed(homes)
    }

    /// Whether `title` names `place` as whole words (not inside a longer word: »Bund« is not in
    /// »Bundesebene«).
    static func names(_ title: String, _ place: String) -> Bool {
        guard !place.isEmpty else { return false }
        var rest = title[...]
        while let found = rest.firstRange(of: place) {
            let before = found.lowerBound == title.startIndex ? nil : title[title.index(before: found.lowerBound)]
            let after = found.upperBound == title.endIndex ? nil : title[found.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            rest = title[found.upperBound...]
        }
        return false
    }

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
