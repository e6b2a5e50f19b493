/*
 * The page frame (WEB-INF/templates/layout.xhtml): the menu button in the header shows and hides the
 * main menu. Below 768 px (phones, tablets upright) the menu starts closed so the page gets the whole
 * width; on wider screens it starts open. aria-expanded on the button always says which it is, and
 * Escape closes the menu when it is open over a narrow page.
 */
(function () {
    var NARROW = '(max-width: 767.98px)';

    function setOpen(button, open) {
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        document.body.classList.toggle('clinic-menu-open', open);
        document.body.classList.toggle('clinic-menu-closed', !open);
    }

    document.addEventListener('DOMContentLoaded', function () {
        var button = document.getElementById('menuToggle');
        if (!button) {
            return;
        }
        // the style sheet already shows the same state before this runs (no flash of an open menu)
        button.setAttribute('aria-expanded', window.matchMedia(NARROW).matches ? 'false' : 'true');
        button.addEventListener('click', function () {
            setOpen(button, button.getAttribute('aria-expanded') !== 'true');
        });
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true'
                    && window.matchMedia(NARROW).matches && document.getElementById('clinicNav').contains(event.target)) {
                setOpen(button, false);
                button.focus();
            }
        });
    });
})();
