/*
 * charting/visit.xhtml: charting from the keyboard. Once a protocol is picked by name (Enter on the
 * highlighted one), the focus moves to the first thing still to answer: the side when the protocol
 * did not bring one (from the previous visit or its only side), else the pain before. Passes and
 * tension keep their defaults unless the practitioner tabs back to them.
 */
var clinicVisit = {
    afterProtocol: function () {
        var side = document.getElementById('noteForm:side_input');
        var next = side && !side.value ? 'noteForm:side_label' : 'noteForm:painBefore_input';
        var field = document.getElementById(next);
        if (field) {
            field.focus();
        }
    }
};
