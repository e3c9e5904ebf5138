package uk.org.beacon.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A team's workload on a day: each worker's weighted caseload against capacity, the team's
 * averages, open cases per worker (the seeds' definition: open child in need, child protection and
 * looked-after cases ÷ case-holding workers; looked-after children are not recorded yet), cases
 * waiting for a worker, agency and permanent staff, and vacancies, with the weights in force that day.
 */
public record TeamLoad(UUID teamId, String teamName, LocalDate asAt, List<WorkerLoad> workers, int unallocatedCases, BigDecimal vacanciesFte,
        List<WorkloadWeight> weights) {

    public int cases() {
        return workers.stream().mapToInt(WorkerLoad::cases).sum();
    }

    public long caseHolders() {
        return workers.stream().filter(w -> w.cases() > 0 || w.capacity() != null).count();
    }

    /** Open child in need, protection and care cases held as key worker (the seeds' definition). */
    public int openCases() {
        return workers.stream().mapToInt(WorkerLoad::openCases).sum();
    }

    public BigDecimal openCasesPerWorker() {
        long holders = caseHolders();
        return holders == 0 ? null : BigDecimal.valueOf(openCases()).divide(BigDecimal.valueOf(holders), 1, java.math.RoundingMode.HALF_UP);
    }

    public BigDecimal averageWeighted() {
        long holders = caseHolders();
        BigDecimal total = workers.stream().map(WorkerLoad::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
        return holders == 0 ? null : total.divide(BigDecimal.valueOf(holders), 1, java.math.RoundingMode.HALF_UP);
    }

    public long overCapacity() {
        return workers.stream().filter(WorkerLoad::overCapacity).count();
    }

    public long agency() {
        return workers.stream().filter(w -> "AGENCY".equals(w.employment())).count();
    }

    public long permanent() {
        return workers.stream().filter(w -> "PERMANENT".equals(w.employment())).count();
    }

    public BigDecimal fte() {
        return workers.stream().map(WorkerLoad::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
