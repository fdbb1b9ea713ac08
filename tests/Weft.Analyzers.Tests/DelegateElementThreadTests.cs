using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Delegates kept as elements of a collection (an array, a list, a dictionary, tuples read back by <c>foreach</c> and
/// deconstructed) and run on another thread read a slot's <c>Current</c> there: WEFT0005, reported at the read inside
/// the lambda when the lambda lies in the file analysed (the documented location), and at the call when it lies in
/// another. Found in the runtime's own docs-only tests (a table of <c>(string, Action)</c> run on threads); the
/// deconstructed-tuple and invoked-in-a-callback cases fail on the engine before (no diagnostic; at the call).
/// </summary>
public sealed class DelegateElementThreadTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot]
        public sealed partial class RouteTable
        {
            public ImmutableArray<string> Routes { get; init; }
        }

        """;

    [Fact]
    public Task An_array_element_run_by_Task_Run_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Jobs
        {
            public static Task Start()
            {
                Action[] handlers = { () => Console.WriteLine({|WEFT0005:RouteTable.Current|}.Routes.Length) };
                return Task.Run(handlers[0]);
            }
        }
        """);

    [Fact]
    public Task A_dictionary_value_run_by_Task_Run_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Jobs
        {
            public static Task Start()
            {
                var handlers = new Dictionary<string, Func<int>> { ["routes"] = () => {|WEFT0005:RouteTable.Current|}.Routes.Length };
                return Task.Run(handlers["routes"]);
            }
        }
        """);

    [Fact]
    public Task A_list_element_invoked_in_a_thread_callback_is_reported_at_the_read() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Jobs
        {
            public static void Start()
            {
                var handlers = new List<Action> { () => Console.WriteLine({|WEFT0005:RouteTable.Current|}.Routes.Length) };
                foreach (Action handler in handlers)
                {
                    new Thread(() => handler()).Start();
                }
            }
        }
        """);

    [Fact]
    public Task Tuples_of_an_array_deconstructed_by_foreach_and_queued_are_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Jobs
        {
            public static void Start()
            {
                var calls = new (string Name, Action Call)[]
                {
                    ("routes", () => Console.WriteLine({|WEFT0005:RouteTable.Current|}.Routes.Length)),
                };
                foreach (var (name, call) in calls)
                {
                    ThreadPool.QueueUserWorkItem(_ => call());
                }
            }
        }
        """);

    [Fact]
    public Task Tuples_of_a_list_deconstructed_by_foreach_and_run_are_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Jobs
        {
            public static void Start()
            {
                var calls = new List<(string Name, Action Call)> { ("routes", () => Console.WriteLine({|WEFT0005:RouteTable.Current|}.Routes.Length)) };
                foreach (var (name, call) in calls)
                {
                    Task.Run(call);
                }
            }
        }
        """);

    [Fact]
    public Task A_tuple_item_of_a_foreach_entry_run_by_Task_Run_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Jobs
        {
            public static void Start()
            {
                var calls = new (string Name, Action Call)[] { ("routes", () => Console.WriteLine({|WEFT0005:RouteTable.Current|}.Routes.Length)) };
                foreach (var entry in calls)
                {
                    Task.Run(entry.Call);
                }
            }
        }
        """);

    [Fact]
    public Task A_pair_value_of_a_dictionary_foreach_run_on_a_thread_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Jobs
        {
            public static void Start()
            {
                var handlers = new Dictionary<string, Action> { ["routes"] = () => Console.WriteLine({|WEFT0005:RouteTable.Current|}.Routes.Length) };
                foreach (var (name, run) in handlers)
                {
                    new Thread(new ThreadStart(run)).Start();
                }
            }
        }
        """);

    [Fact]
    public Task Elements_run_on_the_calling_thread_are_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Jobs
        {
            public static void Start()
            {
                Action[] handlers = { () => Console.WriteLine(RouteTable.Current.Routes.Length) };
                handlers[0]();
                foreach (var (name, call) in new (string, Action)[] { ("routes", () => Console.WriteLine(RouteTable.Current.Routes.Length)) })
                {
                    call();
                }
            }
        }
        """);

    [Fact]
    public Task Elements_reading_a_value_taken_before_the_hand_off_are_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Jobs
        {
            public static void Start()
            {
                int count = RouteTable.Current.Routes.Length;
                var calls = new List<(string Name, Action Call)> { ("routes", () => Console.WriteLine(count)) };
                foreach (var (name, call) in calls)
                {
                    ThreadPool.QueueUserWorkItem(_ => call());
                }
            }
        }
        """);

    [Fact]
    public Task A_lambda_from_another_file_invoked_in_a_thread_callback_is_reported_at_the_call() => Verifier.AnalyzeFilesAsync<ThreadContextAnalyzer>(
        Types + """
        public static class Handlers
        {
            public static readonly Action Print = () => Console.WriteLine(RouteTable.Current.Routes.Length);
        }
        """,
        """
        using System;
        using System.Threading;
        namespace App;

        public static class Jobs
        {
            public static void Start()
            {
                Action print = Handlers.Print;
                new Thread(() => {|WEFT0005:print()|}).Start();
            }
        }
        """);

    private const string WorkerCache = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class HostCache
        {
            public readonly Dictionary<string, int> ByHost = new();
        }

        """;

    [Fact]
    public Task Worker_state_in_a_tuple_item_deconstructed_by_foreach_and_run_on_the_pool_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(WorkerCache + """
        public static class Batch
        {
            public static void Flush()
            {
                var jobs = new List<(string Name, Dictionary<string, int> Table)> { ("hosts", HostCache.Current.ByHost) };
                foreach (var (name, table) in jobs)
                {
                    Task.Run(() => {|WEFT0004:table|}.Clear());
                }
            }
        }
        """);

    [Fact]
    public Task A_copy_in_a_tuple_item_deconstructed_by_foreach_and_run_on_the_pool_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(WorkerCache + """
        public static class Batch
        {
            public static void Flush()
            {
                var jobs = new List<(string Name, Dictionary<string, int> Table)> { ("hosts", new Dictionary<string, int>(HostCache.Current.ByHost)) };
                foreach (var (name, table) in jobs)
                {
                    Task.Run(() => table.Clear());
                }
            }
        }
        """);
}
