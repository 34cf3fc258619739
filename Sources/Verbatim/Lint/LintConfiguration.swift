import Foundation
import Yams

/// Which lint rules run and how serious their findings are, from a `.verbatim.yml` and the command line.
///
/// Precedence: command-line options (``applying(_:)``) over the configuration file over each rule's defaults.
///
/// ```yaml
/// disabled_rules: [vague-source]
/// enabled_rules: [honorific-period]       # opt-in rules (off by default)
/// severity: {unattributed-quote: error}
/// rule_folders: [house-rules]             # relative to this file
/// known_names: people.yml                 # relative to this file
/// archive: .verbatim/archive.sqlite        # the quote archive (`verbatim archive`, `verbatim check`)
/// ```
public struct LintConfiguration: Sendable {
    /// The name of the configuration file looked for from the current directory upwards.
    public static let fileName = ".verbatim.yml"

    /// The configuration file this came from, if any.
    public var file: String?
    /// Rules switched off.
    public var disabledRules: Set<String> = []
    /// Rules switched on, including opt-in ones.
    public var enabledRules: Set<String> = []
    /// When set (`--only`), exactly these rules run, opt-in or not.
    public var onlyRules: Set<String>?
    /// Severity per rule id, replacing the rule's default.
    public var severities: [String: Severity] = [:]
    /// Extra rule folders, as absolute (or current-directory-relative) paths.
    public var ruleFolders: [String] = []
    /// The known-names file, resolved against the configuration file's folder.
    public var knownNamesFile: String?
    /// The names read from ``knownNamesFile``.
    public var knownNames: [KnownName] = []
    /// The quote archive named by the `archive:` key, resolved against the configuration file's folder.
    public var archiveFile: String?

    /// The defaults: every rule as its file says.
    public init() {}

    /// Whether `rule` runs under this configuration.
    public func isEnabled(_ rule: LintRule) -> Bool {
        if let onlyRules { return onlyRules.contains(rule.id) }
        if disabledRules.contains(rule.id) { return false }
        if enabledRules.contains(rule.id) { return true }
        return rule.enabledByDefault
    }

    /// The severity of `rule`'s findings under this configuration.
    public func severity(of rule: LintRule) -> Severity {
        severities[rule.id] ?? rule.severity
    }

    /// This configuration with command-line options on top: `--only`, `--enable`, `--disable`, `--severity`.
    public func applying(_ options: LintOptions) -> LintConfiguration {
        var result = self
        if !options.only.isEmpty { result.onlyRules = Set(options.only) }
        for id in options.enable {
            result.disabledRules.remove(id)
            result.enabledRules.insert(id)
        }
        for id in options.disable {
            result.enabledRules.remove(id)
            result.disabledRules.insert(id)
        }
        result.severities.merge(options.severities) { _, new in new }
        return result
    }

    /// The rule ids this configuration names that `rules` does not define (likely typos).
    public func unknownRuleIDs(in rules: LintRuleSet) -> [String] {
        let named = disabledRules.union(enabledRules).union(severities.keys).union(onlyRules ?? [])
        return named.subtracting(rules.ids).sorted()
    }

