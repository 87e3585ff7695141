import Testing
@testable import LandscapeCore

@Suite("The title of files merged with different titles")
struct MergedTitleTests {
    @Test("Shared words first, then what sets each title apart", arguments: [
        // graphs/jena.yaml and graphs/weimar.yaml.
        (["Bildungslandschaft Stadt Jena", "Bildungslandschaft Stadt Weimar"], "Bildungslandschaft Stadt: Jena, Weimar"),
        // graphs/variants/nordhausen-sprachkurse-2017.yaml and -2019.yaml.
        (["Sprachkurse im Landkreis Nordhausen 2017 (vor der Beratungsrunde)", "Sprachkurse im Landkreis Nordhausen 2019 (mit Beratungsrunde)"],
         "Sprachkurse im Landkreis Nordhausen: 2017 (vor der Beratungsrunde), 2019 (mit Beratungsrunde)"),
        // A shared region at the end leads the same way.
        (["Kita-Netz Weimar", "Schulnetz Weimar"], "Weimar: Kita-Netz, Schulnetz"),
        // Nothing shared: the titles, four at most, then »…«.
        (["Jena", "Weimar"], "Jena, Weimar"),
        (["A", "B", "C", "D", "E"], "A, B, C, D, …"),
        // One title inside another leaves nothing of its own to the shorter: joined.
        (["Bildungslandschaft", "Bildungslandschaft Jena"], "Bildungslandschaft, Bildungslandschaft Jena"),
    ])
    func combined(titles: [String], expected: String) {
        #expect(MergedTitle.combined(titles) == expected)
    }

    @Test("A region every file's actors name and a title names leads, then each file's home place")
    func region() {
        // Shaped like graphs/jena.yaml, graphs/thueringen.yaml and graphs/weimar.yaml: each names
        // its own place most, and Thüringen and the Bund for the state's and the federal actors.
        let titles = ["Bildungslandschaft Stadt Jena", "Kommunales Bildungsmanagement in Thüringen – Landes- und Bundesebene",
                      "Bildungslandschaft Stadt Weimar"]
        let places = [MergedTitle.Places(["Jena", "Jena", "Thüringen", "Bund"]), MergedTitle.Places(["Thüringen", "Thüringen", "Bund", "Jena"]),
                      MergedTitle.Places(["Weimar", "Thüringen", "Bund", "Weimar"])]
        #expect(MergedTitle.combined(titles, places: places) == "Thüringen: Jena, Weimar")
        // No title names a place all share: the titles' shared words, as without places.
        #expect(MergedTitle.combined([titles[0], titles[2]], places: [places[0], places[2]]) == "Bildungslandschaft Stadt: Jena, Weimar")
        #expect(MergedTitle.names(titles[1], "Thüringen") && !MergedTitle.names(titles[1], "Bund"), "»Bund« only inside »Bundesebene«")
        #expect(MergedTitle.combined(titles, places: []) == MergedTitle.combined(titles))
    }

    @Test("Two example files with different titles: the combined title and one warning at the second title")
    func merged() throws {
        let one = LandscapeDraft(file: "a.yaml", title: Located("Bildungslandschaft Stadt Jena", at: SourceLocation(file: "a.yaml", line: 1, column: 8)))
        let two = LandscapeDraft(file: "b.yaml", title: Located("Bildungslandschaft Stadt Weimar", at: SourceLocation(file: "b.yaml", line: 3, column: 8)))
        let result = LandscapeBuilder().build([one, two])
        #expect(result.landscape.title == "Bildungslandschaft Stadt: Jena, Weimar")
        let warnings = result.diagnostics.filter { if case .validation(.titlesDiffer) = $0.message { true } else { false } }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location == SourceLocation(file: "b.yaml", line: 3, column: 8))
    }
}
