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
        let loaded = try Console.loaded(input.loadRequest, progress: input.progress(language: language.lang))
        let words = language.language(for: loaded.whole).consoleWording
        var line = words.checked(loaded.whole, files: input.files)
        if let day = input.day {
            line += words.onDay(day, loaded.landscape)
        }
        print(line)
    }
}
