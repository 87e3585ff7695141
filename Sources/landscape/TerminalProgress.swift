import Foundation
import LandscapeApp
import LandscapeCore
import LandscapeWording

/// Progress on standard error: a step that has run longer than `delay` (about a second) gets
/// a line saying what is being done, and the line ends with the time it took; quick steps show
/// nothing. On a terminal the line is rewritten in place; elsewhere (`--progress` into a file)
/// the step's start and end are two lines.
///
/// The language is `--lang`, else the terminal's (`LANG`) until the landscape is read, then
/// the landscape's (`speak(_:)`).
final class TerminalProgress: ProgressSink, @unchecked Sendable {
    /// A step under way: when it began, whether its line is shown, the timer that shows it.
    private struct Running {
        var started: ContinuousClock.Instant
        var shown = false
        var line = ""
        var timer: DispatchWorkItem?
    }

    private let lock = NSLock()
    private let shown: Bool
    private let terminal: Bool
    private let delay: Double
    /// The language `--lang` asked for, if any: the diagnostics of reading speak it too.
    let requestedLanguage: Language?
    private var language: Language
    private var running: [ProgressStep: Running] = [:]

    /// `shown`: whether anything is written at all (`--quiet`, or not asked for off a terminal).
    init(language: Language?, shown: Bool, terminal: Bool, delay: Double) {
        self.shown = shown
        self.terminal = terminal
        self.delay = delay
        requestedLanguage = language
        self.language = language ?? Self.environmentLanguage
    }

    /// The language of the locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`: `de_DE.UTF-8` is
    /// German), English for any other.
    static var environmentLanguage: Language {
        let environment = ProcessInfo.processInfo.environment
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.hasPrefix("de") ? .de : .en
    }

    /// Speaks the landscape's language from now on, unless `--lang` chose one.
    func speak(_ language: Language) {
        lock.withLock { if requestedLanguage == nil { self.language = language } }
    }

    func started(_ step: ProgressStep) {
        guard shown else { return }
        guard delay > 0 else {
            lock.withLock {
                running[step] = Running(started: .now)
                show(step)
            }
            return
        }
        let timer = DispatchWorkItem { [self] in lock.withLock { show(step) } }
        lock.withLock { running[step] = Running(started: .now, timer: timer) }
        DispatchQueue.global().asyncAfter(deadline: .now() + delay, execute: timer)
    }

    func finished(_ step: ProgressStep) {
        lock.withLock {
            guard let ended = running.removeValue(forKey: step) else { return }
            ended.timer?.cancel()
            guard ended.shown else { return }
            let (whole, fraction) = (ContinuousClock.now - ended.started).components
            let done = language.progressWording.done(step: ended.line, seconds: Double(whole) + Double(fraction) / 1e18)
            Console.error((terminal ? "\r\u{1B}[K" : "") + done)
        }
    }

    /// Writes the line of a step still under way (the lock held).
    private func show(_ step: ProgressStep) {
        guard var current = running[step], !current.shown else { return }
        current.shown = true
        current.line = Self.line(step, words: language.progressWording)
        running[step] = current
        if terminal {
            FileHandle.standardError.write(Data(current.line.utf8))
        } else {
            Console.error(current.line)
        }
    }

    /// What a step is doing, in `words`.
    static func line(_ step: ProgressStep, words: ProgressWording) -> String {
        switch step {
        case .loading(let files): words.loading(count: files)
        case .analysing(let actors): words.analysing(count: actors)
        case .drawing(let actors): words.drawing(count: actors)
        case .reporting(let actors): words.reporting(count: actors)
        }
    }
}
