import Testing
import LandscapeCore
@testable import LandscapeWording

/// The catalogs compiled into LandscapeWording (Catalogs/LANGUAGE/TOPIC.yaml): every language has
/// every message (the build checks it too), placeholders and plural forms are filled in, names
/// are quoted and listed in each language's way.
@Suite("Catalogs")
struct CatalogTests {
    @Test("Every language of `Language` has a full table, as long as the English one")
    func everyLanguage() {
        let english = Catalog.tables["en"]?.count ?? 0
        #expect(english > 0)
        for language in Language.allCases {
            #expect(Catalog.tables[language.rawValue]?.count == english, "\(language)")
        }
    }

    @Test("A name is quoted once; a name with guillemets gets the language's inner quotes (German »„A“ B«)")
    func quoting() {
        let german = Catalog(.de), english = Catalog(.en)
        #expect(german.q("Amt") == "»Amt«")
        #expect(german.q("»Amt«") == "»Amt«")
        #expect(german.q("»Präventionskette« Weimar") == "»„Präventionskette“ Weimar«")
        #expect(english.q("»Präventionskette« Weimar") == "“»Präventionskette« Weimar”")
    }

    @Test("Lists: 'und' / 'and', cut after the limit with the rest counted in the language's digits")
    func lists() {
        let german = Catalog(.de), english = Catalog(.en)
        #expect(german.quoted(["A"], limit: 3) == "»A«")
        #expect(german.quoted(["A", "B", "C"], limit: 3) == "»A«, »B« und »C«")
        #expect(english.quoted(["A", "B", "C", "D", "E"], limit: 2) == "»A«, »B« and 3 more")
        #expect(german.cell(["A", "B", "C"], limit: 2) == "A · B und ein weiterer")
        #expect(german.quoted(["A", "B", "C"], limit: 2, as: .dative) == "»A«, »B« und einem weiteren")
        #expect(german.quoted(["A", "B", "C", "D"], limit: 2, as: .dative) == "»A«, »B« und 2 weiteren")
        let many = (0..<1_002).map(String.init)
        #expect(german.cell(many, limit: 1).hasSuffix("und 1.001 weitere"))
        #expect(english.cell(many, limit: 1).hasSuffix("and 1,001 more"))
    }
}
