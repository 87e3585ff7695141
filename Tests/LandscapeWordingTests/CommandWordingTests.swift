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
        #expect(german.unknownProgram("x") == "Fehler: unbekanntes Förderprogramm 'x'")
        #expect(german.unknownSuggestionActor("x") == "Fehler: unbekannter Akteur 'x' in --for")
    }

    @Test("Option messages: the known values joined with 'or' / 'oder'")
    func optionMessages() {
        let known = ["kind", "municipality", "sector"]
        #expect(Language.en.optionWording.unknownValue("colour", option: "--groups", known: known)
            == "'--groups colour' is not known; use kind, municipality or sector.")
        #expect(Language.de.optionWording.unknownValue("farbe", option: "--groups", known: known)
            == "'--groups farbe' ist unbekannt; kind, municipality oder sector verwenden.")
        #expect(Language.de.optionWording.notADate(option: "--at", "2019-02-30").hasPrefix("'--at 2019-02-30' ist kein Datum"))
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
}
