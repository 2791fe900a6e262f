# PiaSearch API. Build: docker compose build; run: docker compose up (http://localhost:5080).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/PiaSearch.Api/PiaSearch.Api.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# The default corpus ships in the image; a mounted folder replaces it.
COPY index-data/corpus/ /data/corpus/
COPY index-data/user-dictionary.csv /data/user-dictionary.csv
# DOTNET_GCgen0size: a 64 MiB young-generation budget (README, 運用 / Operations): the runtime reads it only from the environment.
ENV Urls=http://+:8080 \
    Index__Path=/data/index \
    Index__CorpusPath=/data/corpus \
    Index__DocumentsPath=/data/documents \
    Index__BackupPath=/data/backups \
    Morphology__UserDictionaryPath=/data/user-dictionary.csv \
    DOTNET_GCgen0size=0x4000000
EXPOSE 8080
VOLUME ["/data/documents", "/data/index", "/data/backups"]
ENTRYPOINT ["dotnet", "PiaSearch.Api.dll"]
