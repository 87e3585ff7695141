import ArgumentParser
import LandscapeApp
import LandscapeCore

extension Console {
    /// Loads what `request` names, once its files are known to exist (a usage error if not),
    /// and gives the landscape as `loaded(_:)` does; reading is a step of `progress`, which
    /// speaks the landscape's language from then on, and the diagnostics are in its `--lang`.
    static func loaded(_ request: LoadRequest, progress: TerminalProgress? = nil) throws -> LoadedLandscape {
        try InputOptions.requireExisting(request.files)
        let loaded = try read(Loading.load(request, progress: progress ?? NoProgress()), warnings: \.warnings,
                              language: progress?.requestedLanguage)
        progress?.speak(loaded.landscape.language)
        KeptUntilExit.keep(loaded)
        return loaded
    }

    /// Prints a load's diagnostics (errors and warnings, as `report(_:)` does) and gives the
    /// loaded landscape; exits with status 1 when an input had errors.
    static func loaded(_ result: Result<LoadedLandscape, LoadFailure>) throws -> LoadedLandscape {
        try read(result, warnings: \.warnings)
    }

    /// Prints the diagnostics of a read (its `warnings`, or every diagnostic of a failure) in
    /// `language` (English when none is given) and gives what was read; exits with `status`
    /// when an input had errors.
    static func read<Value>(_ result: Result<Value, LoadFailure>, warnings: (Value) -> [Diagnostic], failing status: Int32 = 1,
                            language: Language? = nil) throws -> Value {
        switch result {
        case .success(let value):
            report(warnings(value), language: language)
            return value
        case .failure(let failure):
            report(failure.diagnostics, language: language)
            throw ExitCode(status)
        }
    }
}

extension InputOptions {
    /// The load these options ask for: the files, the limits, the day of `--at` and whether
    /// the planned ties count (`--planned`).
    var loadRequest: LoadRequest {
        LoadRequest(files: files, limits: limits.limits, day: day, title: title, includePlanned: planned)
    }
}

/// What the process keeps until it exits instead of freeing it. The landscape a command loaded
/// lives until the command ends; freeing a large one object by object then is work nobody waits
/// for (0.2 s of `check`'s 2.4 s on the 200,000-actor benchmark landscape), and the system takes
/// the whole memory back at exit at once. (Compilers do the same with their syntax trees.)
enum KeptUntilExit {
    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Keeps a reference to `value`'s storage until the process ends.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
