/* The equations of Sources/DXModel/Resources/vietnam.dxm (the second model, base year 2025)
 * written by hand in C: a peer for the engine's speed (scripts/bench.sh). Same run as
 * dxplan-bench: five-pushes extended to 2035 (scripts/peers/five-pushes-2035.plan). Like every
 * dxplan run it starts from the backcast at 2020.5 and runs on history, with the reference
 * spending (reference_budget x share), to the end of 2025 (time 2026.0), then on the scenario's
 * spending to the end of 2035: 186 monthly Euler steps from 2020.5 to 2036.0. As in dxplan's
 * engine, the auxiliaries and flows are computed from the stocks at a time, then every stock
 * moves by dt times its net flow; SMOOTH and DELAY3 are the hidden stocks the compiler makes of
 * them (Sources/DXModel/Compiler/StatefulLowering.swift). Prints the time per run and the
 * indicators at the end of 2035, which must match the line dxplan-bench prints for the same run.
 * The parameter values are the model file's: keep it in step with the model file. */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include <math.h>
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { P = 8, FIRST_YEAR = 2020, PLAN_YEAR = 2026, LAST_YEAR = 2035, STEPS = 186 };
static const double START = 2020.5, DT = 1.0 / 12;

/* Programmes, in the model file's order. */
enum { SERVICES, DATA, MANAGEMENT, SECURITY, BUSINESS, INDUSTRY, BROADBAND, SKILLS };
static const double reference_share[P] = {0.15, 0.15, 0.1, 0.1, 0.1, 0.1, 0.2, 0.1};
static const double build_delay[P] = {1, 1, 1, 1, 1, 1, 2, 1}; /* it, training and fibre build delays */
static const double reference_budget = 25000;

/* The scenario: five-pushes over 2026-2035. */
static const double budget = 50000, growth = 0.15;
static const double share[P] = {0.06, 0.06, 0.20, 0.20, 0.10, 0.10, 0.08, 0.20};

/* Lookups: linear between points, flat beyond the ends (as the engine's). */
struct lookup { int count; const double *x, *y; };
static const struct lookup absorption = {6, (const double[]){0, 1, 2, 4, 8, 16}, (const double[]){0, 1, 1.8, 2.8, 3.6, 4}};
static const struct lookup mic_gso_ratio = {6, (const double[]){2020.5, 2021.5, 2022.5, 2023.5, 2024.5, 2025.5},
                                            (const double[]){0.9254, 0.9254, 1.1114, 1.2821, 1.3895, 1.3346}};

static double interpolate(const struct lookup *table, double x) {
    const double *xs = table->x, *ys = table->y;
    int n = table->count;
    if (x <= xs[0]) return ys[0];
    if (x >= xs[n - 1]) return ys[n - 1];
    int low = 0, high = n - 1;
    while (high - low > 1) {
        int middle = (low + high) / 2;
        if (xs[middle] <= x) low = middle; else high = middle;
    }
    return ys[low] + (x - xs[low]) / (xs[high] - xs[low]) * (ys[high] - ys[low]);
}

/* STEP(1, from) at a time. */
static double step(double time, double from) { return time + 1e-9 >= from ? 1 : 0; }

/* A finite list filled by building and emptied by wear: once it is full, only renewals. */
static double lapsing(double stock, double total, double lifetime) { return fmin(stock, total) / lifetime; }
static double going(double stock, double total, double builds, double lapsed) {
    return stock >= total ? fmin(builds, lapsed) : builds;
}

