package dev.steadfast.cli;

/** {@code --times START:STOP:COUNT}: COUNT evenly spaced times from START to STOP inclusive (0 <= START < STOP, COUNT >= 2). */
final class TimeGrid {
    private TimeGrid() {
    }

    static double[] parse(String spec) {
        String[] p = spec.split(":");
        if (p.length != 3) {
            throw bad(spec, "write START:STOP:COUNT, e.g. 0:10:201");
        }
        double start;
        double stop;
        int n;
        try {
            start = Double.parseDouble(p[0].strip());
            stop = Double.parseDouble(p[1].strip());
            n = Integer.parseInt(p[2].strip());
        } catch (NumberFormatException e) {
            throw bad(spec, "START and STOP are numbers and COUNT an integer");
        }
        if (!(start >= 0) || !(stop > start) || Double.isInfinite(stop)) {
            throw bad(spec, "need 0 <= START < STOP (times are measured from the initial state at t = 0)");
        }
        if (n < 2 || n > 10_000_000) {
            throw bad(spec, "COUNT must be between 2 and 10000000");
        }
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i == n - 1 ? stop : start + (stop - start) * i / (n - 1);
        }
        return t;
    }

    private static BadInputException bad(String spec, String problem) {
        return new BadInputException("--times " + spec + ": " + problem);
    }
}
