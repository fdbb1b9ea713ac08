using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Weft.Generators.Tests;

/// <summary>
/// The generated text for each shape, compared exactly with Baselines/&lt;Name&gt;.generated.txt (line endings
/// normalised). Set WEFT_UPDATE_BASELINES=1 to rewrite the files after an intended change, then review the diff.
/// </summary>
public sealed class BaselineTests
{
    [Fact]
    public void Snapshot_in_a_block_namespace() => Verify("""
        using System.Collections.Immutable;
        using Weft;
        namespace Edge.Routing
        {
            [ThreadLocalSlot]
            public sealed partial class RouteTable
            {
                public ImmutableArray<string> Routes { get; init; }
            }
        }
        """);

    [Fact]
    public void Snapshot_record_in_a_file_scoped_namespace() => Verify("""
        using Weft;
        namespace Edge.Config;
        [ThreadLocalSlot(Mode = SlotMode.Snapshot)]
        public sealed partial record ClusterConfig(string Name, int Weight);
        """);

    [Fact]
    public void Snapshot_in_the_global_namespace() => Verify("""
        [Weft.ThreadLocalSlot]
        internal sealed partial class GlobalSettings
        {
            public int Value { get; init; }
        }
        """);

    [Fact]
    public void Nested_in_partial_types() => Verify("""
        using Weft;
        namespace Nested;
        public partial class Outer
        {
            internal partial struct Middle
            {
                public partial record Inner
                {
                    [ThreadLocalSlot]
                    private sealed partial class Settings
                    {
                        public string? Name { get; init; }
                    }
                }
            }
        }
        """);

    [Fact]
    public void Per_worker_with_every_parameter_shape() => Verify("""
        using System.Collections.Generic;
        using Weft;
        namespace Edge.Workers;

        internal enum Priority { Low, High = 7 }
        internal readonly record struct Key(string Host, int Port);

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class ConnectionCache
        {
            private readonly Dictionary<string, int> _byHost = new();

            [WorkerUpdate] void Evict(string host) => _byHost.Remove(host);
            [WorkerUpdate] public void Clear() => _byHost.Clear();
            [WorkerUpdate] void Touch(in Key key, int times = 3, string? tag = null, Priority priority = Priority.High, double weight = 0.5) { }
            [WorkerUpdate] void AddAll(params string[] hosts) { foreach (var h in hosts) _byHost[h] = 0; }
            [WorkerUpdate] void Merge(Dictionary<string, List<int?>> other, IReadOnlyList<(string, int)> pairs) { }
            [WorkerUpdate] void Evict(int port) { }
        }
        """);

    [Fact]
    public void Name_clashes_with_user_members_are_left_to_the_user() => Verify("""
        using Weft;
        namespace Clash;
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Counter
        {
            public static int Current => 42;
            public int Value;
            [WorkerUpdate] void Add(int pool, System.Action onAllApplied) => Value += pool;
            [WorkerUpdate] void @event(string @class) { }
            public static void ResetOnAllWorkers() { }
        }
        """);

    private static void Verify(string source, [CallerMemberName] string name = "")
    {
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
        string[] problems = GeneratorHarness.Problems(output);
        Assert.True(problems.Length == 0, string.Join("\n", problems));
        string generated = string.Join("\n// ----\n", GeneratorHarness.Generated(result).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"// {p.Key}\n{p.Value}"));
        if (Environment.GetEnvironmentVariable("WEFT_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(Path.Combine(SourceBaselineDirectory(), name + ".generated.txt"), generated);
        }

        // Read from the copy beside the test assembly: deterministic CI builds map source paths to /_/.
        string file = Path.Combine(AppContext.BaseDirectory, "Baselines", name + ".generated.txt");

        Assert.True(File.Exists(file), $"No baseline {file}: run with WEFT_UPDATE_BASELINES=1 once and review it.");
        string expected = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, generated.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static string SourceBaselineDirectory([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "Baselines");
}
