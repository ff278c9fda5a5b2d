package fr.equipage.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Rows of one ODS sheet, streamed from content.xml with the JDK's StAX parser. SODS would load the
 * whole workbook into memory; streaming keeps a 100,000-row file at constant memory and lets us
 * refuse "repeated" cells and rows that expand to millions (LibreOffice writes the empty rest of a
 * sheet as one row repeated a million times, which costs nothing here).
 */
final class OdsRowSource implements RowSource {
    static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private final String fileName;
    private final ZipFile zip;
    private final InputStream in;
    private final XMLStreamReader xml;
    private int number;
    /** A non-empty row repeated by number-rows-repeated: handed out again this many more times. */
    private List<String> repeated;
    private int repeatLeft;
    private boolean done;

    private OdsRowSource(String fileName, ZipFile zip, InputStream in, XMLStreamReader xml) {
        this.fileName = fileName;
        this.zip = zip;
        this.in = in;
        this.xml = xml;
    }

    /** Opens content.xml, positioned inside the sheet at {@code index}. */
    static OdsRowSource open(java.nio.file.Path file, int index) throws UnreadableFileException {
        String name = file.getFileName().toString();
        ZipFile zip = null;
        InputStream in = null;
        try {
            zip = new ZipFile(file.toFile());
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new UnreadableFileException("Le classeur « " + name + " » n'a pas de contenu (content.xml manquant).");
            }
            in = zip.getInputStream(content);
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            OdsRowSource source = new OdsRowSource(name, zip, in, xml);
            source.skipToTable(index);
            return source;
        } catch (IOException | XMLStreamException e) {
            closeQuietly(zip, in);
            throw corrupt(name, e);
        } catch (UnreadableFileException e) {
            closeQuietly(zip, in);
            throw e;
        }
    }

    /** The names of the sheets, in order: one streaming pass over content.xml. */
    static List<String> sheetNames(java.nio.file.Path file) throws UnreadableFileException {
        String name = file.getFileName().toString();
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new UnreadableFileException("Le classeur « " + name + " » n'a pas de contenu (content.xml manquant).");
            }
            try (InputStream in = zip.getInputStream(content)) {
                XMLStreamReader xml = factory().createXMLStreamReader(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && isTable(xml, "table")) {
                        String n = xml.getAttributeValue(TABLE_NS, "name");
                        names.add(n == null ? "Feuille " + (names.size() + 1) : n);
                    }
                }
                xml.close();
            }
        } catch (IOException | XMLStreamException e) {
            throw corrupt(name, e);
        }
        return names;
    }

    /** No DTD, no external entities: content.xml never needs them, and they are how XML attacks work. */
    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    private void skipToTable(int index) throws XMLStreamException, UnreadableFileException {
        int seen = -1;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && isTable(xml, "table") && ++seen == index) {
                return;
            }
        }
        throw new UnreadableFileException("Le classeur « " + fileName + " » n'a pas de feuille n° " + (index + 1) + ".");
    }

    @Override
    public SourceRow next() throws UnreadableFileException {
        try {
            while (true) {
                if (repeatLeft > 0) {
                    repeatLeft--;
                    return emit(repeated);
                }
                if (done) {
                    return null;
                }
                List<String> cells = nextRowCells();
                if (cells == null) {
                    done = true;
                    return null;
                }
                int times = rowsRepeated;
                if (isBlank(cells)) {
                    number += times; // empty rows, maybe a million of them: only the count moves
                    continue;
                }
                if (times > Limits.MAX_ROWS) {
                    throw RowChecks.tooManyRows(fileName);
                }
                if (times > 1) {
                    repeated = cells;
                    repeatLeft = times - 1;
                }
                return emit(cells);
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw corrupt(fileName, e);
        }
    }

    private SourceRow emit(List<String> cells) throws UnreadableFileException {
        number++;
        if (number > Limits.MAX_ROWS) {
            throw RowChecks.tooManyRows(fileName);
        }
        return RowChecks.row(fileName, number, cells);
    }

    private int rowsRepeated;

    /** Reads up to the next table-row of the current sheet; null at the end of the sheet. */
    private List<String> nextRowCells() throws XMLStreamException, UnreadableFileException {
        while (xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.END_ELEMENT && isTable(xml, "table")) {
                return null;
            }
            if (ev == XMLStreamConstants.START_ELEMENT && isTable(xml, "table-row")) {
                rowsRepeated = repeat(xml.getAttributeValue(TABLE_NS, "number-rows-repeated"));
                return readRow();
            }
        }
        return null;
    }

    private List<String> readRow() throws XMLStreamException, UnreadableFileException {
        List<String> cells = new ArrayList<>();
        int pendingEmpty = 0; // empty cells are only materialised when a filled one follows them
        while (xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.END_ELEMENT && isTable(xml, "table-row")) {
                return cells;
            }
            if (ev == XMLStreamConstants.START_ELEMENT
                    && (isTable(xml, "table-cell") || isTable(xml, "covered-table-cell"))) {
                int times = repeat(xml.getAttributeValue(TABLE_NS, "number-columns-repeated"));
                String value = cellText();
                if (value.isEmpty()) {
                    pendingEmpty += times;
                } else {
                    if (cells.size() + pendingEmpty + times > Limits.MAX_COLUMNS) {
                        throw RowChecks.tooManyColumns(fileName, number + 1, cells.size() + pendingEmpty + times);
                    }
                    for (; pendingEmpty > 0; pendingEmpty--) {
                        cells.add("");
                    }
                    for (int i = 0; i < times; i++) {
                        cells.add(value);
                    }
                }
            }
        }
        return cells;
    }

    /** Text of the cell element the reader is on; leaves the reader on its end tag. */
    private String cellText() throws XMLStreamException, UnreadableFileException {
        StringBuilder sb = new StringBuilder();
        int paragraphs = 0;
        int depth = 1;
        while (depth > 0) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String local = xml.getLocalName();
                if (OFFICE_NS.equals(xml.getNamespaceURI()) && "annotation".equals(local)) {
                    skipElement(); // a comment on the cell is not its value
                    depth--;
                } else if (TEXT_NS.equals(xml.getNamespaceURI())) {
                    if ("p".equals(local) && paragraphs++ > 0) {
                        sb.append('\n');
                    } else if ("s".equals(local)) {
                        sb.append(" ".repeat(Math.min(repeat(xml.getAttributeValue(TEXT_NS, "c")), 100)));
                    } else if ("tab".equals(local)) {
                        sb.append('\t');
                    } else if ("line-break".equals(local)) {
                        sb.append('\n');
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                if (depth > 1) {
                    sb.append(xml.getText());
                }
            }
            if (sb.length() > Limits.MAX_CELL_CHARS) {
                throw RowChecks.hugeCell(fileName, number + 1, 0);
            }
        }
        return sb.toString();
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    private static boolean isTable(XMLStreamReader xml, String local) {
        return TABLE_NS.equals(xml.getNamespaceURI()) && local.equals(xml.getLocalName());
    }

    private static int repeat(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static UnreadableFileException corrupt(String name, Exception e) {
        return new UnreadableFileException("Le classeur « " + name + " » est abîmé et ne peut pas être lu ("
                + e.getMessage() + "). Ouvrez-le dans votre tableur et enregistrez-le à nouveau.", e);
    }

    private static void closeQuietly(ZipFile zip, InputStream in) {
        try {
            if (in != null) {
                in.close();
            }
            if (zip != null) {
                zip.close();
            }
        } catch (IOException e) {
            // read-only
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // read-only
        }
        closeQuietly(zip, in);
    }
}
