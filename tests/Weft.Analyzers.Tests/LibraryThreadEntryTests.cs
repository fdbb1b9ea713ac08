using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Where library code runs a delegate (docs/rules/WEFT0004.md, WEFT0005.md: "any delegate form" reaching another
/// thread, entry points kept in one table): events the library raises on its own threads, PLINQ, TimeProvider timers,
/// APM callbacks; a <c>new Task</c> runs where it is started; a factory or task bound to the loop's own scheduler stays
/// on the loop; members of thread-safe types are no worker state, but a System.Threading delegate type is no such member.
/// </summary>
public sealed class LibraryThreadEntryTests
{
    private const string Usings = """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            public readonly Dictionary<string, int> ByHost = new();
            public readonly ConcurrentQueue<string> Changed = new();
        }

        [ThreadLocalSlot]
        public sealed partial record Routes(int Version);

        """;

    [Fact]
    public Task Handlers_of_library_events_raised_on_other_threads_are_off_the_loop() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public static class Hooks
        {
            public static void Watch(FileSystemWatcher watcher, System.Diagnostics.Process process)
            {
                var cache = HostCache.Current;
                watcher.Changed += (_, e) => {|WEFT0004:cache|}.ByHost.Remove(e.Name ?? "");
                process.Exited += (_, _) => {|WEFT0004:cache|}.ByHost.Clear();
                Console.CancelKeyPress += (_, _) => Console.WriteLine({|WEFT0005:Routes.Current|}.Version);
                var changed = cache.Changed;
                watcher.Created += (_, e) => changed.Enqueue(e.Name ?? "");
            }
        }
        """);

    [Fact]
    public Task PLINQ_timers_and_APM_callbacks_run_on_the_pool() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public static class Bulk
        {
            public static void Forget(IEnumerable<string> hosts)
            {
                var cache = HostCache.Current;
                hosts.AsParallel().ForAll(host => {|WEFT0004:cache|}.ByHost.Remove(host));
            }

            public static ITimer Every(TimeSpan period) =>
                TimeProvider.System.CreateTimer(_ => Console.WriteLine({|WEFT0005:Routes.Current|}.Version), null, period, period);

            public static IAsyncResult Read(Stream stream, byte[] buffer)
            {
                var cache = HostCache.Current;
                return stream.BeginRead(buffer, 0, buffer.Length, result => {|WEFT0004:cache|}.ByHost["read"] = stream.EndRead(result), null);
            }

            public static int[] Counted(string[] hosts) => hosts.Select(h => Routes.Current.Version + h.Length).ToArray();
        }
        """);

    [Fact]
    public Task A_new_task_runs_where_it_is_started() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public static class Eviction
        {
            public static Task OnThePool()
            {
                var cache = HostCache.Current;
                var task = new Task(() => {|WEFT0004:cache|}.ByHost.Clear());
                task.Start();
                return task;
            }

            public static Task OnThisLoop()
            {
                var cache = HostCache.Current;
                var task = new Task(() => cache.ByHost.Clear());
                task.Start(Dispatcher.Current!.TaskScheduler);
                return task;
            }

            public static void Inline()
            {
                var cache = HostCache.Current;
                var task = new Task(() => cache.ByHost.Clear());
                task.RunSynchronously();
            }

            public static Task<int> ThroughAFactoryOnThisLoop()
            {
                var factory = new TaskFactory(Dispatcher.Current!.TaskScheduler);
                return factory.StartNew(() => Routes.Current.Version);
            }

            public static Task<int> ThroughADefaultFactory()
            {
                var factory = new TaskFactory();
                return factory.StartNew(() => {|WEFT0005:Routes.Current|}.Version);
            }
        }
        """);

    [Fact]
    public Task A_thread_start_delegate_over_worker_state_is_no_thread_safe_member() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public sealed class Sweeper(List<string> recent)
        {
            public void Run() => recent.Clear();
        }

        public static class Maintenance
        {
            public static Thread Start()
            {
                var sweeper = new Sweeper(new List<string>(HostCache.Current.ByHost.Keys));
                var shared = new Sweeper(HostCache.Current.ByHost.Keys.ToList());
                var worker = new WorkerSweeper(HostCache.Current);
                var thread = new Thread({|WEFT0004:worker.Run|});
                thread.Start();
                return new Thread(sweeper.Run);
            }
        }

        public sealed class WorkerSweeper(HostCache cache)
        {
            public void Run() => cache.ByHost.Clear();
        }
        """);
}
