/* nbody: the classic n-body simulation of the Jovian planets (Benchmarks Game).
 * Usage: nbody SIZE [ITERATIONS]
 *   SIZE       number of simulation steps (positive integer)
 *   ITERATIONS how many times the whole workload is repeated in-process (default 1);
 *              after each one, "iteration <i> <ns>" is printed to stderr.
 * Stdout: the energy before and after the last iteration's run (%.9f), identical at every
 * optimisation level (floating-point contraction is disabled below so that fused
 * multiply-add on the host CPU cannot change the results). */
#pragma STDC FP_CONTRACT OFF
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "harness.h"

#define PI 3.141592653589793
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define NBODIES 5

struct planet {
    double x, y, z;
    double vx, vy, vz;
    double mass;
};

static const struct planet initial_bodies[NBODIES] = {
    {0, 0, 0, 0, 0, 0, SOLAR_MASS},
    {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
     1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
     -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS},
    {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
     -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
     2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS},
    {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
     2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
     -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS},
    {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
     2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
     -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS},
};

static void advance(int nbodies, struct planet *bodies, double dt)
{
    for (int i = 0; i < nbodies; i++) {
        struct planet *b = &bodies[i];
        for (int j = i + 1; j < nbodies; j++) {
            struct planet *b2 = &bodies[j];
            double dx = b->x - b2->x;
            double dy = b->y - b2->y;
            double dz = b->z - b2->z;
            double distance = sqrt(dx * dx + dy * dy + dz * dz);
            double mag = dt / (distance * distance * distance);
            b->vx -= dx * b2->mass * mag;
            b->vy -= dy * b2->mass * mag;
            b->vz -= dz * b2->mass * mag;
            b2->vx += dx * b->mass * mag;
            b2->vy += dy * b->mass * mag;
            b2->vz += dz * b->mass * mag;
        }
    }
    for (int i = 0; i < nbodies; i++) {
        struct planet *b = &bodies[i];
        b->x += dt * b->vx;
        b->y += dt * b->vy;
        b->z += dt * b->vz;
    }
}

static double energy(int nbodies, const struct planet *bodies)
{
    double e = 0.0;
    for (int i = 0; i < nbodies; i++) {
        const struct planet *b = &bodies[i];
        e += 0.5 * b->mass * (b->vx * b->vx + b->vy * b->vy + b->vz * b->vz);
        for (int j = i + 1; j < nbodies; j++) {
            const struct planet *b2 = &bodies[j];
            double dx = b->x - b2->x;
            double dy = b->y - b2->y;
            double dz = b->z - b2->z;
            double distance = sqrt(dx * dx + dy * dy + dz * dz);
            e -= (b->mass * b2->mass) / distance;
        }
    }
    return e;
}

static void offset_momentum(int nbodies, struct planet *bodies)
{
    double px = 0.0, py = 0.0, pz = 0.0;
    for (int i = 0; i < nbodies; i++) {
        px += bodies[i].vx * bodies[i].mass;
        py += bodies[i].vy * bodies[i].mass;
        pz += bodies[i].vz * bodies[i].mass;
    }
    bodies[0].vx = -px / SOLAR_MASS;
    bodies[0].vy = -py / SOLAR_MASS;
    bodies[0].vz = -pz / SOLAR_MASS;
}

int main(int argc, char **argv)
{
    long steps, iterations;
    bench_parse_args(argc, argv, &steps, &iterations);

    double e_before = 0.0, e_after = 0.0;
    for (long it = 1; it <= iterations; it++) {
        long long t0 = bench_now_ns();
        struct planet bodies[NBODIES];
        for (int i = 0; i < NBODIES; i++)
            bodies[i] = initial_bodies[i];
        offset_momentum(NBODIES, bodies);
        e_before = energy(NBODIES, bodies);
        for (long s = 0; s < steps; s++)
            advance(NBODIES, bodies, 0.01);
        e_after = energy(NBODIES, bodies);
        bench_report_iteration(it, t0);
    }
    printf("%.9f\n%.9f\n", e_before, e_after);
    return 0;
}
