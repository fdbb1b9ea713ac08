using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A field-like event is a delegate field: raising it runs the handlers added to it, at least those its type's
/// constructors add (<c>Published += hosts => hosts.Sort();</c>, a static constructor's for a static event). So a raise
/// with a published list, with a snapshot's list, or from a worker update runs that handler there, and is reported at
/// the raise (as a delegate field invoked with the object is; the rule pages' #escape). Fails on the engine
/// before, where only a delegate field's assignments were followed, not an event's subscriptions (corpus round 13:
/// EventAfterPublish, EventArgsCarrySnapshot, EventRaisedInWorkerUpdate).
/// </summary>
public sealed class ConstructorEventHandlerTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Weft;
        using Weft.Slots;
        namespace App;

        """;

    [Fact]
    public Task A_handler_the_constructor_subscribed_that_sorts_what_was_just_published_writes_it() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class HostPublisher
        {
            private readonly Slot<List<string>> _slot;

            public HostPublisher(Slot<List<string>> slot)
            {
                _slot = slot;
                Published += hosts => hosts.Sort(StringComparer.Ordinal);
            }

            public event Action<List<string>>? Published;

            public void Publish(IEnumerable<string> configured)
            {
                var hosts = new List<string>(configured);
                _slot.Publish(hosts);
                Published?{|WEFT0002:.Invoke(hosts)|};
            }
        }
        """);

    [Fact]
    public Task A_handler_that_reads_what_was_published_and_one_subscribed_elsewhere_are_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class HostPublisher
        {
            private readonly Slot<List<string>> _slot;

            public HostPublisher(Slot<List<string>> slot)
            {
                _slot = slot;
                Published += hosts => Console.WriteLine(hosts.Count);
                Prepared += hosts => hosts.Sort(StringComparer.Ordinal);
            }

            public event Action<List<string>>? Published;

            public event Action<List<string>>? Prepared;

            public void Publish(IEnumerable<string> configured)
            {
                var hosts = new List<string>(configured);
                Prepared?.Invoke(hosts);
                _slot.Publish(hosts);
                Published?.Invoke(hosts);
            }
        }
        """);

    [Fact]
    public Task A_handler_raised_with_a_snapshots_list_that_appends_writes_the_snapshot() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        [ThreadLocalSlot]
        public sealed partial class Catalog
        {
            public IReadOnlyList<string> Hosts { get; init; } = new List<string>();
        }

        public sealed class CatalogView
        {
            public CatalogView() => Viewed += hosts => ((List<string>)hosts).Add("viewed");

            public event Action<IReadOnlyList<string>>? Viewed;

            public void Show() => Viewed?{|WEFT0003:.Invoke(Catalog.Current.Hosts)|};
        }
        """);

    [Fact]
    public Task A_static_handler_a_static_constructor_subscribed_raised_from_a_worker_update_appends_to_a_static_list() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Usings + """
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            private static readonly List<string> s_evicted = new();
            private readonly Dictionary<string, int> _byHost = new();

            static Cache() => Evicted += host => s_evicted.Add(host);

            public static event Action<string>? Evicted;

            [WorkerUpdate]
            private void Evict(string host)
            {
                if (_byHost.Remove(host))
                {
                    Evicted?{|WEFT0006:.Invoke(host)|};
                }
            }
        }
        """);
}