/* Parameters of the model file. */
static const double bass_p = 0.03, bass_q = 0.38, it_lifetime = 4;
static const double online_services_total = 6356, cost_per_service = 3.171, data_dependence = 0.5, services_2020 = 23.24;
static const double national_databases = 116, cost_per_database = 150, databases_2020 = 30;
static const double administrative_units = 3405, cost_per_office = 3, offices_2020 = 95;
static const double government_systems = 5000, cost_per_protected_system = 0.8, protection_term = 1, protection_2020 = 50;
static const double exposure_sensitivity = 0.5;
static const double enterprises_total = 870000, cost_per_enterprise = 0.1, enterprises_2020 = 43.29, firm_speed = 0;
static const double digitalisation_at_full = 10.726, core_2020 = 7.847, core_dilution = 0.09786;
static const double ict_workers_2020 = 1022916, workforce_growth = 0.1026, cost_per_engineer = 0.2, labour_force = 52000000;
static const double households = 27000000, cost_per_household_passed = 0.00383, remote_cost_factor = 5;
static const double operator_fibre_capex = 800, co_financing = 1, five_g_public_share = 0.2;
static const double fibre_coverage_2020 = 88, fibre_2020 = 57.334, fibre_speed = 0.9434, fibre_2025 = 87.6;
static const double cost_per_five_g_site = 1.43, five_g_launch_from = 2024.25, five_g_pilot_from = 2025.13;
static const double five_g_pilot_until = 2026, five_g_rollout_from = 2026, five_g_rate_launch = 11736;
static const double five_g_rate_pilot = 27986, five_g_sites_planned = 15000, five_g_sites_full = 39140;
static const double cost_per_person_trained = 0.002, skills_movement_from = 2025.23, skills_movement_boost = 0.5;
static const double skills_self_learning = 0.59074, skills_2020 = 30, adult_population = 62000000;
static const double dossiers_2020 = 5.686, monitoring_from = 2024, monitoring_pull = 1.235;
static const double paper_refusal_from = 2025.75, paper_refusal_pull = 1, essential_dossier_share = 0.3;
static const double service_use_speed = 0.31099, service_use_2020 = 4.05, smartphones_2020 = 57.521;
static const double payment_accounts_2020 = 33.614, payment_speed = 1.079;
static const double signatures_2020 = 9.078, signature_drive_from = 2025.27, signature_pull = 0.55008;
static const double egdi_2020 = 0.6667, egdi_component_weight = 1, egdi_survey_lag = 1;
static const double broadband_gdp_elasticity = 0.08, broadband_gdp_lag = 5;

/* The indicators at the end of the run. */
struct indicators {
    double fibre, e_signatures, service_use, egdi, broadband_gdp_gain, five_g, digital_economy, digital_economy_mic;
};

static struct indicators run(void) {
    double reference[P], spending[P], funding[P], completion[P], pipeline[P];
    for (int k = 0; k < P; k++) {
        reference[k] = reference_budget * reference_share[k];
        pipeline[k] = reference[k] * build_delay[k];
    }
    /* Stocks, at their values in mid-2020. */
    double services = online_services_total * services_2020 / 100, databases = national_databases * databases_2020 / 100;
    double offices = administrative_units * offices_2020 / 100, protected = government_systems * protection_2020 / 100;
    double enterprises = enterprises_total * enterprises_2020 / 100, ict_workers = ict_workers_2020;
    double passed = households * fibre_coverage_2020 / 100, fibre_households = households * fibre_2020 / 100;
    double five_g_sites = 0, skills = skills_2020 / 100, dossiers = dossiers_2020 / 100, use = service_use_2020 / 100;
    double phones = smartphones_2020 / 100, payments = payment_accounts_2020 / 100, signatures = signatures_2020 / 100;
    double core = core_2020, egdi = egdi_2020; /* egdi: the stock of SMOOTH(egdi_current, egdi_survey_lag, egdi_2020) */
    double gdp_delay[3] = {0, 0, 0};         /* DELAY3(fibre_rise, broadband_gdp_lag, 0): three stages, empty */
    const double stage = broadband_gdp_lag / 3;
    const double operator_fibre_builds = operator_fibre_capex * co_financing / cost_per_household_passed;
    const double tii_2020 = (fibre_2020 / 100 + smartphones_2020 / 100) / 3;

