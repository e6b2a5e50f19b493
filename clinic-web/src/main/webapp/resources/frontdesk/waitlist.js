/*
 * scheduling/waitlist.xhtml: after the table's filters change, the address says them too
 * (?status=ALL&q=Rose, read by WaitlistBacking), so that Back from a chart, a reload and a bookmark
 * show the same list. The address is replaced, not pushed: the browser's Back still leaves the page.
 */
var clinicWaitlist = {
    keepFiltersInAddress: function () {
        var name = document.getElementById('listForm:entries:patient:filter');
        var status = document.getElementById('listForm:entries:statusFilter_input');
        var url = new URL(window.location.href);
        [['q', name ? name.value.trim() : ''], ['status', status ? status.value : '']].forEach(function (param) {
            if (param[1]) {
                url.searchParams.set(param[0], param[1]);
            } else {
                url.searchParams.delete(param[0]);
            }
        });
        window.history.replaceState(window.history.state, '', url.toString());
    }
};
