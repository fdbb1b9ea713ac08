using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A delegate whose body lies in another file (a method group, a work item's <c>Execute</c>) runs where it is handed
/// over, and what it does wrong there is reported at the hand-off in the file being analysed: an editor that analyses
/// open documents shows no diagnostic located in another file, and the hand-off is what is wrong in this one. A body
/// in the same file keeps its report at the write. Fails on the engine before, which reported inside the other file
/// (corpus round 9, <c>MethodGroupTally.case</c>).
/// </summary>
public sealed class CrossFileHandOffTests
{
    private const string Tally = """
        using System.Threading;
        namespace App;

        public sealed class Buffers
        {
            public int Size { get; set; }
        }

        public sealed class Tally
        {
            private int _total;

            public int Total => Volatile.Read(ref _total);

            public void Add(Buffers buffers) => _total += buffers.Size;
        }
        """;

    [Fact]
    public Task A_method_group_from_another_file_run_on_every_thread_is_reported_at_the_hand_off() => Verifier.AnalyzeFilesAsync<BroadcastArgumentAnalyzer>(
        Tally,
        """
        using Weft.Slots;
        namespace App;

        public static class Report
        {
            public static Tally Measure(Slot<Buffers> slot)
            {
                var tally = new Tally();
                slot.RunOnAllThreads({|WEFT0008:tally.Add|});
                return tally;
            }
        }
        """);

    [Fact]
    public Task A_method_group_from_the_same_file_is_reported_at_the_write() => Verifier.AnalyzeFilesAsync<BroadcastArgumentAnalyzer>(
        """
        using System.Threading;
        using Weft.Slots;
        namespace App;

        public sealed class Buffers
        {
            public int Size { get; set; }
        }

        public sealed class Tally
        {
            private int _total;

            public int Total => Volatile.Read(ref _total);

            public void Add(Buffers buffers) => {|WEFT0008:_total += buffers.Size|};
        }

        public static class Report
        {
            public static Tally Measure(Slot<Buffers> slot)
            {
                var tally = new Tally();
                slot.RunOnAllThreads(tally.Add);
                return tally;
            }
        }
        """);

    [Fact]
    public Task Several_writes_in_another_file_make_one_report_at_the_hand_off() => Verifier.AnalyzeFilesAsync<BroadcastArgumentAnalyzer>(
        """
        namespace App;

        public sealed class Buffers
        {
            public int Size { get; set; }
        }

        public sealed class Counter
        {
            private int _calls;
            private long _bytes;

            public void Count(Buffers buffers)
            {
                _calls++;
                _bytes += buffers.Size;
            }
        }
        """,
        """
        using Weft.Slots;
        namespace App;

        public static class Report
        {
            public static Counter Measure(Slot<Buffers> slot)
            {
                var counter = new Counter();
                slot.RunOnAllThreads({|WEFT0008:counter.Count|});
                return counter;
            }
        }
        """);

    private const string StoreAndFlusher = """
        using System.Collections.Generic;
        using System.Threading;
        using Weft;
        namespace App;

        public sealed class Store
        {
            private readonly List<string> _pending = new();

            [RequiresLoopThread]
            public void FlushLocal() => _pending.Clear();
        }

        public sealed class Flusher : IThreadPoolWorkItem
        {
            private readonly Store _store;

            public Flusher(Store store) => _store = store;

            public void Execute() => EXECUTE;
        }
        """;

    [Fact]
    public Task A_work_item_from_another_file_calling_a_loop_only_member_is_reported_where_it_is_queued() => Verifier.AnalyzeFilesAsync<ThreadContextAnalyzer>(
        StoreAndFlusher.Replace("EXECUTE", "_store.FlushLocal()"),
        """
        using System.Threading;
        namespace App;

        public static class Scheduling
        {
            public static void Schedule(Store store) => ThreadPool.UnsafeQueueUserWorkItem({|WEFT0005:new Flusher(store)|}, preferLocal: false);
        }
        """);

    [Fact]
    public Task The_same_work_item_in_the_same_file_is_reported_at_the_call() => Verifier.AnalyzeFilesAsync<ThreadContextAnalyzer>(
        StoreAndFlusher.Replace("EXECUTE", "{|WEFT0005:_store.FlushLocal()|}") + """

        public static class Scheduling
        {
            public static void Schedule(Store store) => ThreadPool.UnsafeQueueUserWorkItem(new Flusher(store), preferLocal: false);
        }
        """);
}
