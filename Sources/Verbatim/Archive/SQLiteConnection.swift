import CSQLite
import Foundation

/// Why the archive could not be read or written, naming the database file.
public struct ArchiveError: Error, CustomStringConvertible, Sendable {
    /// The database file.
    public var file: String
    /// What went wrong, for people.
    public var reason: String

    /// An error about `file`.
    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}

/// A value bound to a statement parameter. Values are always bound, never spliced into SQL text.
enum SQLiteValue {
    case int(Int64)
    case double(Double)
    case text(String)
    case null

    static func optional(_ text: String?) -> SQLiteValue { text.map(SQLiteValue.text) ?? .null }
    static func int(_ value: Int) -> SQLiteValue { .int(Int64(value)) }
}

/// One SQLite connection through the C API: prepared statements cached by their SQL, bound parameters,
/// transactions that roll back when their body throws. Not thread-safe: one connection per thread.
final class SQLiteConnection {
    /// The database file.
    let path: String
    private var handle: OpaquePointer?
    private var statements: [String: SQLiteStatement] = [:]

    /// Opens `path`, creating the file when `create` is set. Waits up to `busyMilliseconds` for another
    /// process's write lock before giving up.
    init(path: String, readOnly: Bool, create: Bool, busyMilliseconds: Int32 = 10_000) throws(ArchiveError) {
        self.path = path
        let flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)
        let status = sqlite3_open_v2(path, &handle, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(handle)
            handle = nil
            throw ArchiveError(file: path, reason: "cannot open the archive: \(reason)")
        }
        sqlite3_busy_timeout(handle, busyMilliseconds)
        sqlite3_extended_result_codes(handle, 1)
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs SQL without results (several statements allowed, no parameters).
    func execute(_ sql: String) throws(ArchiveError) {
        var message: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &message)
        if status != SQLITE_OK {
            let reason = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_free(message)
            throw error(status, reason)
        }
    }

    /// The statement for `sql`, prepared once per connection.
    func statement(_ sql: String) throws(ArchiveError) -> SQLiteStatement {
        if let cached = statements[sql] { return cached }
        var raw: OpaquePointer?
        let status = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &raw, nil)
        guard status == SQLITE_OK, let raw else { throw error(status, lastMessage) }
        let statement = SQLiteStatement(raw, connection: self)
        statements[sql] = statement
        return statement
    }

    /// Runs `sql` with `values` and calls `row` for each result row.
    func query(_ sql: String, _ values: [SQLiteValue] = [], row: (SQLiteStatement) throws -> Void) throws {
        let statement = try statement(sql)
        try statement.bind(values)
        defer { statement.reset() }
        while try statement.step() { try row(statement) }
    }

    /// Runs `sql` with `values` for its side effects.
    func run(_ sql: String, _ values: [SQLiteValue] = []) throws(ArchiveError) {
        let statement = try statement(sql)
        try statement.bind(values)
        defer { statement.reset() }
        while try statement.step() {}
    }

    /// The first column of the first row, as an integer (`nil` without a row or for NULL).
    func integer(_ sql: String, _ values: [SQLiteValue] = []) throws(ArchiveError) -> Int64? {
        let statement = try statement(sql)
        try statement.bind(values)
        defer { statement.reset() }
        guard try statement.step(), !statement.isNull(0) else { return nil }
        return statement.int64(0)
    }

    /// Runs `body` in one write transaction (taken at once, so that readers never block it half-way):
    /// committed when `body` returns, rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The row id of the last insert.
    var lastInsertID: Int64 { sqlite3_last_insert_rowid(handle) }

    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }

    /// An ``ArchiveError`` for a failed call, with the plain-language cause for the common ones.
    func error(_ status: Int32, _ message: String) -> ArchiveError {
        switch status & 0xFF {
        case SQLITE_NOTADB:
            return ArchiveError(file: path, reason: "not a Verbatim archive (the file is not an SQLite database)")
        case SQLITE_FULL:
            return ArchiveError(file: path, reason: "the disk (or the database's size limit) is full; nothing of this batch was written")
        case SQLITE_CORRUPT:
            return ArchiveError(file: path, reason: "the archive is damaged (\(message))")
        case SQLITE_BUSY, SQLITE_LOCKED:
            return ArchiveError(file: path, reason: "the archive is busy: another command holds its write lock")
        case SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM:
            return ArchiveError(file: path, reason: "cannot write the archive: \(message)")
        default:
            return ArchiveError(file: path, reason: message)
        }
    }

    fileprivate var rawHandle: OpaquePointer? { handle }
}

/// A prepared statement: bind, step, read columns, reset.
final class SQLiteStatement {
    private let raw: OpaquePointer
    private unowned let connection: SQLiteConnection

    fileprivate init(_ raw: OpaquePointer, connection: SQLiteConnection) {
        self.raw = raw
        self.connection = connection
    }

    deinit { sqlite3_finalize(raw) }

    /// Binds `values` to the parameters 1, 2, ….
    func bind(_ values: [SQLiteValue]) throws(ArchiveError) {
        sqlite3_reset(raw)
        sqlite3_clear_bindings(raw)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .int(let number): status = sqlite3_bind_int64(raw, index, number)
            case .double(let number): status = sqlite3_bind_double(raw, index, number)
            case .null: status = sqlite3_bind_null(raw, index)
            case .text(let text):
                // The byte count is given, so text holding NUL is stored whole.
                let bytes = Array(text.utf8).map { CChar(bitPattern: $0) }
                status = bytes.isEmpty ? sqlite3_bind_text64(raw, index, "", 0, verbatim_sqlite_transient(), UInt8(SQLITE_UTF8))
                    : bytes.withUnsafeBufferPointer { buffer in
                        sqlite3_bind_text64(raw, index, buffer.baseAddress, sqlite3_uint64(buffer.count),
                                            verbatim_sqlite_transient(), UInt8(SQLITE_UTF8))
                    }
            }
            guard status == SQLITE_OK else { throw connection.error(status, connection.lastMessage) }
        }
    }

    /// Steps once: `true` when a row is available.
    func step() throws(ArchiveError) -> Bool {
        let status = sqlite3_step(raw)
        switch status {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let message = connection.lastMessage
            sqlite3_reset(raw)
            throw connection.error(status, message)
        }
    }

    func reset() { sqlite3_reset(raw) }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(raw, column) == SQLITE_NULL }
    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(raw, column) }
    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(raw, column)) }
    func double(_ column: Int32) -> Double { sqlite3_column_double(raw, column) }

    /// The text of a column (NUL bytes included), or `nil` for NULL.
    func text(_ column: Int32) -> String? {
        guard let pointer = sqlite3_column_text(raw, column) else { return nil }
        let count = Int(sqlite3_column_bytes(raw, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }
}
