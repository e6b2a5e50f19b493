package org.artclinic.clinic.security;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code account/tokens.xhtml}: the signed-in user's own API tokens, newest first; creating
 * one (name, last day, roles), whose token is shown this once; revoking one. The same service
 * and rules as {@code /api/tokens} (decision 0025).
 */
@Named
@ViewScoped
public class TokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApiTokenService tokens;

    @Inject
    private ClinicClock clock;

    @Inject
    private CurrentUser currentUser;

    private final LazyDataModel<ApiToken> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(tokens.countMine());
        }

        @Override
        public List<ApiToken> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return tokens.mine(first, pageSize);
        }

        @Override
        public String getRowKey(ApiToken token) {
            return String.valueOf(token.getId());
        }
    };

    private String name;
    /** The last day the token works (it expires at the end of it, in the clinic's zone). */
    private LocalDate lastDay;
    /** An array, so that Faces converts the checked boxes to {@link Role} values by itself. */
    private Role[] roles = new Role[0];

    // shown once, right after creation
    private String shownToken;
    private String shownName;

    public LazyDataModel<ApiToken> getModel() {
        return model;
    }

    public void create() {
        forgetToken();
        Set<Role> limit = roles == null || roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles));
        Instant expiresAt = lastDay == null ? null
                : lastDay.plusDays(1).atStartOfDay(clock.zone()).toInstant();
        Messages.changeReporting(() -> tokens.create(name, limit, expiresAt),
                created -> Messages.text("tokens.created", created.token().getName()))
                .ifPresent(created -> {
                    shownToken = created.secret();
                    shownName = created.token().getName();
                    name = null;
                    lastDay = null;
                    roles = new Role[0];
                });
    }

    public void revoke(ApiToken token) {
        forgetToken();
        Messages.change(() -> {
            tokens.revoke(token.getId());
            return null;
        }, "tokens.revoked", token.getName());
    }

    public void forgetToken() {
        shownToken = null;
        shownName = null;
    }

    public boolean isExpired(ApiToken token) {
        return token.isExpiredAt(clock.now());
    }

    /** The roles a token may be narrowed to: the user's own. */
    public List<Role> getOwnRoles() {
        return List.copyOf(currentUser.getRoles());
    }

    /** The roles a token is limited to, or all of the owner's, as role names. */
    public List<String> rolesOf(ApiToken token) {
        return (token.getRoles().isEmpty() ? currentUser.getRoles() : token.getRoles()).stream()
                .sorted().map(Role::name).toList();
    }

    /** The default and latest last day, for the date picker. */
    public LocalDate getDefaultLastDay() {
        return clock.today().plusDays(ApiToken.DEFAULT_LIFETIME.toDays());
    }

    public LocalDate getLatestLastDay() {
        return clock.today().plusDays(ApiToken.MAX_LIFETIME.toDays() - 1);
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public String getShownToken() {
        return shownToken;
    }

    public String getShownName() {
        return shownName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }
}
