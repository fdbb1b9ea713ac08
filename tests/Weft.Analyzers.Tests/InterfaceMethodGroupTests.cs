using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A method group taken through an interface- or base-typed variable (<c>IJob job = new Report(); Task.Run(job.Run);</c>)
/// runs the implementation of the object's class when that object was made here with <c>new</c>, as a call through the
/// variable does: its body is judged where the delegate runs, with what it returns and writes (corpus round 13,
/// <c>UserApiRunsJobElsewhere</c>, <c>InterfaceMethodGroupPosted</c>, <c>InterfaceMethodGroupReturns</c>,
/// <c>InterfaceMethodGroupAfterPublish</c>, <c>InterfaceMethodGroupUpdate</c>). The defect tests fail on the engine
/// before, which kept the interface's method (no body) and so ran nothing; the quiet test guards that an object of
/// unknown class, and an implementation that does nothing wrong, stay quiet.
/// </summary>
public sealed class InterfaceMethodGroupTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        namespace App;

        """;

    [Fact]
    public Task A_snapshot_read_in_the_implementation_of_an_interface_method_group_run_on_the_pool_is_reported_at_the_read() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        [ThreadLocalSlot]
        public sealed partial class Quotas
        {
            public int Max { get; init; }
        }

        public interface IJob
        {
            void Run();
        }

        public abstract class JobBase
        {
            public abstract void Run();
        }

        public sealed class QuotaReport : IJob
        {
            public void Run() => Console.WriteLine({|WEFT0005:Quotas.Current|}.Max);
        }

        public sealed class QuotaAudit : JobBase
        {
            public override void Run() => Console.WriteLine({|WEFT0005:Quotas.Current|}.Max);
        }

        public static class Reports
        {
            public static Task Install()
            {
                IJob report = new QuotaReport();
                JobBase audit = new QuotaAudit();
                return Task.WhenAll(Task.Run(report.Run), Task.Run(audit.Run));
            }
        }
        """);

    [Fact]
    public Task An_interface_method_group_posted_to_every_worker_that_bumps_a_static_is_reported() => Verifier.AnalyzeAsync<StaticMutationAnalyzer>(Usings + """
        public interface IHitCounter
        {
            void Hit();
        }

        public sealed class GlobalHits : IHitCounter
        {
            private static long s_hits;

            public void Hit() => {|WEFT0006:s_hits++|};
        }

        public static class Warmup
        {
            public static void TouchAll(WorkerPool pool)
            {
                IHitCounter counter = new GlobalHits();
                foreach (var worker in pool.Workers)
                {
                    worker.Post(counter.Hit);
                }
            }
        }
        """);

    [Fact]
    public Task What_an_interface_method_group_returns_and_writes_is_its_implementations() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        #pragma warning disable WEFT0001
        [ThreadLocalSlot]
        public sealed partial class Catalog
        {
            public List<string> Hosts { get; init; } = new();
        }
        #pragma warning restore WEFT0001

        public interface IHostSource
        {
            List<string> Hosts();
        }

        public sealed class CatalogSource : IHostSource
        {
            public List<string> Hosts() => Catalog.Current.Hosts;
        }

        public static class Filler
        {
            public static void AddDefault()
            {
                IHostSource source = new CatalogSource();
                Func<List<string>> hosts = source.Hosts;
                {|WEFT0003:hosts().Add("localhost")|};
            }
        }
        """);

    [Fact]
    public Task An_interface_method_group_that_edits_a_published_list_is_reported_when_invoked_after_the_publish() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public interface IEditor
        {
            void Apply(List<string> hosts);
        }

        public sealed class Deduplicate : IEditor
        {
            public void Apply(List<string> hosts) => hosts.RemoveAll(h => h.Length == 0);
        }

        public static class Hosts
        {
            public static void Ship(Slot<List<string>> slot)
            {
                var hosts = new List<string> { "a", "" };
                IEditor editor = new Deduplicate();
                Action<List<string>> edit = editor.Apply;
                slot.Publish(hosts);
                {|WEFT0002:edit(hosts)|};
            }
        }
        """);

    [Fact]
    public Task An_implementation_that_only_reads_its_argument_or_an_object_of_unknown_class_is_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public interface IEditor
        {
            void Apply(List<string> hosts);
        }

        public sealed class Counter : IEditor
        {
            public int Seen { get; private set; }

            public void Apply(List<string> hosts) => Seen = hosts.Count;
        }

        public static class Hosts
        {
            public static void Ship(Slot<List<string>> slot, IEditor given)
            {
                var hosts = new List<string> { "a" };
                IEditor editor = new Counter();
                Action<List<string>> count = editor.Apply;
                Action<List<string>> other = given.Apply;
                slot.Publish(hosts);
                count(hosts);
                other(hosts);
            }
        }
        """);

    private const string Feeds = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            public Dictionary<string, string> Entries { get; } = new();
        }

        public interface IFeed
        {
            event Action? Changed;

            Task Start();
        }

        public sealed class PollingFeed : IFeed
        {
            public event Action? Changed;

            public Task Start() => Task.Run(() => Changed?.Invoke());
        }

        public abstract class FeedBase
        {
            public abstract event Action? Changed;

            public abstract Task Start();
        }

        public sealed class TimedFeed : FeedBase
        {
            public override event Action? Changed;

            public override Task Start() => Task.Run(() => Changed?.Invoke());
        }

        """;

    [Fact]
    public Task A_handler_over_worker_state_added_through_an_interface_or_base_to_an_event_raised_on_the_pool_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Feeds + """
        public static class Invalidation
        {
            public static Task Install()
            {
                var cache = Cache.Current;
                IFeed feed = new PollingFeed();
                {|WEFT0004:feed.Changed += () => cache.Entries.Clear()|};
                FeedBase timed = new TimedFeed();
                {|WEFT0004:timed.Changed += () => cache.Entries.Remove("a")|};
                return Task.WhenAll(feed.Start(), timed.Start());
            }
        }
        """);

    [Fact]
    public Task A_handler_that_posts_back_home_added_through_an_interface_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Feeds + """
        public static class Invalidation
        {
            public static Task Install()
            {
                var cache = Cache.Current;
                var home = Dispatcher.Current!;
                IFeed feed = new PollingFeed();
                feed.Changed += () => home.Post(() => cache.Entries.Clear());
                return feed.Start();
            }
        }
        """);
}
