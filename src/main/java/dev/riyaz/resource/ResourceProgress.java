package dev.riyaz.resource;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** How far through a resource someone was at the end of a day; the rows of the last weeks give the pace. */
@Entity
@Table(name = "resource_progress")
public class ResourceProgress extends PanacheEntity {

    @Column(name = "resource_id", nullable = false)
    public long resourceId;

    @Column(name = "progress_date", nullable = false)
    public LocalDate date;

    @Column(name = "parts_done", nullable = false)
    public int progress;

    /** Oldest first. */
    static List<ResourceProgress> history(long resourceId) {
        return list("resourceId = ?1 order by date", resourceId);
    }

    /** Keeps the resource's figure for this day, when it counts parts. */
    static void recordOf(Resource resource, LocalDate date) {
        if (resource.progress != null) {
            record(resource.id, date, resource.progress);
        }
    }

    /** Keeps today's figure, one row per resource and day. */
    static void record(long resourceId, LocalDate date, int progress) {
        ResourceProgress row = find("resourceId = ?1 and date = ?2", resourceId, date)
                .<ResourceProgress>firstResultOptional()
                .orElseGet(() -> {
                    ResourceProgress fresh = new ResourceProgress();
                    fresh.resourceId = resourceId;
                    fresh.date = date;
                    return fresh;
                });
        row.progress = progress;
        row.persist();
    }
}
