package gradlab.io;

/** A list of finite numbers typed as text: "0.5, -1" (commas, semicolons or spaces between). */
public final class NumberList {
    private NumberList() {}

    /** The numbers of {@code text}; an {@link InputError} naming {@code source} says which one is wrong. */
    public static double[] parse(String source, String text) throws InputError {
        if (text == null || text.isBlank()) throw InputError.option(source, "expected comma-separated numbers, got nothing");
        String[] parts = text.trim().split("\\s*[,;\\s]\\s*");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].replace('−', '-');
            try {
                values[i] = Double.parseDouble(part);
            } catch (NumberFormatException e) {
                throw InputError.option(source, "'" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(values[i])) throw InputError.option(source, "'" + parts[i] + "' is not a finite number");
        }
        return values;
    }
}
