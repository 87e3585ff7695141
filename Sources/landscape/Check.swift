import ArgumentParser
import LandscapeCore
import LandscapeIO

/// `landscape check FILE...`: validate and report every problem.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check landscape files and report every problem in them.",
        discussion: """
            Reads all files, merges them into one landscape and prints 'ok: N actors, M ties' \
            when it is valid. Otherwise prints every problem as PATH:LINE:COLUMN: error: … and \
            exits with status 1. Warnings do not change the exit status.
            """
    )

    @OptionGroup var input: InputOptions

    func validate() throws {
        try input.validate()
    }

    func run() throws {
        let result = input.limits.loader.load(input.files)
        Console.report(result.diagnostics)
        if result.hasErrors { throw ExitCode(1) }
        let words = Console.words
        var line = words.checked(actors: result.landscape.actors.count, ties: result.landscape.ties.count, files: input.files)
        if let day = input.day {
            let now = result.landscape.active(on: day)
            line += words.onDay(day, actors: now.actors.count, ties: now.ties.count)
        }
        print(line)
    }
}
