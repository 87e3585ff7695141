import Dispatch
import Foundation
import Synchronization

/// Work started on another thread at once and its result taken when it is needed: the report's
/// independent analyses (the gaps and suggestions beside the statistics, rankings and
/// communities) then share the cores instead of waiting for each other.
final class Background<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// The work runs on a thread of its own, not on one of Dispatch's: the analyses and the
    /// Graphviz renderer wait for work they queue there, and on Linux a pool of one thread per
    /// core that a waiting task holds is not widened at once (a report took 30 s instead of 16).
    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
        // As much stack as the main thread has: the analyses of 200,000 actors run on it.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The result, once the work is done (waiting for it until then).
    func value() -> Value {
        done.wait()
        // Another caller may wait too.
        done.signal()
        guard let value = result.withLock({ $0 }) else { preconditionFailure("the work signalled before storing its result") }
        return value
    }
}
