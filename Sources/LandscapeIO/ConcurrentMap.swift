import Dispatch
import Synchronization

/// `items.map(body)` with the items spread over the cores (Dispatch's `concurrentPerform`);
/// the results in the order of the items. For a handful of large, independent pieces of work,
/// such as the files of a CSV pair or the pieces of a large file.
package func concurrentMap<Item: Sendable, Result: Sendable>(_ items: [Item], _ body: @Sendable (Item) -> Result) -> [Result] {
    guard items.count > 1 else { return items.map(body) }
    let results = Mutex<[Result?]>(Array(repeating: nil, count: items.count))
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        let result = body(items[index])
        results.withLock { $0[index] = result }
    }
    return results.withLock { $0 }.map { result in
        guard let result else { preconditionFailure("concurrentPerform runs every index") }
        return result
    }
}
