using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace Weft.Package.Tests;

/// <summary>Packs Weft once into a temporary folder feed, with a version unique to this run.</summary>
public sealed class PackageFixture : IDisposable
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        WorkDirectory = Directory.CreateTempSubdirectory("weft-package-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(WorkDirectory, "feed")).FullName;
        Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var pack = Run("dotnet", $"pack \"{Path.Combine(RepositoryRoot, "src", "Weft", "Weft.csproj")}\" -c {Configuration} --no-build -o \"{Feed}\" -p:PackageVersion={Version}", RepositoryRoot);
        Assert.True(pack.ExitCode == 0, pack.Output);
        File.WriteAllText(Path.Combine(WorkDirectory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="weft-local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    public string RepositoryRoot { get; }

    public string WorkDirectory { get; }

    public string Feed { get; }

    public string Version { get; }

    /// <summary>Writes a consumer project that takes Weft by PackageReference, with the given files.</summary>
    public string CreateConsumer(string name, params (string Path, string Text)[] files) =>
        CreateConsumer(name, implicitUsings: true, extraPackages: [], files);

    /// <summary>
    /// Writes a consumer project like <c>dotnet new console</c> makes (nullable on; implicit usings as given) that
    /// takes Weft and <paramref name="extraPackages"/> by PackageReference, with the given files.
    /// </summary>
    public string CreateConsumer(string name, bool implicitUsings, IReadOnlyList<(string Id, string Version)> extraPackages, params (string Path, string Text)[] files)
    {
        string directory = Directory.CreateDirectory(Path.Combine(WorkDirectory, name)).FullName;
        string references = string.Concat(extraPackages.Select(p => $"\n    <PackageReference Include=\"{p.Id}\" Version=\"{p.Version}\" />"));
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>{(implicitUsings ? "enable" : "disable")}</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Weft" Version="{Version}" />{references}
              </ItemGroup>
            </Project>
            """);
        foreach (var (path, text) in files)
        {
            File.WriteAllText(Path.Combine(directory, path), text);
        }

        return directory;
    }

    public static (int ExitCode, string Output) Run(string file, string arguments, string directory)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // No MSBuild worker nodes or build server outlive a consumer build (and the test that started it).
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        // A consumer build must not inherit the repository's MSBuild settings through the test host's environment.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        using Process process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{file} {arguments}' did not finish in 5 minutes:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Toolkit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Toolkit.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(nameof(PackageCollection))]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
}
