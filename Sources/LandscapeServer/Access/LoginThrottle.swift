/// Slows down guessing passwords: after a few failed sign-ins of one account, or from one
/// address, each further attempt waits before its password is checked, the wait doubling with
/// every failure up to a bound. A success clears the account's and the address's count; a count
/// not added to for a quarter of an hour is forgotten.
actor LoginThrottle {
    /// Failures that cost nothing (typing errors).
    static let freeFailures = 3
    /// The longest wait.
    static let longestWait: Duration = .seconds(30)
    /// How long a count is kept after its last failure.
    static let memory: Duration = .seconds(15 * 60)
    /// The most counts kept; the oldest are forgotten first beyond it.
    static let capacity = 10_000

    private struct Count {
        var failures: Int
        var last: ContinuousClock.Instant
    }

    private var counts: [String: Count] = [:]
    private let clock = ContinuousClock()

    /// The wait after `failures` failed sign-ins: none for the first `freeFailures`, then one
    /// second, doubling, at most `longestWait`.
    static func wait(afterFailures failures: Int) -> Duration {
        guard failures >= freeFailures else { return .zero }
        let doublings = min(failures - freeFailures, 5)
        return min(.seconds(1 << doublings), longestWait)
    }

    /// The wait before a sign-in of `account` from `address` is checked: the longer of the two.
    func wait(account: String, address: String) -> Duration {
        max(Self.wait(afterFailures: failures(of: "account:" + account)), Self.wait(afterFailures: failures(of: "address:" + address)))
    }

    /// Counts a failed sign-in of `account` from `address`.
    func failed(account: String, address: String) {
        let now = clock.now
        for key in ["account:" + account, "address:" + address] {
            let failures = failures(of: key)
            counts[key] = Count(failures: failures + 1, last: now)
        }
        if counts.count > Self.capacity { forgetOldest() }
    }

    /// Clears the counts of `account` and `address` after a sign-in that succeeded.
    func succeeded(account: String, address: String) {
        counts["account:" + account] = nil
        counts["address:" + address] = nil
    }

    private func failures(of key: String) -> Int {
        guard let count = counts[key] else { return 0 }
        if clock.now - count.last > Self.memory {
            counts[key] = nil
            return 0
        }
        return count.failures
    }

    private func forgetOldest() {
        let now = clock.now
        counts = counts.filter { now - $0.value.last <= Self.memory }
        while counts.count > Self.capacity, let oldest = counts.min(by: { $0.value.last < $1.value.last })?.key {
            counts[oldest] = nil
        }
    }
}
