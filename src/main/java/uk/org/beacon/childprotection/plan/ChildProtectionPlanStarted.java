package uk.org.beacon.childprotection.plan;

import java.time.LocalDate;
import java.util.UUID;

/** A child became subject to a child protection plan on {@code startedOn} (CIN census CPPstartDate) with the category of abuse. */
public record ChildProtectionPlanStarted(UUID planId, UUID childId, UUID referralId, LocalDate startedOn, String category) {}
