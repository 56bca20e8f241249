/// dxplan's version, for `--version`, the banner and the run record of every export.
package enum DXPlanVersion {
    package static let current = "0.1.0"
}
