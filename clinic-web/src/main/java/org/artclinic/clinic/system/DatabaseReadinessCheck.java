package org.artclinic.clinic.system;

import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers and its schema has been migrated ({@code /health/ready}).
 * A load balancer stops sending patients' data to an instance that cannot store it.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @EJB
    private DatabaseStatus database;

    @Override
    public HealthCheckResponse call() {
        if (org.artclinic.clinic.web.Stopping.isStopping()) {
            // stopping (SIGTERM): a load balancer stops sending requests here while those in flight finish
            return HealthCheckResponse.named("database").down().withData("stopping", true).build();
        }
        Optional<String> version = database.schemaVersion();
        return HealthCheckResponse.named("database")
                .status(version.isPresent())
                .withData("schemaVersion", version.orElse("unavailable"))
                .build();
    }
}
