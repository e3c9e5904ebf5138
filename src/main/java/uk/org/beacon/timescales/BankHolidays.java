package uk.org.beacon.timescales;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.calendar.BankHoliday;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.identity.CurrentStaff;

/**
 * The authority's list of bank holidays as administrators keep it. When a one-off holiday is
 * proclaimed (a coronation, a state funeral) an administrator adds it here; every working-day clock
 * (T2, T5, T11…) then skips it, and the addition is audited. The calendar itself lives in the
 * {@code calendar} kernel, which knows nothing of staff or the audit trail.
 */
@Component
public class BankHolidays {

    static final String AUDIT_SUBJECT = "BANK_HOLIDAY";

    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;

    BankHolidays(WorkingDays workingDays, AuditTrail audit, CurrentStaff currentStaff) {
        this.workingDays = workingDays;
        this.audit = audit;
        this.currentStaff = currentStaff;
    }

    public List<BankHoliday> inYear(int year) {
        return workingDays.holidays(year);
    }

    /** Refused at the {@code date} field for a weekend or a day already held, at {@code title} when unnamed. */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public BankHoliday addHoliday(LocalDate date, String title) {
        UUID actor = currentStaff.id().orElse(null);
        BankHoliday added = workingDays.addHoliday(date, title, actor);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("date", added.date().toString());
        detail.put("title", added.title());
        audit.record(new AuditEntry(actor, AuditAction.CREATED, AUDIT_SUBJECT, null, "Bank holiday added: " + added.title(), detail));
        return added;
    }
}
