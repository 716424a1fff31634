package gradlab.nn;

import java.util.Arrays;
import java.util.Optional;

/** An enum constant with the name it has in files and on the command line. */
interface Named {
    String fileName();

    /** The constant of {@code values} called {@code name}. */
    static <E extends Named> Optional<E> byName(E[] values, String name) {
        return Arrays.stream(values).filter(v -> v.fileName().equals(name)).findFirst();
    }

    /** "a | b | c", for messages that list the choices. */
    static String names(Named[] values) {
        return String.join(" | ", Arrays.stream(values).map(Named::fileName).toList());
    }
}
