package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/** "% accurate completion" for a rule, a team or a worker: items checked, items passing. */
public record QualityScore(String key, UUID id, String name, long checked, long passed) {

    public long failing() {
        return checked - passed;
    }

    public BigDecimal percent() {
        return checked == 0 ? null : BigDecimal.valueOf(passed * 100).divide(BigDecimal.valueOf(checked), 1, RoundingMode.HALF_UP);
    }

    public String formatted() {
        BigDecimal p = percent();
        return p == null ? "–" : p.stripTrailingZeros().toPlainString() + "%";
    }
}
