#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first model of Vietnam's digital transformation (documented in MODEL.md).
///
/// Each programme's spending flows through a build pipeline into a capacity stock that
/// depreciates. Capacity relative to its 2024 level sets an *effort* multiplier, with
/// diminishing returns. Adoption indicators follow Bass diffusion scaled by the effort of the
/// programmes that drive them; the digital economy share grows at its observed rate scaled the
/// same way; the EGDI moves with its three components. The model starts in steady state under
/// the 2024 spending pattern, so the baseline scenario follows the published Bass rates.
public struct NationalModel: PlanningModel {
    public let name = "Vietnam national digital transformation, first model"
    public let baseYear = 2024
    public let programmes: [Programme]
    public let indicators: [Indicator]
    public let parameters: [Parameter]
    /// Integration step in years (Euler). A month by default.
    public var timeStep: Double

    public init(timeStep: Double = 1.0 / 12.0) {
        self.programmes = Self.catalogueProgrammes
        self.indicators = Self.catalogueIndicators
        self.parameters = Self.catalogueParameters
        self.timeStep = timeStep
    }

    /// The programmes whose effort drives each dynamic indicator (equal-weight geometric mean).
    static let drivers: [String: [String]] = [
        "fibre": ["broadband"],
        "online-services": ["services", "data"],
        "digital-skills": ["skills"],
        "online-dossiers": ["management", "security"],
        "digital-economy": ["business", "industry", "broadband", "skills"],
    ]

    func parameter(_ id: String) -> Double {
        guard let found = parameters.first(where: { $0.id == id }) else {
            preconditionFailure("NationalModel has no parameter '\(id)'")
        }
        return found.value
    }

    private func lifetime(of programme: Programme) -> Double {
        switch programme.id {
        case "broadband": parameter("fibre-lifetime")
        case "skills": parameter("skills-lifetime")
        default: parameter("it-lifetime")
        }
    }

    private func buildDelay(of programme: Programme) -> Double {
        programme.id == "broadband" ? parameter("fibre-build-delay") : parameter("it-build-delay")
    }

    public func simulate(_ scenario: Scenario, cancellation: Cancellation) throws -> RunResult {
        guard scenario.horizon.lowerBound > baseYear else {
            throw SimulationError.invalidScenario(
                "the horizon must start after \(baseYear), the year of the model's baselines")
        }
        let programmeCount = programmes.count
        let index = Dictionary(uniqueKeysWithValues: programmes.enumerated().map { ($1.id, $0) })
        let referenceBudget = parameter("reference-budget")
        let referenceSpending = programmes.map { referenceBudget * (Self.referenceShares[$0.id] ?? 0) }
        let lifetimes = programmes.map(lifetime(of:))
        let delays = programmes.map(buildDelay(of:))

        // Stocks: the build pipeline and working capacity of each programme, in bn VND.
        var pipeline = (0..<programmeCount).map { referenceSpending[$0] * delays[$0] }
        var capacity = (0..<programmeCount).map { referenceSpending[$0] * lifetimes[$0] }
        let referenceCapacity = capacity

        let p = parameter("bass-p"), q = parameter("bass-q")
        let elasticity = parameter("effort-elasticity")
        let economyGrowth = parameter("digital-economy-growth")
        let egdiWeight = parameter("egdi-component-weight")

        func baseline(_ id: String) -> Double { indicator(id)!.baseline }
        // Adoption stocks as fractions; the digital economy share in percent of GDP.
        var fibre = baseline("fibre") / 100
        var services = baseline("online-services") / 100
        var skills = baseline("digital-skills") / 100
        var dossiers = baseline("online-dossiers") / 100
        var economy = baseline("digital-economy")
        let start = (fibre: fibre, services: services, skills: skills, egdi: baseline("egdi"))

        func egdi() -> Double {
            let moved = (services - start.services) + (fibre - start.fibre) + (skills - start.skills)
            return min(1, start.egdi + egdiWeight * moved / 3)
        }

        let driverIndices = Self.drivers.mapValues { $0.map { index[$0]! } }
        let fibreDrivers = driverIndices["fibre"]!, servicesDrivers = driverIndices["online-services"]!
        let skillsDrivers = driverIndices["digital-skills"]!, dossierDrivers = driverIndices["online-dossiers"]!
        let economyDrivers = driverIndices["digital-economy"]!

        var years = [baseYear]
        var values = indicators.map { [$0.baseline] }
        var spendingSeries = Array(repeating: [0.0], count: programmeCount)
        var effort = Array(repeating: 1.0, count: programmeCount)
        var spending = Array(repeating: 0.0, count: programmeCount)

        func record() {
            for (i, indicator) in indicators.enumerated() {
                let value: Double = switch indicator.id {
                case "fibre": fibre * 100
                case "online-services": services * 100
                case "digital-skills": skills * 100
                case "online-dossiers": dossiers * 100
                case "digital-economy": economy
                case "egdi": egdi()
                default: .nan
                }
                values[i].append(value)
            }
        }

        func meanEffort(_ drivers: [Int]) -> Double {
            var product = 1.0
            for d in drivers { product *= effort[d] }
            return drivers.count == 1 ? product : pow(product, 1 / Double(drivers.count))
        }

        let stepsPerYear = max(1, Int((1 / timeStep).rounded()))
        let dt = 1 / Double(stepsPerYear)
        var steps = 0
        for year in (baseYear + 1)...scenario.horizon.upperBound {
            if cancellation.isCancelled { throw SimulationError.cancelled }
            for k in 0..<programmeCount {
                spending[k] = year < scenario.horizon.lowerBound
                    ? referenceSpending[k]
                    : scenario.spending(on: programmes[k].id, in: year)
                spendingSeries[k].append(spending[k])
            }
            for _ in 0..<stepsPerYear {
                for k in 0..<programmeCount {
                    effort[k] = pow(max(capacity[k], 0) / referenceCapacity[k], elasticity)
                }
                let dFibre = (p + q * fibre) * (1 - fibre) * meanEffort(fibreDrivers)
                let dServices = (p + q * services) * (1 - services) * meanEffort(servicesDrivers)
                let dSkills = (p + q * skills) * (1 - skills) * meanEffort(skillsDrivers)
                let dossierCeiling = services
                let dDossiers = dossierCeiling > 0
                    ? (p + q * dossiers / dossierCeiling) * max(dossierCeiling - dossiers, 0) * meanEffort(dossierDrivers)
                    : 0
                let dEconomy = economy * economyGrowth * meanEffort(economyDrivers)
                for k in 0..<programmeCount {
                    let completed = pipeline[k] / delays[k]
                    pipeline[k] += dt * (spending[k] - completed)
                    capacity[k] += dt * (completed - capacity[k] / lifetimes[k])
                }
                fibre += dt * dFibre
                services += dt * dServices
                skills += dt * dSkills
                dossiers += dt * dDossiers
                economy += dt * dEconomy
                steps += 1
            }
            years.append(year)
            record()
        }
        return RunResult(
            scenario: scenario, years: years, indicators: indicators, programmes: programmes,
            indicatorValues: values, spending: spendingSeries, steps: steps)
    }
}
