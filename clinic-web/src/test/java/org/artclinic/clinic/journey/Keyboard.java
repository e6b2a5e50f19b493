package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A user's keyboard in a journey: sends keys to whatever has the focus, as a person does, and
 * counts every key pressed (each character, Tab, Enter), so a journey can say how many keystrokes
 * a task took. It never clicks and never moves the focus itself.
 */
final class Keyboard {

    /** Enough Tabs to cross any one form section; a field further away is a layout fault. */
    private static final int MAX_TABS = 15;

    private final WebDriver browser;
    private int strokes;

    Keyboard(WebDriver browser) {
        this.browser = browser;
    }

    /** Types the text into the focused element: one keystroke per character. */
    void type(String text) {
        new Actions(browser).sendKeys(text).perform();
        strokes += text.length();
    }

    void press(Keys key) {
        new Actions(browser).sendKeys(key).perform();
        strokes++;
    }

    /** Presses Tab until the element with this id has the focus (each Tab counted). */
    void tabTo(String id) {
        java.util.List<String> passed = new java.util.ArrayList<>();
        for (int tabs = 0; tabs < MAX_TABS && !id.equals(focused()); tabs++) {
            passed.add(focused());
            press(Keys.TAB);
        }
        assertEquals(id, focused(), "Tab did not reach the field within " + MAX_TABS + " presses; it passed " + passed);
    }

    /** Presses Shift+Tab (one chord, counted once) until the element with this id has the focus. */
    void backTo(String id) {
        for (int tabs = 0; tabs < MAX_TABS && !id.equals(focused()); tabs++) {
            new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            strokes++;
        }
        assertEquals(id, focused(), "Shift+Tab did not reach the field within " + MAX_TABS + " presses");
    }

    /** The id of the element that has the focus ("" when none has one). */
    String focused() {
        Object id = ((JavascriptExecutor) browser).executeScript(
                "return document.activeElement ? document.activeElement.id : ''");
        return id == null ? "" : id.toString();
    }

    int strokes() {
        return strokes;
    }
}
