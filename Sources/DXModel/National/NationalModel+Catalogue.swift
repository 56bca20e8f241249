extension NationalModel {
    /// The budget programmes, grouped by pillar and mapped to the five pushes.
    static let catalogueProgrammes: [Programme] = [
        Programme(id: "services", name: "Online public services", vietnameseName: "Dịch vụ công trực tuyến",
                  pillar: .digitalGovernment, push: .infrastructure),
        Programme(id: "data", name: "National databases and data sharing", vietnameseName: "Cơ sở dữ liệu quốc gia",
                  pillar: .digitalGovernment, push: .infrastructure),
        Programme(id: "management", name: "Digitised, intelligent management", vietnameseName: "Quản lý, điều hành số",
                  pillar: .digitalGovernment, push: .leadership),
        Programme(id: "security", name: "Cyber security and data protection", vietnameseName: "An ninh mạng, bảo vệ dữ liệu",
                  pillar: .digitalGovernment, push: .security),
        Programme(id: "business", name: "Digital transformation of enterprises", vietnameseName: "Chuyển đổi số doanh nghiệp",
                  pillar: .digitalEconomy, push: .institutions),
        Programme(id: "industry", name: "Digital technology industry", vietnameseName: "Công nghiệp công nghệ số",
                  pillar: .digitalEconomy, push: .institutions),
        Programme(id: "broadband", name: "Fibre and mobile broadband", vietnameseName: "Hạ tầng băng rộng",
                  pillar: .digitalSociety, push: .infrastructure),
        Programme(id: "skills", name: "Digital skills and talent", vietnameseName: "Kỹ năng số, nhân lực số",
                  pillar: .digitalSociety, push: .digitalCulture),
    ]

    /// The indicators, with their 2024 baselines from `shared/context/domain-facts.md`.
    static let catalogueIndicators: [Indicator] = [
        Indicator(
            id: "online-services", name: "Essential public services fully online",
            vietnameseName: "Dịch vụ công trực tuyến toàn trình", unit: .percent, baseline: 80.44,
            baselineProvenance: .source(
                "80.44% of administrative procedures available online, Apr 2024 (counts availability, not level 4): "
                    + "https://apag.hcma.vn/en/pm-urges-comprehensive-legal-corridor-to-promote-national-digital-transformation.napa")),
        Indicator(
            id: "online-dossiers", name: "Dossiers handled fully online",
            vietnameseName: "Hồ sơ trực tuyến toàn trình", unit: .percent, baseline: 45.8,
            baselineProvenance: .source(
                "45.8% at end-2024: https://kinhtedothi.vn/ha-nam-dan-dau-ca-nuoc-ve-ty-le-ho-so-truc-tuyen-toan-trinh.html")),
        Indicator(
            id: "digital-economy", name: "Digital economy share of GDP (GSO)",
            vietnameseName: "Tỷ trọng kinh tế số trong GDP", unit: .percent, baseline: 13.17,
            baselineProvenance: .source(
                "GSO value-added measure, 13.17% in 2024: "
                    + "https://baomoi.net.vn/kinh-te-so-nam-2024-gop-1-5-trieu-ty-dong-chiem-13-17-gdp-c51176088.epi")),
        Indicator(
            id: "fibre", name: "Households with fibre broadband",
            vietnameseName: "Hộ gia đình có cáp quang", unit: .percent, baseline: 80.2,
            baselineProvenance: .source(
                "80.2% in early 2024: https://apag.hcma.vn/en/pm-urges-comprehensive-legal-corridor-to-promote-national-digital-transformation.napa")),
        Indicator(
            id: "digital-skills", name: "Adults with basic digital skills",
            vietnameseName: "Người trưởng thành có kỹ năng số cơ bản", unit: .percent, baseline: 45,
            baselineProvenance: .assumption(
                "no verified national baseline (domain-facts §2c); range 30–70%; social media use by 73.3% "
                    + "of the population (Digital 2024) bounds basic use from above")),
        Indicator(
            id: "egdi", name: "UN E-Government Development Index",
            vietnameseName: "Chỉ số phát triển Chính phủ điện tử", unit: .index, baseline: 0.7709,
            baselineProvenance: .source(
                "0.7709, rank 71/193 (2024): https://en.vietnamplus.vn/vietnam-climbs-15-places-in-un-e-government-index-post296815.vnp")),
    ]
}
