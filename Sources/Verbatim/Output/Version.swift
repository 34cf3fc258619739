/// The version of Verbatim, written once: `verbatim --version` prints it and SARIF logs name it as the
/// tool version.
public enum VerbatimVersion {
    /// The release, in semantic-versioning form.
    public static let current = "0.1.0"
}
