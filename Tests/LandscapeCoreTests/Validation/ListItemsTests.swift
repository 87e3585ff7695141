import Testing
@testable import LandscapeCore

/// A list cell of a table splits at `|` exactly as `split(separator: "|")` does, whichever
/// way it is split.
@Suite("List cells")
struct ListItemsTests {
    @Test("Split at | by bytes or by characters, as split(separator:) splits", arguments: [
        "", "|", "||", "a", "a|b", "|a||b|", "Frühe Bildung|Sprachförderung", "ä|ß|😀",
        // A combining acute accent after the bar joins it into one character, so no split
        // there; U+0600 (a prepended character) before the bar joins it likewise.
        "a|\u{301}b", "x\u{600}|y", "a|b|\u{301}c", " a | b ",
    ])
    func listItems(cell: String) {
        #expect(cell.listItems == cell.split(separator: "|").map(String.init))
    }

    @Test("A combining mark after the bar keeps the cell whole")
    func combining() {
        #expect("a|\u{301}b".listItems.count == 1)
        #expect("a|b".listItems == ["a", "b"])
    }
}
