package org.newsbrief.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Java serialisation to and from bytes. Analysed articles cross a shuffle as bytes: grouped as
 * objects, Spark walks each one's large object graph again and again to estimate its size.
 * Stateless.
 */
final class Bytes {

    private Bytes() {
    }

    static byte[] of(Serializable value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise in memory", e);
        }
        return bytes.toByteArray();
    }

    static <T> T read(byte[] bytes, Class<T> type) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return type.cast(in.readObject());
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read back serialised " + type.getSimpleName(), e);
        }
    }
}
