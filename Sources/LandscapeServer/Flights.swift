import LandscapeStore
import Synchronization

/// Look-ups shared by the requests that wait for the same one, never older than a request: a
/// call gets the result of a run of `compute` that begins after the call came. While one run is
/// under way, the calls that come meanwhile wait for one next run together, which begins when the
/// running one ends; so at most one run per key is under way and one waits, however many
/// requests come (two hundred readers on one session cookie asked PostgreSQL for the same session
/// hundreds of times a second, and PostgreSQL took a core for it).
final class Flights<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Run {
        var number: Int
        var task: Task<Value, any Error>
    }

    private struct Pair {
        var running: Run?
        var waiting: Run?
    }

    private struct State {
        var runs: [Key: Pair] = [:]
        var counted = 0
    }

    private let state = Mutex(State())

    /// `compute`'s result from a run that begins after this call.
    func fresh(_ key: Key, _ compute: @escaping @Sendable () async throws(StoreError) -> Value) async throws(StoreError) -> Value {
        let task: Task<Value, any Error> = state.withLock { state in
            var pair = state.runs[key] ?? Pair()
            if let waiting = pair.waiting { return waiting.task }
            state.counted += 1
            let number = state.counted
            let previous = pair.running?.task
            let task = Task { () async throws -> Value in
                if let previous { _ = try? await previous.value }
                self.begin(key, number)
                defer { self.end(key, number) }
                return try await compute()
            }
            if pair.running == nil { pair.running = Run(number: number, task: task) } else { pair.waiting = Run(number: number, task: task) }
            state.runs[key] = pair
            return task
        }
        do {
            return try await task.value
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(String(describing: error))
        }
    }

    /// The waiting run `number` begins: it is the running one now, and later calls wait for a next.
    private func begin(_ key: Key, _ number: Int) {
        state.withLock { state in
            guard var pair = state.runs[key], let waiting = pair.waiting, waiting.number == number else { return }
            pair.running = waiting
            pair.waiting = nil
            state.runs[key] = pair
        }
    }

    private func end(_ key: Key, _ number: Int) {
        state.withLock { state in
            guard var pair = state.runs[key], pair.running?.number == number else { return }
            pair.running = nil
            state.runs[key] = pair.waiting == nil ? nil : pair
        }
    }
}
