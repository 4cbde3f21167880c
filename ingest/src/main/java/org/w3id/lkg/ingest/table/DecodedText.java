package org.w3id.lkg.ingest.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's text decoded once: UTF-16 when a byte-order mark or the pattern of its zero bytes says so (Excel's
 * "Unicode text" export), else UTF-8 when it decodes cleanly, else GB18030 (the usual encoding of government
 * exports), unless an encoding is forced. BOM and CRLF are normalised away.
 */
public record DecodedText(String file, String text, Charset charset) {
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** Reads and decodes {@code path}; {@code forced} may be null to detect. */
    public static DecodedText read(Path path, Charset forced) {
        String name = path.toString();
        byte[] bytes;
        // A FIFO or a device would block or never end: only regular files are lists.
        if (Files.exists(path) && !Files.isRegularFile(path))
            throw new PowerListFormatException(SourcePosition.unknown(name), "not a regular file (a folder, FIFO, device or socket); expected a list file");
        try {
            bytes = Files.readAllBytes(path);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new PowerListFormatException(SourcePosition.unknown(name), "no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new PowerListFormatException(SourcePosition.unknown(name), "cannot be read: permission denied");
        } catch (IOException e) {
            throw new PowerListFormatException(SourcePosition.unknown(name), "cannot be read: " + e.getMessage());
        }
        return decode(name, bytes, forced);
    }

    static DecodedText decode(String name, byte[] bytes, Charset forced) {
        if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new PowerListFormatException(new SourcePosition(name, 1, 1),
                    "the file is empty; expected a power list with a header row such as 序号, 事项名称, 实施依据 …");
        }
        Charset charset = forced == null ? utf16(bytes) : forced;
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0 && charset == null) {
            throw new PowerListFormatException(positionOf(name, bytes, nul),
                    "binary data (a NUL byte) where text was expected; is this a spreadsheet? name it .xlsx or .xls (or export it as TSV or CSV)");
        }
        String text;
        if (charset != null) {
            text = strictDecode(bytes, charset);
            if (text == null) throw new PowerListFormatException(new SourcePosition(name, 1, 1),
                    "the file does not decode as " + charset.name() + (forced != null ? " (given with --encoding)"
                            : " (its byte-order mark or zero bytes say so); give its encoding with --encoding"));
        } else {
            charset = StandardCharsets.UTF_8;
            text = strictDecode(bytes, charset);
            if (text == null) {
                charset = GB18030;
                text = strictDecode(bytes, charset);
            }
            if (text == null) throw new PowerListFormatException(new SourcePosition(name, 1, 1),
                    "the file is neither UTF-8 nor GB18030 text; give its encoding with --encoding");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        checkControlCharacters(name, text);
        return new DecodedText(name, text, charset);
    }

    /**
     * UTF-16 by its byte-order mark, or, without one, when zero bytes (the high bytes of ASCII tabs, digits and
     * newlines) stand at odd offsets (little-endian) or at even offsets (big-endian); else null. A UTF-8 or GB18030
     * text has no zero byte at all; a binary file has them at both.
     */
    static Charset utf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (bytes.length % 2 != 0) return null;
        int even = 0, odd = 0;
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == 0) { if (i % 2 == 0) even++; else odd++; }
        // A few Han characters (U+4E00 一) have a zero byte of their own, so "only" means nine in ten.
        if (odd >= 4 && odd > 9 * even) return StandardCharsets.UTF_16LE;
        if (even >= 4 && even > 9 * odd) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static String strictDecode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    // Text files hold no control characters but tab and newline; many of them mean a binary file.
    private static void checkControlCharacters(String name, String text) {
        int line = 1, col = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') { line++; col = 1; continue; }
            if (c < 0x20 && c != '\t') {
                throw new PowerListFormatException(new SourcePosition(name, line, col),
                        "control character U+%04X where text was expected; is this a binary file?".formatted((int) c));
            }
            col++;
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == b) return i;
        return -1;
    }

    private static SourcePosition positionOf(String name, byte[] bytes, int offset) {
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset; i++) if (bytes[i] == '\n') { line++; lineStart = i + 1; }
        return new SourcePosition(name, line, offset - lineStart + 1);
    }
}
