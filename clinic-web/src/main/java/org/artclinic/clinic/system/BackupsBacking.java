package org.artclinic.clinic.system;

import java.io.Serializable;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.artclinic.clinic.web.Messages;

/**
 * Backs {@code admin/backups.xhtml}: when the embedded database was last backed up, where the
 * copies are kept and how often they are taken, and "Back up now" (issue 15, decision 0043).
 */
@Named
@ViewScoped
public class BackupsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BackupService backups;

    private BackupService.State state;

    public BackupService.State getState() {
        if (state == null) {
            state = Messages.read(() -> backups.state()).orElse(null);
        }
        return state;
    }

    public Optional<BackupService.BackupFile> getLast() {
        return getState() == null ? Optional.empty() : state.last();
    }

    public void backUpNow() {
        Messages.changeReporting(() -> backups.makeBackup(), made -> Messages.text("backups.done", made.name(),
                Math.max(1, made.bytes() / 1024)));
        state = null;
    }
}
