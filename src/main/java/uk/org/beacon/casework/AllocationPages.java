package uk.org.beacon.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.org.beacon.codes.Code;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.TeamSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.Forms;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * The child's allocation pages: who holds the case and its history, and one page for each change
 * (allocate the key worker, end the allocation, add or end a co-worker, request and accept a
 * transfer); the team manager's unallocated list.
 */
@Controller
class AllocationPages {

    /** One change to an allocation: its page title, the date's label and the button. */
    enum Change {
        KEY_WORKER("Allocate a key worker", "Date of the allocation", "Allocate"),
        END_KEY_WORKER("End the key worker's allocation", "Date the allocation ends", "End the allocation"),
        CO_WORKER("Add a co-worker from another team", "Date the co-working starts", "Add co-worker"),
        END_CO_WORKING("End co-working", "Date the co-working ends", "End co-working"),
        TRANSFER("Request a transfer to another team", "Date of the request", "Request transfer"),
        ACCEPT("Accept the transfer and allocate a worker", "Date of acceptance", "Accept and allocate");

        final String title;
        final String dateLabel;
        final String button;

        Change(String title, String dateLabel, String button) {
            this.title = title;
            this.dateLabel = dateLabel;
            this.button = button;
        }

        public String title() {
            return title;
        }

        public String dateLabel() {
            return dateLabel;
        }

        public String button() {
            return button;
        }

        String path(UUID childId, UUID about) {
            String base = "/children/" + childId + "/allocation";
            return switch (this) {
                case KEY_WORKER -> base + "/key-worker";
                case END_KEY_WORKER -> base + "/key-worker/end";
                case CO_WORKER -> base + "/co-workers/new";
                case END_CO_WORKING -> base + "/co-workers/" + about + "/end";
                case TRANSFER -> base + "/transfer";
                case ACCEPT -> base + "/transfers/" + about + "/accept";
            };
        }
    }

    private final Allocations allocations;
    private final CaseworkChild child;
    private final CurrentStaff currentStaff;
    private final Staff staff;
    private final Teams teams;
    private final Clocks clocks;
    private final Clock clock;

    AllocationPages(Allocations allocations, CaseworkChild child, CurrentStaff currentStaff, Staff staff, Teams teams, Clocks clocks,
            Clock clock) {
        this.allocations = allocations;
        this.child = child;
        this.currentStaff = currentStaff;
        this.staff = staff;
        this.teams = teams;
        this.clocks = clocks;
        this.clock = clock;
    }

    @GetMapping("/children/{childId}/allocation")
    String allocation(@PathVariable UUID childId, Model model) {
        CaseAllocation allocation = allocations.open(childId);
        StaffSummary me = currentStaff.require();
        child.header(childId, "allocation", model);
        model.addAttribute("allocation", allocation);
        UUID holdingTeam = allocation.lead() == null ? null : allocation.lead().teamId();
        boolean manager = me.has(Role.TEAM_MANAGER);
        TransferSummary open = allocation.openTransfer();
        model.addAttribute("mayAllocate", manager && open == null && (holdingTeam == null || holdingTeam.equals(me.teamId())));
        model.addAttribute("mayEndKeyWorker", manager && allocation.lead() != null && allocation.lead().workerId() != null
                && holdingTeam.equals(me.teamId()));
        model.addAttribute("mayAddCoWorker", manager && allocation.lead() != null);
        model.addAttribute("mayEndCoWorkingOf", allocation.coWorkers().stream()
                .filter(c -> manager && (Objects.equals(c.teamId(), me.teamId()) || Objects.equals(holdingTeam, me.teamId())))
                .map(AllocationSummary::id).toList());
        model.addAttribute("mayTransfer", manager && open == null && holdingTeam != null && holdingTeam.equals(me.teamId()));
        model.addAttribute("mayAccept", manager && open != null && open.toTeamId().equals(me.teamId()));
        if (open != null && open.clockId() != null) {
            model.addAttribute("transferClock", clocks.find(open.clockId(), LocalDate.now(clock)));
        }
        return "casework/allocation";
    }

    @GetMapping("/children/{childId}/allocation/key-worker")
    String keyWorker(@PathVariable UUID childId, Model model) {
        return form(childId, Change.KEY_WORKER, null, fresh(childId), model);
    }

