# syntax=docker/dockerfile:1
# Build: the Maven wrapper in a JDK image. The committed frontend bundle means no Node is needed.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY frontend/ frontend/
COPY src/main/ src/main/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw --batch-mode --no-transfer-progress -Pproduction -DskipTests package \
    && cp target/chitieu-*.jar /build/app.jar

# Run: a JRE only, as a user without privileges.
FROM eclipse-temurin:21-jre
RUN groupadd --system chitieu && useradd --system --gid chitieu --home-dir /app --shell /usr/sbin/nologin chitieu
WORKDIR /app
COPY --from=build /build/app.jar /app/app.jar
USER chitieu
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
