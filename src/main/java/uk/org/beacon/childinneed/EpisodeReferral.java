package uk.org.beacon.childinneed;

import java.time.LocalDate;
import java.util.UUID;

/** A referral recorded against an episode: the one that opened it, or a further referral received while it was open. */
public record EpisodeReferral(UUID referralId, LocalDate referralDate, String referralSource, boolean openedEpisode) {}
