import Foundation

/// Finds the `Rules/` folder: an explicit path, `$VERBATIM_RULES`, or the nearest `Rules/` beside or above
/// the running executable (a build tree) or under `share/verbatim/` (an installed copy).
public enum RulesLocator {
    /// The file whose presence marks a rules folder.
    static let marker = "lexicon/speech-verbs.yml"

    /// The rules folder to use, or an error that says where Verbatim looked.
    public static func locate(explicit: String? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: String = CommandLine.arguments.first ?? "") throws -> String {
        if let explicit { return try validated(explicit, from: "--rules") }
        if let fromEnvironment = environment["VERBATIM_RULES"], !fromEnvironment.isEmpty {
            return try validated(fromEnvironment, from: "VERBATIM_RULES")
        }
        var looked: [String] = []
        let executableURL = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        var directory = executableURL.deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in [directory.appendingPathComponent("Rules"),
                              directory.appendingPathComponent("share/verbatim/Rules")] {
                looked.append(candidate.path)
                if isRulesFolder(candidate.path) { return candidate.path }
            }
            directory = directory.deletingLastPathComponent()
        }
        throw RuleError(file: "Rules", reason: "cannot find the rules folder; pass --rules DIR or set VERBATIM_RULES "
                        + "(looked in \(looked.prefix(4).joined(separator: ", ")), …)")
    }

    static func isRulesFolder(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: "\(path)/\(marker)")
    }

    private static func validated(_ path: String, from source: String) throws -> String {
        guard isRulesFolder(path) else {
            throw RuleError(file: path, reason: "\(source) does not name a rules folder (no \(marker) inside)")
        }
        return path
    }
}
