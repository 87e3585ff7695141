import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Work spread over the machine's cores for the all-pairs measures.
///
/// Dispatch's `concurrentPerform` runs one worker per core; workers take chunks of the index
/// range from a shared atomic counter (dynamic scheduling, so uneven sources balance out) and
/// keep their own state, which the caller merges at the end. No locks in the loops.
enum Parallel {
    /// Runs `body(&state, index)` for every index in `0..<count`, each worker with its own state
    /// from `makeState`; returns the workers' final states.
    static func forEach<State>(
        count: Int, workers requested: Int? = nil,
        makeState: @Sendable () -> State, body: @Sendable (inout State, Int) -> Void
    ) -> [State] {
        guard count > 0 else { return [] }
        let workers = max(1, min(requested ?? defaultWorkers, count))
        if workers == 1 {
            var state = makeState()
            for index in 0..<count { body(&state, index) }
            return [state]
        }
        let chunk = max(1, min(64, count / (workers * 16)))
        let next = Atomic<Int>(0)
        let states = Slots<State>(count: workers)
        defer { states.free() }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var state = makeState()
            while true {
                let start = next.wrappingAdd(chunk, ordering: .relaxed).oldValue
                if start >= count { break }
                for index in start..<min(start + chunk, count) { body(&state, index) }
            }
            states.store(state, at: worker)
        }
        return states.collect()
    }

    /// Runs `first` and `second` at the same time, one after the other when `workers` is 1
    /// (or the machine has one core), and returns both results.
    static func both<A, B>(workers requested: Int? = nil, _ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        guard min(requested ?? defaultWorkers, defaultWorkers) > 1 else { return (first(), second()) }
        let a = Slots<A>(count: 1), b = Slots<B>(count: 1)
        defer { a.free(); b.free() }
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { a.store(first(), at: 0) } else { b.store(second(), at: 0) }
        }
        // concurrentPerform ran both indices, so both slots are stored.
        guard let resultA = a.collect().first, let resultB = b.collect().first else { preconditionFailure("a task did not run") }
        return (resultA, resultB)
    }

    /// The number of cores available to the process (at least 1).
    static let defaultWorkers: Int = {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #elseif canImport(Darwin)
        return max(1, Int(sysconf(_SC_NPROCESSORS_ONLN)))
        #else
        return 1
        #endif
    }()
}

/// One result slot per worker. Each worker writes only its own slot, and the slots are read
/// after `concurrentPerform` returns, so no two threads touch the same memory.
private struct Slots<State>: @unchecked Sendable {
    private let buffer: UnsafeMutablePointer<State>
    private let count: Int

    init(count: Int) {
        self.count = count
        buffer = UnsafeMutablePointer<State>.allocate(capacity: count)
    }

    func store(_ state: State, at index: Int) {
        (buffer + index).initialize(to: state)
    }

    /// The stored states (every slot must have been stored), moved out.
    func collect() -> [State] {
        (0..<count).map { (buffer + $0).move() }
    }

    func free() {
        buffer.deallocate()
    }
}
