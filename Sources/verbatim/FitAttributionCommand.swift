import ArgumentParser
import Foundation
import Verbatim

/// `verbatim fit-attribution`: refit the weights of the speaker choice on gold folders.
struct FitAttribution: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit-attribution",
        abstract: "Refit the weights that choose each quotation's speaker, from gold annotations.",
        discussion: """
        Each GOLD_DIR holds articles <id>.txt with their annotations <id>.gold.json (quotations, their kind and \
        speaker). Verbatim extracts every article, gathers each quotation's speaker candidates (the source named \
        beside it, the speaker of the quotation before, the source beside the one after, people mentioned \
        nearby, no speaker) and fits one weight per feature so that the gold speaker scores best. The same \
        folders always give the same weights. The weights are written to attribution/speaker-weights.yml in \
        the rules folder (or to --output); `verbatim extract --explain` shows how they decide.

        Examples:
          verbatim fit-attribution corpus/train corpus/samples
          verbatim fit-attribution --output /tmp/weights.yml --dry-run corpus/train
        """)

    /// The rules whose extraction gathers the candidates, and whose folder receives the weights.
    @OptionGroup var rules: RulesOption

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the weights (default: the rules folder's attribution/speaker-weights.yml).",
                                                    valueName: "file"))
    var output: String?

    @Option(name: .long, help: "Gradient steps of the fit.")
    var iterations = 600

    @Flag(name: .long, help: "Print the weights instead of writing them.")
    var dryRun = false

    @Argument(help: ArgumentHelp("Folders of gold annotations.", valueName: "gold-dir"))
    var folders: [String] = []

    func validate() throws {
        if folders.isEmpty { throw ValidationError("Give at least one folder of gold annotations.") }
        if iterations < 1 { throw ValidationError("--iterations must be at least 1.") }
    }

    func run() throws {
        let folder: String
        let book: RuleBook
        do {
            folder = try rules.folder()
            book = try RuleBook(folder: folder)
        } catch {
            Diagnostics.fail("\(error)")
        }
        var settings = SpeakerModelFit.Settings()
        settings.iterations = iterations
        var examples: [SpeakerModelFit.Example] = []
        do {
            for gold in folders { examples += try SpeakerModelFit.examples(from: try GoldDocument.load(folder: gold), rules: book) }
        } catch {
            Diagnostics.fail("\(error)")
        }
        let model = SpeakerModel(weights: SpeakerModelFit.fit(examples, settings: settings),
                                 fittedOn: folders.map { URL(fileURLWithPath: $0).standardized.lastPathComponent })
        let (logLikelihood, accuracy) = SpeakerModelFit.evaluate(examples, model: model)
        FileHandle.standardError.write(Data(String(format: "verbatim: fit on %d quotations: mean log-likelihood %.4f, best candidate right %.4f\n",
                                                   examples.count, logLikelihood, accuracy).utf8))
        if dryRun {
            print(model.yaml(), terminator: "")
            return
        }
        let path = output ?? "\(folder)/attribution/speaker-weights.yml"
        do {
            try model.yaml().write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            Diagnostics.fail("\(path): cannot write: \(error.localizedDescription)")
        }
    }
}
