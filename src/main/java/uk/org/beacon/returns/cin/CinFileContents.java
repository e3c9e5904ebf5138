package uk.org.beacon.returns.cin;

import java.util.List;

/** What a written file holds: how many children and how much of each kind of activity, and the children held back. */
public record CinFileContents(int children, int episodes, int assessments, int section47s, int cinPlans, int protectionPlans,
        List<CinHeldBack> heldBack) {}