    struct indicators out;
    int year = 0;
    for (int n = 0;; n++) {
        double time = START + n * DT;
        /* Yearly inputs: the reference pattern before the plan, the scenario's spending from it. */
        int y = (int)floor(time + 1e-9);
        if (y > LAST_YEAR) y = LAST_YEAR;
        if (y != year) {
            year = y;
            double envelope = budget * pow(1 + growth, year - PLAN_YEAR);
            for (int k = 0; k < P; k++) spending[k] = year < PLAN_YEAR ? reference[k] : envelope * share[k];
        }
        for (int k = 0; k < P; k++) {
            funding[k] = reference[k] * interpolate(&absorption, spending[k] / reference[k]);
            completion[k] = pipeline[k] / build_delay[k];
        }

        /* What the money buys: services, databases and offices are finite lists. */
        double databases_share = fmin(databases, national_databases) / national_databases;
        double data_cost_factor = data_dependence * (1 - databases_share) + 1;
        double service_builds = completion[SERVICES] / (cost_per_service * data_cost_factor);
        double services_lapsing = lapsing(services, online_services_total, it_lifetime);
        double services_going_online = going(services, online_services_total, service_builds, services_lapsing);
        double online_services_share = fmin(services, online_services_total) / online_services_total;

        double databases_lapsing = lapsing(databases, national_databases, it_lifetime);
        double databases_connecting =
            going(databases, national_databases, completion[DATA] / cost_per_database, databases_lapsing);

        double offices_lapsing = lapsing(offices, administrative_units, it_lifetime);
        double offices_going_digital =
            going(offices, administrative_units, completion[MANAGEMENT] / cost_per_office, offices_lapsing);
        double offices_share = fmin(offices, administrative_units) / administrative_units;

        double protection_lapsing = protected / protection_term;
        double protection_starting = fmin(completion[SECURITY] / cost_per_protected_system,
                                          fmax(government_systems - protected, 0) / protection_term + protection_lapsing);
        double protection_share = fmin(protected / government_systems, 1);

        double enterprises_share = enterprises / enterprises_total;
        double enterprises_adopting = firm_speed * (bass_q * enterprises_share + bass_p) * fmax(enterprises_total - enterprises, 0)
                                    + completion[BUSINESS] / cost_per_enterprise * fmax(1 - enterprises_share, 0);

        double ict_hiring = (ict_workers * workforce_growth + completion[INDUSTRY] / cost_per_engineer) * fmax(1 - ict_workers / labour_force, 0);

        double public_fibre_builds = completion[BROADBAND] * (1 - five_g_public_share) / (cost_per_household_passed * remote_cost_factor);
        double households_passing = passed >= households ? 0 : public_fibre_builds + operator_fibre_builds;
        double reached = fmin(passed, households);
        double fibre_take_up = fibre_speed * (bass_p + bass_q * fibre_households / reached) * fmax(reached - fibre_households, 0);
        double fibre_share = fibre_households / households;

        double launched = step(time, five_g_launch_from), pilot_started = step(time, five_g_pilot_from);
        double pilot = pilot_started - step(time, five_g_pilot_until);
        double operator_five_g_rate = co_financing * (five_g_sites_planned * step(time, five_g_rollout_from)
                                      + (five_g_rate_launch * (launched - pilot_started) + five_g_rate_pilot * pilot));
        double public_five_g_builds = completion[BROADBAND] * five_g_public_share / cost_per_five_g_site * launched;
        double five_g_building = five_g_sites >= five_g_sites_full ? 0 : operator_five_g_rate + public_five_g_builds;
        double five_g_share = fmin(five_g_sites / five_g_sites_full, 1);

        double people_trained = completion[SKILLS] / cost_per_person_trained * (skills_movement_boost * step(time, skills_movement_from) + 1);
        double skills_gaining = (bass_p + bass_q * skills) * (1 - skills) * skills_self_learning
                              + people_trained / adult_population * (1 - skills);

        /* Adoption follows availability; mandates pull; trust falls with unprotected activity. */
        double paper_refusal = paper_refusal_pull * essential_dossier_share * step(time, paper_refusal_from);
        double dossier_gap = fmax(online_services_share - dossiers, 0);
        double dossier_push = monitoring_pull * step(time, monitoring_from) + paper_refusal;
        double dossiers_going_online = online_services_share > 0
            ? (bass_p + bass_q * dossiers / online_services_share + dossier_push) * dossier_gap * offices_share : 0;

        double digitisation = (online_services_share + dossiers + payments) / 3;
        double trust = 1 / (exposure_sensitivity * (digitisation * (1 - protection_share)) + 1);

        double ceiling = online_services_share * skills;
        double service_use_adoption = ceiling > 0
            ? (service_use_speed * (bass_p + bass_q * use / ceiling) + paper_refusal) * fmax(ceiling - use, 0) * trust : 0;
        double smartphone_adoption = (bass_p + bass_q * phones) * (1 - phones);
        double payment_adoption = (bass_p + bass_q * payments) * (1 - payments) * payment_speed;
        double signature_drive = signature_pull * step(time, signature_drive_from);
        double e_signature_adoption = ((bass_q * signatures + bass_p) * online_services_share + signature_drive) * (1 - signatures) * trust;

        /* The digital economy (GSO), and the Ministry's estimate as its ratio to it. */
        double core_growth = core * (ict_hiring / ict_workers - core_dilution);
        double digital_economy = core + digitalisation_at_full * enterprises_share;
        double digital_economy_mic = digital_economy * interpolate(&mic_gso_ratio, time / 1);

        /* EGDI: the share of each proxy's 2020 gap closed, published a year late (SMOOTH). */
        double osi_closure = (online_services_share - services_2020 / 100) / (1 - services_2020 / 100);
        double tii_closure = ((fibre_share + five_g_share + phones) / 3 - tii_2020) / (1 - tii_2020);
        double hci_closure = (skills - skills_2020 / 100) / (1 - skills_2020 / 100);
        double egdi_current = 1 - (1 - egdi_2020) * (1 - egdi_component_weight * (osi_closure + tii_closure + hci_closure) / 3);
        double egdi_adjustment = (egdi_current - egdi) / egdi_survey_lag;

        /* Broadband's GDP gain: fibre's rise since 2025 through a third-order delay (DELAY3: three
         * stages in a row, each emptying over a third of the lag). */
        double fibre_percent = fibre_share * 100;
        double fibre_rise = fmax(fibre_percent - fibre_2025, 0);
        double delay_out[3];
        for (int i = 0; i < 3; i++) delay_out[i] = gdp_delay[i] / stage;
        double broadband_gdp_gain = broadband_gdp_elasticity * delay_out[2];

        if (n == STEPS) { /* the end of 2035: the recorded values */
            out = (struct indicators){fibre_percent, signatures * 100, use * 100, egdi, broadband_gdp_gain,
                                      five_g_share * 100, digital_economy, digital_economy_mic};
            break;
        }

        /* Euler: every stock by dt times its net flow. */
        for (int k = 0; k < P; k++) pipeline[k] += DT * (funding[k] - completion[k]);
        services += DT * (services_going_online - services_lapsing);
        databases += DT * (databases_connecting - databases_lapsing);
        offices += DT * (offices_going_digital - offices_lapsing);
        protected += DT * (protection_starting - protection_lapsing);
        enterprises += DT * enterprises_adopting;
        ict_workers += DT * ict_hiring;
        passed += DT * households_passing;
        fibre_households += DT * fibre_take_up;
        five_g_sites += DT * five_g_building;
        skills += DT * skills_gaining;
        dossiers += DT * dossiers_going_online;
        use += DT * service_use_adoption;
        phones += DT * smartphone_adoption;
        payments += DT * payment_adoption;
        signatures += DT * e_signature_adoption;
        core += DT * core_growth;
        egdi += DT * egdi_adjustment;
        gdp_delay[0] += DT * (fibre_rise - delay_out[0]);
        for (int i = 1; i < 3; i++) gdp_delay[i] += DT * (delay_out[i - 1] - delay_out[i]);
    }
    return out;
}

