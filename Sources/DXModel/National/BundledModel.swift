import DXSource
import Foundation

/// The model that ships with dxplan: `Resources/vietnam.dxm`, compiled on first use.
public enum BundledModel {
    /// The model file's name as diagnostics print it.
    public static let fileName = "vietnam.dxm"

    /// The text of the bundled model file.
    public static func text() throws -> String {
        guard let url = Bundle.module.url(forResource: "vietnam", withExtension: "dxm"),
              let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw BundleMissing()
        }
        return text
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
