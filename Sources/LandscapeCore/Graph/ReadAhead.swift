import Dispatch
import Synchronization

/// Chunks read by several threads and taken in order by one: each chunk is claimed once (a
/// shared counter), stored once by the thread that read it, and taken once by the merging
/// thread, which waits on the chunk's semaphore (the signal orders the store before the take).
final class ReadAhead<Output>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Output?>
    private let stored: [DispatchSemaphore]
    private let next = Atomic<Int>(0)
    let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<Output?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
        stored = (0..<count).map { _ in DispatchSemaphore(value: 0) }
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// The next chunk nobody has claimed, if any.
    func claim() -> Int? {
        let chunk = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return chunk < count ? chunk : nil
    }

    func store(_ output: Output, at chunk: Int) {
        slots[chunk] = output
        stored[chunk].signal()
    }

    /// The chunk's output, once stored (`nil` when not stored yet and not `waiting`).
    func take(_ chunk: Int, waiting: Bool) -> Output? {
        guard stored[chunk].wait(timeout: waiting ? .distantFuture : .now()) == .success else { return nil }
        defer { slots[chunk] = nil }
        return slots[chunk]
    }
}
