package gradlab.surface;

import gradlab.io.InputError;

/**
 * Parses the formula grammar of SPEC §5 by recursive descent:
 * <pre>
 *   sum     = product (("+" | "-") product)*
 *   product = unary (("*" | "/") unary)*
 *   unary   = ("-" | "+") unary | power
 *   power   = atom ("^" unary)?          right-associative, tighter than unary minus: -x^2 = −(x²)
 *   atom    = number | x | y | pi | e | function "(" sum ")" | "(" sum ")"
 * </pre>
 * Errors say the column (from 1) where the problem is, as {@code SOURCE:1:COLUMN: what is wrong}.
 * Sums and products loop, so a flat chain (x/2/2/…/2) of any length parses without recursion; what
 * recurses (parentheses, function arguments, signs, the right side of '^') nests at most
 * {@link #MAX_DEPTH} levels and is refused beyond, at the column where it got too deep.
 */
public final class Formula {
    /** Parentheses and exponents nest at most this deep; deeper is refused instead of overflowing the stack. */
    static final int MAX_DEPTH = 100;

    private final String source;
    private final String text;
    private int pos;
    private int depth;

    private Formula(String source, String text) {
        this.source = source;
        this.text = text;
    }

    /** Parses {@code text}; {@code source} names it in errors (the option, e.g. {@code --f}). */
    public static Expr parse(String source, String text) throws InputError {
        Formula parser = new Formula(source, text);
        parser.skipSpaces();
        if (parser.pos == text.length()) throw parser.error(1, "the formula is empty");
        Expr expr = parser.sum();
        parser.skipSpaces();
        if (parser.pos < text.length()) {
            char c = text.charAt(parser.pos);
            throw parser.error(parser.pos + 1, c == ')' ? "')' without a matching '('"
                    : "expected an operator (+ - * / ^) before '" + c + "'");
        }
        return expr;
    }

    private Expr sum() throws InputError {
        Expr left = product();
        while (true) {
            skipSpaces();
            if (eat('+')) left = new Expr.Binary('+', left, product());
            else if (eatMinus()) left = new Expr.Binary('-', left, product());
            else return left;
        }
    }

    private Expr product() throws InputError {
        Expr left = unary();
        while (true) {
            skipSpaces();
            if (eat('*')) left = new Expr.Binary('*', left, unary());
            else if (eat('/')) left = new Expr.Binary('/', left, unary());
            else return left;
        }
    }

    private Expr unary() throws InputError {
        skipSpaces();
        int sign = pos + 1;
        boolean minus = eatMinus();
        if (!minus && !eat('+')) return power();
        enter(sign);
        Expr operand = unary();
        depth--;
        return minus ? new Expr.Negate(operand) : operand;
    }

    private Expr power() throws InputError {
        Expr base = atom();
        skipSpaces();
        int caret = pos + 1;
        if (!eat('^')) return base;
        enter(caret);
        Expr exponent = unary();
        depth--;
        return new Expr.Binary('^', base, exponent);
    }

    private Expr atom() throws InputError {
        skipSpaces();
        if (pos == text.length()) throw error(pos + 1, "the formula ends too early: expected a number, x, y or '('");
        char c = text.charAt(pos);
        int start = pos + 1;
        if (c == '(') {
            enter(start);   // the error, if any, points at this '('
            pos++;
            Expr inner = sum();
            depth--;
            expectClosing(start);
            return inner;
        }
        if (Character.isDigit(c) || c == '.') return number();
        if (Character.isLetter(c)) {
            String name = word();
            switch (name) {
                case "x", "y": return new Expr.Variable(name);
                case "pi": return new Expr.Number(Math.PI);
                case "e": return new Expr.Number(Math.E);
                default:
            }
            if (!Expr.FUNCTIONS.contains(name)) {
                throw error(start, "unknown name '" + name + "' (use x, y, pi, e, or a function: " + String.join(", ", Expr.FUNCTIONS) + ")");
            }
            skipSpaces();
            if (!eat('(')) throw error(pos + 1, name + " needs its argument in parentheses: " + name + "(x)");
            enter(pos);
            Expr argument = sum();
            depth--;
            expectClosing(pos);
            return new Expr.Call(name, argument);
        }
        throw error(start, "unexpected '" + c + "': expected a number, x, y, a function or '('");
    }

    private Expr number() throws InputError {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) pos++;
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) pos++;
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
            } else {
                pos = mark;   // "2e" is 2 followed by the constant e: an error the caller reports
            }
        }
        String literal = text.substring(start, pos);
        double value;
        try {
            value = Double.parseDouble(literal);
        } catch (NumberFormatException e) {
            throw error(start + 1, "'" + literal + "' is not a number");
        }
        if (!Double.isFinite(value)) throw error(start + 1, "'" + literal + "' is too large");
        return new Expr.Number(value);
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) pos++;
        return text.substring(start, pos);
    }

    private void expectClosing(int openedAt) throws InputError {
        skipSpaces();
        if (!eat(')')) {
            throw error(pos + 1, pos == text.length() ? "missing ')' for the '(' at column " + openedAt
                    : "expected ')' for the '(' at column " + openedAt + ", found '" + text.charAt(pos) + "'");
        }
    }

    /** One level deeper, at the sign, '^' or '(' at {@code column}: refused there past {@link #MAX_DEPTH}. */
    private void enter(int column) throws InputError {
        if (++depth > MAX_DEPTH) throw error(column, "nested too deeply (at most " + MAX_DEPTH + " levels)");
    }

    private boolean eat(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    /** The ASCII hyphen or the typographic minus sign of the notes. */
    private boolean eatMinus() {
        return eat('-') || eat('\u2212');
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private InputError error(int column, String problem) {
        return new InputError(source, 1, column, problem);
    }
}
