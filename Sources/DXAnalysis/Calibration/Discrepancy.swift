import DXModel

/// How far a model's predictions have drifted from what came after, per year ahead: κ with
/// miss/tolerance ≈ N(0, s² + (κ·h)²) at a lead of h years, s the fit's `errorScale`. Estimated by
/// moments from earlier fits' predictions of observations h years after their origin:
/// κ² = mean over those predictions of max(0, z² − s²)/h², z the miss in tolerances.
package struct Discrepancy: Sendable {
    package let perYear: Double
    /// How many later observations the earlier fits were checked against.
    package let checks: Int

    package static let none = Discrepancy(perYear: 0, checks: 0)

    /// κ from the fits made at earlier origins, checked against what was observed after each of
    /// them and up to `origin` (nothing later is looked at).
    init(earlier fits: [(origin: Double, fit: Calibration.Result, errorScale: Double)], upTo origin: Double) {
        var sum = 0.0, count = 0
        for (earlier, fit, scale) in fits where earlier < origin {
            for point in fit.points
            where point.role != .anchor && point.role != .start
                && point.observation.time > earlier + 1e-9 && point.observation.time <= origin + 1e-9
            {
                let z = point.miss / point.tolerance, lead = point.observation.time - earlier
                guard z.isFinite, lead > 0 else { continue }
                sum += Swift.max(0, z * z - scale * scale) / (lead * lead)
                count += 1
            }
        }
        self.init(perYear: count == 0 ? 0 : (sum / Double(count)).squareRoot(), checks: count)
    }

    init(perYear: Double, checks: Int) {
        self.perYear = perYear
        self.checks = checks
    }
}