    @PostMapping("/children/{childId}/allocation/key-worker")
    String allocate(@PathVariable UUID childId, @ModelAttribute("form") AllocationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return change(childId, Change.KEY_WORKER, null, form, binding, model, redirect, date -> allocations.allocate(childId, version(form),
                AllocationForm.uuid(form.getWorkerId()), date, form.getReason()));
    }

    @GetMapping("/children/{childId}/allocation/key-worker/end")
    String endKeyWorker(@PathVariable UUID childId, Model model) {
        return form(childId, Change.END_KEY_WORKER, null, fresh(childId), model);
    }

    @PostMapping("/children/{childId}/allocation/key-worker/end")
    String unallocate(@PathVariable UUID childId, @ModelAttribute("form") AllocationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return change(childId, Change.END_KEY_WORKER, null, form, binding, model, redirect,
                date -> allocations.unallocate(childId, version(form), date, form.getReason()));
    }

    @GetMapping("/children/{childId}/allocation/co-workers/new")
    String coWorker(@PathVariable UUID childId, Model model) {
        return form(childId, Change.CO_WORKER, null, fresh(childId), model);
    }

    @PostMapping("/children/{childId}/allocation/co-workers/new")
    String addCoWorker(@PathVariable UUID childId, @ModelAttribute("form") AllocationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return change(childId, Change.CO_WORKER, null, form, binding, model, redirect, date -> allocations.addCoWorker(childId, version(form),
                AllocationForm.uuid(form.getWorkerId()), date, form.getReason()));
    }

    @GetMapping("/children/{childId}/allocation/co-workers/{allocationId}/end")
    String endCoWorking(@PathVariable UUID childId, @PathVariable UUID allocationId, Model model) {
        return form(childId, Change.END_CO_WORKING, allocationId, fresh(childId), model);
    }

    @PostMapping("/children/{childId}/allocation/co-workers/{allocationId}/end")
    String endCoWorkingNow(@PathVariable UUID childId, @PathVariable UUID allocationId, @ModelAttribute("form") AllocationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return change(childId, Change.END_CO_WORKING, allocationId, form, binding, model, redirect,
                date -> allocations.endCoWorking(childId, version(form), allocationId, date, form.getReason()));
    }

    @GetMapping("/children/{childId}/allocation/transfer")
    String transfer(@PathVariable UUID childId, Model model) {
        return form(childId, Change.TRANSFER, null, fresh(childId), model);
    }

    @PostMapping("/children/{childId}/allocation/transfer")
    String requestTransfer(@PathVariable UUID childId, @ModelAttribute("form") AllocationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return change(childId, Change.TRANSFER, null, form, binding, model, redirect, date -> allocations.requestTransfer(childId, version(form),
                AllocationForm.uuid(form.getTeamId()), date, form.getReason()));
    }

    @GetMapping("/children/{childId}/allocation/transfers/{transferId}/accept")
    String accept(@PathVariable UUID childId, @PathVariable UUID transferId, Model model) {
        return form(childId, Change.ACCEPT, transferId, fresh(childId), model);
    }

    @PostMapping("/children/{childId}/allocation/transfers/{transferId}/accept")
    String acceptNow(@PathVariable UUID childId, @PathVariable UUID transferId, @ModelAttribute("form") AllocationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return change(childId, Change.ACCEPT, transferId, form, binding, model, redirect, date -> allocations.acceptTransfer(transferId,
                version(form), AllocationForm.uuid(form.getWorkerId()), date, form.getLateReasonCode(), form.getLateReasonText()));
    }

    @GetMapping("/my-team/unallocated")
    String unallocated(Model model) {
        model.addAttribute("children", allocations.unallocated());
        model.addAttribute("team", teams.find(currentStaff.require().teamId()).orElse(null));
        return "casework/unallocated";
    }

    private AllocationForm fresh(UUID childId) {
        AllocationForm form = new AllocationForm();
        form.today(LocalDate.now(clock));
        return form;
    }

