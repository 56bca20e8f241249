extension NationalModel {
    /// Every constant of the model, with its source or its assumption label.
    static let catalogueParameters: [Parameter] = [
        Parameter(
            id: "reference-budget", description: "Yearly spending on DX in the 2024 pattern", value: 25_000,
            unit: "bn VND/year",
            provenance: .assumption(
                "no separate DX budget line is published (domain-facts §2d, §5 gap 4); set to the order of the "
                    + "VND 25,000 bn added to S&T, innovation and DX in 2025, about a quarter of the VND 95,000 bn "
                    + "planned for 2026: https://vneconomy.vn/du-kien-tang-gan-4-lan-ngan-sach-cho-khoa-hoc-cong-nghe-trong-nam-2026.htm"),
            range: 15_000...35_000),
        Parameter(
            id: "bass-p", description: "Bass innovation coefficient (adoption from outside influence)", value: 0.03,
            unit: "1/year",
            provenance: .source(
                "mean 0.03, often below 0.01, in the Sultan, Farley & Lehmann (1990) meta-analysis: "
                    + "http://tx.shu.edu.tw/SilverJay/SJay05-u/BassModel.htm; the upper end of the range is an assumption"),
            range: 0.005...0.05),
        Parameter(
            id: "bass-q", description: "Bass imitation coefficient (adoption from word of mouth)", value: 0.38,
            unit: "1/year",
            provenance: .source(
                "mean 0.38, typical range 0.3–0.5, in the Sultan, Farley & Lehmann (1990) meta-analysis: "
                    + "http://tx.shu.edu.tw/SilverJay/SJay05-u/BassModel.htm"),
            range: 0.3...0.5),
        Parameter(
            id: "it-lifetime", description: "Service life of IT systems, software and equipment", value: 4,
            unit: "years",
            provenance: .source(
                "computer equipment and software 3–5 years (US GAAP example): "
                    + "http://xbrlsite-app.azurewebsites.net/DisclosureBestPractices_USGAAP/ExemplarsHTML/16828-Exemplar.html; "
                    + "desktop PCs 3 years, workstations 4–5 (Utah): https://finance.utah.gov/state-agency-resources/policy/9-2-standard-useful-life-table/"),
            range: 3...5),
        Parameter(
            id: "fibre-lifetime", description: "Service life of fibre networks", value: 24, unit: "years",
            provenance: .source("US IRS tax life for fibre cable: https://potsandpansbyccg.com/2016/11/18/economic-lives-of-fiber-assets/"),
            range: 20...40),
        Parameter(
            id: "skills-lifetime", description: "Time before trained digital skills go out of date", value: 5,
            unit: "years", provenance: .assumption("no published value; skills age with the technology they teach"),
            range: 3...10),
        Parameter(
            id: "it-build-delay", description: "Time from spending to working IT capacity", value: 1, unit: "years",
            provenance: .assumption("typical procurement and deployment cycle of one budget year"), range: 0.5...2),
        Parameter(
            id: "fibre-build-delay", description: "Time from spending to lit fibre", value: 2, unit: "years",
            provenance: .assumption("civil works take longer than software"), range: 1...3),
        Parameter(
            id: "effort-elasticity",
            description: "Elasticity of adoption speed to capacity (diminishing returns to money)", value: 0.5,
            unit: "dimensionless",
            provenance: .assumption(
                "diminishing returns; the Deputy Minister of S&T warned that a 4x budget strains absorption: "
                    + "https://www.vietnam.vn/en/danh-khoang-95-nghin-ty-dong-ngan-sach-cho-khoa-hoc-cong-nghe"),
            range: 0.3...0.8),
        Parameter(
            id: "digital-economy-growth", description: "Relative growth of the digital economy share of GDP",
            value: 0.0099, unit: "1/year",
            provenance: .source(
                "ln(13.17/12.66)/4 from the GSO series 2020–2024: "
                    + "https://baomoi.net.vn/kinh-te-so-nam-2024-gop-1-5-trieu-ty-dong-chiem-13-17-gdp-c51176088.epi; "
                    + "the range is an assumption (half to double the observed rate)"),
            range: 0.005...0.02),
        Parameter(
            id: "egdi-component-weight",
            description: "EGDI component points gained per point of its driving indicator", value: 0.5,
            unit: "dimensionless",
            provenance: .assumption(
                "EGDI is the mean of OSI, TII and HCI (https://pdfslide.us/documents/un-e-government-final-report-web-e-government-in-support-of-sustainable-development.html); "
                    + "each component also measures things outside this model"),
            range: 0.25...1.0),
    ]

    /// The split of the reference budget across programmes in the 2024 pattern.
    ///
    /// Assumption: no published split exists (domain-facts §5, gap 4); each share has a range of ±50%.
    static let referenceShares: [String: Double] = [
        "services": 0.15, "data": 0.15, "management": 0.10, "security": 0.10,
        "business": 0.10, "industry": 0.10, "broadband": 0.20, "skills": 0.10,
    ]
}
