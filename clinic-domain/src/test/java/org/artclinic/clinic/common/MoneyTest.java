package org.artclinic.clinic.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void tenCentsPlusTwentyCentsIsExactlyThirtyCents() {
        // the classic double error (0.1 + 0.2 = 0.30000000000000004) must not reach a receipt
        Money total = Money.of("0.10").plus(Money.of("0.20"));
        assertEquals(Money.of("0.30"), total);
        assertEquals(new BigDecimal("0.30"), total.amount());
        assertEquals("0.30", total.amount().toPlainString());
    }

    @Test
    void aHundredCopaysOfThirtyThreeCentsAddUpToTheCent() {
        Money sum = Money.ZERO;
        for (int i = 0; i < 100; i++) {
            sum = sum.plus(Money.of("0.33"));
        }
        assertEquals(Money.of("33.00"), sum);
    }

    @Test
    void amountsAlwaysCarryTwoDecimals() {
        assertEquals(2, Money.of(new BigDecimal("25")).amount().scale());
        assertEquals(2, Money.of("25.5").amount().scale());
        assertEquals(2, Money.ZERO.amount().scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-25", "-25.00"})
    void negativeAmountsAreRefused(String amount) {
        DomainException e = assertThrows(DomainException.class, () -> Money.of(amount));
        assertEquals("An amount cannot be negative.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.005", "0.001", "25.999", "19.9999"})
    void fractionsOfACentAreRefusedNotRounded(String amount) {
        DomainException e = assertThrows(DomainException.class, () -> Money.of(amount));
        assertEquals("An amount has at most two decimals (cents).", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.500", "25.0000", "0.000"})
    void trailingZerosAreNotExtraDecimals(String amount) {
        assertEquals(new BigDecimal(amount).setScale(2), Money.of(amount).amount());
    }

    @ParameterizedTest
    @CsvSource({
        "25,       $25.00",
        "25.5,     $25.50",
        "0,        $0.00",
        "0.05,     $0.05",
        "1234.5,   '$1,234.50'",
        "1000000,  '$1,000,000.00'"})
    void amountsAreShownAsUsDollars(String amount, String shown) {
        assertEquals(shown, Money.of(amount).format());
        assertEquals(shown, Money.of(amount).toString());
    }

    @Test
    void twentyFiveDollarsEqualsTwentyFiveDollarsWhateverTheScale() {
        Money plain = Money.of(new BigDecimal("25"));
        Money cents = Money.of(new BigDecimal("25.00"));
        Money oneDecimal = Money.of("25.0");
        assertEquals(plain, cents);
        assertEquals(cents, oneDecimal);
        assertEquals(plain.hashCode(), cents.hashCode());
        assertTrue(Set.of(plain).contains(oneDecimal), "a set of amounts finds $25.0 when it holds $25");
        assertNotEquals(Money.of("25.01"), plain);
        assertNotEquals(plain, new BigDecimal("25.00"));
    }

    @Test
    void amountsCompareByValue() {
        assertTrue(Money.of("9.99").compareTo(Money.of("10")) < 0);
        assertEquals(0, Money.of("10").compareTo(Money.of("10.00")));
        assertTrue(Money.of("0").isZero());
        assertFalse(Money.of("0.01").isZero());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "$25", "25,00", "twenty"})
    void textThatIsNotAnAmountIsRefusedWithTheTextQuoted(String typed) {
        DomainException e = assertThrows(DomainException.class, () -> Money.of(typed));
        assertEquals("\"" + typed + "\" is not an amount of money.", e.getMessage());
    }

    @Test
    void spacesAroundATypedAmountAreIgnored() {
        assertEquals(Money.of("25.00"), Money.of("  25 "));
    }

    @Test
    void aMissingOrAbsurdAmountIsRefused() {
        assertEquals("An amount is required.",
                assertThrows(DomainException.class, () -> Money.of((BigDecimal) null)).getMessage());
        assertEquals("The amount is too large.",
                assertThrows(DomainException.class, () -> Money.of("10000000000.00")).getMessage());
        assertEquals(Money.of("9999999999.99"), Money.of(new BigDecimal("9999999999.99")));
    }
}
