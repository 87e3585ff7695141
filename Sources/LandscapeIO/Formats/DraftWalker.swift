import LandscapeCore

/// A walk over a parsed document (a JSON value, a YAML node tree, an XML element tree) that
/// builds the landscape's draft and collects every problem on the way: what each format's
/// reader does after parsing.
protocol DraftWalker {
    associatedtype Root
    /// A walker before its walk; `walk` sets `file`.
    init()
    /// The file the document was read from, for the locations of diagnostics.
    var file: String { get set }
    var diagnostics: [Diagnostic] { get }
    /// The draft; `nil` when the document's structure leaves nothing to read.
    mutating func draft(_ root: Root) -> LandscapeDraft?
}

extension DraftWalker {
    /// Walks `root` of the document read from `file`, adding the problems to `diagnostics`.
    static func walk(_ root: Root, file: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft? {
        var walker = Self()
        walker.file = file
        let draft = walker.draft(root)
        diagnostics += walker.diagnostics
        return draft
    }
}

extension DraftWalker {
    /// A key that names no field, with the field it matches but for letter case, or else the
    /// closest when one is a plausible typo.
    static func unknownKey(_ key: String, in place: ReadingProblem.Structure.KeyPlace, known: [String]) -> ReadingProblem {
        let suggestion = known.first { $0 == key.lowercased() } ?? SpellingSuggestion.closest(to: key, among: known)
        return .structure(.unknownKey(key, place: place, suggestion: suggestion, known: known))
    }
}

extension DraftWalker where Root == XMLTreeElement {
    /// Parses `bytes` as an XML document whose root element must be `root`, and walks it:
    /// what the XML formats' readers do with a file's bytes.
    static func walk(xml bytes: [UInt8], root: String, file: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft? {
        guard let element = XMLTree.parse(bytes, file: file, root: root, diagnostics: &diagnostics) else { return nil }
        return walk(element, file: file, diagnostics: &diagnostics)
    }
}
