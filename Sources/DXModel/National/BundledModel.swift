import DXSource
import Foundation

/// The model that ships with dxplan: `Resources/vietnam.dxm`, compiled into the binary at build
/// time (the `EmbedModelFile` plugin), so an installed dxplan needs no file beside it.
public enum BundledModel {
    /// The model file's name as diagnostics print it.
    public static let fileName = "vietnam.dxm"

    /// The text of the bundled model file.
    public static func text() throws -> String {
        embeddedModel_vietnam
    }

    /// The compiled bundled model.
    public static func load() throws -> DeclaredModel {
        let source = SourceFile(name: fileName, text: try text())
        switch DeclaredModel.load(source) {
        case .success(let model): return model
        case .failure(let errors): throw errors
        }
    }

    public struct BundleMissing: Error, CustomStringConvertible {
        public var description: String { "the bundled model file \(BundledModel.fileName) is missing next to the dxplan binary" }
    }
}
