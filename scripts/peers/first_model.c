/* The equations of Sources/DXModel/Resources/vietnam.dxm written by hand in C: a peer for the
 * engine's speed (scripts/bench.sh). Same scenario as dxplan-bench: five-pushes, 2025-2030,
 * monthly Euler steps. Prints the time per run and a checksum that matches dxplan's fibre. */
#include <math.h>
#include <stdio.h>
#include <time.h>

enum { P = 8 };
static const double share[P] = {0.06, 0.06, 0.20, 0.20, 0.10, 0.10, 0.08, 0.20}; /* scenario */
static const double reference_share[P] = {0.15, 0.15, 0.10, 0.10, 0.10, 0.10, 0.20, 0.10};
static const double lifetime[P] = {4, 4, 4, 4, 4, 4, 24, 5};
static const double build_delay[P] = {1, 1, 1, 1, 1, 1, 2, 1};
/* programmes: services data management security business industry broadband skills */

static double run(void) {
    const double p = 0.03, q = 0.38, elasticity = 0.5, growth = 0.0099, weight = 0.5;
    double pipeline[P], capacity[P], reference_capacity[P], spending[P], effort[P];
    for (int k = 0; k < P; k++) {
        double reference = 25000 * reference_share[k];
        pipeline[k] = reference * build_delay[k];
        capacity[k] = reference_capacity[k] = reference * lifetime[k];
    }
    double fibre = 0.802, services = 0.8044, skills = 0.45, dossiers = 0.458, economy = 13.17;
    const double f0 = fibre, s0 = services, k0 = skills;
    const double dt = 1.0 / 12;
    double egdi = 0.7709;
    for (int year = 2025; year <= 2030; year++) {
        double budget = 50000 * pow(1.15, year - 2025);
        for (int k = 0; k < P; k++) spending[k] = budget * share[k];
        for (int m = 0; m < 12; m++) {
            for (int k = 0; k < P; k++) effort[k] = pow(fmax(capacity[k], 0) / reference_capacity[k], elasticity);
            double d_fibre = (p + q * fibre) * (1 - fibre) * effort[6];
            double d_services = (p + q * services) * (1 - services) * pow(effort[0] * effort[1], 0.5);
            double d_skills = (p + q * skills) * (1 - skills) * effort[7];
            double d_dossiers = services > 0
                ? (p + q * dossiers / services) * fmax(services - dossiers, 0) * pow(effort[2] * effort[3], 0.5) : 0;
            double d_economy = economy * growth * pow(effort[4] * effort[5] * effort[6] * effort[7], 0.25);
            for (int k = 0; k < P; k++) {
                double completed = pipeline[k] / build_delay[k];
                pipeline[k] += dt * (spending[k] - completed);
                capacity[k] += dt * (completed - capacity[k] / lifetime[k]);
            }
            fibre += dt * d_fibre;
            services += dt * d_services;
            skills += dt * d_skills;
            dossiers += dt * d_dossiers;
            economy += dt * d_economy;
            egdi = fmin(1, 0.7709 + weight * ((services - s0) + (fibre - f0) + (skills - k0)) / 3);
        }
    }
    return fibre * 100 + egdi * 0;
}

int main(void) {
    volatile double checksum = 0;
    int runs = 20000;
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (int i = 0; i < runs; i++) checksum += run();
    clock_gettime(CLOCK_MONOTONIC, &b);
    double ns = ((b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec)) / runs;
    printf("hand-written C: %.1f us per run, %.1f ns per step (fibre 2030: %.4f)\n", ns / 1000, ns / 72, checksum / runs);
    return 0;
}
