package th.otop.orders.wholesale;

import jakarta.inject.Singleton;
import java.time.LocalDate;

/**
 * Invoice numbers: {@code INV-2569-000042}, the Buddhist-era year of issue and the invoice's place in that year. The
 * caller's transaction holds the year's counter until it commits, so a rolled-back order leaves no gap.
 */
@Singleton
class InvoiceNumbers {
    private final InvoiceSequences sequences;

    InvoiceNumbers(InvoiceSequences sequences) {
        this.sequences = sequences;
    }

    String next(LocalDate issuedOn) {
        int year = issuedOn.getYear() + 543;
        sequences.advance(year);
        return format(year, sequences.findById(year).orElseThrow().lastNumber());
    }

    static String format(int buddhistYear, int number) {
        return String.format("INV-%d-%06d", buddhistYear, number);
    }
}
