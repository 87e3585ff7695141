import Testing
import LandscapeCore
import LandscapeWording

/// The command line's help texts and messages: English as the commands print them today, and
/// a German text for each.
@Suite("Command wording")
struct CommandWordingTests {
    @Test("The what-if and suggestion errors in both languages")
    func idErrors() {
        let english = Language.en.gapCommandWording
        #expect(english.unknownRemovedActor("nobody") == "error: unknown actor 'nobody' in --remove")
        #expect(english.notAProgram("amt", kind: .office) == "error: 'amt' is of kind 'office', not a program")
        let german = Language.de.gapCommandWording
        #expect(german.unknownProgram("x") == "Fehler: unbekanntes Förderprogramm »x«")
        #expect(german.unknownSuggestionActor("x") == "Fehler: unbekannter Akteur »x« in --for")
    }

    @Test("Option messages: the known values joined with 'or' / 'oder'")
    func optionMessages() {
        let known = ["kind", "municipality", "sector"]
        #expect(Language.en.optionWording.unknownValue("colour", option: "--groups", known: known)
            == "'--groups colour' is not known; use kind, municipality or sector.")
        #expect(Language.de.optionWording.unknownValue("farbe", option: "--groups", known: known)
            == "»--groups farbe« ist unbekannt; verwenden Sie kind, municipality oder sector.")
        #expect(Language.de.optionWording.notADate(option: "--at", "2019-02-30").hasPrefix("»--at 2019-02-30« ist kein Datum"))
    }

    @Test("The --approx note: a decimal comma in German")
    func approximationNote() {
        #expect(Language.en.analysisCommandWording.approximationNote(samples: 120, errorBound: 0.01)
            == "note: betweenness estimated from 120 sampled shortest paths; each value within ±0.01 with 90 % certainty (Riondato–Kornaropoulos)")
        #expect(Language.de.analysisCommandWording.approximationNote(samples: 120, errorBound: 0.01).contains("±0,01"))
    }

    @Test("Every help text exists in both languages and differs between them")
    func helpTexts() {
        for (english, german) in [
            (Language.en.analysisCommandWording.centralAbstract, Language.de.analysisCommandWording.centralAbstract),
            (Language.en.gapCommandWording.whatIfAbstract, Language.de.gapCommandWording.whatIfAbstract),
            (Language.en.optionWording.filesHelp, Language.de.optionWording.filesHelp),
        ] {
            #expect(!english.isEmpty && !german.isEmpty && english != german)
        }
    }

    @Test("Result lines: counts in digits without grouping, the day of --at in each language's form")
    func resultLines() throws {
        let english = Language.en.consoleWording, german = Language.de.consoleWording
        #expect(english.count(1, .actor) == "1 actor" && english.count(1200, .tie) == "1200 ties")
        #expect(german.count(1, .error) == "1 Fehler" && german.count(2, .error) == "2 Fehler" && german.count(3, .community) == "3 Teilnetze")
        #expect(english.checked(LandscapeCounts(actors: 37, ties: 53), files: ["a.yaml", "b.yaml"]) == "ok: 37 actors, 53 ties (a.yaml, b.yaml)")
        #expect(german.checked(LandscapeCounts(actors: 1, ties: 1), files: ["a.yaml"]) == "in Ordnung: 1 Akteur, 1 Beziehung (a.yaml)")
        let day = try #require(CalendarDay(year: 2017, month: 1, day: 5))
        #expect(english.onDay(day, LandscapeCounts(actors: 20, ties: 25)) == "; on 2017-01-05: 20 actors, 25 ties")
        #expect(german.onDay(day, LandscapeCounts(actors: 20, ties: 25)) == "; am 5.1.2017: 20 Akteure, 25 Beziehungen")
        // Planned ties are counted apart from those that exist.
        #expect(english.checked(LandscapeCounts(actors: 3, ties: 1, planned: 2), files: ["x.yaml"]) == "ok: 3 actors, 1 tie and 2 ties planned (x.yaml)")
        #expect(german.checked(LandscapeCounts(actors: 3, ties: 1, planned: 1), files: ["x.yaml"])
                == "in Ordnung: 3 Akteure, 1 Beziehung sowie 1 Beziehung in Planung (x.yaml)")
        // Instruments and events are counted apart from the actors, with the ties to them.
        #expect(german.checked(LandscapeCounts(actors: 52, ties: 53, instruments: 2, events: 5, elementTies: 45), files: ["t.yaml"])
                == "in Ordnung: 52 Akteure, 53 Beziehungen; dazu 2 Instrumente und 5 Veranstaltungen mit 45 Beziehungen (t.yaml)")
        #expect(english.checked(LandscapeCounts(actors: 35, ties: 50, instruments: 0, events: 1, elementTies: 1), files: ["w.yaml"])
                == "ok: 35 actors, 50 ties; besides, 1 event with 1 tie (w.yaml)")
        #expect(english.diagnosticsSummary(errors: 2, warnings: 0) == "2 errors")
        #expect(german.diagnosticsSummary(errors: 1, warnings: 3) == "1 Fehler, 3 Warnungen")
        #expect(english.warningsNotShown(1) == "… and 1 more warning not shown")
        #expect(german.warningsNotShown(1200) == "… und 1200 weitere Warnungen, nicht angezeigt")
    }

    @Test("The lines of render and report: counts as the console words them, seconds with the language's decimal separator")
    func wroteLines() {
        #expect(Language.en.renderCommandWording.wrote(path: "out/a.svg", format: "svg", actors: 37, ties: 1, engine: "neato", seconds: 0.5)
            == "wrote out/a.svg (svg, 37 actors, 1 tie, neato, 0.50 s)")
        #expect(Language.de.renderCommandWording.wrote(path: "out/a.svg", format: "svg", actors: 37, ties: 1, engine: "neato", seconds: 12.345)
            == "out/a.svg geschrieben (svg, 37 Akteure, 1 Beziehung, neato, 12,35 s)")
        #expect(Language.de.reportCommandWording.wrote(path: "r.html", language: .en, actors: 2, ties: 1, gaps: 1, suggestions: 0)
            == "r.html geschrieben (en, 2 Akteure, 1 Beziehung, 1 Lücke, 0 Vorschläge)")
        #expect(Language.en.renderCommandWording.notAMeasure("degre", suggestion: "degree", names: []) == "did you mean 'degree'?")
        #expect(Language.de.renderCommandWording.notAMeasure("x", suggestion: nil, names: ["degree", "betweenness"])
            == "keine Kennzahl; verwenden Sie eine von diesen: degree, betweenness.")
    }

    @Test("Table words: the English measure names are the keywords scripts match; the German ones from the glossary")
    func tableWords() {
        let english = Language.en.analysisTableWording, german = Language.de.analysisTableWording
        for measure in Measure.allCases {
            #expect(english.measureColumn(measure) == measure.rawValue)
            #expect(german.measureColumn(measure) != measure.rawValue)
        }
        #expect(english.figure(.eiIndex(.municipality)) == "E–I index by municipality")
        #expect(german.figure(.eiIndex(.sector)) == "E-I-Index nach Bildungsbereich")
        #expect(english.communitiesSummary(modularity: "0.4321", count: 1) == "modularity 0.4321, 1 community")
        #expect(german.communitiesSummary(modularity: "0,4321", count: 5) == "Modularität 0,4321, 5 Teilnetze")
        #expect(german.roleColumn(.gatekeeper) == "Torwächter")
    }
}
