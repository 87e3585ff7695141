import LandscapeCore

/// The words of a diagram of what changed between two versions of a landscape (`render --diff`,
/// the report's comparison), from the catalog `diagram-changes` of a language: its legend texts
/// are the messages as they are; the title's counts are chosen here.
public typealias DiagramChangeWording = DiagramChangesMessages

extension DiagramChangesMessages {
    /// The words of `language`.
    public init(_ language: Language) {
        self.init(catalog: Catalog(language))
    }

    /// The title's second line: "What changed: 2017 → 2019-08 · 1 actor joined, none left ·
    /// 15 new ties, none ended".
    public func title(old: String, new: String, joined: Int, left: Int, begun: Int, ended: Int) -> String {
        titleLine(old: old, new: new,
                  joined: joined == 0 ? noneJoined : joinedCount(count: joined),
                  left: left == 0 ? noneLeft : leftCount(count: left),
                  begun: begun == 0 ? noneBegun : begunCount(count: begun),
                  ended: ended == 0 ? noneEnded : endedCount(count: ended))
    }
}

/// The words of the options that compare two versions of a landscape (`render --diff`,
/// `report --compare`), from the catalog `command-changes` of a language, its messages as they are.
public typealias ChangesCommandWording = CommandChangesMessages

extension Language {
    /// The words of the comparing options in this language.
    public var changesCommandWording: ChangesCommandWording { Catalog(self).commandChanges }
}
