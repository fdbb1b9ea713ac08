using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Weft.Package.Tests;

[Collection(nameof(PackageCollection))]
public sealed class PackageTests(PackageFixture package)
{
    private const string CleanProgram = """
        using Weft;

        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
        await Routes.PublishAsync(pool, new Routes { Version = 7 });
        await Hits.InitializeAsync(pool, _ => new Hits());
        await Hits.AddOnAllWorkersAsync(pool, 5);
        var result = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        pool.Workers[1].Post(() => result.SetResult($"version={Routes.Current.Version} hits={Hits.Current.Count}"));
        Console.WriteLine(await result.Task);

        [ThreadLocalSlot]
        public sealed partial class Routes { public int Version { get; init; } }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Hits
        {
            public int Count;
            [WorkerUpdate] void Add(int n) => Count += n;
        }
        """;

    private const string Violation = """
        using Weft;

        public static class Totals { public static int s_hits; }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Counter
        {
            [WorkerUpdate] void Hit() { Totals.s_hits++; }
        }
        """;

    [Fact]
    public void The_package_holds_the_runtime_and_every_roslyn_component()
    {
        string nupkg = Directory.GetFiles(package.Feed, "*.nupkg").Single();
        using ZipArchive archive = ZipFile.OpenRead(nupkg);
        var entries = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("lib/net10.0/Weft.dll", entries);
        Assert.Contains("lib/net8.0/Weft.dll", entries);
        Assert.Contains("analyzers/dotnet/roslyn4.11/cs/Weft.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/roslyn4.11/cs/Weft.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/roslyn4.11/cs/Weft.CodeFixes.dll", entries);
        Assert.Contains("README.md", entries);
        Assert.Single(Directory.GetFiles(package.Feed, "*.snupkg"));
    }

    [Fact]
    public void The_package_urls_and_the_analyzers_help_links_all_come_from_the_one_project_url()
    {
        string url = XDocument.Load(Path.Combine(package.RepositoryRoot, "Directory.Build.props"))
            .Descendants("WeftProjectUrl").Single().Value;
        Assert.StartsWith("https://", url, System.StringComparison.Ordinal);
        string nupkg = Directory.GetFiles(package.Feed, "*.nupkg").Single();
        using ZipArchive archive = ZipFile.OpenRead(nupkg);
        XDocument nuspec;
        using (Stream stream = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal)).Open())
        {
            nuspec = XDocument.Load(stream);
        }

        XNamespace ns = nuspec.Root!.Name.Namespace;
        XElement metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal(url, metadata.Element(ns + "projectUrl")?.Value);
        Assert.Equal(url, metadata.Element(ns + "repository")?.Attribute("url")?.Value);

        using var analyzers = new MemoryStream();
        using (Stream stream = archive.GetEntry("analyzers/dotnet/roslyn4.11/cs/Weft.Analyzers.dll")!.Open())
        {
            stream.CopyTo(analyzers);
        }

        // The help link's constant prefix, as the compiler stores string literals (UTF-16).
        byte[] helpLink = Encoding.Unicode.GetBytes(url + "/blob/main/docs/rules/");
        Assert.True(System.MemoryExtensions.IndexOf(new System.ReadOnlySpan<byte>(analyzers.ToArray()), helpLink) >= 0, $"the analyzers' help links do not start with {url}/blob/main/docs/rules/");
    }

    [Fact]
    public void A_clean_consumer_builds_with_warnaserror_and_its_generated_members_work()
    {
        string consumer = package.CreateConsumer("Clean", ("Program.cs", CleanProgram));
        var build = PackageFixture.Run("dotnet", "build -warnaserror -nologo", consumer);
        Assert.True(build.ExitCode == 0, build.Output);
        var run = PackageFixture.Run("dotnet", "run --no-build", consumer);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("version=7 hits=5", run.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_violation_shows_its_warning_with_file_and_line_and_editorconfig_can_make_it_an_error()
    {
        string consumer = package.CreateConsumer("Violating", ("Program.cs", "System.Console.WriteLine();\n"), ("Bad.cs", Violation));
        var build = PackageFixture.Run("dotnet", "build -nologo", consumer);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Matches(new Regex(@"Bad\.cs\(8,33\): warning WEFT0006: 's_hits'"), build.Output);

        File.WriteAllText(Path.Combine(consumer, ".editorconfig"), "root = true\n[*.cs]\ndotnet_diagnostic.WEFT0006.severity = error\n");
        var strict = PackageFixture.Run("dotnet", "build -nologo --no-incremental", consumer);
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Matches(new Regex(@"Bad\.cs\(8,33\): error WEFT0006"), strict.Output);
    }
}
