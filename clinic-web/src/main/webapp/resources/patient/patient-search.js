/*
 * The patient search on patient/patients.xhtml posts with ajax, so the text (a name, a birth
 * date, a phone) never appears in the address. For "back" from a patient's page to show the same
 * results, the text is kept in this history entry's state in the browser (history.replaceState:
 * not in the address, not sent to the server) and searched again when the page is shown.
 */
var clinicPatientSearch = {
    box: function () {
        return document.getElementById('searchForm:query');
    },
    remember: function () {
        history.replaceState(Object.assign({}, history.state, {patientSearch: this.box().value}), '');
    },
    restore: function () {
        var text = history.state && history.state.patientSearch;
        if (text && !this.box().value) {
            this.box().value = text;
            document.getElementById('searchForm:search').click();
        }
    }
};
window.addEventListener('pageshow', function () {
    // after PrimeFaces has set up the page: in its CSP mode the page's nonce and the button's click
    // handler are installed when the document is ready, and a search sent before that is refused
    $(function () {
        setTimeout(function () {
            clinicPatientSearch.restore();
        }, 0);
    });
});
