using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Stats;
using Weft.Threading;
using Xunit.Abstractions;

namespace Weft.Tests.DocOnly13;

/// <summary>Invariants the docs state outright, checked under seeded load, plus a few single promises.</summary>
public sealed class InvariantTests
{
    private readonly ITestOutputHelper _output;

    public InvariantTests(ITestOutputHelper output) => _output = output;

    // docs/io.md: "a producer wakes the loop only if it swaps the parked flag from 1 to 0), so Wakeups <= Parks holds for
    // both backends"; DispatcherStats.Wakeups: "at most one per park, never one per post". With and without a socket.
    [Theory]
    [InlineData(DispatcherIoBackend.Automatic, false)]
    [InlineData(DispatcherIoBackend.Automatic, true)]
    [InlineData(DispatcherIoBackend.Portable, true)]
    public async Task Wakeups_never_exceed_parks_under_bursty_producers(DispatcherIoBackend backend, bool withSocket)
    {
        int seed = Environment.TickCount;
        _output.WriteLine($"seed {seed}");
        var loop = Dispatcher.Start(Kit13.UniqueName("wakeups"), new DispatcherOptions { IoBackend = backend });
        var (client, server) = FileEventTests.Pair();
        try
        {
            if (withSocket)
            {
                await loop.InvokeAsync(() => loop.CreateFileEvent(server, _ => { }, FileReadyType.Read));
            }
            long ran = 0;
            const int Producers = 3, PerProducer = 3_000;
            var threads = Enumerable.Range(0, Producers).Select(p => new Thread(() =>
            {
                var random = new Random(seed + p);
                for (int i = 0; i < PerProducer; i++)
                {
                    loop.Post(() => ran++);
                    if (random.Next(8) == 0)
                    {
                        // Let the loop drain and park between bursts (a yield, not a sleep: nothing waits on it).
                        Thread.Yield();
                    }
                }
            })).ToArray();
            foreach (var t in threads) t.Start();
            foreach (var t in threads) Assert.True(t.Join(Kit13.Bound), $"a producer did not finish (seed {seed})");
            DispatcherStats stats = await Kit13.StatsOnLoop(loop);
            Assert.Equal(Producers * PerProducer, await loop.InvokeAsync(() => ran));
            Assert.True(stats.Wakeups <= stats.Parks, $"seed {seed}: Wakeups {stats.Wakeups} > Parks {stats.Parks}");
            Assert.True(stats.Wakeups < Producers * PerProducer, $"seed {seed}: {stats.Wakeups} wake-ups for {Producers * PerProducer} posts");
        }
        finally
        {
            loop.Dispose();
            client.Dispose();
            server.Dispose();
        }
    }

    // Doc (AddWorker): "every live slot is replayed onto it, oldest first, before any later change reaches it" — so a
    // worker added while main publishes versions ends on the last version, like every other thread.
    [Fact]
    public async Task A_worker_added_while_main_publishes_ends_on_the_last_published_value()
    {
        int seed = Environment.TickCount;
        _output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        await using var pool = SlotTests.StartPool(1);
        Slot<string> slot = pool.AllocateSlot<string>();
        await Kit13.Within(slot.PublishAsync("v0"), "the first publish");
        for (int round = 0; round < 4; round++)
        {
            int versions = random.Next(50, 400);
            int addAt = random.Next(versions);
            Task<Dispatcher>? added = null;
            var publishes = new List<Task>();
            for (int v = 1; v <= versions; v++)
            {
                publishes.Add(slot.PublishAsync($"r{round}v{v}"));
                if (v == addAt) added = pool.AddWorkerAsync();
            }
            await Kit13.Within(Task.WhenAll(publishes), $"round {round}'s publishes (seed {seed})");
            Dispatcher late = await (await Kit13.Within(added!, $"round {round}'s AddWorkerAsync (seed {seed})"));
            string expected = $"r{round}v{versions}";
            string[] values = await SlotTests.ValuesAsync(pool, slot);
            Assert.True(values.All(v => v == expected), $"seed {seed} round {round}: expected {expected} everywhere, saw {string.Join(", ", values)} (late worker {late.Name}, added at v{addAt})");
        }
    }

