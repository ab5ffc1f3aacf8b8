# reconciliation-service on a JVM: the Quarkus fast-jar that `./mvnw -B package` leaves in reconciliation-service/target/quarkus-app/.
# Build from the repository root (see deploy/README.md):
#   docker build -f deploy/docker/reconciliation-service.Dockerfile -t paybridge/reconciliation-service .
# No configuration and no secret is baked in: everything comes from the environment at run time.
FROM eclipse-temurin:17-jre

# The service runs as this unprivileged user (the Kubernetes manifests run as the same uid); the
# application files stay root's and read-only to it.
RUN groupadd --system --gid 10001 paybridge \
    && useradd --system --uid 10001 --gid paybridge --no-create-home --home-dir /nonexistent \
       --shell /usr/sbin/nologin paybridge

WORKDIR /deployments
# Four layers, from the least to the most often changed (Quarkus' fast-jar layout).
COPY reconciliation-service/target/quarkus-app/lib/ /deployments/lib/
COPY reconciliation-service/target/quarkus-app/*.jar /deployments/
COPY reconciliation-service/target/quarkus-app/app/ /deployments/app/
COPY reconciliation-service/target/quarkus-app/quarkus/ /deployments/quarkus/

USER 10001:10001
EXPOSE 8084
ENV QUARKUS_HTTP_PORT=8084 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
# exec: java is PID 1's replacement and receives SIGTERM for a graceful shutdown.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
