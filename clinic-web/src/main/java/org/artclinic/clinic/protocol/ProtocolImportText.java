package org.artclinic.clinic.protocol;

/** Words and names the page and the REST API share for import and export. */
final class ProtocolImportText {

    static final String REFUSED = "The file was not imported; nothing was changed. Correct the rows below and "
            + "import it again.";

    private ProtocolImportText() {
    }

    /** The name of an export file, e.g. {@code protocol-library.csv}. */
    static String fileName(ProtocolFile.Format format) {
        return "protocol-library." + format.extension();
    }
}
