package th.otop.orders.wholesale;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The last invoice number given in one Buddhist-era year. */
@MappedEntity("invoice_sequence")
record InvoiceSequence(@Id int issueYear, int lastNumber) {}
