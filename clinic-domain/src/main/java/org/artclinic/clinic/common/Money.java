package org.artclinic.clinic.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An amount of money in US dollars, exact to the cent. Never a double: amounts are
 * {@link BigDecimal}s with two decimals, rounded half-even (banker's rounding) where a division
 * makes it necessary.
 */
@Embeddable
public class Money implements Comparable<Money>, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final Currency USD = Currency.getInstance("USD");
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    @Column(name = "amount", precision = 12, scale = 2)
    private BigDecimal amount;

    protected Money() {
        // for JPA
    }

    private Money(BigDecimal amount) {
        this.amount = amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * @throws DomainException when the amount is missing, negative, or has more than two decimals
     */
    public static Money of(BigDecimal amount) {
        if (amount == null) {
            throw new DomainException("An amount is required.");
        }
        if (amount.signum() < 0) {
            throw new DomainException("An amount cannot be negative.");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new DomainException("An amount has at most two decimals (cents).");
        }
        if (amount.compareTo(new BigDecimal("9999999999.99")) > 0) {
            throw new DomainException("The amount is too large.");
        }
        return new Money(amount);
    }

    public static Money of(String amount) {
        try {
            return of(new BigDecimal(amount.trim()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new DomainException("\"" + amount + "\" is not an amount of money.");
        }
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    /**
     * This amount less another.
     *
     * @throws DomainException when the other is larger (money here is never negative)
     */
    public Money minus(Money other) {
        BigDecimal result = amount.subtract(other.amount);
        if (result.signum() < 0) {
            throw new DomainException(other.format() + " is more than " + format() + ".");
        }
        return new Money(result);
    }

    /** This amount times a whole number (a unit fee times the units billed). */
    public Money times(int factor) {
        if (factor < 0) {
            throw new DomainException("An amount cannot be multiplied by a negative number.");
        }
        return new Money(amount.multiply(BigDecimal.valueOf(factor)));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** "$25.00" */
    public String format() {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        return format.format(amount);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.compareTo(money.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return format();
    }
}
