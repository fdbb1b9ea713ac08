using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// WEFT0007 judges a value a helper of yours returns, or stores in an <c>out</c> parameter, by the type every path hands
/// back; a path that hands back <c>null</c> hands back no object, so it does not make the type unknown. A helper that
/// stores an immutable copy or <c>null</c> is quiet; one that stores its mutable dictionary or <c>null</c> is still
/// reported. Fails on the engine before, which took the null literal for a second type and fell back to the declared
/// interface (corpus round 14: Broadcast/Round14 HeaderOverrides.Quiet).
/// </summary>
public sealed class NullBranchValueTypeTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        public sealed class Registry
        {
            private readonly Dictionary<string, string> _overrides = new();

            public bool TryGetCopy(out IReadOnlyDictionary<string, string>? overrides)
            {
                if (_overrides.Count == 0)
                {
                    overrides = null;
                    return false;
                }

                overrides = _overrides.ToImmutableDictionary();
                return true;
            }

            public IReadOnlyDictionary<string, string>? CopyOrNull() => _overrides.Count == 0 ? null : _overrides.ToImmutableDictionary();

            public bool TryGetLive(out IReadOnlyDictionary<string, string>? overrides)
            {
                if (_overrides.Count == 0)
                {
                    overrides = null;
                    return false;
                }

                overrides = _overrides;
                return true;
            }
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Rewriter
        {
            private IReadOnlyDictionary<string, string> _overrides = ImmutableDictionary<string, string>.Empty;

            [WorkerUpdate]
            public void SetOverrides(IReadOnlyDictionary<string, string> overrides) => _overrides = overrides;
        }

        """;

    [Fact]
    public Task An_immutable_copy_or_null_is_quiet() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public static class Push
        {
            public static async Task RunAsync(WorkerPool pool, Registry registry)
            {
                if (registry.TryGetCopy(out var overrides))
                {
                    await Rewriter.SetOverridesOnAllWorkersAsync(pool, overrides!);
                }
            }
        }
        """);

    [Fact]
    public Task The_live_dictionary_or_null_is_reported() => Verifier.AnalyzeAsync<BroadcastArgumentAnalyzer>(Types + """
        public static class Push
        {
            public static async Task RunAsync(WorkerPool pool, Registry registry)
            {
                if (registry.TryGetLive(out var overrides))
                {
                    await Rewriter.SetOverridesOnAllWorkersAsync(pool, {|WEFT0007:overrides|}!);
                }
            }
        }
        """);
}
