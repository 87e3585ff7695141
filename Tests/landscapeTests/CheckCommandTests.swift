import Testing

@Suite("landscape check, as users run it")
struct CheckCommandTests {
    let fixtures = "Tests/LandscapeIOTests/Fixtures"

    @Test("A valid file: 'ok' with the counts on stdout, exit 0")
    func ok() throws {
        let run = try CLI.run("check", "\(fixtures)/yaml/complete.yaml", "--lang", "en")
        #expect(run.status == 0)
        #expect(run.stdout == "ok: 11 actors, 9 ties; besides, 1 instrument and 1 event with 3 ties (\(fixtures)/yaml/complete.yaml)\n")
        #expect(run.stderr == "")
    }

    @Test("Several files: the merged totals")
    func merged() throws {
        let run = try CLI.run("check", "\(fixtures)/yaml/complete.yaml", "\(fixtures)/csv/kumu", "--lang", "en")
        #expect(run.status == 0)
        #expect(run.stdout == "ok: 14 actors, 11 ties; besides, 1 instrument and 1 event with 3 ties (\(fixtures)/yaml/complete.yaml, \(fixtures)/csv/kumu)\n")
    }

    @Test("--at counts what is active on that date")
    func atDate() throws {
        let run = try CLI.run("check", "\(fixtures)/yaml/complete.yaml", "--at", "2022", "--lang", "en")
        #expect(run.status == 0)
        #expect(run.stdout == "ok: 11 actors, 9 ties; besides, 1 instrument and 1 event with 3 ties (\(fixtures)/yaml/complete.yaml); on 2022-01-01: 9 actors, 4 ties; besides, 1 instrument with 1 tie\n")
    }

    @Test("Planned ties are counted apart; fields of one's own are warned about once each and kept")
    func plannedAndOwnFields() throws {
        let file = "\(fixtures)/formats/own-fields.yaml"
        let english = try CLI.run("check", file, "--lang", "en")
        #expect(english.status == 0)
        #expect(english.stdout == "ok: 3 actors, 1 tie and 2 ties planned (\(file))\n")
        #expect(english.stderr.components(separatedBy: "\n").filter { $0.contains("is kept as a field of its own") }.count == 4)
        let german = try CLI.run("check", file, "--lang", "de")
        #expect(german.stdout == "in Ordnung: 3 Akteure, 1 Beziehung sowie 2 Beziehungen in Planung (\(file))\n")
        #expect(german.stderr.contains("\(file):16:65: Warnung: unbekannter Schlüssel »vorhaben« in dieser Beziehung wird als eigenes Feld übernommen"))
    }

    @Test("Errors: every problem on stderr as PATH:LINE:COLUMN: error: …, a count, exit 1")
    func errors() throws {
        let run = try CLI.run("check", "\(fixtures)/yaml/unknown-keys.yaml", "\(fixtures)/csv/unclosed-quote")
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            \(fixtures)/yaml/unknown-keys.yaml:5:5: warning: unknown key 'municipalty' in this actor is kept as a field of its own; did you mean 'municipality'?
            \(fixtures)/yaml/unknown-keys.yaml:6:13: error: 'topics' must be text or a list of texts, found a mapping
            \(fixtures)/yaml/unknown-keys.yaml:8:1: warning: unknown key 'extra' in the top level is ignored (known: title, language, as_of, needs, actors, ties)
            \(fixtures)/csv/unclosed-quote/actors.csv:3: error: unclosed quote: the quoted cell that starts on this line never ends
            2 errors, 2 warnings

            """)
    }

    @Test("Warnings alone keep exit 0")
    func warningsOnly() throws {
        let run = try CLI.run("check", "\(fixtures)/csv/actors-only")
        #expect(run.status == 0)
        #expect(run.stderr == "\(fixtures)/csv/actors-only: warning: no ties.csv beside actors.csv: the landscape has actors only\n")
        #expect(run.stdout == "ok: 1 actor, 0 ties (\(fixtures)/csv/actors-only)\n")
    }

    @Test("Usage errors exit 64 with a short usage line", arguments: [
        (["check", "--bogus", "graphs/weimar.yaml"], "Error: Unknown option '--bogus'"),
        (["check", "graphs/nothing.yaml"], "Error: No such file or folder: 'graphs/nothing.yaml'."),
        (["check"], "Error: Give at least one landscape file, e.g. graphs/weimar.yaml."),
        (["check", "graphs/weimar.yaml", "--at", "2019-02-30"], "Error: '--at 2019-02-30' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD."),
        (["chek"], "Error: 'chek' is not a command of landscape. Did you mean 'check'?"),
        (["centrl", "graphs/weimar.yaml"], "Error: 'centrl' is not a command of landscape. Did you mean 'central'?"),
        (["xyzzy"], "Error: 'xyzzy' is not a command of landscape; the commands are listed by 'landscape --help'."),
        // An unknown option is named before its value is taken for a missing file.
        (["central", "graphs/weimar.yaml", "--topp", "5"], "Error: Unknown option '--topp'. Did you mean '--top'?"),
        (["convert", "graphs/weimar.yaml", "-o", "/tmp/x.json", "--tto", "json"], "Error: Unknown option '--tto'. Did you mean '--to'?"),
    ])
    func usage(arguments: [String], message: String) throws {
        let process = try CLI.run(arguments)
        #expect(process.status == 64)
        #expect(process.stderr.hasPrefix(message + "\n"))
        #expect(process.stderr.contains("Usage: landscape"))
        #expect(process.stdout == "")
    }

    @Test("Help exits 0 and names the commands")
    func help() throws {
        let run = try CLI.run("--help")
        #expect(run.status == 0)
        #expect(run.stdout.contains("check"))
        let checkHelp = try CLI.run("check", "--help")
        #expect(checkHelp.status == 0)
        #expect(checkHelp.stdout.contains("USAGE: landscape check [<file> ...] [--at <date>]"))
    }
}

