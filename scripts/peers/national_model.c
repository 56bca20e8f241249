/* The equations of Sources/DXModel/Resources/vietnam.dxm written by hand in C: a peer for the
 * engine's speed (scripts/bench.sh). Same run as dxplan-bench: five-pushes over 2025-2035
 * (scripts/peers/five-pushes-2035.plan), monthly Euler steps from the start of 2025 to the end
 * of 2035. Prints the time per run and five indicators in 2035 that must match the line
 * dxplan-bench prints for the same run. Keep it in step with the model file. */
#include <math.h>
#include <stdio.h>
#include <time.h>

enum { P = 8, FIRST_YEAR = 2025, LAST_YEAR = 2035, STEPS = (LAST_YEAR - FIRST_YEAR + 1) * 12 };
static const double share[P] = {0.06, 0.06, 0.20, 0.20, 0.10, 0.10, 0.08, 0.20}; /* scenario */
static const double reference_share[P] = {0.15, 0.15, 0.10, 0.10, 0.10, 0.10, 0.20, 0.10};
static const double lifetime[P] = {4, 4, 4, 4, 4, 4, 24, 5};
static const double build_delay[P] = {1, 1, 1, 1, 1, 1, 2, 1};
/* programmes: services data management security business industry broadband skills */

/* The absorption lookup: executable spending relative to 2024, for spending relative to 2024. */
static const double absorption_x[] = {0, 1, 2, 4, 8, 16}, absorption_y[] = {0, 1, 1.8, 2.8, 3.6, 4};
static double absorption(double x) {
    if (x <= absorption_x[0]) return absorption_y[0];
    for (int i = 1; i < 6; i++)
        if (x < absorption_x[i])
            return absorption_y[i - 1] + (x - absorption_x[i - 1]) / (absorption_x[i] - absorption_x[i - 1]) * (absorption_y[i] - absorption_y[i - 1]);
    return absorption_y[5];
}

static double last_fibre, last_signatures, last_egdi, last_use, last_gain;

