import LandscapeCore
import LandscapeStore

/// The suggestions the web app and its API still make: the suggester's, on the ties that exist
/// (`Landscape.realised()`), without the pairs a planned tie joins already (an accepted
/// suggestion) and without the pairs someone dismissed with a reason.
public enum OpenSuggestions {
    /// The best `options.top` open suggestions of `landscape` (planned ties left out of the
    /// analysis); `dismissed` are the store's dismissals.
    ///
    /// - Complexity: that of the suggester, asked for `top` + P + D suggestions for P planned
    ///   ties and D dismissals (so that leaving those out still leaves `top`), plus O(S + T + D).
    public static func suggestions(in landscape: Landscape, dismissed: [Dismissal], options: SuggestOptions) -> [Suggestion] {
        let planned = landscape.ties.count { $0.status == .planned }
        var wider = options
        wider.top = options.top + planned + dismissed.count
        let found = (try? landscape.realised().suggestions(wider)) ?? []
        return Array(open(found, in: landscape, dismissed: dismissed).prefix(options.top))
    }

    /// `suggestions` without the pairs that a planned tie of `landscape` joins or that a
    /// dismissal names (a committee or a fund is never left out: it is no one pair).
    ///
    /// - Complexity: O(S + T + D) for S suggestions, T ties and D dismissals.
    public static func open(_ suggestions: [Suggestion], in landscape: Landscape, dismissed: [Dismissal]) -> [Suggestion] {
        var closed = Set(dismissed.map(\.id))
        for tie in landscape.ties where tie.status == .planned { closed.insert(Dismissal.id(tie.from, tie.to)) }
        return suggestions.filter { id(of: $0).map { !closed.contains($0) } ?? true }
    }

    /// The id the API names a pair suggestion by (`Dismissal.id`: both actor ids in order,
    /// joined by `+`); `nil` for a committee or a fund.
    public static func id(of suggestion: Suggestion) -> String? {
        suggestion.form == .pair ? Dismissal.id(suggestion.from, suggestion.to) : nil
    }
}
