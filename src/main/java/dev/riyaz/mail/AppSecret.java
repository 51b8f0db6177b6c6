package dev.riyaz.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A secret all nodes share, made once on first start. */
@Entity
@Table(name = "app_secret")
class AppSecret extends PanacheEntityBase {

    @Id
    public String name;

    @Column(nullable = false)
    public String secret;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
