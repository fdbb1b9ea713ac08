using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A method that adds its parameter to a collection its instance keeps (<c>_tracked.Add(cache)</c>, under a lock or not)
/// stores the caller's argument in that field: a worker's state passed to it is then reachable by whoever reads the
/// field, and the type reading it on the pool hands it off (reported where the worker's state is handed to the method). Fails on the engine before (only a parameter assigned to a
/// field was a store; one added to the field's collection was not).
/// </summary>
public sealed class HelperFilledFieldTests
{
    private const string Slot = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class DnsCache
        {
            public readonly Dictionary<string, string> Names = new();
        }

        """;

    [Fact]
    public Task A_workers_cache_added_to_a_registrys_list_that_the_pool_flushes_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public sealed class CacheRegistry
        {
            private readonly List<DnsCache> _tracked = new();

            public void Track(DnsCache cache)
            {
                lock (_tracked)
                {
                    _tracked.Add(cache);
                }
            }

            public Task FlushAllAsync() => Task.Run(() =>
            {
                lock (_tracked)
                {
                    foreach (var cache in _tracked) cache.Names.Clear();
                }
            });
        }

        public static class Wiring
        {
            public static void OnWorkerStart(CacheRegistry registry) => {|WEFT0004:registry.Track(DnsCache.Current)|};
        }
        """);

    [Fact]
    public Task A_registry_given_copies_or_flushed_on_the_loop_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public sealed class NameRegistry
        {
            private readonly List<Dictionary<string, string>> _tracked = new();

            public void Track(Dictionary<string, string> names) => _tracked.Add(names);

            public Task FlushAllAsync() => Task.Run(() =>
            {
                foreach (var names in _tracked) names.Clear();
            });
        }

        public sealed class LocalRegistry
        {
            private readonly List<DnsCache> _tracked = new();

            public void Track(DnsCache cache) => _tracked.Add(cache);

            public void FlushHere()
            {
                foreach (var cache in _tracked) cache.Names.Clear();
            }
        }

        public static class Wiring
        {
            public static void OnWorkerStart(NameRegistry names, LocalRegistry local)
            {
                names.Track(new Dictionary<string, string>(DnsCache.Current.Names));
                local.Track(DnsCache.Current);
            }
        }
        """);
    [Fact]
    public Task A_published_object_added_to_a_trackers_list_does_not_make_the_list_published() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>("""
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public sealed class Tracker(Slot<List<string>> slot)
        {
            private readonly List<List<string>> _values = new();

            private List<string> Track(List<string> value)
            {
                _values.Add(value);
                return value;
            }

            public void Run(List<string> first, List<string> second)
            {
                slot.Publish(Track(first));
                Track(second);
                _values.RemoveAt(0);
            }
        }
        """);
}