    /// The nearest `.verbatim.yml` in `directory` or one of its parents, up to the filesystem root.
    public static func discover(from directory: String) -> String? {
        var current = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(fileName).path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path || current.path == "/" { return nil }
            current = parent
        }
    }

    /// The configuration to use: `explicit` (from `--config`) when given, else the nearest `.verbatim.yml`
    /// from `directory` upwards, else the defaults.
    /// - Throws: ``RuleError`` naming the file and line of a bad configuration.
    public static func resolve(explicit: String?, from directory: String) throws -> LintConfiguration {
        if let explicit { return try load(file: explicit) }
        return try discover(from: directory).map(load(file:)) ?? LintConfiguration()
    }

    /// Reads a configuration file, resolving its paths against the file's folder and loading its known names.
    /// - Throws: ``RuleError`` naming the file and line.
    public static func load(file: String) throws -> LintConfiguration {
        let text = try RuleFile.read(file)
        var configuration = LintConfiguration()
        configuration.file = file
        if isEmptyDocument(text) { return configuration }
        let raw = try LintYAML.decode(Raw.self, yaml: text, file: file)
        if let unknown = raw.unknownKeys.first {
            throw RuleError(file: file, line: RuleFile.line(ofKey: unknown, in: text),
                            reason: "unknown key '\(unknown)'; known: " + Raw.CodingKeys.allCases.map(\.rawValue).joined(separator: ", "))
        }
        configuration.disabledRules = Set(raw.disabledRules ?? [])
        configuration.enabledRules = Set(raw.enabledRules ?? [])
        if let both = configuration.disabledRules.intersection(configuration.enabledRules).sorted().first {
            throw RuleError(file: file, line: RuleFile.line(ofKey: "enabled_rules", in: text),
                            reason: "rule '\(both)' is both in disabled_rules and enabled_rules")
        }
        for (id, name) in raw.severity ?? [:] {
            guard let severity = Severity(rawValue: name) else {
                throw RuleError(file: file, line: RuleFile.line(ofKey: id, in: text),
                                reason: "unknown severity '\(name)' for rule '\(id)'; known: "
                                    + Severity.allCases.map(\.rawValue).joined(separator: ", "))
            }
            configuration.severities[id] = severity
        }
        let base = URL(fileURLWithPath: file).deletingLastPathComponent()
        func resolved(_ path: String) -> String {
            path.hasPrefix("/") ? path : base.appendingPathComponent(path).standardizedFileURL.path
        }
        configuration.ruleFolders = (raw.ruleFolders ?? []).map(resolved)
        if let names = raw.knownNames {
            configuration.knownNamesFile = resolved(names)
            configuration.knownNames = try KnownNames.load(from: resolved(names))
        }
        configuration.archiveFile = raw.archive.map(resolved)
        return configuration
    }

    /// Whether `text` is valid YAML with no content (empty, or only comments).
    private static func isEmptyDocument(_ text: String) -> Bool {
        do { return try Yams.compose(yaml: text) == nil } catch { return false }
    }

    struct Raw: Decodable {
        var disabledRules: [String]?
        var enabledRules: [String]?
        var severity: [String: String]?
        var ruleFolders: [String]?
        var knownNames: String?
        var archive: String?
        var unknownKeys: [String] = []

        enum CodingKeys: String, CodingKey, CaseIterable {
            case disabledRules = "disabled_rules", enabledRules = "enabled_rules", severity
            case ruleFolders = "rule_folders", knownNames = "known_names", archive
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            disabledRules = try container.decodeIfPresent([String].self, forKey: .disabledRules)
            enabledRules = try container.decodeIfPresent([String].self, forKey: .enabledRules)
            severity = try container.decodeIfPresent([String: String].self, forKey: .severity)
            ruleFolders = try container.decodeIfPresent([String].self, forKey: .ruleFolders)
            knownNames = try container.decodeIfPresent(String.self, forKey: .knownNames)
            archive = try container.decodeIfPresent(String.self, forKey: .archive)
            unknownKeys = try LintRuleEntry.unknownKeys(in: decoder, known: CodingKeys.allCases.map(\.rawValue))
        }
    }
}

/// Command-line overrides of a ``LintConfiguration``.
public struct LintOptions: Sendable {
    /// `--only`: run exactly these rules.
    public var only: [String]
    /// `--enable`: switch these rules on (opt-in rules included).
    public var enable: [String]
    /// `--disable`: switch these rules off.
    public var disable: [String]
    /// Severity overrides.
    public var severities: [String: Severity]

    /// Overrides; everything empty by default.
    public init(only: [String] = [], enable: [String] = [], disable: [String] = [], severities: [String: Severity] = [:]) {
        self.only = only
        self.enable = enable
        self.disable = disable
        self.severities = severities
    }
}
