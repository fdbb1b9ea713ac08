using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Weft.Package.Tests;

/// <summary>
/// The README's C# can never drift from the package: every C# block is pasted, as it stands, into the Program.cs of a
/// consumer like <c>dotnet new console</c> makes and built against the packed package with warnings as errors, once
/// with implicit usings on (the template's default) and once off. Blocks that are only a piece of a program say so in
/// their info string (<c>```csharp fragment</c>); <c>package:Id/Version</c> there adds a package reference.
/// </summary>
[Collection(nameof(PackageCollection))]
public sealed partial class ReadmeTests(PackageFixture package)
{
    public static TheoryData<int, bool> CompleteBlocks()
    {
        var data = new TheoryData<int, bool>();
        foreach (ReadmeBlock block in ReadmeBlock.ReadAll().Where(b => !b.IsFragment))
        {
            data.Add(block.Index, true);
            data.Add(block.Index, false);
        }

        return data;
    }

    [Fact]
    public void The_quick_start_is_one_complete_program_and_every_csharp_block_is_marked_csharp()
    {
        IReadOnlyList<ReadmeBlock> blocks = ReadmeBlock.ReadAll();
        ReadmeBlock quickStart = Assert.Single(blocks, b => b.Section == "Quick start");
        Assert.False(quickStart.IsFragment, "the quick start must build as pasted, not be a fragment");
        Assert.Contains("WorkerPool.Start", quickStart.Code, StringComparison.Ordinal);
        Assert.All(blocks, b => Assert.True(b.Language == "csharp", $"README block {b.Index} ('{b.Section}') is C# marked '{b.Language}': mark it 'csharp' so it is built"));
    }

    [Theory]
    [MemberData(nameof(CompleteBlocks))]
    public void A_readme_block_builds_as_the_program_of_a_console_project(int index, bool implicitUsings)
    {
        ReadmeBlock block = ReadmeBlock.ReadAll().Single(b => b.Index == index);
        string name = $"Readme{index}{(implicitUsings ? "Implicit" : "Explicit")}Usings";
        string consumer = package.CreateConsumer(name, implicitUsings, block.Packages, ("Program.cs", block.Code));

        var build = PackageFixture.Run("dotnet", "build -warnaserror -nologo", consumer);

        Assert.True(build.ExitCode == 0, $"README block {index} ('{block.Section}', implicit usings {(implicitUsings ? "on" : "off")}) does not build:\n{block.Code}\n{build.Output}");
    }

    [Fact]
    public void The_quick_start_runs_to_completion()
    {
        ReadmeBlock block = ReadmeBlock.ReadAll().Single(b => b.Section == "Quick start");
        string consumer = package.CreateConsumer("ReadmeQuickStartRun", implicitUsings: false, block.Packages, ("Program.cs", block.Code));
        var build = PackageFixture.Run("dotnet", "build -nologo", consumer);
        Assert.True(build.ExitCode == 0, build.Output);

        var run = PackageFixture.Run("dotnet", "run --no-build", consumer);

        Assert.True(run.ExitCode == 0, run.Output);
    }

    /// <summary>One fenced C# block of README.md: its position, the section it stands in, and its info string's words.</summary>
    public sealed partial record ReadmeBlock(int Index, string Section, string Language, bool IsFragment, IReadOnlyList<(string Id, string Version)> Packages, string Code)
    {
        private static readonly string[] CSharpNames = ["csharp", "cs", "c#", "csharp-interactive"];

        public static IReadOnlyList<ReadmeBlock> ReadAll()
        {
            string[] lines = File.ReadAllLines(Path.Combine(PackageFixture.FindRepositoryRoot(), "README.md"));
            var blocks = new List<ReadmeBlock>();
            string section = "";
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith("## ", StringComparison.Ordinal))
                {
                    section = lines[i][3..].Trim();
                    continue;
                }

                if (!lines[i].StartsWith("```", StringComparison.Ordinal))
                {
                    continue;
                }

                string[] info = lines[i][3..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                int close = Array.FindIndex(lines, i + 1, l => l.StartsWith("```", StringComparison.Ordinal));
                Assert.True(close > i, $"README.md: the block opened on line {i + 1} is never closed");
                if (info.Length > 0 && CSharpNames.Contains(info[0], StringComparer.OrdinalIgnoreCase))
                {
                    var packages = info.Skip(1).Select(w => PackageWord().Match(w)).Where(m => m.Success)
                        .Select(m => (m.Groups["id"].Value, m.Groups["version"].Value)).ToList();
                    string code = string.Join('\n', lines[(i + 1)..close]) + "\n";
                    blocks.Add(new ReadmeBlock(blocks.Count, section, info[0], info.Contains("fragment", StringComparer.Ordinal), packages, code));
                }

                i = close;
            }

            return blocks;
        }

        [GeneratedRegex(@"^package:(?<id>[A-Za-z0-9_.\-]+)/(?<version>[0-9][A-Za-z0-9.\-]*)$")]
        private static partial Regex PackageWord();
    }
}
