import Foundation

/// Values built once per pattern (such as the tables of ``WordStartFilter``), shared by all threads
/// behind a lock and dropped with their pattern.
final class PatternCache<Value: Sendable>: @unchecked Sendable {
    private struct Entry {
        weak var pattern: Pattern?
        let value: Value?
    }

    private let lock = NSLock()
    private var entries: [Entry] = []

    /// The value for `pattern`, made by `make` the first time it is asked for.
    func value(for pattern: Pattern, _ make: (Pattern) -> Value?) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        entries.removeAll { $0.pattern == nil }
        if let entry = entries.first(where: { $0.pattern === pattern }) { return entry.value }
        let value = make(pattern)
        entries.append(Entry(pattern: pattern, value: value))
        return value
    }
}
