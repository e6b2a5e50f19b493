package org.artclinic.clinic.protocol;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.web.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The protocol library's import and export (administrators): an uploaded CSV or JSON file is
 * applied whole or refused whole, each problem shown with its row; an export downloads the whole
 * library in the same format.
 */
@Named
@ViewScoped
public class ProtocolTransfer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProtocolLibrary library;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String content = new String(file.getContent(), StandardCharsets.UTF_8);
        ProtocolFile.Format format = ProtocolFile.Format.guess(file.getFileName(), content);
        try {
            ImportResult result = library.importFile(content, format);
            Messages.info("protocols.imported", result.added(), result.updated(), result.unchanged());
        } catch (InvalidProtocolFile refused) {
            Messages.errorText(ProtocolImportText.REFUSED);
            refused.problems().stream().limit(20).forEach(Messages::errorText);
        }
    }

    public StreamedContent getCsv() {
        return download(ProtocolFile.Format.CSV);
    }

    public StreamedContent getJson() {
        return download(ProtocolFile.Format.JSON);
    }

    private StreamedContent download(ProtocolFile.Format format) {
        byte[] bytes = library.export(format).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name(ProtocolImportText.fileName(format))
                .contentType(format.mediaType() + ";charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }
}
