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

/*
 * Every p:dialog gives the focus back to what opened it when it closes, for keyboard and screen
 * reader users (WCAG 2.4.3), however it closes: Escape, Close, or a save whose answer closes it.
 *
 * PrimeFaces 15 remembers the element that had the focus when a dialog shows
 * (Dialog.focusedElementBeforeDialogOpened) and focuses it again 100 ms after the dialog hides
 * (Dialog.returnFocus), but only that very element, and only if no dialog is visible when it hides.
 * On the calendar that is not enough: the appointment that opened the dialog is redrawn by the
 * calendar after every change (a new element, so the focus fell to the top of the page), and Rebook
 * closes one dialog and opens another from a button inside the first. Besides, a p:commandButton is
 * disabled while its request runs, so the button that opened a dialog no longer has the focus when
 * the dialog shows. So here the opener is the element focused last before the dialog showed, and
 * returnFocus:
 * - finds the opener again if it has left the page: by its id, or, for an element without one (an
 *   appointment: FullCalendar gives none), by the class naming its record, clinic-<kind>-<number>;
 * - lets a dialog opened from a dialog that has just closed (Rebook) take over the first one's
 *   opener, and so does not focus anything behind a dialog that has opened meanwhile;
 * - follows the opener if it is redrawn once the focus is back (the calendar redraws after a save),
 *   until the user presses a key or the pointer, or another dialog opens.
 */
(function () {
    var RECORD_CLASS = /(^|\s)(clinic-[a-z]+(?:-[a-z]+)*-\d+)(\s|$)/;
    var returning = []; // dialogs that have closed and are about to give the focus back
    var followed = null; // the opener the focus went back to, followed through redraws
    var lastFocused = null; // the element focused last, even if it has lost the focus since (a disabled button)
    var redraws = new MutationObserver(function () {
        if (followed && (!document.activeElement || document.activeElement === document.body)) {
            focus(followed);
        }
    });

    /** What is needed to find the element again once an ajax update or a redraw has replaced it. */
    function opener(element) {
        if (!element || element === document.body || element === document.documentElement) {
            return null;
        }
        var record = RECORD_CLASS.exec(element.getAttribute('class') || '');
        return {element: element, id: element.id || null, record: record ? record[2] : null};
    }

    function shown(element) {
        return element && element.isConnected && element.getClientRects().length > 0 ? element : null;
    }

    /** The opener, or what has replaced it in the page; null while none is shown. */
    function find(opener) {
        return shown(opener.element)
                || (opener.id ? shown(document.getElementById(opener.id)) : null)
                || (opener.record ? shown(document.querySelector('.' + opener.record)) : null);
    }

    function focus(opener) {
        var element = find(opener);
        if (element && document.activeElement !== element) {
            element.focus({preventScroll: true});
        }
    }

    function follow(opener) {
        followed = opener;
        redraws.observe(document.body, {childList: true, subtree: true});
    }

    function stopFollowing() {
        followed = null;
        redraws.disconnect();
    }

    function install() {
        var Dialog = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Dialog;
        if (!Dialog) {
            return;
        }
        var show = Dialog.prototype.show;
        var returnFocus = Dialog.prototype.returnFocus;

        Dialog.prototype.show = function () {
            var wasVisible = this.isVisible();
            var before = lastFocused;
            show.apply(this, arguments);
            if (wasVisible) {
                return;
            }
            stopFollowing();
            var from = this.focusedElementBeforeDialogOpened;
            if (!opener(from) && before && before.isConnected && !this.jq[0].contains(before)) {
                from = before; // the button that opened it, disabled while its request ran
            }
            var closedDialog = from && from.closest ? from.closest('.ui-dialog') : null;
            var justClosed = returning.length ? returning[returning.length - 1] : null;
            if (justClosed && (!opener(from) || (closedDialog && !shown(closedDialog)))) {
                // opened from a dialog that has just closed (Rebook): this one gives the focus back to what opened that one
                this.clinicOpener = justClosed.opener;
            } else {
                this.clinicOpener = opener(from);
            }
            // nothing is focused behind this dialog by one that closed a moment ago
            returning.forEach(function (closing) {
                closing.taken = true;
            });
        };

        Dialog.prototype.returnFocus = function () {
            if (this.clinicOpener === undefined) {
                returnFocus.apply(this, arguments); // a dialog shown before this script ran: as PrimeFaces does
                return;
            }
            var closing = {opener: this.clinicOpener, taken: false};
            if (!closing.opener) {
                return; // opened with nothing focused: nothing to go back to
            }
            returning.push(closing);
            // after PrimeFaces' own delay, once the dialog and its modal layer are gone; an opener being
            // redrawn just then is focused once it is back
            PrimeFaces.queueTask(function () {
                returning.splice(returning.indexOf(closing), 1);
                if (!closing.taken) {
                    focus(closing.opener);
                    follow(closing.opener);
                }
            }, 100);
        };
    }

    // the user moving on ends the following (capturing: before a key closes a dialog); a pointer
    // pressed where nothing takes the focus (a calendar slot) leaves no opener to go back to
    document.addEventListener('keydown', stopFollowing, true);
    document.addEventListener('pointerdown', function () {
        stopFollowing();
        lastFocused = null;
    }, true);
    document.addEventListener('focusin', function (event) {
        lastFocused = event.target;
    }, true);
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', install);
    } else {
        install();
    }
})();

/*
 * A button with data-copy-target="someId" copies the text of the element with that id (a token or
 * a one-time password shown once) to the clipboard, and says so on the button (data-copied) for a
 * moment; the button's live region announces it to screen readers. Without the asynchronous
 * clipboard (plain HTTP on another machine) the text is selected and copied the older way.
 */
(function () {
    function copied(button) {
        var words = button.getAttribute('data-copied');
        var label = button.querySelector('.ui-button-text') || button;
        var before = label.textContent;
        label.textContent = words;
        window.setTimeout(function () {
            label.textContent = before;
        }, 2500);
    }

    function selectAndCopy(element) {
        var range = document.createRange();
        range.selectNodeContents(element);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        try {
            return document.execCommand('copy');
        } catch (e) {
            return false; // the text stays selected for Ctrl+C
        }
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-copy-target]') : null;
        if (!button) {
            return;
        }
        var source = document.getElementById(button.getAttribute('data-copy-target'));
        if (!source) {
            return;
        }
        var text = source.textContent.trim();
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(function () {
                copied(button);
            }, function () {
                if (selectAndCopy(source)) {
                    copied(button);
                }
            });
        } else if (selectAndCopy(source)) {
            copied(button);
        }
    });
})();
