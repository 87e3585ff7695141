import Dispatch
import Synchronization

/// Work started on another thread at once and its result taken when it is needed: the report's
/// independent analyses (the gaps and suggestions beside the statistics, rankings and
/// communities) then share the cores instead of waiting for each other.
final class Background<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
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
