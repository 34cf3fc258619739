/// How serious a finding is. Ordered from least to most serious, so `max()` gives the worst.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// Something worth knowing; never fails a run.
    case info
    /// A change an editor may want to make (house style, vague sourcing).
    case suggestion
    /// Probably wrong; fails a run with `--strict`.
    case warning
    /// Wrong: the copy cannot be published as it is; fails a run.
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .suggestion: return 1
        case .warning: return 2
        case .error: return 3
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The SARIF `level` for this severity: `error`, `warning` or `note`.
    public var sarifLevel: String {
        switch self {
        case .error: return "error"
        case .warning: return "warning"
        case .suggestion, .info: return "note"
        }
    }

    public var description: String { rawValue }
}
