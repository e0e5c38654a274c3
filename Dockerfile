# Commerce web store (also the background-job worker: same image, Jobs__WorkerOnly=true).
#   docker build -t commerce .
#   docker run -p 8080:8080 -e ConnectionStrings__Commerce="Host=...;Database=commerce;Username=...;Password=..." commerce
# See docs/deployment.md for every setting, and docker-compose.yml for the full local stack.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
ENV DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# Restore from the project files alone, so this layer is reused until a package or project reference changes.
COPY Directory.Build.props Directory.Packages.props ./
COPY Commerce.Core/Commerce.Core.csproj Commerce.Core/
COPY Commerce.Infrastructure/Commerce.Infrastructure.csproj Commerce.Infrastructure/
COPY Commerce.Web/Commerce.Web.csproj Commerce.Web/
RUN dotnet restore Commerce.Web/Commerce.Web.csproj

# The sources, plus wwwroot-assets/: the publish step copies the store's images next to Commerce.Web.dll.
# No --no-restore: the SDK adds the package with _framework/blazor.web.js only once it sees .razor files, so this
# restore (fast, everything else is already in the layer above) is what puts Blazor's script into the image.
COPY . .
RUN dotnet publish Commerce.Web/Commerce.Web.csproj -c Release -o /app -p:UseAppHost=false


FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

# Writable places for the non-root user (the application files stay root-owned and read-only):
#   /app/.data   the mail pickup folder when no SMTP host is set (Email:PickupDirectory defaults to .data/mail)
#   /home/app/.aspnet/DataProtection-Keys   the key ring that signs login and antiforgery cookies;
#                mount a volume here so sign-ins survive a new container.
RUN mkdir -p /app/.data/mail /home/app/.aspnet/DataProtection-Keys \
    && chown -R "$APP_UID:$APP_UID" /app/.data /home/app/.aspnet

COPY --from=build /app .

# The base image's user "app" (uid 1654). Numeric, so "run as non-root" policies can verify it.
USER $APP_UID

# ASPNETCORE_URLS replaces the base image's ASPNETCORE_HTTP_PORTS; emptying the latter avoids a warning at start.
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS="" \
    DOTNET_NOLOGO=1
EXPOSE 8080

# The aspnet image has no curl or wget; bash's /dev/tcp is enough for one HTTP request. Answers once the app
# has migrated and seeded the database and started listening (worker-only mode serves it too).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/live HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

ENTRYPOINT ["dotnet", "Commerce.Web.dll"]
