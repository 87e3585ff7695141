import LandscapeCore

/// The columns of the actors' and ties' tables that the CSV pair and the workbook write: every
/// field the format knows, a tie's `id` only when a tie has one and its `status` only when a tie
/// is planned (so that a landscape without them keeps the columns it always had), then the
/// fields the format does not know, in the order they first appear.
///
/// - Complexity: O(A + T) for A actors and T ties (and their extra fields).
struct TableColumns {
    let tieIDs: Bool
    let tieStatus: Bool
    let actorExtras: [String]
    let tieExtras: [String]

    init(_ landscape: Landscape) {
        tieIDs = landscape.ties.contains { $0.id != nil }
        tieStatus = landscape.ties.contains { $0.status != .existing }
        actorExtras = Self.names(landscape.actors.map(\.extra))
        tieExtras = Self.names(landscape.ties.map(\.extra))
    }

    var actorHeader: [String] { ActorField.allCases.map(\.rawValue) + actorExtras }

    var tieFields: [TieField] {
        TieField.allCases.filter { ($0 != .id || tieIDs) && ($0 != .status || tieStatus) }
    }

    var tieHeader: [String] { tieFields.map(\.rawValue) + tieExtras }

    /// The text of a tie's `id` and `status` columns, as far as the table has them.
    func tail(of tie: Tie) -> [String?] {
        (tieIDs ? [tie.id?.rawValue] : []) + (tieStatus ? [tie.status == .existing ? nil : tie.status.rawValue] : [])
    }

    /// The cells of `extra` under the columns `names` (a list joined by `|`), `nil` where absent.
    static func cells(_ extra: [ExtraField], under names: [String]) -> [String?] {
        names.map { name in extra.first { $0.name == name }?.value.joined }
    }

    private static func names(_ lists: [[ExtraField]]) -> [String] {
        var seen: Set<String> = []
        var names: [String] = []
        for list in lists { for field in list where seen.insert(field.name).inserted { names.append(field.name) } }
        return names
    }
}
