package org.artclinic.clinic.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.security.UserAccount;
import org.artclinic.clinic.security.UserAccountService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs {@code admin/users.xhtml}: a lazy, paged list of user accounts ordered by user name. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAccountService users;

    private final LazyDataModel<UserAccount> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(users.count());
        }

        @Override
        public List<UserAccount> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return users.list(first, pageSize);
        }

        @Override
        public String getRowKey(UserAccount account) {
            return String.valueOf(account.getId());
        }
    };

    public LazyDataModel<UserAccount> getModel() {
        return model;
    }
}