    // A pool with WorkerCount 0 is "main only": slot verbs run on main alone and complete.
    [Fact]
    public async Task A_main_only_pool_runs_every_slot_verb_on_main()
    {
        await using var pool = SlotTests.StartPool(0);
        Assert.Empty(pool.Workers);
        Slot<string> slot = pool.AllocateSlot<string>();
        await Kit13.Within(slot.SetAsync(d => "on:" + d.Name), "SetAsync on a main-only pool");
        var ranOn = new ConcurrentQueue<string?>();
        await Kit13.Within(slot.RunOnAllThreadsAsync(_ => ranOn.Enqueue(Dispatcher.Current?.Name)), "a broadcast on a main-only pool");
        Assert.Equal(new string?[] { pool.Main.Name }, ranOn);
        Assert.Equal(new[] { "on:" + pool.Main.Name }, await SlotTests.ValuesAsync(pool, slot));
    }

    // Doc: an await continuation "that reaches a dispatcher after its loop exited is dropped" — also a Task.Yield
    // continuation posted by a callback the exit is draining (the loop is exiting: posts are refused).
    [Fact]
    public void A_yield_inside_a_callback_run_by_the_exit_drain_is_dropped_and_counted()
    {
        var loop = new Dispatcher(Kit13.UniqueName("yield-drain"));
        bool resumed = false;
        async Task YieldOnce()
        {
            await Task.Yield();
            resumed = true;
        }
        loop.Post(() => { _ = YieldOnce(); });
        Kit13.ExitManual(loop);
        Assert.False(resumed);
        Assert.Equal(1, loop.Stats.ContinuationsAfterExit);
    }

    // Doc (Slot.Set remarks): when the initializer throws on main, "each such exception goes to
    // WorkerPoolOptions.UnhandledExceptionHandler (or the dispatcher's log) on the thread where it threw and is counted
    // in weft.slot.callback_exceptions", and no worker is sent the change.
    [Fact]
    public async Task Set_without_a_Task_whose_initializer_throws_on_main_is_reported_on_main_and_reaches_no_worker()
    {
        var reported = new ConcurrentQueue<(string Given, string? On, Exception Error)>();
        await using var pool = SlotTests.StartPool(2, (d, e) => reported.Enqueue((d.Name, Dispatcher.Current?.Name, e)));
        Slot<string> slot = pool.AllocateSlot<string>();
        await Kit13.Within(slot.PublishAsync("kept"), "the first publish");
        long before = await SlotTests.SlotCallbackExceptions(pool);
        var thrown = new InvalidOperationException("no");
        int workerCalls = 0;
        slot.Set(d => d == pool.Main ? throw thrown : "changed" + Interlocked.Increment(ref workerCalls));
        await Kit13.Within(pool.Main.InvokeAsync(() => { }), "main to run the set");
        await Kit13.Within(Task.WhenAll(pool.Workers.Select(w => w.InvokeAsync(() => { }))), "the workers to run once more");
        var report = Assert.Single(reported);
        Assert.Equal((pool.Main.Name, pool.Main.Name), (report.Given, report.On));
        Assert.Same(thrown, report.Error);
        Assert.Equal(0, Volatile.Read(ref workerCalls));
        Assert.Equal(new[] { "kept", "kept", "kept" }, await SlotTests.ValuesAsync(pool, slot));
        Assert.Equal(before + 1, await SlotTests.SlotCallbackExceptions(pool));
    }

    // Doc: "StatsSnapshot.ToText writes one line per stat: a backslash, line feed or carriage return in a name or tag is
    // written \\, \n, \r."
    [Fact]
    public async Task ToText_escapes_line_breaks_and_backslashes_so_each_stat_is_one_line()
    {
        await using var pool = SlotTests.StartPool(0);
        string name = "d13.esc\\a\nb\rc";
        Counter counter = pool.Stats.Counter(name, new KeyValuePair<string, string>("t\nag", "v\\al\r"));
        await pool.Main.InvokeAsync(() => counter.Increment(7));
        StatsSnapshot snapshot = await (await Kit13.Within(pool.Stats.FlushAsync(), "a flush"));
        string[] lines = snapshot.ToText().Split('\n');
        string line = Assert.Single(lines, l => l.Contains("d13.esc", StringComparison.Ordinal));
        Assert.Contains("d13.esc\\\\a\\nb\\rc", line, StringComparison.Ordinal);
        Assert.Contains("t\\nag", line, StringComparison.Ordinal);
        Assert.Contains("v\\\\al\\r", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', line);
    }
}
