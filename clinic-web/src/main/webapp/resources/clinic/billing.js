/*
 * billing/charges.xhtml: after a filter changed, the address says the filters too (the bean hands
 * them back as the ajax callback parameter "address"), so that Back, a reload and a bookmark show
 * the same queue (decision 0023). The address is replaced, not pushed.
 */
var clinicBilling = {
    keepAddress: function (args) {
        if (args && args.address) {
            window.history.replaceState(window.history.state, '', args.address);
        }
    },
    focusHeading: function () {
        var heading = document.getElementById('chargeHeading');
        if (heading) {
            heading.focus();
            heading.scrollIntoView({block: 'start'});
        }
    }
};
