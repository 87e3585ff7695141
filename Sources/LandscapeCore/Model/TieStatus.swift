/// Whether a tie exists or is only planned: a suggestion the steering group accepted, a
/// cooperation agreed but not yet begun.
///
/// The analyses read the ties that exist; a planned tie joins them only when asked
/// (`Landscape.realised(includingPlanned:)`, `--planned` on the command line), which shows what
/// the landscape would look like once the plans are carried out. Files write `status: planned`
/// and leave the field out for a tie that exists.
public enum TieStatus: String, Vocabulary, Comparable {
    case existing
    case planned

    public static func < (lhs: TieStatus, rhs: TieStatus) -> Bool {
        lhs == .existing && rhs == .planned
    }
}

extension Landscape {
    /// The landscape as the analyses read it by default: the ties that exist, and the planned
    /// ones too when `includingPlanned` is set. The landscape itself when nothing is left out.
    ///
    /// - Complexity: O(T) for T ties.
    public func realised(includingPlanned: Bool = false) -> Landscape {
        // By index: reading each tie's status copies no tie.
        guard !includingPlanned, ties.indices.contains(where: { ties[$0].status == .planned }) else { return self }
        return Landscape(title: title, language: language, asOf: asOf, needs: needs,
                         actors: actors, ties: ties.filter { $0.status != .planned })
    }
}
