# Builds one of the two apps: docker build -f infra/docker/Dockerfile.app --build-arg APP=storefront .
FROM eclipse-temurin:17-jdk AS build
ARG APP
WORKDIR /src
COPY . .
RUN ./mvnw -B -DskipTests -pl ${APP} -am package dependency:copy-dependencies -DincludeScope=runtime

FROM eclipse-temurin:17-jre
ARG APP
ARG MAIN
RUN useradd --system --no-create-home otop
COPY --from=build /src/${APP}/target/classes /app/classes
COPY --from=build /src/${APP}/target/dependency /app/lib
USER otop
ENV MAIN_CLASS=${MAIN} JAVA_OPTS="-Xmx512m"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -cp '/app/classes:/app/lib/*' $MAIN_CLASS"]
