import Foundation

/// Every lint rule Verbatim knows: the built-in `Rules/lint/*.yml` and any extra rule folders, compiled once.
public struct LintRuleSet: Sendable {
    /// The rules in load order (file by file, each file in order).
    public let rules: [LintRule]
    /// The word lists and patterns the checks share.
    public let book: RuleBook

    /// The folder of built-in lint rules inside a rules folder.
    public static let folderName = "lint"

    /// Loads `book.folder/lint/*.yml` and then every `*.yml` in `extraFolders` (sorted by name).
    /// - Throws: ``RuleError`` naming the file, line and rule id of the first bad rule, or a rule id
    ///   defined in two files.
    public init(book: RuleBook, extraFolders: [String] = []) throws {
        self.book = book
        var rules: [LintRule] = []
        let folders = ["\(book.folder)/\(Self.folderName)"] + extraFolders
        for folder in folders {
            for file in try Self.ruleFiles(in: folder) {
                for rule in try LintRuleLoader.load(file: file, lexicon: book.lexicon, template: book.template) {
                    if let earlier = rules.first(where: { $0.id == rule.id }) {
                        throw RuleError(file: file, line: rule.line,
                                        reason: "rule '\(rule.id)' is already defined in \(earlier.file)"
                                            + (earlier.line.map { ":\($0)" } ?? ""))
                    }
                    rules.append(rule)
                }
            }
        }
        self.rules = rules
    }

    /// A rule set made of given rules (tests, tools).
    public init(book: RuleBook, rules: [LintRule]) {
        self.book = book
        self.rules = rules
    }

    /// The rule with `id`, if any.
    public func rule(_ id: String) -> LintRule? { rules.first { $0.id == id } }

    /// Every rule id.
    public var ids: [String] { rules.map(\.id) }

    /// The `*.yml` files of a folder, sorted by name.
    /// - Throws: ``RuleError`` when the folder does not exist or cannot be listed.
    static func ruleFiles(in folder: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RuleError(file: folder, reason: "no such rule folder")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw RuleError(file: folder, reason: "cannot list the rule folder: \(error.localizedDescription)")
        }
        return names.filter { ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml")) && !$0.hasPrefix(".") }
            .sorted().map { "\(folder)/\($0)" }
    }
}