    private String form(UUID childId, Change change, UUID about, AllocationForm form, Model model) {
        CaseAllocation allocation = allocations.open(childId);
        StaffSummary me = currentStaff.require();
        if (form.getVersion() == null) {
            form.setVersion(allocation.version());
        }
        child.header(childId, "allocation", model);
        model.addAttribute("form", form);
        model.addAttribute("change", change);
        model.addAttribute("allocation", allocation);
        model.addAttribute("about", about);
        model.addAttribute("formAction", change.path(childId, about));
        UUID holdingTeam = allocation.lead() == null ? null : allocation.lead().teamId();
        switch (change) {
            case KEY_WORKER -> model.addAttribute("workers", workers(w -> Objects.equals(w.teamId(), me.teamId())));
            case CO_WORKER -> model.addAttribute("workers", Objects.equals(holdingTeam, me.teamId())
                    ? workers(w -> w.teamId() != null && !w.teamId().equals(holdingTeam))
                    : workers(w -> Objects.equals(w.teamId(), me.teamId())));
            case ACCEPT -> {
                TransferSummary t = allocation.transfers().stream().filter(x -> x.id().equals(about)).findFirst()
                        .orElseThrow(() -> new NotFoundException("No such transfer"));
                model.addAttribute("transfer", t);
                model.addAttribute("workers", workers(w -> Objects.equals(w.teamId(), t.toTeamId())));
                model.addAttribute("lateReasons", clocks.lateReasons().active());
                if (t.clockId() != null && t.open()) {
                    LocalDate today = LocalDate.now(clock);
                    model.addAttribute("acceptLate", clocks.lateIfStoppedOn(t.clockId(), today));
                    model.addAttribute("transferDue", clocks.find(t.clockId(), today).due());
                }
            }
            case END_CO_WORKING -> model.addAttribute("coWorking", allocation.coWorkers().stream().filter(c -> c.id().equals(about)).findFirst()
                    .orElseThrow(() -> new NotFoundException("No such co-working")));
            case TRANSFER -> model.addAttribute("teams", teams.all().stream()
                    .filter(t -> !t.retired() && !t.id().equals(holdingTeam))
                    .map(t -> new Code(t.id().toString(), t.name() + " (" + t.serviceName() + ")", false)).toList());
            default -> { }
        }
        return "casework/allocation-change";
    }

    private interface Action {
        Object apply(LocalDate date);
    }

    private String change(UUID childId, Change change, UUID about, AllocationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, Action action) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = form.date(change.dateLabel(), errors);
        try {
            if (errors.isEmpty()) {
                action.apply(date);
                redirect.addFlashAttribute("changed", change.title());
                return "redirect:/children/" + childId + "/allocation";
            }
        } catch (RuleViolationException e) {
            e.fieldErrors().forEach((field, message) -> errors.putIfAbsent(formField(field), message));
        } catch (EditConflictException e) {
            model.addAttribute("conflict", e.differences());
            form.setVersion(e.currentVersion());
            binding.reject("conflict", "Someone else changed this child's allocation while you were working on it. Check what is saved now, then try again.");
        }
        Forms.reject(binding, errors);
        return form(childId, change, about, form, model);
    }

    /** The entry class names fields by meaning; the pages share one form. */
    static String formField(String field) {
        return switch (field) {
            case "workerId", "coWorkerId", "acceptWorkerId" -> "workerId";
            case "toTeamId" -> "teamId";
            case "reason", "endReason", "coWorkingReason", "transferReason" -> "reason";
            case "allocatedOn", "endedOn", "coWorkingFrom", "requestedOn", "acceptedOn" -> "date";
            default -> field;
        };
    }

    private static long version(AllocationForm form) {
        return form.getVersion() == null ? -1 : form.getVersion();
    }

    private List<Code> workers(java.util.function.Predicate<StaffSummary> which) {
        Map<UUID, TeamSummary> byId = teams.byId();
        return staff.all().stream()
                .filter(s -> s.active() && AllocationRules.holdsCases(s) && which.test(s))
                .sorted(Comparator.comparing((StaffSummary s) -> byId.containsKey(s.teamId()) ? byId.get(s.teamId()).name() : "")
                        .thenComparing(StaffSummary::displayName))
                .map(s -> new Code(s.id().toString(), s.displayName() + (byId.containsKey(s.teamId()) ? ", " + byId.get(s.teamId()).name() : ""), false))
                .toList();
    }
}
