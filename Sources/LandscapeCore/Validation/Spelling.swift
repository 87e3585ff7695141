/// Edit distance for "did you mean …?" suggestions.

/// The Damerau–Levenshtein distance (optimal string alignment variant: insertions,
/// deletions, substitutions and transpositions of adjacent characters each cost 1),
/// compared case-insensitively over Characters.
///
/// - Complexity: O(m·n) time and O(n) extra space for strings of lengths m and n.
func editDistance(_ a: String, _ b: String) -> Int {
    let s = Array(a.lowercased()), t = Array(b.lowercased())
    if s.isEmpty { return t.count }
    if t.isEmpty { return s.count }
    var previous2 = [Int](repeating: 0, count: t.count + 1)
    var previous = Array(0...t.count)
    var current = [Int](repeating: 0, count: t.count + 1)
    for i in 1...s.count {
        current[0] = i
        for j in 1...t.count {
            let cost = s[i - 1] == t[j - 1] ? 0 : 1
            var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                best = min(best, previous2[j - 2] + 1)
            }
            current[j] = best
        }
        (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[t.count]
}

/// "Did you mean …?" suggestions.
public enum SpellingSuggestion {
    /// The candidate closest to `text`, if it is close enough to be a plausible typo:
    /// at most a third of the longer word's length, and at most 3 edits. A candidate
    /// that equals `text` ignoring case wins at once. Ties go to the earlier candidate.
    ///
    /// - Complexity: O(C·m·n) for C candidates of length up to n and a text of length m.
    public static func closest(to text: String, among candidates: [String]) -> String? {
        closestSpelling(to: text, among: candidates)
    }
}

func closestSpelling(to text: String, among candidates: [String]) -> String? {
    let lowered = text.lowercased()
    if let exact = candidates.first(where: { $0.lowercased() == lowered }) { return exact }
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(text, candidate)
        let limit = min(3, max(text.count, candidate.count) / 3)
        guard distance <= limit else { continue }
        if best.map({ distance < $0.distance }) ?? true { best = (candidate, distance) }
    }
    return best?.candidate
}
