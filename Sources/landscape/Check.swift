import ArgumentParser
import LandscapeApp
import LandscapeCore
import LandscapeIO

/// `landscape check FILE...`: validate and report every problem.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Words.analysis.checkAbstract, discussion: Words.analysis.checkDiscussion)

    @OptionGroup var input: InputOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        var request = input.loadRequest
        request.includePlanned = true  // counted apart: check tells how many ties are planned
        let loaded = try Console.loaded(request, progress: input.progress(language: language.lang))
        let words = language.language(for: loaded.whole).consoleWording
        var line = words.checked(LandscapeCounts(loaded.whole), files: input.files)
        if let day = input.day {
            line += words.onDay(day, LandscapeCounts(loaded.landscape))
        }
        print(line)
    }
}
