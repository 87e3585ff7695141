/// The words of gap explanations and suggestions, one implementation per language
/// (GapWording+English.swift, GapWording+German.swift).
protocol GapWording: Sendable {
    /// A name in guillemets (»A«), or in outer quotes when it carries guillemets itself.
    func q(_ name: String) -> String
    /// "»A«, »B« and 3 more".
    func list(_ names: [String], limit: Int) -> String
    func groupName(_ group: String, attribute: GroupingAttribute) -> String
    func isolate(_ name: String, need: String?) -> (String, String)
    func pendants(anchor: String, names: [String]) -> (String, String)
    func fragmented(components: [(hub: String, size: Int)], mainHub: String) -> (String, String)
    func cutPoint(_ name: String, cutOff: [String]) -> (String, String)
    func bridge(_ a: String, _ b: String, side: [String]) -> (String, String)
    func groupHole(_ attribute: GroupingAttribute, _ a: String, _ b: String, observed: Int, expected: Double) -> (String, String)
    func uncoordinated(tag: String, targetGroup: Bool, fragments: [[String]], members: [String], coordinator: String?, existingCommittee: String?) -> (String, String)
    func programDependency(program: String, until: PartialDate, ended: Bool, positions: [String], fundingTies: Int,
                           cutOff: [String], brokers: [String], committees: [String], pairsLostShare: Double?) -> (String, String)
    func uncovered(need: String, outside: [String]) -> (String, String)
    func planningSilo(municipality: String, fragments: [[String]]) -> (String, String)
}

extension Language {
    var gapWording: any GapWording {
        switch self {
        case .en: EnglishGapWording()
        case .de: GermanGapWording()
        }
    }
}

/// A percentage with at most one decimal, e.g. "12.5" (English) or "12,5" (German).
func percent(_ share: Double, decimalComma: Bool) -> String {
    let value = (share * 1000).rounded() / 10
    let text = value == value.rounded() ? String(Int(value)) : String(value)
    return decimalComma ? String(text.map { $0 == "." ? "," : $0 }) : text
}
