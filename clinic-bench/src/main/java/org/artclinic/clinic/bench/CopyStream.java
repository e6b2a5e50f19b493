package org.artclinic.clinic.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import org.artclinic.clinic.common.Money;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One table being filled by {@code COPY ... FROM STDIN} (text format) on a connection of its own, so
 * that every table of the data set can take rows at the same time while the generator walks the
 * clinic's history once. Rows are buffered and sent in blocks of 256 KB.
 */
final class CopyStream implements AutoCloseable {

    private static final int BLOCK = 256 * 1024;

    private final String table;
    private final Connection connection;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(BLOCK + 4096);
    private long rows;
    private final long startedNanos = System.nanoTime();

    CopyStream(Connection connection, String table, String columns) throws SQLException {
        this.table = table;
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    String table() {
        return table;
    }

    long rows() {
        return rows;
    }

    /** Adds a row; values in the order of the columns given. */
    void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            field(buffer, values[i]);
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= BLOCK) {
            flush();
        }
    }

    /** A row already in COPY text form, without its line end. */
    void rawRow(CharSequence line) {
        buffer.append(line).append('\n');
        rows++;
        if (buffer.length() >= BLOCK) {
            flush();
        }
    }

    /** A value in COPY text form: {@code \N} for null, t/f, ISO times, plain decimals, escaped text. */
    static void field(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else if (value instanceof Number || value instanceof Instant || value instanceof java.time.LocalDate
                || value instanceof java.time.LocalTime) {
            out.append(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        } else if (value instanceof Money m) {
            out.append(m.amount().toPlainString());
        } else if (value instanceof java.util.Collection<?> || value instanceof java.util.Map<?, ?>) {
            // a list's toString is no column's format: the caller writes the entity's own text form
            throw new IllegalArgumentException("a collection is not a column value: " + value);
        } else if (value instanceof Enum<?> e) {
            out.append(e.name());
        } else {
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
    }

    private void flush() {
        if (buffer.length() == 0) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
        }
    }

    /** Ends the COPY and commits its rows. */
    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
        connection.commit();
        connection.close();
    }

    /** Seconds since the table's COPY began. */
    double seconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
