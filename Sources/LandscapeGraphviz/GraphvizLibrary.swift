import CGraphviz
import Foundation
import LandscapeRender

/// The one door into the Graphviz C library.
///
/// Graphviz 2.42 is not thread-safe, not even with one context per thread and separate
/// graphs: it keeps its error state, several static buffers, its interned strings and libc's
/// random-number state process-wide. So **every** call into it — building a graph, layout,
/// rendering, reading DOT, `agclose` — happens inside `GraphvizLibrary.run`, which holds one
/// process-wide lock and hands out the single shared context. Nothing else in this module
/// calls C.
enum GraphvizLibrary {
    private static let lock = NSLock()
    /// The shared context, created on first use, before any graph (a graph opened before the
    /// first `gvContext()` misses the default node label `\N`). Only touched with `lock` held.
    nonisolated(unsafe) private static var sharedContext: OpaquePointer?

    /// Runs `body` with the lock held, the shared context, and Graphviz's messages captured
    /// (instead of printed to standard error). Returns what `body` returned and every message
    /// Graphviz reported meanwhile.
    static func run<R>(_ body: (OpaquePointer) throws(RenderError) -> R) throws(RenderError) -> (R, [RenderMessage]) {
        lock.lock()
        defer { lock.unlock() }
        let context: OpaquePointer
        if let sharedContext {
            context = sharedContext
        } else {
            guard let created = gvContext() else { throw .noContext }
            sharedContext = created
            context = created
        }
        MessageCapture.begin()
        do {
            let result = try body(context)
            return (result, MessageCapture.end())
        } catch {
            let messages = MessageCapture.end()
            throw error.adding(messages)
        }
    }
}

/// Collects what Graphviz reports through `agerr` (warnings and errors) while the lock is held.
///
/// Graphviz delivers each message in pieces ("Warning", ": ", "text\n"); the pieces are joined
/// and split at line ends. The handler is process-global, so it is installed and read only
/// with `GraphvizLibrary`'s lock held.
enum MessageCapture {
    nonisolated(unsafe) static var text = ""

    static let handler: agusererrf = { piece in
        if let piece { MessageCapture.text += String(cString: piece) }
        return 0
    }

    static func begin() {
        text = ""
        _ = agseterrf(handler)
        _ = agreseterrors()
    }

    static func end() -> [RenderMessage] {
        defer { text = "" }
        return RenderMessage.parse(text)
    }
}
