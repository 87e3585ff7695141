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

    /// Runs `first` on the calling thread and `second` on a thread of its own at the same time
    /// (one after the other when `workers` is 1 or the machine has one core), and returns both
    /// results. Not Dispatch's `concurrentPerform`: nested in another, it is narrowed to the
    /// cores left, so the two sides of a diff, each started from a task already running, ran one
    /// after the other, and their measures on one core.
    static func both<A, B>(workers requested: Int? = nil, _ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        guard min(requested ?? defaultWorkers, defaultWorkers) > 1 else { return (first(), second()) }
        let b = Slots<B>(count: 1)
        defer { b.free() }
        let a = withoutActuallyEscaping(second) { second -> A in
            // The thread is joined before `second` goes out of scope.
            let thread = SideThread { b.store(second(), at: 0) }
            let a = first()
            thread.join()
            return a
        }
        // The side thread stored its result before it ended.
        guard let resultB = b.collect().first else { preconditionFailure("the side thread did not run") }
        return (a, resultB)
    }

    /// Runs `body(rank, barrier)` on `workers` threads at once (rank 0 on the calling thread,
    /// the others on threads of their own) and returns when all have finished. The ranks meet
    /// at `barrier.wait()`, which every rank must call equally often. For phases that need
    /// thousands of short rounds, where starting threads per round would cost more than the work.
    ///
    /// - Complexity: O(workers) thread starts.
    /// Where a thread cannot be started, the team is smaller (`barrier.parties` tells its size).
    ///
    /// - Complexity: O(workers) thread starts.
    static func team(workers: Int, _ body: @Sendable (Int, TeamBarrier) -> Void) {
        let barrier = TeamBarrier(parties: 1)
        guard workers > 1 else { return body(0, barrier) }
        let gate = DispatchSemaphore(value: 0)
        withoutActuallyEscaping(body) { body in
            // The threads are joined before `body` goes out of scope; they start work once the
            // team's size is known (the semaphore orders the write of `parties` before their reads).
            var threads: [SideThread] = []
            for rank in 1..<workers {
                let thread = SideThread(inline: false) {
                    gate.wait()
                    body(rank, barrier)
                }
                guard thread.started else { break }
                threads.append(thread)
            }
            barrier.parties = threads.count + 1
            for _ in threads { gate.signal() }
            body(0, barrier)
            for thread in threads { thread.join() }
        }
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

/// A thread of its own with as much stack as the main thread (8 MB: the analyses of 200,000
/// actors run on it), joined by whoever started it; where one cannot be started, the work runs at
/// once on the caller's thread (unless `inline` is false: then not at all, and `started` is
/// false). (Without Glibc, a task on Dispatch's global queue.)
struct SideThread {
    private final class Work {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    #if canImport(Glibc)
    private var thread: pthread_t?
    var started: Bool { thread != nil }

    init(inline: Bool = true, _ run: @escaping @Sendable () -> Void) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, 8 << 20)
        let context = Unmanaged.passRetained(Work(run)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { context in
            if let context { Unmanaged<Work>.fromOpaque(context).takeRetainedValue().run() }
            return nil
        }, context)
        if status == 0 {
            self.thread = thread
        } else {
            Unmanaged<Work>.fromOpaque(context).release()
            self.thread = nil
            if inline { run() }
        }
    }

    func join() {
        if let thread { pthread_join(thread, nil) }
    }
    #else
    private let done = DispatchSemaphore(value: 0)
    var started: Bool { true }

    init(inline: Bool = true, _ run: @escaping @Sendable () -> Void) {
        let done = self.done
        DispatchQueue.global().async {
            run()
            done.signal()
        }
    }

    func join() { done.wait() }
    #endif
}
