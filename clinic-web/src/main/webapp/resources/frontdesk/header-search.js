/*
 * The header's patient search: "/" (when not typing in a field) or Ctrl+K / Cmd+K (anywhere)
 * puts the cursor in it, as in the practice-management tools the front desk knows. The field
 * announces the shortcut (aria-keyshortcuts) and its tooltip names it.
 */
(function () {
    function field() {
        return document.getElementById('patientSearchForm:patientSearch_input');
    }
    function typing(target) {
        var tag = target && target.tagName;
        return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable);
    }
    function announce() {
        var input = field();
        if (input) {
            input.setAttribute('aria-keyshortcuts', '/ Control+K');
        }
    }
    document.addEventListener('keydown', function (event) {
        var input = field();
        if (!input) {
            return;
        }
        var ctrlK = (event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'k' || event.key === 'K');
        var slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
        if (ctrlK || slash) {
            event.preventDefault();
            input.focus();
            input.select();
        }
    });
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', announce);
    } else {
        announce();
    }
})();
