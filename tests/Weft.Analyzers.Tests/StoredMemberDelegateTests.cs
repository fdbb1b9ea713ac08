using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Delegates a helper object keeps in a member and runs elsewhere (issue 10, Calls: "worker-owned state stored in a
/// field in one method and handed to another thread in another"; corpus round 10 cause 3): a lambda one method (or
/// the constructor) keeps in a field or get-only property over what its caller passed, run by another method of the
/// type here, on a thread it starts, or by another class that reads the member, runs over the caller's objects. So
/// does the lambda a get-only delegate property's initializer gives every instance, read from another instance. Each
/// defect test fails on the engine before (a lambda kept in a member reached only its own type's bodies, without what
/// the caller passed, and a delegate member of another instance was memory, not a delegate).
/// </summary>
public sealed class StoredMemberDelegateTests
{
    private const string Usings = """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class SessionCache
        {
            public Dictionary<string, int> Hits { get; } = new();
        }

        public sealed class Deferred
        {
            private Action? _pending;

            public void Plan(List<string> hosts) => _pending = () => hosts.Clear();

            public void Run() => _pending?.Invoke();

            public void RunOnPool() => Task.Run(() => _pending?.Invoke());
        }

        """;

    [Fact]
    public Task A_lambda_one_method_keeps_and_another_runs_after_the_publish_writes_the_published_list() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Reload
        {
            public static void Run(Slot<List<string>> slot, List<string> hosts)
            {
                var deferred = new Deferred();
                deferred.Plan(hosts);
                deferred.Run();
                slot.Publish(hosts);
                {|WEFT0002:deferred.Run()|};
            }

            public static void RunOverCopy(Slot<List<string>> slot, List<string> hosts)
            {
                var deferred = new Deferred();
                deferred.Plan(new List<string>(hosts));
                slot.Publish(hosts);
                deferred.Run();
            }
        }
        """);

    [Fact]
    public Task A_lambda_kept_over_worker_state_and_run_on_a_thread_the_helper_starts_is_reported_where_it_is_started() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public sealed class Job
        {
            private Action? _work;

            public void Prepare(SessionCache cache) => _work = () => cache.Hits.Clear();

            public void Launch() => new Thread(() => _work?.Invoke()).Start();
        }

        public static class Jobs
        {
            public static void Run()
            {
                var job = new Job();
                job.Prepare(SessionCache.Current);
                {|WEFT0004:job.Launch()|};

                var deferred = new Deferred();
                deferred.Plan(new List<string>());
                deferred.RunOnPool();
            }
        }
        """);

    [Fact]
    public Task A_delegate_property_a_constructor_sets_over_worker_state_and_another_class_hands_to_the_pool_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public sealed class Trimmer
        {
            public Trimmer(IDictionary<string, int> hits) => Trim = () => hits.Clear();

            public Action Trim { get; }
        }

        public static class Maintenance
        {
            public static Task Run()
            {
                var trimmer = new Trimmer(SessionCache.Current.Hits);
                return Task.Run({|WEFT0004:trimmer.Trim|});
            }

            public static Task RunOverCopy()
            {
                var trimmer = new Trimmer(new ConcurrentDictionary<string, int>(SessionCache.Current.Hits));
                return Task.Run(trimmer.Trim);
            }
        }
        """);

    [Fact]
    public Task A_get_only_delegate_property_of_another_instance_returns_what_its_initializer_lambda_returns() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Usings + """
        public sealed class Catalog
        {
            public List<string> Names { get; } = new();
        }

        public static class Shared
        {
            private static readonly Catalog s_catalog = new();

            [SharedSnapshot]
            public static Catalog Catalog => s_catalog;
        }

        public sealed class NameSource
        {
            public Func<List<string>> Names { get; } = () => Shared.Catalog.Names;

            public Func<List<string>> Copies { get; } = () => Shared.Catalog.Names.ToList();
        }

        public static class Use
        {
            public static void Add(NameSource source, string name)
            {
                var names = source.Names();
                {|WEFT0003:names.Add(name)|};
                var copies = source.Copies();
                copies.Add(name);
            }
        }
        """);

    [Fact]
    public Task A_kept_lambda_posted_back_to_the_loop_the_helper_kept_beside_it_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public sealed class Job
        {
            private Action? _work;
            private Dispatcher? _home;

            public void Prepare(SessionCache cache)
            {
                _home = Dispatcher.Current;
                _work = () => cache.Hits.Clear();
            }

            public void Launch() => _home?.Post(() => _work?.Invoke());
        }

        public static class Jobs
        {
            public static void Run()
            {
                var job = new Job();
                job.Prepare(SessionCache.Current);
                job.Launch();
            }
        }
        """);
}