static double seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec + now.tv_nsec * 1e-9;
}

static int ascending(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Runs the model `count` times; the checksum, of every indicator, keeps the optimiser from dropping any of the work. */
static volatile double checksum;
static double batch(int count) {
    double started = seconds();
    for (int i = 0; i < count; i++) {
        struct indicators last = run();
        checksum += last.fibre + last.e_signatures + last.service_use + last.egdi + last.broadband_gdp_gain + last.five_g
                  + last.digital_economy + last.digital_economy_mic;
    }
    return seconds() - started;
}

static void print_values(struct indicators last) {
    printf("%d: fibre %.10g, e-signatures %.10g, online service use %.10g, EGDI %.10g, broadband GDP gain %.10g, "
           "5G %.10g, digital economy %.10g, MoST estimate %.10g\n",
           LAST_YEAR, last.fibre, last.e_signatures, last.service_use, last.egdi, last.broadband_gdp_gain, last.five_g,
           last.digital_economy, last.digital_economy_mic);
}

int main(int argc, char **argv) {
    /* --values: one run's indicators only, to check against dxplan-bench --values. */
    if (argc > 1 && strcmp(argv[1], "--values") == 0) {
        print_values(run());
        return 0;
    }
    /* As dxplan-bench: a batch of about 50 ms, then the median of 21 batches. */
    int count = 1;
    while (batch(count) < 0.05) count *= 2;
    double per_run[21];
    for (int i = 0; i < 21; i++) per_run[i] = batch(count) / count * 1e9;
    qsort(per_run, 21, sizeof per_run[0], ascending);
    double ns = per_run[10];
    struct indicators last = run();
    printf("hand-written C: median %.1f us per run (min %.1f us), %.1f ns per step, %d steps, %d runs per batch\n",
           ns / 1000, per_run[0] / 1000, ns / STEPS, STEPS, count);
    print_values(last);
    return 0;
}
