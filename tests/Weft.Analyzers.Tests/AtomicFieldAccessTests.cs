using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// <c>Volatile.Read</c>, <c>Volatile.Write</c>, <c>Interlocked.Exchange</c> and <c>CompareExchange</c> of a variable are
/// its read and its assignment, made atomic: what is stored is what the field holds from then on, what is returned is
/// what it held. A published list kept by <c>Volatile.Write</c> and changed after <c>Volatile.Read</c>, a worker's cache
/// handed through a static that way, are the same defects as with <c>=</c>. Fails on the engine before (the helpers
/// were opaque: the field kept nothing and the read returned nothing).
/// </summary>
public sealed class AtomicFieldAccessTests
{
    private const string Published = """
        using System.Collections.Generic;
        using System.Threading;
        using Weft.Slots;
        namespace App;

        """;

    private const string Worker = """
        using System.Collections.Generic;
        using System.Threading;
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
    public Task A_published_list_kept_and_read_back_atomically_then_written_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Published + """
        public sealed class HostPublisher(Slot<List<string>> slot)
        {
            private List<string> _current = new();

            public void Publish(List<string> hosts)
            {
                Volatile.Write(ref _current, hosts);
                slot.Publish(hosts);
            }

            public void Add(string host)
            {
                var current = Volatile.Read(ref _current);
                {|WEFT0002:current.Add(host)|};
            }

            public void Swap(List<string> next)
            {
                slot.Publish(next);
                _current = next;
                var previous = Interlocked.Exchange(ref _current, new List<string>());
                {|WEFT0002:previous.Clear()|};
            }
        }
        """);

    [Fact]
    public Task Atomic_access_to_lists_never_published_is_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Published + """
        public sealed class HostPublisher(Slot<List<string>> slot)
        {
            private List<string> _scratch = new();

            public void Publish(List<string> hosts)
            {
                slot.Publish(new List<string>(hosts));
                Volatile.Write(ref _scratch, new List<string>());
            }

            public void Add(string host)
            {
                var scratch = Volatile.Read(ref _scratch);
                scratch.Add(host);
                var mine = new List<string>();
                var old = Interlocked.CompareExchange(ref _scratch, mine, scratch);
                old.Add(host);
            }
        }
        """);

    [Fact]
    public Task A_workers_cache_handed_through_a_static_by_Volatile_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Worker + """
        public static class LastCache
        {
            public static DnsCache? Value;

            public static void Remember() => Volatile.Write(ref Value, DnsCache.Current);
        }

        public static class Janitor
        {
            public static Task Sweep() => Task.Run(() => Volatile.Read(ref {|WEFT0004:LastCache.Value|})?.Names.Clear());
        }
        """);

    [Fact]
    public Task A_copy_handed_through_a_static_by_Volatile_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Worker + """
        public static class LastNames
        {
            public static Dictionary<string, string>? Value;

            public static void Remember() => Volatile.Write(ref Value, new Dictionary<string, string>(DnsCache.Current.Names));
        }

        public static class Janitor
        {
            public static Task Sweep() => Task.Run(() => Volatile.Read(ref LastNames.Value)?.Clear());
        }
        """);
}
