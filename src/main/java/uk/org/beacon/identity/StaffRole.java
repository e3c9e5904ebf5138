package uk.org.beacon.identity;

import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "identity", name = "staff_role")
record StaffRole(Role role) {}
