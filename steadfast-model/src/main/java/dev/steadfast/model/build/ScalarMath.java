package dev.steadfast.model.build;

import dev.steadfast.model.build.Value.Scalar;
import dev.steadfast.model.expr.ExprException;

/**
 * Complex arithmetic and the scalar functions of the expression language:
 * {@code sqrt exp log sin cos} (complex arguments allowed, principal branches),
 * {@code tan sinh cosh tanh} (real arguments) and {@code abs} (modulus).
 */
final class ScalarMath {
    private ScalarMath() {
    }

    static boolean isFunction(String name) {
        return switch (name) {
            case "sqrt", "exp", "log", "sin", "cos", "tan", "sinh", "cosh", "tanh", "abs" -> true;
            default -> false;
        };
    }

    static Scalar mul(Scalar a, Scalar b) {
        return new Scalar(a.re() * b.re() - a.im() * b.im(), a.re() * b.im() + a.im() * b.re());
    }

    static Scalar div(Scalar a, Scalar b, int pos) throws ExprException {
        double d = b.re() * b.re() + b.im() * b.im();
        if (d == 0) {
            throw new ExprException("division by zero", pos);
        }
        return new Scalar((a.re() * b.re() + a.im() * b.im()) / d, (a.im() * b.re() - a.re() * b.im()) / d);
    }

    static Scalar pow(Scalar a, Scalar b) {
        if (a.isReal() && b.isReal() && (a.re() >= 0 || b.re() == Math.rint(b.re()))) {
            return new Scalar(Math.pow(a.re(), b.re()), 0);
        }
        if (a.isZero()) {
            return Scalar.ZERO;
        }
        return exp(mul(b, log(a)));
    }

    static Scalar apply(String f, Scalar x, int pos) throws ExprException {
        switch (f) {
            case "sqrt":
                return x.isReal() && x.re() >= 0 ? new Scalar(Math.sqrt(x.re()), 0) : pow(x, new Scalar(0.5, 0));
            case "exp":
                return exp(x);
            case "log":
                if (x.isZero()) {
                    throw new ExprException("log(0) is not defined", pos);
                }
                return x.isReal() && x.re() > 0 ? new Scalar(Math.log(x.re()), 0) : log(x);
            case "sin":
                return new Scalar(Math.sin(x.re()) * Math.cosh(x.im()), Math.cos(x.re()) * Math.sinh(x.im()));
            case "cos":
                return new Scalar(Math.cos(x.re()) * Math.cosh(x.im()), -Math.sin(x.re()) * Math.sinh(x.im()));
            case "abs":
                return new Scalar(Math.hypot(x.re(), x.im()), 0);
            default:
                break;
        }
        if (!x.isReal()) {
            throw new ExprException(f + " needs a real argument", pos);
        }
        double v = x.re();
        return new Scalar(switch (f) {
            case "tan" -> Math.tan(v);
            case "sinh" -> Math.sinh(v);
            case "cosh" -> Math.cosh(v);
            case "tanh" -> Math.tanh(v);
            default -> throw new ExprException("unknown function '" + f + "'", pos);
        }, 0);
    }

    private static Scalar exp(Scalar x) {
        double m = Math.exp(x.re());
        return x.im() == 0 ? new Scalar(m, 0) : new Scalar(m * Math.cos(x.im()), m * Math.sin(x.im()));
    }

    private static Scalar log(Scalar x) {
        return new Scalar(Math.log(Math.hypot(x.re(), x.im())), Math.atan2(x.im(), x.re()));
    }
}
