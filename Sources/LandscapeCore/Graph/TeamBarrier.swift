import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The meeting point of a `Parallel.team`: `wait()` returns once every rank has called it
/// (a sense-reversing barrier: an arrival counter and a generation number).
///
/// A rank that arrives early spins for a bounded time (some tens of microseconds: the rounds
/// of the Louvain sweeps are that short, and a sleeping thread takes longer to wake) and then
/// sleeps on a condition variable, so a team on a busy machine (more threads than free cores)
/// does not burn the cores its partners need. The last rank to arrive starts the next
/// generation under the mutex and wakes the sleepers, so no wake-up is lost.
///
/// - Complexity: O(1) per call, plus the wait.
final class TeamBarrier: @unchecked Sendable {
    /// The number of ranks that meet; set before the ranks start, never while they wait.
    var parties: Int
    private let arrived = Atomic<Int>(0)
    private let generation = Atomic<Int>(0)
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    /// Checks of the generation before sleeping: about 30–60 µs.
    static let spins = 1 << 15

    init(parties: Int) {
        self.parties = parties
        mutex = .allocate(capacity: 1)
        condition = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    /// Waits until all `parties` ranks have called `wait` for this generation. Everything a rank
    /// wrote before it is visible to every rank after it.
    func wait() {
        guard parties > 1 else { return }
        let current = generation.load(ordering: .acquiring)
        if arrived.wrappingAdd(1, ordering: .acquiringAndReleasing).newValue == parties {
            arrived.store(0, ordering: .relaxed)
            pthread_mutex_lock(mutex)
            generation.store(current &+ 1, ordering: .releasing)
            pthread_cond_broadcast(condition)
            pthread_mutex_unlock(mutex)
            return
        }
        for _ in 0..<Self.spins where generation.load(ordering: .acquiring) != current { return }
        pthread_mutex_lock(mutex)
        while generation.load(ordering: .acquiring) == current { pthread_cond_wait(condition, mutex) }
        pthread_mutex_unlock(mutex)
    }
}
