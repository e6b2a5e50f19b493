package org.artclinic.clinic.admin;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.security.SignInLimits;
import org.artclinic.clinic.security.TwoFactorService;
import org.artclinic.clinic.security.UserAccount;
import org.artclinic.clinic.security.UserAccountService;
import org.artclinic.clinic.security.UserRequest;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code admin/users.xhtml}: a lazy, paged list of user accounts ordered by user name; adding
 * and editing users in a dialog; deactivating, reactivating, unlocking; one-time passwords for new
 * users and resets, shown once; resetting someone's two-factor sign-in, and whether administrators
 * must use it (decision 0028). The rules (last administrator, taken names, practitioner links)
 * are the service's; this bean keeps the typed input and the password to show.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAccountService users;

    @Inject
    private ClinicSetupService setup;

    @Inject
    private TwoFactorService twoFactor;

    @Inject
    private SignInLimits limits;

    private final LazyDataModel<UserAccount> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(users.count(search(filterBy)));
        }

        @Override
        public List<UserAccount> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            List<UserAccount> page = users.list(search(filterBy), first, pageSize);
            lockedOnPage = limits.lockedAmong(page.stream().map(UserAccount::getUsername).toList());
            return page;
        }

        @Override
        public String getRowKey(UserAccount account) {
            return String.valueOf(account.getId());
        }
    };

    /** A cache of the (few) practitioners, reloaded after each change; not kept across requests. */
    private transient List<Practitioner> practitioners;

    /** The user names locked now among the page of users last loaded. */
    private Set<String> lockedOnPage = Set.of();

    // the dialog
    private Long editId;
    private long editVersion;
    private String username;
    private String fullName;
    private String email;
    /** An array, so that Faces converts the checked boxes to {@link Role} values by itself. */
    private Role[] roles = new Role[0];
    private Long practitionerId;

    /** The clinic-wide setting as the checkbox shows it; read when the page opens. */
    private Boolean twoFactorRequired;

    // shown once, after a new user or a reset
    private String oneTimePassword;
    private String oneTimeFor;

    public LazyDataModel<UserAccount> getModel() {
        return model;
    }

    /** What the administrator typed in "Find a user" (the table's global filter), or null. */
    private static String search(Map<String, FilterMeta> filterBy) {
        FilterMeta typed = filterBy == null ? null : filterBy.get(FilterMeta.GLOBAL_FILTER_KEY);
        return typed == null || typed.getFilterValue() == null ? null : typed.getFilterValue().toString();
    }

    public void newUser() {
        editId = null;
        editVersion = 0;
        username = null;
        fullName = null;
        email = null;
        roles = new Role[0];
        practitionerId = null;
    }

    public void edit(UserAccount account) {
        editId = account.getId();
        editVersion = account.getVersion();
        username = account.getUsername();
        fullName = account.getFullName();
        email = account.getEmail();
        roles = rolesOf(account).toArray(Role[]::new);
        practitionerId = linkedPractitioner(account.getId()).map(Practitioner::getId).orElse(null);
    }

    public void save() {
        forgetOneTimePassword();
        if (roles == null || roles.length == 0) {
            Messages.refuseKey("users.rolesRequired");
            return;
        }
        UserRequest request = new UserRequest(username, fullName, email, EnumSet.copyOf(Arrays.asList(roles)), practitionerId);
        if (editId == null) {
            Messages.changeReporting(() -> users.create(request),
                    created -> Messages.text("users.added", created.account().getUsername()))
                    .ifPresent(created -> showOnce(created.account().getUsername(), created.oneTimePassword()));
        } else {
            Messages.change(() -> users.update(editId, editVersion, request), "users.saved", username);
        }
        practitioners = null;
    }

    public void setActive(UserAccount account, boolean active) {
        forgetOneTimePassword();
        Messages.change(() -> users.setActive(account.getId(), active),
                active ? "users.activated" : "users.deactivated", account.getUsername());
    }

    public void resetPassword(UserAccount account) {
        forgetOneTimePassword();
        Messages.changeReporting(() -> users.resetPassword(account.getId()),
                password -> Messages.text("users.passwordReset", account.getUsername()))
                .ifPresent(password -> showOnce(account.getUsername(), password));
    }

    /** Turns off someone's two-factor sign-in (a lost or new phone); they may set it up again. */
    public void resetTwoFactor(UserAccount account) {
        forgetOneTimePassword();
        Messages.change(() -> twoFactor.reset(account.getId()), "users.twoFactorReset", account.getUsername());
    }

    public boolean isTwoFactorRequired() {
        if (twoFactorRequired == null) {
            twoFactorRequired = twoFactor.isRequiredForAdministrators();
        }
        return twoFactorRequired;
    }

    public void setTwoFactorRequired(boolean required) {
        this.twoFactorRequired = required;
    }

    /** Saves the checkbox "Administrators must use two-factor sign-in". */
    public void saveTwoFactorRequired() {
        forgetOneTimePassword();
        boolean required = isTwoFactorRequired();
        if (!Messages.change(() -> {
            twoFactor.requireForAdministrators(required);
            return null;
        }, required ? "users.requireTwoFactorOn" : "users.requireTwoFactorOff")) {
            twoFactorRequired = null;
        }
    }

    /** Lets a user name that the sign-in limits locked sign in again now, on every server. */
    public void unlock(UserAccount account) {
        forgetOneTimePassword();
        Messages.change(() -> {
            limits.unlock(account.getUsername());
            return null;
        }, "users.unlocked", account.getUsername());
    }

    /** Whether the sign-in limits lock this user name now (read with the page of users it is on). */
    public boolean isLocked(UserAccount account) {
        return lockedOnPage.contains(account.getUsername());
    }

    public String practitionerName(UserAccount account) {
        return linkedPractitioner(account.getId()).map(Practitioner::getDisplayName).orElse("");
    }

    public void forgetOneTimePassword() {
        oneTimePassword = null;
        oneTimeFor = null;
    }

    private void showOnce(String user, String password) {
        oneTimeFor = user;
        oneTimePassword = password;
    }

    private java.util.Optional<Practitioner> linkedPractitioner(Long accountId) {
        return getPractitioners().stream()
                .filter(p -> p.getUserAccount() != null && p.getUserAccount().getId().equals(accountId))
                .findFirst();
    }

    public List<Practitioner> getPractitioners() {
        if (practitioners == null) {
            practitioners = setup.practitioners();
        }
        return practitioners;
    }

    public List<Role> getAllRoles() {
        return Arrays.asList(Role.values());
    }

    public boolean isEditing() {
        return editId != null;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public String getOneTimeTitle() {
        return oneTimeFor == null ? "" : Messages.text("users.oneTimeTitle", oneTimeFor);
    }

    public String getOneTimeHint() {
        return oneTimeFor == null ? "" : Messages.text("users.oneTimeHint", oneTimeFor);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public Long getPractitionerId() {
        return practitionerId;
    }

    public void setPractitionerId(Long practitionerId) {
        this.practitionerId = practitionerId;
    }

    /** The roles of an account in the list, in the enum's order (for a stable display). */
    public List<Role> rolesOf(UserAccount account) {
        Set<Role> held = account.getRoles();
        return Arrays.stream(Role.values()).filter(held::contains).toList();
    }
}