static double run(void) {
    const double p = 0.03, q = 0.38, elasticity = 0.5, growth = 0.00959, weight = 0.40698, fibre_speed = 0.7123;
    const double monitoring_pull = 0.40265, paper_pull = 1, essential = 0.3, mic_growth = 0.13877;
    const double sensitivity = 0.5, adults = 75e6, labour = 52e6, workforce_growth = 0.1026;
    double pipeline[P], capacity[P], reference_capacity[P], spending[P], effort[P];
    for (int k = 0; k < P; k++) {
        double reference = 25000 * reference_share[k];
        pipeline[k] = reference * build_delay[k];
        capacity[k] = reference_capacity[k] = reference * lifetime[k];
    }
    double fibre = 0.802, services = 0.8044, skills = 0.45, dossiers = 0.458, economy = 13.17, mic = 18.3;
    double use = 0.20, payments = 0.77, signatures = 13.33e6 / adults, five_g = 0.10, workers = 1.26e6;
    double m0 = 0.735, a0 = (1 - m0) / (1 + q / p * m0), e0 = exp(-(p + q) * 2.8);
    double phones = (1 - a0 * e0) / (1 + q / p * a0 * e0);
    const double phones0 = phones, g0 = five_g, digitisation0 = 0.8044 + 0.458 + 0.77;
    double reference[P], funding[P];
    for (int k = 0; k < P; k++) reference[k] = 25000 * reference_share[k];
    const double f0 = fibre, s0 = services, k0 = skills;
    const double dt = 1.0 / 12;
    double egdi = 0.7709, egdi_current = 0.7709;
    double delay[3] = {0, 0, 0}; /* DELAY3 of fibre's rise, five years, starting empty */
    const double stage = 5.0 / 3, elasticity_gdp = 0.08;
    double gain = 0;
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        double budget = 50000 * pow(1.15, year - FIRST_YEAR);
        for (int k = 0; k < P; k++) spending[k] = budget * share[k];
        for (int m = 0; m < 12; m++) {
            double time = year + m * dt;
            for (int k = 0; k < P; k++) funding[k] = reference[k] * absorption(spending[k] / reference[k]);
            for (int k = 0; k < P; k++) effort[k] = pow(fmax(capacity[k], 0) / reference_capacity[k], elasticity);
            double d_fibre = fibre_speed * (p + q * fibre) * (1 - fibre) * effort[6];
            double d_services = (p + q * services) * (1 - services) * pow(effort[0] * effort[1], 0.5);
            double d_skills = (p + q * skills) * (1 - skills) * effort[7];
            double push = monitoring_pull * (time + 1e-9 >= 2024) + paper_pull * essential * (time + 1e-9 >= 2025.75);
            double d_dossiers = services > 0
                ? ((p + q * dossiers / services) + push) * fmax(services - dossiers, 0) * pow(effort[2] * effort[3], 0.5) : 0;
            double economy_effort = pow(effort[4] * effort[5] * effort[6] * effort[7], 0.25);
            double d_economy = economy * growth * economy_effort;
            double d_mic = mic * mic_growth * economy_effort;
            double exposure = (services + dossiers + payments) / digitisation0 / fmax(effort[3], 0.01);
            double trust = 1 / (1 + sensitivity * fmax(exposure - 1, 0));
            double ceiling = services * skills;
            double d_use = ceiling > 0 ? (p + q * use / ceiling) * fmax(ceiling - use, 0) * trust : 0;
            double d_phones = (p + q * phones) * (1 - phones) * pow(effort[6] * effort[7], 0.5);
            double d_payments = (p + q * payments) * (1 - payments) * pow(effort[4] * effort[7], 0.5);
            double d_signatures = (p + q * signatures) * (1 - signatures) * pow(effort[0] * effort[3], 0.5) * trust;
            double d_five_g = (p + q * five_g) * (1 - five_g) * effort[6];
            double d_workers = workers * workforce_growth * pow(effort[7] * effort[5], 0.5);
            double d_egdi = (egdi_current - egdi) / 1.0;
            double rise = (fibre - f0) * 100;
            double out1 = delay[0] / stage, out2 = delay[1] / stage, out3 = delay[2] / stage;
            gain = elasticity_gdp * out3;
            double d_delay0 = rise - out1, d_delay1 = out1 - out2, d_delay2 = out2 - out3;
            for (int k = 0; k < P; k++) {
                double completed = pipeline[k] / build_delay[k];
                pipeline[k] += dt * (funding[k] - completed);
                capacity[k] += dt * (completed - capacity[k] / lifetime[k]);
            }
            fibre += dt * d_fibre;
            services += dt * d_services;
            skills += dt * d_skills;
            dossiers += dt * d_dossiers;
            economy += dt * d_economy;
            mic += dt * d_mic;
            use += dt * d_use;
            phones += dt * d_phones;
            payments += dt * d_payments;
            signatures += dt * d_signatures;
            five_g += dt * d_five_g;
            workers += dt * d_workers;
            egdi += dt * d_egdi;
            delay[0] += dt * d_delay0;
            delay[1] += dt * d_delay1;
            delay[2] += dt * d_delay2;
            egdi_current = fmin(1, 0.7709 + weight * ((services - s0) + ((fibre + five_g + phones) / 3 - (f0 + g0 + phones0) / 3) + (skills - k0)) / 3);
        }
    }
    last_fibre = fibre * 100, last_signatures = signatures * 100, last_egdi = egdi, last_use = use * 100;
    last_gain = elasticity_gdp * delay[2] / stage;
    return fibre + signatures + egdi + mic + use + workers / labour + gain;
}

int main(void) {
    volatile double checksum = 0;
    int runs = 20000;
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (int i = 0; i < runs; i++) checksum += run();
    clock_gettime(CLOCK_MONOTONIC, &b);
    double ns = ((b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec)) / runs;
    printf("hand-written C: %.1f us per run, %.1f ns per step, %d steps\n", ns / 1000, ns / STEPS, STEPS);
    printf("%d: fibre %.4f, e-signatures %.4f, online service use %.4f, EGDI %.5f, broadband GDP gain %.4f\n",
           LAST_YEAR, last_fibre, last_signatures, last_use, last_egdi, last_gain);
    return 0;
}
