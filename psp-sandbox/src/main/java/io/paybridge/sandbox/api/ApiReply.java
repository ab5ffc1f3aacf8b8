package io.paybridge.sandbox.api;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The answer given to one (merchant, UUID), byte for byte, with the hash of the request it answered. */
@Entity
@Table(name = "api_reply")
@IdClass(ApiReply.Key.class)
public class ApiReply extends PanacheEntityBase {

    /** The primary key: the merchant and the request's UUID. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public String merchantUsername;
        public String uuid;

        public Key() {
        }

        public Key(String merchantUsername, String uuid) {
            this.merchantUsername = merchantUsername;
            this.uuid = uuid;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(merchantUsername, key.merchantUsername) && Objects.equals(uuid, key.uuid);
        }

        @Override
        public int hashCode() {
            return Objects.hash(merchantUsername, uuid);
        }
    }

    @Id
    @Column(name = "merchant_username")
    public String merchantUsername;

    @Id
    public String uuid;

    @Column(nullable = false)
    public String method;

    @Column(name = "request_hash", nullable = false)
    public byte[] requestHash;

    @Column(nullable = false)
    public byte[] response;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Override
    public String toString() {
        return "ApiReply[" + merchantUsername + ", " + uuid + ", " + method + "]";
    }
}
