import LandscapeCore
import LandscapeWording
import Testing

/// The words of `landscape convert`, from its catalog: English as the command prints it, German
/// beside it, and the counts of the result line.
@Suite("Convert command wording")
struct ConvertCommandWordingTests {
    @Test("The result line: singular and plural, digits without grouping, in both languages")
    func resultLine() {
        let english = Language.en.convertCommandWording
        #expect(english.wrote(path: "out/a.graphml", format: "graphml", actors: 37, ties: 53) == "wrote out/a.graphml (graphml, 37 actors, 53 ties)")
        #expect(english.wrote(path: "a.yaml", format: "yaml", actors: 1, ties: 1) == "wrote a.yaml (yaml, 1 actor, 1 tie)")
        #expect(english.wrote(path: "a.yaml", format: "yaml", actors: 1001, ties: 0) == "wrote a.yaml (yaml, 1001 actors, 0 ties)")
        let german = Language.de.convertCommandWording
        #expect(german.wrote(path: "a.json", format: "json", actors: 1, ties: 2) == "a.json geschrieben (json, 1 Akteur, 2 Beziehungen)")
        #expect(german.wrote(path: "a.json", format: "json", actors: 2, ties: 1) == "a.json geschrieben (json, 2 Akteure, 1 Beziehung)")
    }

    @Test("Warnings and errors name the output as compilers do")
    func warnings() {
        #expect(Language.en.convertCommandWording.loss("GEXF cannot carry the landscape's needs; it is left out", output: "out/w.gexf")
            == "out/w.gexf: warning: GEXF cannot carry the landscape's needs; it is left out")
        #expect(Language.de.convertCommandWording.loss("x", output: "w.gexf") == "w.gexf: Warnung: x")
        #expect(Language.en.convertCommandWording.error("no layout") == "error: no layout")
        #expect(Language.en.convertCommandWording.noOutput(exampleInput: "a.xlsx")
            == "Give the output with -o, e.g. 'landscape convert a.xlsx -o out/landscape.graphml'.")
        #expect(Language.en.convertCommandWording.notWritten(format: "xlsx") == "'xlsx' is read, not written; choose another format.")
    }

    @Test("Every help text exists in both languages and differs between them")
    func helpTexts() {
        let english = Language.en.convertCommandWording, german = Language.de.convertCommandWording
        let texts: [(ConvertCommandWording) -> String] = [
            \.abstract, \.discussion, \.filesHelp, \.outputHelp, \.toHelp, \.atHelp, \.edgeDirectionHelp, { $0.oldExcelNotWritten(output: "x.xls") },
        ]
        for text in texts {
            #expect(!text(english).isEmpty && !text(german).isEmpty && text(english) != text(german))
        }
        #expect(english.discussion.hasSuffix("landscape convert graphs/jena.yaml -o out/jena-csv --to csv"))
    }
}
