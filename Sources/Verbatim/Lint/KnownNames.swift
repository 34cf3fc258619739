import Yams

/// A person's canonical name and the other spellings an article might use ("Lee Mingjiang" for "Li Mingjiang").
public struct KnownName: Sendable, Hashable {
    /// The spelling to use.
    public var canonical: String
    /// Other spellings that should become `canonical`.
    public var variants: [String]

    /// A known name and its variants.
    public init(canonical: String, variants: [String] = []) {
        self.canonical = canonical
        self.variants = variants
    }
}

/// Reads a known-names file: a YAML list (or `names:` list) whose items are either a name or
/// `{name: Li Mingjiang, variants: [Lee Mingjiang]}` (`canonical` is accepted for `name`).
public enum KnownNames {
    /// The names in the file at `path`.
    /// - Throws: ``RuleError`` naming the file and line.
    public static func load(from path: String) throws -> [KnownName] {
        let text = try RuleFile.read(path)
        if let list = try? YAMLDecoder().decode([Entry].self, from: text) { return try names(list, path, text) }
        let file = try LintYAML.decode(File.self, yaml: text, file: path)
        return try names(file.names, path, text)
    }

    private static func names(_ entries: [Entry], _ path: String, _ text: String) throws -> [KnownName] {
        try entries.map { entry in
            let canonical = entry.name.trimmingCharacters(in: .whitespaces)
            guard !canonical.isEmpty else {
                throw RuleError(file: path, reason: "a known name is empty")
            }
            return KnownName(canonical: canonical, variants: entry.variants.filter { $0 != canonical })
        }
    }

    struct File: Decodable { var names: [Entry] }

    struct Entry: Decodable {
        var name: String
        var variants: [String] = []

        enum CodingKeys: String, CodingKey { case name, canonical, variants }

        init(from decoder: any Decoder) throws {
            if let name = try? decoder.singleValueContainer().decode(String.self) {
                self.name = name
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decodeIfPresent(String.self, forKey: .name)
                ?? container.decode(String.self, forKey: .canonical)
            variants = try container.decodeIfPresent([String].self, forKey: .variants) ?? []
        }
    }
}
